import { Column, Entity, PrimaryColumn } from 'typeorm';

export interface FrozenBreakdown {
  dimension: string;
  label: string;
  items: { member: string; label: string; value: number }[];
}

/** A figure of a closed year as it was published: the report of that year reads it, never the live value. */
@Entity({ name: 'report_figure_snapshot' })
export class ReportFigureSnapshot {
  @PrimaryColumn({ type: 'integer' })
  year: number;

  @PrimaryColumn({ name: 'indicator_key', type: 'varchar', length: 120 })
  indicatorKey: string;

  @Column({ type: 'varchar', length: 300 })
  label: string;

  @Column({ type: 'varchar', length: 20 })
  unit: string;

  @Column({ type: 'double precision', nullable: true })
  value: number | null;

  @Column({ name: 'previous_value', type: 'double precision', nullable: true })
  previousValue: number | null;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  breakdowns: FrozenBreakdown[];

  @Column({ name: 'definition_version', type: 'integer' })
  definitionVersion: number;

  @Column({ type: 'boolean', default: false })
  declared: boolean;

  @Column({ type: 'text', nullable: true })
  source: string | null;

  @Column({ name: 'computed_at', type: 'timestamptz' })
  computedAt: Date;

  /** The live value the DGS has seen differ and acknowledged (the frozen one stays). */
  @Column({ name: 'acknowledged_value', type: 'double precision', nullable: true })
  acknowledgedValue: number | null;

  @Column({ name: 'acknowledged_at', type: 'timestamptz', nullable: true })
  acknowledgedAt: Date | null;
}
