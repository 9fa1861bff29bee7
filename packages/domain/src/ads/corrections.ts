import { ADS_STATUS_LABELS, type AdsStatus } from './workflow';

/**
 * What an instructor may correct on a registered dossier (a typing error, a wrong channel…).
 * The commune, the type and the number identify the deposit: they can only be corrected while the
 * dossier is still "Déposé" (no step has been taken on the basis of them). Other fields stay
 * correctable afterwards, except on a cancelled dossier (registered without object).
 */
// in the order of the form
export const ADS_CORRECTABLE_FIELDS = [
  'type',
  'communeInsee',
  'channel',
  'number',
  'applicantKind',
  'applicantName',
  'landAddress',
  'cadastralParcels',
  'projectNature',
  'floorAreaCreated',
  'dwellingsCreated',
] as const;
export type AdsCorrectableField = (typeof ADS_CORRECTABLE_FIELDS)[number];

/** Fields that identify the deposit: correctable only while the dossier is DEPOSITED. */
export const ADS_DEPOSIT_FIELDS: readonly AdsCorrectableField[] = ['communeInsee', 'type', 'number'];

const WHAT: Partial<Record<AdsCorrectableField, string>> = {
  communeInsee: 'La commune',
  type: 'Le type',
  number: 'Le numéro',
};

export interface AdsCorrectionIssue {
  field: AdsCorrectableField | null;
  message: string;
}

/** Why the given fields cannot be corrected on a dossier in this status (empty: allowed). */
export function adsCorrectionIssues(status: AdsStatus, fields: readonly AdsCorrectableField[]): AdsCorrectionIssue[] {
  if (status === 'CANCELLED')
    return [{ field: null, message: 'Le dossier est annulé : il ne peut plus être corrigé.' }];
  if (status === 'DEPOSITED') return [];
  return fields
    .filter((f) => ADS_DEPOSIT_FIELDS.includes(f))
    .map((f) => ({
      field: f,
      message: `${WHAT[f]} ne peut être corrigé${f === 'communeInsee' ? 'e' : ''} que tant que le dossier est au statut « ${ADS_STATUS_LABELS.DEPOSITED} » (il est au statut « ${ADS_STATUS_LABELS[status]} »).`,
    }));
}

/** Whether the deposit fields (commune, type, number) are open to correction in this status. */
export const adsDepositCorrectable = (status: AdsStatus): boolean => status === 'DEPOSITED';
