import {
  canEditReportChapterText,
  canWriteReportChapter,
  REPORT_CHAPTER_STATUSES,
  reviewOutcome,
  submitRefusal,
  type ReportReviewDecision,
} from '@call/domain';
import type { AuditService } from '../audit/audit.service';
import type { AuthUser } from '../context';
import type { Database } from '../database/database';
import { badInput, forbidden, invalidTransition } from '../errors';
import type { IndicatorsService } from '../indicators/indicators.service';
import { assertVersion } from '../kit/optimistic-lock';
import { ReportChapter } from './entities/report-chapter.entity';
import {
  assertDgs,
  assertReportReader,
  canReadChapter,
  chapterView,
  loadChapter,
  loadOpenYear,
  loadYear,
} from './report-access';
import { frozenFigures, liveFigures, reportKeys } from './report-figures';
import type { ReportChapterTextInput, ReportChapterView, ReportFigureView } from './report.types';

const DENIED =
  'Seul le directeur ou la directrice de la direction écrit ce chapitre (la DGS pour un chapitre sans direction).';

/** A chapter's life: its director writes and submits it, the DGS comments, sends it back or accepts it. */
export class ReportChaptersService {
  constructor(
    private readonly db: Database,
    private readonly audit: AuditService,
    private readonly indicators: IndicatorsService,
  ) {}

  async chapter(user: AuthUser, id: string): Promise<ReportChapterView> {
    assertReportReader(user);
    return this.db.read(async (em) => {
      const c = await loadChapter(em, id);
      if (!canReadChapter(user, c)) throw forbidden('Ce chapitre est celui d’une autre direction.');
      const year = await loadYear(em, c.year);
      return chapterView(user, c, year.status === 'OPEN');
    });
  }

  /** The chapter's figures as the report will print them: live for an open year, frozen once closed. */
  async figures(user: AuthUser, id: string): Promise<ReportFigureView[]> {
    assertReportReader(user);
    const { chapter, closed } = await this.db.read(async (em) => {
      const c = await loadChapter(em, id);
      if (!canReadChapter(user, c)) throw forbidden('Ce chapitre est celui d’une autre direction.');
      return { chapter: c, closed: (await loadYear(em, c.year)).status === 'CLOSED' };
    });
    const keys = reportKeys([chapter]).filter((k) => chapter.indicatorKeys.includes(k));
    const figures = closed
      ? await this.db.read((em) => frozenFigures(em, chapter.year, keys))
      : await liveFigures(this.indicators, chapter.year, keys, false);
    return keys.flatMap((k) => {
      const f = figures.get(k);
      return f
        ? [
            {
              key: k,
              label: f.label,
              unit: f.unit,
              value: f.value,
              previousValue: f.previousValue,
              declared: f.declared,
              source: f.source,
              frozen: closed,
            },
          ]
        : [];
    });
  }

  async saveText(user: AuthUser, id: string, input: ReportChapterTextInput): Promise<ReportChapterView> {
    return this.db.transaction(async (em) => {
      const c = await loadChapter(em, id, true);
      if (!canWriteReportChapter(user, c.directorate)) throw forbidden(DENIED);
      await loadOpenYear(em, c.year);
      await assertVersion(em, { entity: 'ReportChapter', id, version: c.version }, input.expectedVersion, {
        text: 'Ce chapitre',
      });
      if (!canEditReportChapterText(c.status))
        throw invalidTransition(
          c.status === 'SUBMITTED'
            ? 'Ce chapitre est soumis : attendez la relecture de la DGS.'
            : 'Ce chapitre est accepté : il ne se modifie plus.',
        );
      const status = c.status === 'MISSING' ? 'DRAFT' : c.status;
      await em.update(ReportChapter, { id }, { highlights: input.highlights, outlook: input.outlook, status });
      await this.audit.record(em, user, {
        entity: 'ReportChapter',
        entityId: id,
        action: 'write',
        changes: {
          highlights: { from: c.highlights.length, to: input.highlights.length },
          outlook: { from: c.outlook.length, to: input.outlook.length },
          status,
        },
      });
      return chapterView(user, await loadChapter(em, id), true);
    });
  }

  async submit(user: AuthUser, id: string): Promise<ReportChapterView> {
    return this.db.transaction(async (em) => {
      const c = await loadChapter(em, id, true);
      if (!canWriteReportChapter(user, c.directorate)) throw forbidden(DENIED);
      await loadOpenYear(em, c.year);
      const refusal = submitRefusal(c.status, c.highlights);
      if (refusal) throw invalidTransition(refusal);
      await em.update(ReportChapter, { id }, { status: 'SUBMITTED' });
      await this.audit.record(em, user, {
        entity: 'ReportChapter',
        entityId: id,
        action: 'submit',
        changes: { status: { from: c.status, to: 'SUBMITTED' } },
      });
      return chapterView(user, await loadChapter(em, id), true);
    });
  }

  async review(
    user: AuthUser,
    id: string,
    decision: ReportReviewDecision,
    comment: string | null,
  ): Promise<ReportChapterView> {
    assertDgs(user, 'relire les chapitres du rapport');
    const note = comment?.trim() || null;
    if (note && note.length > 5000) throw badInput('comment', 'Le commentaire tient en 5 000 caractères au plus.');
    if (!note && decision !== 'ACCEPT')
      throw badInput('comment', 'Dites au directeur ce qu’il faut revoir (commentaire obligatoire).');
    return this.db.transaction(async (em) => {
      const c = await loadChapter(em, id, true);
      await loadOpenYear(em, c.year);
      const outcome = reviewOutcome(c.status, decision);
      if ('refusal' in outcome) throw invalidTransition(outcome.refusal);
      await em.update(ReportChapter, { id }, { status: outcome.status, reviewComment: note ?? c.reviewComment });
      await this.audit.record(em, user, {
        entity: 'ReportChapter',
        entityId: id,
        action: decision === 'ACCEPT' ? 'accept' : decision === 'REQUEST_CHANGES' ? 'request_changes' : 'comment',
        changes: {
          status: { from: c.status, to: outcome.status },
          statusLabel: REPORT_CHAPTER_STATUSES.of(outcome.status).label,
          ...(note ? { comment: note } : {}),
        },
      });
      return chapterView(user, await loadChapter(em, id), true);
    });
  }
}
