import { addMonths, type LocalDate } from '../calendar/local-date';

/**
 * How long personal data are kept, per kind of record, counted from the event that ends the record's
 * active life. RGPD art. 5(1)(e) requires a limited duration but sets none: these defaults follow the
 * CNIL's reference frameworks and the limitation periods they cite, and are configurable because the
 * CALL's records manager (and the archives service) may decide otherwise.
 */
export const RETENTION_KINDS = {
  ads: {
    label: 'ADS : identité et coordonnées des demandeurs',
    from: 'clôture du dossier (décision, retrait, annulation)',
    // the period in which a permit can be contested or its works checked (C. urb. L600-3, L480-14: 6 years) plus margin
    years: 10,
  },
  fourriere: {
    label: 'Fourrière : propriétaires, adoptants, payeurs',
    from: 'sortie de l’animal',
    // civil limitation of the pound's claims on the owner (C. civ. art. 2224: 5 years)
    years: 5,
  },
  audit: {
    label: 'Journal d’audit : auteur, adresse IP et détail des changements',
    from: 'date de l’entrée',
    // shorter than every record above, so that no erased name survives in the trail
    years: 5,
  },
} as const satisfies Record<string, { label: string; from: string; years: number }>;

export type RetentionKind = keyof typeof RETENTION_KINDS;
export type RetentionYears = Record<RetentionKind, number>;

export const DEFAULT_RETENTION: RetentionYears = Object.fromEntries(
  Object.entries(RETENTION_KINDS).map(([k, v]) => [k, v.years]),
) as RetentionYears;

/** Records whose active life ended strictly before this day are past retention on `today`. */
export function retentionCutoff(today: LocalDate, years: number): LocalDate {
  return addMonths(today, -12 * years);
}

/** The reason a retention setting is refused, or null. */
export function retentionProblem(r: RetentionYears): string | null {
  for (const [k, y] of Object.entries(r))
    if (!Number.isInteger(y) || y < 1 || y > 100) return `Durée de conservation « ${k} » invalide : ${y} an(s).`;
  const shortest = Math.min(
    ...Object.entries(r)
      .filter(([k]) => k !== 'audit')
      .map(([, y]) => y),
  );
  if (r.audit > shortest)
    return `Le journal d’audit (${r.audit} ans) ne peut être conservé plus longtemps que les données qu’il cite (${shortest} ans).`;
  return null;
}
