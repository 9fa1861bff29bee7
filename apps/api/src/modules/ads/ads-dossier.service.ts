import type { Database } from '../../core/database/database';
import type { AuthUser } from '../../core/context';
import { notFound } from '../../core/errors';
import type { Clock } from '../../core/kit/clock';
import { rawPageOf, type PageArgs } from '../../core/kit/paging';
import { AdsQueue, type AdsSort } from './graphql/ads.enums';
import { AdsDossier } from './entities/ads-dossier.entity';
import type { AdsDossierFilter } from './graphql/ads.inputs';
import type { AdsDossierPage, AdsDossierView, AdsInstructorView, AdsQueueCountView } from './graphql/ads.types';
import { applyFilters, dossierListQuery, loadDossierView, queueCondition, toSummaries } from './ads-dossier.queries';
import { adsInstructors } from './ads-instructors';

/** Reads of the ADS service: the queues, one dossier, the instructors. */
export class AdsDossierService {
  constructor(
    private readonly db: Database,
    private readonly clock: Clock,
  ) {}

  list(user: AuthUser, filter: AdsDossierFilter, sort: AdsSort, page: PageArgs): Promise<AdsDossierPage> {
    return this.db.read((em) =>
      rawPageOf(dossierListQuery(em, user, filter, sort, this.clock.today()), page, toSummaries),
    );
  }

  /** Every queue's count under the same filters, in one statement (the tabs' numbers). */
  queueCounts(user: AuthUser, filter: AdsDossierFilter): Promise<AdsQueueCountView[]> {
    const today = this.clock.today();
    const queues = Object.values(AdsQueue);
    return this.db.read(async (em) => {
      const qb = applyFilters(em.createQueryBuilder(AdsDossier, 'd'), filter).select('COUNT(*)', 'q0');
      queues.forEach((queue, i) => {
        const c = queueCondition(queue, user, today, filter.withinDays ?? 15);
        if (c) qb.addSelect(`COUNT(*) FILTER (WHERE ${c.sql})`, `q${i}`).setParameters(c.params);
      });
      const row = (await qb.getRawOne<Record<string, string>>()) ?? {};
      return queues.map((queue, i) => ({ queue, count: Number(row[`q${i}`] ?? 0) }));
    });
  }

  async get(id: string): Promise<AdsDossierView> {
    const view = await this.db.read((em) => loadDossierView(em, id, this.clock.today()));
    if (!view) throw notFound('Dossier ADS');
    return view;
  }

  instructors(): Promise<AdsInstructorView[]> {
    return this.db.read((em) => adsInstructors(em));
  }
}
