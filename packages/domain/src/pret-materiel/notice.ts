import { inForceOn } from '../core/in-force';
import { daysBetween, type LocalDate } from '../calendar/local-date';

/**
 * Minimum notice between the request and the event's first day. No text fixes it: it is the service's own rule,
 * hence a dated setting (a new row from a date, older requests keep the rule they were made under).
 */
export interface NoticeRule {
  validFrom: LocalDate;
  validTo?: LocalDate | null;
  days: number;
}

export const PRET_NOTICE_RULES: readonly NoticeRule[] = [{ validFrom: '2016-01-01', days: 15 }];

/** Null when the request is early enough under the rule in force on the day it is made, else the French reason. */
export function checkNotice(
  requestedOn: LocalDate,
  startOn: LocalDate,
  rules: readonly NoticeRule[] = PRET_NOTICE_RULES,
): string | null {
  const rule = inForceOn(rules, requestedOn);
  if (!rule) return null;
  if (daysBetween(requestedOn, startOn) >= rule.days) return null;
  return `La demande doit parvenir au moins ${rule.days} jours avant le début de la manifestation.`;
}
