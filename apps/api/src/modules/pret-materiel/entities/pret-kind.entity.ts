import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { PretUnit } from '@call/domain';

/** A kind of equipment lent by quantity (tables, chairs, podium by the m²…); its stock is the sum of its movements. */
@Entity({ name: 'pret_kind' })
export class PretKind {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 120, unique: true })
  name: string;

  @Column({ type: 'varchar', length: 10 })
  unit: PretUnit;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
