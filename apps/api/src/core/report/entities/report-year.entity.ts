import { Column, CreateDateColumn, Entity, PrimaryColumn, VersionColumn } from 'typeorm';
import type { ReportYearStatus } from '@call/domain';

/** The report of one year: open while the directors write, closed (figures frozen) once published. */
@Entity({ name: 'report_year' })
export class ReportYear {
  @PrimaryColumn({ type: 'integer' })
  year: number;

  @Column({ type: 'varchar', length: 12, default: 'OPEN' })
  status: ReportYearStatus;

  @Column({ name: 'closed_at', type: 'timestamptz', nullable: true })
  closedAt: Date | null;

  @Column({ name: 'closed_by', type: 'varchar', length: 80, nullable: true })
  closedBy: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @VersionColumn({ type: 'integer', default: 1 })
  version: number;
}
