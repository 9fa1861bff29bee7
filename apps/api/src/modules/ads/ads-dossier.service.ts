import type { Database } from '../../core/database/database';
import type { AuthUser } from '../../core/context';
import { notFound } from '../../core/errors';
import type { Clock } from '../../core/kit/clock';
import { rawPageOf, type PageArgs } from '../../core/kit/paging';
import type { AdsSort } from './graphql/ads.enums';
import type { AdsDossierFilter } from './graphql/ads.inputs';
import type { AdsDossierPage, AdsDossierView, AdsInstructorView } from './graphql/ads.types';
import { dossierListQuery, loadDossierView, toSummaries } from './ads-dossier.queries';
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

  async get(id: string): Promise<AdsDossierView> {
    const view = await this.db.read((em) => loadDossierView(em, id, this.clock.today()));
    if (!view) throw notFound('Dossier ADS');
    return view;
  }

  instructors(): Promise<AdsInstructorView[]> {
    return this.db.read((em) => adsInstructors(em));
  }
}
