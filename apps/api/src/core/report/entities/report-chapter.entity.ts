import { Column, Entity, Index, PrimaryGeneratedColumn, VersionColumn } from 'typeorm';
import type { DirectorateKey, ReportChapterStatus } from '@call/domain';

/** A table or a chart of a chapter: one breakdown of one of its indicators. */
export interface ReportVisualSpec {
  indicatorKey: string;
  dimension: string;
  /** Charts only. */
  kind?: 'bar' | 'line';
  title?: string;
}

/** A chapter of a part: tied to a directorate (its director writes it) or text-only (written by the DGS). */
@Entity({ name: 'report_chapter' })
@Index('report_chapter_year_idx', ['year', 'partId', 'position'])
export class ReportChapter {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'integer' })
  year: number;

  @Column({ name: 'part_id', type: 'uuid' })
  partId: string;

  @Column({ type: 'integer' })
  position: number;

  @Column({ type: 'varchar', length: 200 })
  title: string;

  @Column({ type: 'varchar', length: 40, nullable: true })
  directorate: DirectorateKey | null;

  @Column({ name: 'indicator_keys', type: 'jsonb', default: () => "'[]'" })
  indicatorKeys: string[];

  @Column({ type: 'jsonb', default: () => "'[]'" })
  tables: ReportVisualSpec[];

  @Column({ type: 'jsonb', default: () => "'[]'" })
  charts: ReportVisualSpec[];

  /** Markdown subset: `#`/`##` headings, `-` lists, `**bold**`, paragraphs. */
  @Column({ type: 'text', default: '' })
  highlights: string;

  @Column({ type: 'text', default: '' })
  outlook: string;

  @Column({ type: 'varchar', length: 20, default: 'MISSING' })
  status: ReportChapterStatus;

  /** The DGS's last comment (the trail keeps them all). */
  @Column({ name: 'review_comment', type: 'text', nullable: true })
  reviewComment: string | null;

  @VersionColumn({ type: 'integer', default: 1 })
  version: number;
}
