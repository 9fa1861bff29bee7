import {
  PDL_DECISIONS,
  PDL_DEFECT_CATEGORIES,
  PDL_DEFECT_SEVERITIES,
  PDL_DWELLING_TYPES,
  PDL_LETTING_CONTEXTS,
  PDL_OFFENCES,
  PDL_AUTHORITIES,
  PDL_OWNER_KINDS,
  PDL_PERIMETER_KINDS,
  PDL_STATUSES,
  PDL_OUTCOMES,
  PDL_CONTACT_CHANNELS,
  PDL_CONTACT_PERSONS,
  PDL_CONTACT_PURPOSES,
  PDL_CONTACT_SUBJECTS,
  PDL_SANCTION_STAGES,
} from '@call/domain';
import { choicesEnum, labelsEnum } from '../../core/kit/choices-enum';

/** GraphQL enums of the permis de louer, from the domain's choice lists. */
export const PdlOwnerKindEnum = choicesEnum(PDL_OWNER_KINDS, 'PdlOwnerKind', 'Propriétaire : particulier ou société');
export const PdlDwellingTypeEnum = choicesEnum(PDL_DWELLING_TYPES, 'PdlDwellingType', 'Type de logement');
export const PdlLettingContextEnum = choicesEnum(PDL_LETTING_CONTEXTS, 'PdlLettingContext', 'Contexte de la demande');
export const PdlDefectCategoryEnum = choicesEnum(PDL_DEFECT_CATEGORIES, 'PdlDefectCategory', 'Nature du désordre');
export const PdlDefectSeverityEnum = choicesEnum(PDL_DEFECT_SEVERITIES, 'PdlDefectSeverity', 'Gravité du désordre');
export const PdlDecisionEnum = choicesEnum(PDL_DECISIONS, 'PdlDecision', 'Décision expresse');
export const PdlOutcomeEnum = choicesEnum(PDL_OUTCOMES, 'PdlOutcome', 'Issue du dossier, autorisation tacite comprise');
export const PdlStatusEnum = choicesEnum(PDL_STATUSES, 'PdlStatus', 'Statut d’un dossier APML (déduit des dates)');
export const PdlPerimeterKindEnum = choicesEnum(PDL_PERIMETER_KINDS, 'PdlPerimeterKind', 'Étendue du périmètre');
export const PdlOffenceEnum = choicesEnum(PDL_OFFENCES, 'PdlOffence', 'Manquement constaté (L635-7)');
export const PdlAuthorityEnum = choicesEnum(PDL_AUTHORITIES, 'PdlAuthority', 'Autorité compétente pour l’amende');
export const PdlUrgencyEnum = labelsEnum(
  { OVERDUE: 'Tacite acquise', RED: 'Moins de 7 jours', NORMAL: 'Dans les délais' },
  'PdlUrgency',
  'Urgence dans la file des autorisations tacites',
);
export const PdlSanctionStepEnum = labelsEnum(
  {
    REPORT: 'Signalement à l’autorité',
    INVITE: 'Invitation à présenter des observations',
    ORDER: 'Arrêté (amende)',
    REVENUE_ORDER: 'Titre de perception émis',
    PAID: 'Amende payée',
  },
  'PdlSanctionStep',
  'Étape de la procédure de sanction',
);
export type PdlSanctionStep = keyof typeof PdlSanctionStepEnum;
export const PdlContactChannelEnum = choicesEnum(PDL_CONTACT_CHANNELS, 'PdlContactChannel', 'Canal du contact (GUH)');
export const PdlContactPersonEnum = choicesEnum(PDL_CONTACT_PERSONS, 'PdlContactPerson', 'Type de personne (GUH)');
export const PdlContactSubjectEnum = choicesEnum(PDL_CONTACT_SUBJECTS, 'PdlContactSubject', 'Objet du contact (GUH)');
export const PdlContactPurposeEnum = choicesEnum(PDL_CONTACT_PURPOSES, 'PdlContactPurpose', 'Motif du contact (GUH)');
export const PdlSanctionStageEnum = choicesEnum(
  PDL_SANCTION_STAGES,
  'PdlSanctionStage',
  'Où en est la procédure de sanction',
);
