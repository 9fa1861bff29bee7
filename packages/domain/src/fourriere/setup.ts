import type { LocalDate } from '../calendar/local-date';
import { frenchDay } from '../calendar/local-date';
import { fourriereTariffOn, type FourriereTariff } from './fees';
import { FOURRIERE_SPECIES } from './fourriere.choices';

/**
 * What a fresh installation lacks before the pound can work. A return needs the fees paid, so a price list in
 * force for the species (L211-24: the owner bears the costs) — blocking. The working calendar has a default
 * (every public holiday closed) that computes the holding period: not blocking, but the director should confirm it.
 */
export type FourriereSetupKey = 'TARIFF' | 'CALENDAR';

export interface FourriereSetupItem {
  key: FourriereSetupKey;
  /** Blocking: returns to owners are refused until it is set. */
  blocking: boolean;
  message: string;
  /** The page where the director sets it. */
  path: string;
}

export function fourriereSetupItems(input: {
  today: LocalDate;
  tariffs: readonly FourriereTariff[];
  /** Whether a director has recorded a working calendar (the migration's default alone does not count). */
  calendarSetByDirector: boolean;
}): FourriereSetupItem[] {
  const items: FourriereSetupItem[] = [];
  const missing = FOURRIERE_SPECIES.filter((s) => !fourriereTariffOn(input.tariffs, s.code, input.today));
  if (missing.length)
    items.push({
      key: 'TARIFF',
      blocking: true,
      message: `Aucun tarif de fourrière en vigueur au ${frenchDay(input.today)} pour : ${missing.map((s) => s.label.toLowerCase()).join(', ')}. Toute restitution à un propriétaire sera refusée tant que le directeur n’a pas saisi la grille tarifaire.`,
      path: '/fourriere/tarifs',
    });
  if (!input.calendarSetByDirector)
    items.push({
      key: 'CALENDAR',
      blocking: false,
      message:
        'Calendrier des jours ouvrés non confirmé : le délai de garde est calculé avec le calendrier par défaut (tous les jours fériés fermés). Vérifiez-le ou fixez celui de la fourrière.',
      path: '/fourriere/calendrier',
    });
  return items;
}
