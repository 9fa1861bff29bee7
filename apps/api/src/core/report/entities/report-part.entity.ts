import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** One of the report's parts ("La CALL protège"), in order. */
@Entity({ name: 'report_part' })
@Index('report_part_year_idx', ['year', 'position'])
export class ReportPart {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'integer' })
  year: number;

  @Column({ type: 'integer' })
  position: number;

  @Column({ type: 'varchar', length: 200 })
  title: string;
}
