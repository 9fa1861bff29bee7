import { defineChoices } from '../core/choices';
import { adsTypeFamily, type AdsDossierType, type AdsTypeFamily } from './dossier-types';

/** Decisions on a dossier: express ones (arrêté, R*424-1 …) and tacit ones born of silence. */
export const ADS_OUTCOMES = defineChoices([
  { code: 'ACCORD', label: 'Accord', families: ['PERMIT'], tacit: false, favourable: true },
  {
    code: 'ACCORD_PRESCRIPTIONS',
    label: 'Accord avec prescriptions',
    families: ['PERMIT'],
    tacit: false,
    favourable: true,
  },
  { code: 'REFUS', label: 'Refus', families: ['PERMIT'], tacit: false, favourable: false },
  { code: 'NON_OPPOSITION', label: 'Non-opposition', families: ['DP'], tacit: false, favourable: true },
  {
    code: 'NON_OPPOSITION_PRESCRIPTIONS',
    label: 'Non-opposition avec prescriptions',
    families: ['DP'],
    tacit: false,
    favourable: true,
  },
  { code: 'OPPOSITION', label: 'Opposition', families: ['DP'], tacit: false, favourable: false },
  // L424-1: the authority may defer its decision (up to 2 years) when a plan is being drawn up
  { code: 'SURSIS_A_STATUER', label: 'Sursis à statuer', families: ['PERMIT', 'DP'], tacit: false, favourable: false },
  { code: 'CU_POSITIF', label: 'Certificat positif / délivré', families: ['CU'], tacit: false, favourable: true },
  { code: 'CU_NEGATIF', label: 'Certificat négatif', families: ['CU'], tacit: false, favourable: false },
  { code: 'TACIT_ACCORD', label: 'Accord tacite', families: ['PERMIT'], tacit: true, favourable: true },
  { code: 'TACIT_NON_OPPOSITION', label: 'Non-opposition tacite', families: ['DP'], tacit: true, favourable: true },
  { code: 'TACIT_REFUS', label: 'Refus (rejet) tacite', families: ['PERMIT', 'CU'], tacit: true, favourable: false },
  { code: 'TACIT_OPPOSITION', label: 'Opposition tacite', families: ['DP'], tacit: true, favourable: false },
  // R*410-12: silence on a CU request gives a tacit certificate
  { code: 'TACIT_CU', label: 'Certificat tacite', families: ['CU'], tacit: true, favourable: true },
] as const satisfies readonly {
  code: string;
  label: string;
  families: readonly AdsTypeFamily[];
  tacit: boolean;
  favourable: boolean;
}[]);

export type AdsOutcome = (typeof ADS_OUTCOMES)[number]['code'];
export const ADS_OUTCOME_CODES: readonly AdsOutcome[] = ADS_OUTCOMES.codes;
export const ADS_OUTCOME_LABELS = ADS_OUTCOMES.labels;

export const isAdsOutcome = (v: string): v is AdsOutcome => (ADS_OUTCOME_CODES as readonly string[]).includes(v);
const info = (o: AdsOutcome) => ADS_OUTCOMES.find((x) => x.code === o)!;
export const isTacitOutcome = (o: AdsOutcome) => info(o).tacit;
export const isFavourableOutcome = (o: AdsOutcome) => info(o).favourable;

/** The express decisions an instructor may record for a type (CUa: only delivered or negative). */
export function expressOutcomesFor(type: AdsDossierType): AdsOutcome[] {
  const family = adsTypeFamily(type);
  return ADS_OUTCOMES.filter((o) => !o.tacit && (o.families as readonly string[]).includes(family)).map((o) => o.code);
}
