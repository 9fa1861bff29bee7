import type { LocalDate } from '../calendar/local-date';

/**
 * A dated setting: memberships, act weights, tariffs, working calendars and the dated rules to come.
 * It applies from `validFrom` (inclusive) until `validTo` (inclusive) when set, otherwise until a later
 * setting of the same series replaces it.
 */
export interface DatedSetting {
  validFrom: LocalDate;
  validTo?: LocalDate | null;
}

export type InForceStatus = 'IN_FORCE' | 'UPCOMING' | 'SUPERSEDED';

export const IN_FORCE_STATUS_LABELS: Record<InForceStatus, string> = {
  IN_FORCE: 'En vigueur',
  UPCOMING: 'À venir',
  SUPERSEDED: 'Remplacé',
};

const covers = (s: DatedSetting, day: LocalDate) => s.validFrom <= day && (!s.validTo || s.validTo >= day);

/** The setting in force on a day among one series: the latest one started on or before it (null if none). */
export function inForceOn<T extends DatedSetting>(settings: readonly T[], day: LocalDate): T | null {
  let found: T | null = null;
  for (const s of settings) if (covers(s, day) && (!found || s.validFrom > found.validFrom)) found = s;
  return found;
}

/** The settings in force on a day, one per series (e.g. one weight per dossier type, one tariff per species). */
export function allInForceOn<T extends DatedSetting, K>(
  settings: readonly T[],
  day: LocalDate,
  seriesOf: (s: T) => K,
): T[] {
  const best = new Map<K, T>();
  for (const s of settings) {
    if (!covers(s, day)) continue;
    const k = seriesOf(s);
    const cur = best.get(k);
    if (!cur || s.validFrom > cur.validFrom) best.set(k, s);
  }
  return [...best.values()];
}

/** Where one setting of a series stands on a day: in force, not yet, or replaced (or ended) since. */
export function inForceStatus<T extends DatedSetting>(
  series: readonly T[],
  s: DatedSetting,
  day: LocalDate,
): InForceStatus {
  if (s.validFrom > day) return 'UPCOMING';
  const current = inForceOn(series, day);
  return current && current.validFrom === s.validFrom && covers(s, day) ? 'IN_FORCE' : 'SUPERSEDED';
}
