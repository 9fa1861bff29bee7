import type { AuditService } from '../audit/audit.service';
import type { AuthUser } from '../context';
import type { Database } from '../database/database';
import { badInput, invalidTransition, notFound } from '../errors';
import type { IndicatorsService } from '../indicators/indicators.service';
import type { Clock } from '../kit/clock';
import { ReportChapter } from './entities/report-chapter.entity';
import { ReportFigureSnapshot } from './entities/report-figure-snapshot.entity';
import { ReportYear } from './entities/report-year.entity';
import { assertDgs, loadOpenYear, loadYear } from './report-access';
import { liveFigures, reportKeys, sameValue } from './report-figures';
import type { ReportDriftView } from './report.types';

/**
 * Closing a year freezes every figure of its report (value, previous value, breakdowns, definition version, time
 * of computation): the published report is reproducible whatever is recorded or dated afterwards. What changed
 * since shows as drift, which the DGS acknowledges or answers by reopening the year.
 */
export class ReportClosingService {
  constructor(
    private readonly db: Database,
    private readonly audit: AuditService,
    private readonly indicators: IndicatorsService,
    private readonly clock: Clock,
  ) {}

  async close(user: AuthUser, year: number, expectedVersion: number): Promise<void> {
    assertDgs(user, 'clore le rapport d’une année');
    await this.db.transaction(async (em) => {
      const row = await loadOpenYear(em, year, true);
      if (row.version !== expectedVersion)
        throw invalidTransition('Le rapport a changé entre-temps (ouvert, clos ou rouvert) : rechargez la page.');
      const chapters = await em.find(ReportChapter, { where: { year } });
      // computed inside the closing transaction: the snapshot is what the database held when the year closed
      const figures = await liveFigures(this.indicators, year, reportKeys(chapters));
      const now = this.clock.now();
      await em.delete(ReportFigureSnapshot, { year });
      const rows = [...figures.values()].map((f) => ({
        year,
        indicatorKey: f.key,
        label: f.label,
        unit: f.unit,
        value: f.value,
        previousValue: f.previousValue,
        breakdowns: f.breakdowns,
        definitionVersion: f.version,
        declared: f.declared,
        source: f.source,
        computedAt: now,
      }));
      for (let i = 0; i < rows.length; i += 200) await em.insert(ReportFigureSnapshot, rows.slice(i, i + 200));
      await em.update(ReportYear, { year }, { status: 'CLOSED', closedAt: now, closedBy: user.login });
      const pending = chapters.filter((c) => c.status !== 'ACCEPTED').length;
      await this.audit.record(em, user, {
        entity: 'ReportYear',
        entityId: String(year),
        action: 'close',
        changes: { figures: rows.length, chaptersNotAccepted: pending },
      });
    });
  }

  /** Reopening drops the frozen figures: the year's report reads live ones again until it is closed anew. */
  async reopen(user: AuthUser, year: number, reason: string): Promise<void> {
    assertDgs(user, 'rouvrir le rapport d’une année close');
    const why = reason.trim();
    if (!why) throw badInput('reason', 'Indiquez pourquoi le rapport est rouvert.');
    if (why.length > 2000) throw badInput('reason', 'La raison tient en 2 000 caractères au plus.');
    await this.db.transaction(async (em) => {
      const row = await loadYear(em, year, true);
      if (row.status !== 'CLOSED') throw invalidTransition(`Le rapport ${year} n’est pas clos.`);
      const frozen = await em.find(ReportFigureSnapshot, { where: { year } });
      await em.delete(ReportFigureSnapshot, { year });
      await em.update(ReportYear, { year }, { status: 'OPEN', closedAt: null, closedBy: null });
      await this.audit.record(em, user, {
        entity: 'ReportYear',
        entityId: String(year),
        action: 'reopen',
        // the trail keeps what had been published
        changes: { reason: why, frozen: Object.fromEntries(frozen.map((f) => [f.indicatorKey, f.value])) },
      });
    });
  }

  /** Figures of a closed year whose live value differs from the frozen one. */
  async drift(user: AuthUser, year: number): Promise<ReportDriftView[]> {
    assertDgs(user, 'voir les écarts d’une année close');
    const frozen = await this.db.read(async (em) => {
      const row = await loadYear(em, year);
      if (row.status !== 'CLOSED') return [];
      return em.find(ReportFigureSnapshot, { where: { year }, order: { indicatorKey: 'ASC' } });
    });
    if (!frozen.length) return [];
    const live = await liveFigures(
      this.indicators,
      year,
      frozen.map((f) => f.indicatorKey),
      false,
    );
    return frozen.flatMap((f) => {
      const now = live.get(f.indicatorKey)?.value ?? null;
      if (sameValue(now, f.value)) return [];
      return [
        {
          key: f.indicatorKey,
          label: f.label,
          unit: f.unit,
          frozenValue: f.value,
          liveValue: now,
          computedAt: f.computedAt.toISOString(),
          acknowledged: f.acknowledgedValue !== null && sameValue(f.acknowledgedValue, now),
        },
      ];
    });
  }

  /** The DGS has seen the live value differ: noted (and audited), the published figure stays. */
  async acknowledge(user: AuthUser, year: number, key: string): Promise<ReportDriftView[]> {
    assertDgs(user, 'prendre connaissance des écarts');
    const drift = (await this.drift(user, year)).find((d) => d.key === key);
    if (!drift) throw notFound('Écart');
    await this.db.transaction(async (em) => {
      await em.update(
        ReportFigureSnapshot,
        { year, indicatorKey: key },
        { acknowledgedValue: drift.liveValue, acknowledgedAt: this.clock.now() },
      );
      await this.audit.record(em, user, {
        entity: 'ReportFigureSnapshot',
        entityId: `${year}/${key}`,
        action: 'acknowledge_drift',
        changes: { frozen: drift.frozenValue, live: drift.liveValue },
      });
    });
    return this.drift(user, year);
  }
}
