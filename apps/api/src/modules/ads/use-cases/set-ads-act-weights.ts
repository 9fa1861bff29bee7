import type { EntityManager } from 'typeorm';
import { isLocalDate } from '@call/domain';
import type { AuditService } from '../../../core/audit/audit.service';
import type { AuthUser } from '../../../core/context';
import { badInput, forbidden } from '../../../core/errors';
import { AdsActWeight } from '../entities/ads-act-weight.entity';
import type { AdsActWeightInput } from '../graphql/ads.inputs';
import type { AdsActWeightView } from '../graphql/ads.types';
import { scaleOn } from '../ads-act-weight.service';

/**
 * The ADS director records a dated scale: it applies to dossiers deposited from validFrom, earlier ones
 * keep the scale of their deposit day. Returns the scale in force on validFrom.
 */
export async function setAdsActWeights(
  em: EntityManager,
  audit: AuditService,
  actor: AuthUser,
  validFrom: string,
  inputs: AdsActWeightInput[],
): Promise<AdsActWeightView[]> {
  // the scale shares the service's cost among communes: the director decides it, not an agent
  if (actor.role !== 'DIRECTOR')
    throw forbidden('Seul le directeur ou la directrice du service ADS peut modifier le barème des actes quantifiés.');
  if (!isLocalDate(validFrom)) throw badInput('validFrom', 'Date invalide (AAAA-MM-JJ).');
  if (!inputs.length) throw badInput('weights', 'Indiquez au moins un poids.');
  const twice = inputs.find((i, k) => inputs.findIndex((j) => j.dossierType === i.dossierType) !== k);
  if (twice) throw badInput('weights', `Le type ${twice.dossierType} est indiqué deux fois.`);
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
  await audit.record(em, actor, {
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
}
