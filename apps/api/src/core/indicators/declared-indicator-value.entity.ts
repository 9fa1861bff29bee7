import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/** The yearly value a director entered for a declared indicator. */
@Entity({ name: 'declared_indicator_value' })
export class DeclaredIndicatorValue {
  @PrimaryColumn({ name: 'indicator_key', type: 'varchar', length: 120 })
  indicatorKey: string;

  @PrimaryColumn({ type: 'integer' })
  year: number;

  @Column({ type: 'numeric', precision: 16, scale: 2 })
  value: string;

  /** Where the figure comes from (e.g. « Rapport d’activités 2019 »), for years before the system. */
  @Column({ type: 'varchar', length: 300, nullable: true })
  source: string | null;

  @Column({ name: 'declared_by', type: 'uuid' })
  declaredBy: string;

  @UpdateDateColumn({ name: 'declared_at', type: 'timestamptz' })
  declaredAt: Date;
}
