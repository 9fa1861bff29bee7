import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A cremation line (furnace). Opening hours and slot length are the crematorium's own choice, per line. */
@Entity({ name: 'crematorium_line' })
export class CrematoriumLine {
  @PrimaryColumn({ type: 'varchar', length: 10 })
  code: string;

  @Column({ type: 'varchar', length: 80 })
  name: string;

  @Column({ name: 'opens_at', type: 'varchar', length: 5, default: '08:00' })
  opensAt: string;

  @Column({ name: 'closes_at', type: 'varchar', length: 5, default: '18:00' })
  closesAt: string;

  @Column({ name: 'slot_minutes', type: 'integer', default: 120 })
  slotMinutes: number;
}
