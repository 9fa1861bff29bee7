/** The choice lists of the crematorium, shared by the API (enums), the indicators (labels) and the web forms. */
import { defineChoices } from '../core/choices';

export const CREMATION_KINDS = defineChoices([
  { code: 'ADULT', label: 'Adulte' },
  { code: 'CHILD', label: 'Enfant' },
  { code: 'EXHUMATION', label: 'Restes mortels après exhumation' },
  { code: 'ANATOMICAL', label: 'Pièces anatomiques' },
]);
export type CremationKind = (typeof CREMATION_KINDS)[number]['code'];

export const SCAN_RESULTS = defineChoices([
  { code: 'CLEAR', label: 'Rien détecté' },
  { code: 'DETECTION', label: 'Objet détecté' },
]);
export type ScanResult = (typeof SCAN_RESULTS)[number]['code'];

/** Objects incompatible with cremation the X-ray tunnel finds (rapport 2023: prosthesis with a battery, watch, phone). */
export const DETECTED_OBJECTS = defineChoices([
  { code: 'BATTERY_PROSTHESIS', label: 'Prothèse fonctionnant au moyen d’une pile' },
  { code: 'WATCH', label: 'Montre' },
  { code: 'PHONE', label: 'Téléphone portable' },
  { code: 'OTHER', label: 'Autre objet' },
]);
export type DetectedObject = (typeof DETECTED_OBJECTS)[number]['code'];

export const ASHES_FATES = defineChoices([
  { code: 'HANDED_OVER', label: 'Urne remise' },
  { code: 'KEPT', label: 'Urne conservée au crématorium' },
  { code: 'DISPERSED', label: 'Dispersion au jardin du souvenir' },
]);
export type AshesFate = (typeof ASHES_FATES)[number]['code'];

/** The only uses of metals proceeds the law allows (CGCT L2223-18-1-1). */
export const METAL_PURPOSES = defineChoices([
  { code: 'FUNERALS_WITHOUT_RESOURCES', label: 'Obsèques de personnes dépourvues de ressources suffisantes' },
  { code: 'PUBLIC_INTEREST_DONATION', label: 'Don à un organisme d’intérêt général' },
]);
export type MetalPurpose = (typeof METAL_PURPOSES)[number]['code'];
