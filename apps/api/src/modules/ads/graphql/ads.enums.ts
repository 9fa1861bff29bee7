import { registerEnumType } from 'type-graphql';
import {
  ADS_ACTIONS,
  ADS_APPLICANT_KINDS,
  ADS_CHANNELS,
  ADS_CONSULTED_SERVICES,
  ADS_DOSSIER_TYPES,
  ADS_MAJORATIONS,
  ADS_OPINIONS,
  ADS_OUTCOMES,
  ADS_STATUSES,
} from '@call/domain';
import { choicesEnum } from '../../../core/kit/choices-enum';

/** GraphQL enums built from the domain's lists, so the API, the web and the indicators share one vocabulary. */
export const AdsDossierTypeEnum = choicesEnum(ADS_DOSSIER_TYPES, 'AdsDossierType', 'Type d’autorisation d’urbanisme');
export const AdsStatusEnum = choicesEnum(ADS_STATUSES, 'AdsStatus', 'Statut d’un dossier ADS');
export const AdsOutcomeEnum = choicesEnum(ADS_OUTCOMES, 'AdsOutcome', 'Décision sur un dossier ADS');
export const AdsActionEnum = choicesEnum(ADS_ACTIONS, 'AdsAction', 'Étape du circuit d’instruction');
export const AdsChannelEnum = choicesEnum(ADS_CHANNELS, 'AdsChannel', 'Mode de dépôt');
export const AdsApplicantKindEnum = choicesEnum(
  ADS_APPLICANT_KINDS,
  'AdsApplicantKind',
  'Particulier ou personne morale',
);
export const AdsConsultedServiceEnum = choicesEnum(ADS_CONSULTED_SERVICES, 'AdsConsultedService', 'Service consulté');
export const AdsOpinionEnum = choicesEnum(ADS_OPINIONS, 'AdsOpinion', 'Avis d’un service consulté');
export const AdsMajorationKindEnum = choicesEnum(
  ADS_MAJORATIONS,
  'AdsMajorationKind',
  'Majoration du délai d’instruction',
);

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
