import { REPORT_CHAPTER_STATUSES, isDirectorateKey } from '@call/domain';
import type { EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { AuthUser } from '../context';
import type { Database } from '../database/database';
import { badInput, conflict, notFound } from '../errors';
import type { IndicatorRegistry } from '../indicators/indicator-registry';
import { ReportChapter, type ReportVisualSpec } from './entities/report-chapter.entity';
import { ReportPart } from './entities/report-part.entity';
import { ReportYear } from './entities/report-year.entity';
import { assertDgs, assertReportReader, canReadChapter, chapterView, loadChapter, loadOpenYear } from './report-access';
import { createReportFromTemplate, REPORT_TEMPLATE } from './report-template';
import type { ReportChapterStructureInput, ReportVisualInput, ReportYearView } from './report.types';

const MAX_CHAPTERS_PER_PART = 60;

/** The report's structure: the year, its parts and chapters; the DGS shapes it, directors see their chapters. */
export class ReportStructureService {
  constructor(
    private readonly db: Database,
    private readonly audit: AuditService,
    private readonly registry: IndicatorRegistry,
  ) {}

  async yearView(user: AuthUser, year: number): Promise<ReportYearView | null> {
    assertReportReader(user);
    return this.db.read(async (em) => {
      const row = await em.findOne(ReportYear, { where: { year } });
      return row ? this.view(em, user, row) : null;
    });
  }

  private async view(em: EntityManager, user: AuthUser, row: ReportYear): Promise<ReportYearView> {
    const [parts, chapters] = await Promise.all([
      em.find(ReportPart, { where: { year: row.year }, order: { position: 'ASC' } }),
      em.find(ReportChapter, { where: { year: row.year }, order: { position: 'ASC' } }),
    ]);
    const visible = chapters.filter((c) => canReadChapter(user, c));
    const open = row.status === 'OPEN';
    return {
      year: row.year,
      status: row.status,
      closedAt: row.closedAt?.toISOString() ?? null,
      closedBy: row.closedBy,
      version: row.version,
      parts: parts
        .map((p) => ({
          id: p.id,
          position: p.position,
          title: p.title,
          chapters: visible.filter((c) => c.partId === p.id).map((c) => chapterView(user, c, open)),
        }))
        .filter((p) => user.role === 'DGS' || p.chapters.length > 0),
      progress: REPORT_CHAPTER_STATUSES.map((s) => ({
        status: s.code,
        count: visible.filter((c) => c.status === s.code).length,
      })),
    };
  }

  /** Starts a year's report from the 2023 structure (the default template). */
  async openYear(user: AuthUser, year: number): Promise<ReportYearView> {
    assertDgs(user, 'ouvrir le rapport d’une année');
    return this.db.transaction(async (em) => {
      if (await em.findOne(ReportYear, { where: { year } })) throw conflict(`Le rapport ${year} existe déjà.`, 'year');
      const chapterCount = await createReportFromTemplate(em, year);
      await this.audit.record(em, user, {
        entity: 'ReportYear',
        entityId: String(year),
        action: 'open',
        changes: { parts: REPORT_TEMPLATE.length, chapters: chapterCount },
      });
      return this.view(em, user, await em.findOneOrFail(ReportYear, { where: { year } }));
    });
  }

  async renamePart(user: AuthUser, id: string, title: string): Promise<ReportYearView> {
    assertDgs(user, 'modifier la structure du rapport');
    const clean = this.title(title);
    return this.db.transaction(async (em) => {
      const part = await em.findOne(ReportPart, { where: { id } });
      if (!part) throw notFound('Partie');
      const year = await loadOpenYear(em, part.year, true);
      await em.update(ReportPart, { id }, { title: clean });
      await this.audit.record(em, user, {
        entity: 'ReportPart',
        entityId: id,
        action: 'rename',
        changes: { title: { from: part.title, to: clean } },
      });
      return this.view(em, user, year);
    });
  }

  async addChapter(user: AuthUser, partId: string, input: ReportChapterStructureInput): Promise<ReportYearView> {
    assertDgs(user, 'modifier la structure du rapport');
    const fields = this.structure(input);
    return this.db.transaction(async (em) => {
      const part = await em.findOne(ReportPart, { where: { id: partId } });
      if (!part) throw notFound('Partie');
      const year = await loadOpenYear(em, part.year, true);
      const count = await em.count(ReportChapter, { where: { partId } });
      if (count >= MAX_CHAPTERS_PER_PART)
        throw badInput('partId', `Une partie compte au plus ${MAX_CHAPTERS_PER_PART} chapitres.`);
      const { identifiers } = await em.insert(ReportChapter, {
        year: part.year,
        partId,
        position: count + 1,
        ...fields,
      });
      await this.audit.record(em, user, {
        entity: 'ReportChapter',
        entityId: (identifiers[0] as { id: string }).id,
        action: 'add',
        changes: { partId, ...fields },
      });
      return this.view(em, user, year);
    });
  }

  async updateChapter(user: AuthUser, id: string, input: ReportChapterStructureInput): Promise<ReportYearView> {
    assertDgs(user, 'modifier la structure du rapport');
    const fields = this.structure(input);
    return this.db.transaction(async (em) => {
      const chapter = await loadChapter(em, id, true);
      const year = await loadOpenYear(em, chapter.year, true);
      await em.update(ReportChapter, { id }, fields);
      const before = {
        title: chapter.title,
        directorate: chapter.directorate,
        indicatorKeys: chapter.indicatorKeys,
        tables: chapter.tables,
        charts: chapter.charts,
      };
      await this.audit.record(em, user, {
        entity: 'ReportChapter',
        entityId: id,
        action: 'restructure',
        changes: AuditService.diff(before, fields),
      });
      return this.view(em, user, year);
    });
  }

  /** Moves a chapter to a position of a part (the same or another), renumbering both. */
  async moveChapter(user: AuthUser, id: string, partId: string, position: number): Promise<ReportYearView> {
    assertDgs(user, 'modifier la structure du rapport');
    return this.db.transaction(async (em) => {
      const chapter = await loadChapter(em, id, true);
      const year = await loadOpenYear(em, chapter.year, true);
      const target = await em.findOne(ReportPart, { where: { id: partId, year: chapter.year } });
      if (!target) throw badInput('partId', 'Cette partie n’est pas dans le rapport de la même année.');
      const siblings = (await em.find(ReportChapter, { where: { partId }, order: { position: 'ASC' } })).filter(
        (c) => c.id !== id,
      );
      const at = Math.max(1, Math.min(position, siblings.length + 1));
      siblings.splice(at - 1, 0, chapter);
      for (const [k, c] of siblings.entries())
        if (c.id === id || c.position !== k + 1)
          await em.update(ReportChapter, { id: c.id }, { position: k + 1, partId });
      if (chapter.partId !== partId) await this.renumber(em, chapter.partId);
      await this.audit.record(em, user, {
        entity: 'ReportChapter',
        entityId: id,
        action: 'move',
        changes: { from: { partId: chapter.partId, position: chapter.position }, to: { partId, position: at } },
      });
      return this.view(em, user, year);
    });
  }

  async removeChapter(user: AuthUser, id: string): Promise<ReportYearView> {
    assertDgs(user, 'modifier la structure du rapport');
    return this.db.transaction(async (em) => {
      const chapter = await loadChapter(em, id, true);
      const year = await loadOpenYear(em, chapter.year, true);
      await em.delete(ReportChapter, { id });
      await this.renumber(em, chapter.partId);
      await this.audit.record(em, user, {
        entity: 'ReportChapter',
        entityId: id,
        action: 'remove',
        changes: { title: chapter.title, directorate: chapter.directorate, highlights: chapter.highlights },
      });
      return this.view(em, user, year);
    });
  }

  private async renumber(em: EntityManager, partId: string) {
    const rest = await em.find(ReportChapter, { where: { partId }, order: { position: 'ASC' } });
    for (const [k, c] of rest.entries())
      if (c.position !== k + 1) await em.update(ReportChapter, { id: c.id }, { position: k + 1 });
  }

  private title(title: string): string {
    const clean = title.trim();
    if (!clean) throw badInput('title', 'Le titre est obligatoire.');
    return clean;
  }

  /** Checks a chapter's structure against the registry: known keys of the chapter's directorate, known breakdowns. */
  private structure(input: ReportChapterStructureInput) {
    const directorate = input.directorate ?? null;
    if (directorate !== null && !isDirectorateKey(directorate)) throw badInput('directorate', 'Direction inconnue.');
    const known = (key: string, field: string) => {
      const def = this.registry.get(key);
      if (!def) throw badInput(field, `Indicateur inconnu : ${key}.`);
      if (def.directorate !== directorate)
        throw badInput(field, `L’indicateur ${key} n’appartient pas à la direction du chapitre.`);
      return def;
    };
    if (input.indicatorKeys.length > 40) throw badInput('indicatorKeys', 'Au plus 40 chiffres clés par chapitre.');
    for (const k of input.indicatorKeys) known(k, 'indicatorKeys');
    const visuals = (list: ReportVisualInput[], field: 'tables' | 'charts'): ReportVisualSpec[] => {
      if (list.length > 12) throw badInput(field, 'Au plus 12 tableaux ou graphiques par chapitre.');
      return list.map((v) => {
        const def = known(v.indicatorKey, field);
        if (def.kind !== 'computed' || !(def.by ?? []).includes(v.dimension))
          throw badInput(field, `L’indicateur ${v.indicatorKey} n’a pas de ventilation « ${v.dimension} ».`);
        if (v.kind && v.kind !== 'bar' && v.kind !== 'line')
          throw badInput(field, 'Un graphique est en barres (bar) ou en courbe (line).');
        return {
          indicatorKey: v.indicatorKey,
          dimension: v.dimension,
          ...(field === 'charts' ? { kind: v.kind ?? 'bar' } : {}),
          ...(v.title?.trim() ? { title: v.title.trim() } : {}),
        };
      });
    };
    return {
      title: this.title(input.title),
      directorate,
      indicatorKeys: [...new Set(input.indicatorKeys)],
      tables: visuals(input.tables, 'tables'),
      charts: visuals(input.charts, 'charts'),
    };
  }
}
