import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * Sign-in attempts on one login within the current window. Each attempt reserves its place here,
 * atomically, before any password is hashed: parallel guesses cannot all slip through.
 */
@Entity({ name: 'app_login_attempt' })
export class LoginAttempt {
  @PrimaryColumn({ type: 'varchar', length: 120 })
  login: string;

  @Column({ type: 'int' })
  attempts: number;

  @Column({ name: 'window_start', type: 'timestamptz' })
  windowStart: Date;
}
