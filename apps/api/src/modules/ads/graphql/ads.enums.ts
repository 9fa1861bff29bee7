import { registerEnumType } from 'type-graphql';
import {
  ADS_ACTION_CODES,
  ADS_APPLICANT_KINDS,
  ADS_CHANNELS,
  ADS_CONSULTED_SERVICE_CODES,
  ADS_DOSSIER_TYPE_CODES,
  ADS_MAJORATION_CODES,
  ADS_OPINION_CODES,
  ADS_OUTCOME_CODES,
  ADS_STATUS_CODES,
} from '@call/domain';

/** GraphQL enums built from the domain's lists, so the API, the web and the indicators share one vocabulary. */
const enumOf = <T extends string>(codes: readonly T[]) =>
  Object.fromEntries(codes.map((c) => [c, c])) as { [K in T]: K };

export const AdsDossierTypeEnum = enumOf(ADS_DOSSIER_TYPE_CODES);
registerEnumType(AdsDossierTypeEnum, { name: 'AdsDossierType', description: 'Type d’autorisation d’urbanisme' });
export const AdsStatusEnum = enumOf(ADS_STATUS_CODES);
registerEnumType(AdsStatusEnum, { name: 'AdsStatus', description: 'Statut d’un dossier ADS' });
export const AdsOutcomeEnum = enumOf(ADS_OUTCOME_CODES);
registerEnumType(AdsOutcomeEnum, { name: 'AdsOutcome', description: 'Décision sur un dossier ADS' });
export const AdsActionEnum = enumOf(ADS_ACTION_CODES);
registerEnumType(AdsActionEnum, { name: 'AdsAction', description: 'Étape du circuit d’instruction' });
export const AdsChannelEnum = enumOf(ADS_CHANNELS.map((c) => c.code));
registerEnumType(AdsChannelEnum, { name: 'AdsChannel', description: 'Mode de dépôt' });
export const AdsApplicantKindEnum = enumOf(ADS_APPLICANT_KINDS.map((c) => c.code));
registerEnumType(AdsApplicantKindEnum, { name: 'AdsApplicantKind', description: 'Particulier ou personne morale' });
export const AdsConsultedServiceEnum = enumOf(ADS_CONSULTED_SERVICE_CODES);
registerEnumType(AdsConsultedServiceEnum, { name: 'AdsConsultedService', description: 'Service consulté' });
export const AdsOpinionEnum = enumOf(ADS_OPINION_CODES);
registerEnumType(AdsOpinionEnum, { name: 'AdsOpinion', description: 'Avis d’un service consulté' });
export const AdsMajorationKindEnum = enumOf(ADS_MAJORATION_CODES);
registerEnumType(AdsMajorationKindEnum, {
  name: 'AdsMajorationKind',
  description: 'Majoration du délai d’instruction',
});

export enum AdsQueue {
  ALL = 'ALL',
  MINE = 'MINE',
  DEADLINE_SOON = 'DEADLINE_SOON',
  AWAITING_PIECES = 'AWAITING_PIECES',
  AWAITING_OPINIONS = 'AWAITING_OPINIONS',
}
registerEnumType(AdsQueue, { name: 'AdsQueue', description: 'Corbeille de travail' });

export enum AdsSort {
  DEADLINE_ASC = 'DEADLINE_ASC',
  DEADLINE_DESC = 'DEADLINE_DESC',
  DEPOSITED_DESC = 'DEPOSITED_DESC',
  DEPOSITED_ASC = 'DEPOSITED_ASC',
  NUMBER_ASC = 'NUMBER_ASC',
}
registerEnumType(AdsSort, { name: 'AdsSort' });

export enum AdsExportFormat {
  CSV = 'CSV',
  XLSX = 'XLSX',
}
registerEnumType(AdsExportFormat, { name: 'AdsExportFormat' });
