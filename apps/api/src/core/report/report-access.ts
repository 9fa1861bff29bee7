import { canReadDirectorate, canWriteReportChapter } from '@call/domain';
import type { EntityManager } from 'typeorm';
import type { AuthUser } from '../context';
import { forbidden, invalidTransition, notFound } from '../errors';
import { ReportChapter } from './entities/report-chapter.entity';
import { ReportYear } from './entities/report-year.entity';
import type { ReportChapterView } from './report.types';

/** The report is the DGS's; each director reads and writes their own directorate's chapters. */
export function assertReportReader(user: AuthUser): void {
  if (user.role !== 'DGS' && user.role !== 'DIRECTOR')
    throw forbidden('Le rapport d’activités est réservé à la DGS et aux directeurs.');
}

export function assertDgs(user: AuthUser, what: string): void {
  if (user.role !== 'DGS') throw forbidden(`Seule la DGS peut ${what}.`);
}

export function canReadChapter(user: AuthUser, chapter: ReportChapter): boolean {
  if (user.role === 'DGS') return true;
  return user.role === 'DIRECTOR' && chapter.directorate !== null && canReadDirectorate(user, chapter.directorate);
}

/** The year, locked for the write when `lock` (closing and editing exclude each other). */
export async function loadYear(em: EntityManager, year: number, lock = false): Promise<ReportYear> {
  const row = await em.findOne(ReportYear, {
    where: { year },
    ...(lock ? { lock: { mode: 'pessimistic_write' } } : {}),
  });
  if (!row) throw notFound(`Le rapport ${year}`);
  return row;
}

export async function loadOpenYear(em: EntityManager, year: number, lock = false): Promise<ReportYear> {
  const row = await loadYear(em, year, lock);
  if (row.status !== 'OPEN')
    throw invalidTransition(`Le rapport ${year} est clos : la DGS doit le rouvrir avant toute modification.`);
  return row;
}

export async function loadChapter(em: EntityManager, id: string, lock = false): Promise<ReportChapter> {
  const row = await em.findOne(ReportChapter, {
    where: { id },
    ...(lock ? { lock: { mode: 'pessimistic_write' } } : {}),
  });
  if (!row) throw notFound('Chapitre');
  return row;
}

export function chapterView(user: AuthUser, c: ReportChapter, yearOpen: boolean): ReportChapterView {
  const visual = (v: ReportChapter['tables'][number]) => ({
    indicatorKey: v.indicatorKey,
    dimension: v.dimension,
    kind: v.kind ?? null,
    title: v.title ?? null,
  });
  return {
    id: c.id,
    year: c.year,
    partId: c.partId,
    position: c.position,
    title: c.title,
    directorate: c.directorate,
    indicatorKeys: c.indicatorKeys,
    tables: c.tables.map(visual),
    charts: c.charts.map(visual),
    highlights: c.highlights,
    outlook: c.outlook,
    status: c.status,
    reviewComment: c.reviewComment,
    version: c.version,
    canWrite: yearOpen && canWriteReportChapter(user, c.directorate),
  };
}
