import { ASHES_FATES, CREMATION_KINDS, DETECTED_OBJECTS, METAL_PURPOSES, SCAN_RESULTS } from '@call/domain';
import { choicesEnum, labelsEnum } from '../../core/kit/choices-enum';

export const CremationKindEnum = choicesEnum(CREMATION_KINDS, 'CremationKind', 'Nature de la crémation');
export const ScanResultEnum = choicesEnum(SCAN_RESULTS, 'CrematoriumScanResult', 'Résultat du passage au tunnel');
export const DetectedObjectEnum = choicesEnum(DETECTED_OBJECTS, 'CrematoriumDetectedObject', 'Objet détecté');
export const AshesFateEnum = choicesEnum(ASHES_FATES, 'CrematoriumAshesFate', 'Destination des cendres');
export const MetalPurposeEnum = choicesEnum(METAL_PURPOSES, 'CrematoriumMetalPurpose', 'Emploi du produit des métaux');

const CREMATION_STATUS_LABELS = { BOOKED: 'Réservée', COMPLETED: 'Réalisée', CANCELLED: 'Annulée' } as const;
export type CremationStatus = keyof typeof CREMATION_STATUS_LABELS;
export const CremationStatusEnum = labelsEnum(CREMATION_STATUS_LABELS, 'CremationStatus', 'État de la crémation');
