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
  OVERDUE = 'OVERDUE',
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
  NUMBER_DESC = 'NUMBER_DESC',
  TYPE_ASC = 'TYPE_ASC',
  TYPE_DESC = 'TYPE_DESC',
  COMMUNE_ASC = 'COMMUNE_ASC',
  COMMUNE_DESC = 'COMMUNE_DESC',
  APPLICANT_ASC = 'APPLICANT_ASC',
  APPLICANT_DESC = 'APPLICANT_DESC',
  STATUS_ASC = 'STATUS_ASC',
  STATUS_DESC = 'STATUS_DESC',
  INSTRUCTOR_ASC = 'INSTRUCTOR_ASC',
  INSTRUCTOR_DESC = 'INSTRUCTOR_DESC',
}
registerEnumType(AdsSort, {
  name: 'AdsSort',
  description: 'Tri de la corbeille : une colonne, croissant ou décroissant',
});

export enum AdsExportFormat {
  CSV = 'CSV',
  XLSX = 'XLSX',
}
registerEnumType(AdsExportFormat, { name: 'AdsExportFormat' });
