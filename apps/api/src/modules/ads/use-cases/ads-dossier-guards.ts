import type { EntityManager } from 'typeorm';
import { ADS_STATUS_LABELS, isAdsPreDecision, type LocalDate } from '@call/domain';
import { badInput, invalidTransition, notFound } from '../../../core/errors';
import { AdsDossier } from '../entities/ads-dossier.entity';

/** How a conflict message names a dossier. */
export const DOSSIER_SUBJECT = { text: 'Ce dossier' };

/** The dossier, locked for the transaction, while it still awaits its decision. */
export async function openAdsDossier(em: EntityManager, id: string, what: string): Promise<AdsDossier> {
  const d = await em.findOne(AdsDossier, { where: { id }, lock: { mode: 'pessimistic_write' } });
  if (!d) throw notFound('Dossier ADS');
  if (!isAdsPreDecision(d.status))
    throw invalidTransition(`${what} impossible : le dossier est au statut « ${ADS_STATUS_LABELS[d.status]} ».`);
  return d;
}

export const notFuture = (field: string, date: LocalDate, today: LocalDate) => {
  if (date > today) throw badInput(field, 'La date ne peut pas être dans le futur.');
};
