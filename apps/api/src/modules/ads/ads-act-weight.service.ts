import type { EntityManager } from 'typeorm';
import { ADS_DOSSIER_TYPE_CODES, isLocalDate, type AdsDossierType } from '@call/domain';
import type { Database } from '../../core/database/database';
import type { Clock } from '../../core/kit/clock';
import { badInput } from '../../core/errors';
import { latestInForce } from '../../core/kit/in-force';
import { AdsActWeight } from './entities/ads-act-weight.entity';
import type { AdsActWeightScaleView, AdsActWeightView } from './graphql/ads.types';

const view = (w: AdsActWeight): AdsActWeightView => ({
  dossierType: w.dossierType,
  validFrom: w.validFrom,
  weight: Number(w.weight),
  updatedBy: w.updatedBy,
});
const typeOrder = (a: { dossierType: AdsDossierType }, b: { dossierType: AdsDossierType }) =>
  ADS_DOSSIER_TYPE_CODES.indexOf(a.dossierType) - ADS_DOSSIER_TYPE_CODES.indexOf(b.dossierType);

/** For each type, the row of the scale in force on that day (the one the weighted-acts indicator joins). */
export async function scaleOn(em: EntityManager, on: string): Promise<AdsActWeightView[]> {
  const rows = await latestInForce(em.createQueryBuilder(AdsActWeight, 'w'), 'w', ['dossier_type'], on).getMany();
  return rows.map(view).sort(typeOrder);
}

/**
 * The dated "équivalent PC" scale of the actes quantifiés (default seeded by the migration, new dated
 * rows entered by the ADS director). Rules that change are dated so a yearly series stays comparable.
 */
export class AdsActWeightService {
  constructor(
    private readonly db: Database,
    private readonly clock: Clock,
  ) {}

  inForce(on: string | null): Promise<AdsActWeightView[]> {
    const day = on ?? this.clock.today();
    if (!isLocalDate(day)) throw badInput('on', 'Date invalide (AAAA-MM-JJ).');
    return this.db.read((em) => scaleOn(em, day));
  }

  /** Every dated scale, the latest first; a scale lists the types whose weight changed that day. */
  history(): Promise<AdsActWeightScaleView[]> {
    return this.db.read(async (em) => {
      const rows = (await em.find(AdsActWeight, { order: { validFrom: 'DESC' } })).map(view);
      const byDay = new Map<string, AdsActWeightView[]>();
      for (const r of rows) byDay.set(r.validFrom, [...(byDay.get(r.validFrom) ?? []), r]);
      return [...byDay].map(([validFrom, weights]) => ({
        validFrom,
        updatedBy: weights[0].updatedBy,
        weights: weights.sort(typeOrder),
      }));
    });
  }
}
