import { defineChoices } from '../core/choices';
/**
 * Urbanism authorisations instructed by the service mutualisé ADS. The number of months is the base
 * instruction delay of the Code de l'urbanisme (R*423-23, version in force since 2007-10-01), counted
 * from the complete dossier (R*423-19).
 */
export const ADS_DOSSIER_TYPES = defineChoices([
  { code: 'CUa', label: 'Certificat d’urbanisme d’information', numberPrefix: 'CU', baseMonths: 1, family: 'CU' },
  { code: 'CUb', label: 'Certificat d’urbanisme opérationnel', numberPrefix: 'CU', baseMonths: 2, family: 'CU' },
  { code: 'DP', label: 'Déclaration préalable', numberPrefix: 'DP', baseMonths: 1, family: 'DP' },
  {
    code: 'PCMI',
    label: 'Permis de construire (maison individuelle)',
    numberPrefix: 'PC',
    baseMonths: 2,
    family: 'PERMIT',
  },
  { code: 'PC', label: 'Permis de construire', numberPrefix: 'PC', baseMonths: 3, family: 'PERMIT' },
  { code: 'PA', label: 'Permis d’aménager', numberPrefix: 'PA', baseMonths: 3, family: 'PERMIT' },
  { code: 'PD', label: 'Permis de démolir', numberPrefix: 'PD', baseMonths: 2, family: 'PERMIT' },
]);

export type AdsDossierType = (typeof ADS_DOSSIER_TYPES)[number]['code'];
/** CU: certificates; DP: declarations (non-opposition regime); PERMIT: PC, PCMI, PA, PD. */
export type AdsTypeFamily = (typeof ADS_DOSSIER_TYPES)[number]['family'];

export const ADS_DOSSIER_TYPE_CODES: readonly AdsDossierType[] = ADS_DOSSIER_TYPES.codes;

export const ADS_DOSSIER_TYPE_LABELS = ADS_DOSSIER_TYPES.labels;

export function isAdsDossierType(value: string): value is AdsDossierType {
  return (ADS_DOSSIER_TYPE_CODES as readonly string[]).includes(value);
}

export function adsTypeInfo(type: AdsDossierType) {
  return ADS_DOSSIER_TYPES.find((t) => t.code === type)!;
}

export const adsTypeFamily = (type: AdsDossierType): AdsTypeFamily => adsTypeInfo(type).family;

/** Permits whose works are followed after the decision: DOC, DAACT, conformity (R*424-16, R*462-1). */
export const ADS_TYPES_WITH_WORKS: readonly AdsDossierType[] = ['PCMI', 'PC', 'PA'];

export const ADS_CHANNELS = defineChoices([
  { code: 'PAPER', label: 'Papier' },
  { code: 'ELECTRONIC', label: 'Dématérialisé (GNAU)' },
]);
export type AdsChannel = (typeof ADS_CHANNELS)[number]['code'];
export const ADS_CHANNEL_LABELS = ADS_CHANNELS.labels;

export const ADS_APPLICANT_KINDS = defineChoices([
  { code: 'PERSON', label: 'Particulier' },
  { code: 'COMPANY', label: 'Personne morale' },
]);
export type AdsApplicantKind = (typeof ADS_APPLICANT_KINDS)[number]['code'];

/**
 * Default "équivalent PC" scale of the actes quantifiés (a PC weighs 1). It is the one the
 * ADS director starts from and edits (table ads_act_weight); the CALL's own convention is to confirm.
 * Values follow the usual scale of shared ADS services (e.g. the ratios used by the State's former
 * ADS units): CUa 0.2, CUb 0.4, DP 0.7, PCMI 0.8, PC 1, PA 1.2, PD 0.8.
 */
export const ADS_DEFAULT_ACT_WEIGHTS: Record<AdsDossierType, number> = {
  CUa: 0.2,
  CUb: 0.4,
  DP: 0.7,
  PCMI: 0.8,
  PC: 1,
  PA: 1.2,
  PD: 0.8,
};
