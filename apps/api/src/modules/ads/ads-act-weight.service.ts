import type { EntityManager } from 'typeorm';
import { ADS_DOSSIER_TYPE_CODES, isLocalDate, toParisLocalDate, type AdsDossierType } from '@call/domain';
import type { Database } from '../../core/database/database';
import type { AuditService } from '../../core/audit/audit.service';
import type { AuthUser } from '../../core/context';
import { badInput, forbidden } from '../../core/errors';
import { AdsActWeight } from './entities/ads-act-weight.entity';
import type { AdsActWeightInput } from './graphql/ads.inputs';
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
async function scaleOn(em: EntityManager, on: string): Promise<AdsActWeightView[]> {
  const rows = await em
    .createQueryBuilder(AdsActWeight, 'w')
    .distinctOn(['w.dossier_type'])
    .where('w.valid_from <= CAST(:on AS date)', { on })
    .orderBy('w.dossier_type')
    .addOrderBy('w.valid_from', 'DESC')
    .getMany();
  return rows.map(view).sort(typeOrder);
}

/**
 * The dated "équivalent PC" scale of the actes quantifiés (default seeded by the migration, new dated
 * rows entered by the ADS director). Rules that change are dated so a yearly series stays comparable.
 */
export class AdsActWeightService {
  constructor(
    private readonly db: Database,
    private readonly audit: AuditService,
  ) {}

  inForce(on: string | null): Promise<AdsActWeightView[]> {
    const day = on ?? toParisLocalDate(new Date());
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

  update(actor: AuthUser, validFrom: string, inputs: AdsActWeightInput[]): Promise<AdsActWeightView[]> {
    // the scale shares the service's cost among communes: the director decides it, not an agent
    if (actor.role !== 'DIRECTOR')
      throw forbidden(
        'Seul le directeur ou la directrice du service ADS peut modifier le barème des actes quantifiés.',
      );
    if (!isLocalDate(validFrom)) throw badInput('validFrom', 'Date invalide (AAAA-MM-JJ).');
    if (!inputs.length) throw badInput('weights', 'Indiquez au moins un poids.');
    const twice = inputs.find((i, k) => inputs.findIndex((j) => j.dossierType === i.dossierType) !== k);
    if (twice) throw badInput('weights', `Le type ${twice.dossierType} est indiqué deux fois.`);
    return this.db.transaction(async (em) => {
      const before = new Map((await scaleOn(em, validFrom)).map((w) => [w.dossierType, w.weight]));
      await em.upsert(
        AdsActWeight,
        inputs.map((i) => ({
          dossierType: i.dossierType,
          validFrom,
          weight: i.weight.toFixed(2),
          updatedBy: actor.login,
        })),
        ['dossierType', 'validFrom'],
      );
      await this.audit.record(em, actor, {
        entity: 'AdsActWeight',
        entityId: `scale:${validFrom}`,
        action: 'update',
        changes: {
          validFrom,
          ...Object.fromEntries(
            inputs.map((i) => [i.dossierType, { from: before.get(i.dossierType) ?? null, to: i.weight }]),
          ),
        },
      });
      return scaleOn(em, validFrom);
    });
  }
}
