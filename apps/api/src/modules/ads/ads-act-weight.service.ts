import { ADS_DOSSIER_TYPE_CODES } from '@call/domain';
import type { Database } from '../../core/database/database';
import type { AuditService } from '../../core/audit/audit.service';
import type { AuthUser } from '../../core/context';
import { forbidden } from '../../core/errors';
import { AdsActWeight } from './entities/ads-act-weight.entity';
import type { AdsActWeightInput } from './graphql/ads.inputs';
import type { AdsActWeightView } from './graphql/ads.types';

const view = (w: AdsActWeight): AdsActWeightView => ({ dossierType: w.dossierType, weight: Number(w.weight), updatedBy: w.updatedBy });
const order = (a: AdsActWeightView, b: AdsActWeightView) => ADS_DOSSIER_TYPE_CODES.indexOf(a.dossierType) - ADS_DOSSIER_TYPE_CODES.indexOf(b.dossierType);

/** The "équivalent PC" scale of the actes quantifiés (seeded by the migration, edited by the ADS director). */
export class AdsActWeightService {
  constructor(private readonly db: Database, private readonly audit: AuditService) {}

  list(): Promise<AdsActWeightView[]> {
    return this.db.read(async (em) => (await em.find(AdsActWeight)).map(view).sort(order));
  }

  update(actor: AuthUser, inputs: AdsActWeightInput[]): Promise<AdsActWeightView[]> {
    // the scale shares the service's cost among communes: the director decides it, not an agent
    if (actor.role !== 'DIRECTOR') throw forbidden('Seul le directeur ou la directrice du service ADS peut modifier le barème des actes quantifiés.');
    return this.db.transaction(async (em) => {
      const before = new Map((await em.find(AdsActWeight)).map((w) => [w.dossierType, Number(w.weight)]));
      for (const i of inputs) {
        await em.upsert(AdsActWeight, { dossierType: i.dossierType, weight: i.weight.toFixed(2), updatedBy: actor.login }, ['dossierType']);
      }
      await this.audit.record(em, actor, { entity: 'AdsActWeight', entityId: 'scale', action: 'update', changes: Object.fromEntries(inputs.map((i) => [i.dossierType, { from: before.get(i.dossierType) ?? null, to: i.weight }])) });
      return (await em.find(AdsActWeight)).map(view).sort(order);
    });
  }
}
