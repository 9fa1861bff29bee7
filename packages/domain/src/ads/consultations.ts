import { defineChoices } from '../core/choices';
import { addMonths, type LocalDate } from '../calendar/local-date';

/** Services and persons consulted during instruction (R*423-50 and following). */
export const ADS_CONSULTED_SERVICES = defineChoices([
  { code: 'ABF', label: 'Architecte des Bâtiments de France (UDAP)' },
  { code: 'SDIS', label: 'SDIS (service départemental d’incendie et de secours)' },
  { code: 'EAU_ASSAINISSEMENT', label: 'CALL — Eau et assainissement' },
  { code: 'ENEDIS', label: 'Enedis (réseau électrique)' },
  { code: 'GRDF', label: 'GRDF (réseau de gaz)' },
  { code: 'GESTIONNAIRE_VOIRIE', label: 'Gestionnaire de voirie' },
  { code: 'DDTM', label: 'DDTM' },
  { code: 'COMMISSION_ACCESSIBILITE', label: 'Commission d’accessibilité' },
  { code: 'AUTRE', label: 'Autre service' },
]);
export type AdsConsultedService = (typeof ADS_CONSULTED_SERVICES)[number]['code'];
export const ADS_CONSULTED_SERVICE_CODES: readonly AdsConsultedService[] = ADS_CONSULTED_SERVICES.codes;
export const ADS_CONSULTED_SERVICE_LABELS = ADS_CONSULTED_SERVICES.labels;

export const ADS_OPINIONS = defineChoices([
  { code: 'FAVOURABLE', label: 'Favorable' },
  { code: 'PRESCRIPTIONS', label: 'Favorable avec prescriptions' },
  { code: 'UNFAVOURABLE', label: 'Défavorable' },
  // R*423-59: a service that has not answered within its delay is deemed to have given a favourable opinion
  { code: 'TACIT', label: 'Tacite (sans réponse dans le délai)' },
]);
export type AdsOpinion = (typeof ADS_OPINIONS)[number]['code'];
export const ADS_OPINION_CODES: readonly AdsOpinion[] = ADS_OPINIONS.codes;
export const ADS_OPINION_LABELS = ADS_OPINIONS.labels;

/** Default answer delay of a consulted service: one month (R*423-59); the ABF has two in the abords of a monument for a permit (R*423-67, to confirm per case). */
export function defaultConsultationDueOn(
  service: AdsConsultedService,
  sentOn: LocalDate,
  isPermit: boolean,
): LocalDate {
  return addMonths(sentOn, service === 'ABF' && isPermit ? 2 : 1);
}

/** The opinion as it stands on a day: the recorded one, or tacit once the due date has passed without an answer. */
export function effectiveOpinion(
  c: { opinion: AdsOpinion | null; dueOn: LocalDate },
  today: LocalDate,
): AdsOpinion | null {
  if (c.opinion) return c.opinion;
  return today > c.dueOn ? 'TACIT' : null;
}
