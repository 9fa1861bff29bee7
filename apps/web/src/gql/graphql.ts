/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type AddAdsConsultationInput = {
  /** Échéance de l’avis ; par défaut un mois (deux pour l’ABF sur un permis) */
  dueOn?: string | null | undefined;
  sentOn: string;
  service: AdsConsultedService;
  serviceDetail?: string | null | undefined;
};

export type AddAdsMajorationInput = {
  kind: AdsMajorationKind;
  notifiedOn: string;
};

export type AddServiceMembershipInput = {
  communeInsee: string;
  option?: string | null | undefined;
  service: string;
  validFrom: string;
  validTo?: string | null | undefined;
};

export type AdsActWeightInput = {
  dossierType: AdsDossierType;
  weight: number;
};

/** Étape du circuit d’instruction */
export type AdsAction =
  /** Annuler le dossier */
  | 'CANCEL'
  /** Délivrer un certificat exprès après le certificat tacite */
  | 'CU_AFTER_TACIT'
  /** Enregistrer la décision */
  | 'DECIDE'
  /** Déclarer le dossier complet */
  | 'DECLARE_COMPLETE'
  /** Enregistrer la DAACT (achèvement) */
  | 'DECLARE_DAACT'
  /** Enregistrer la DOC (ouverture de chantier) */
  | 'DECLARE_DOC'
  /** Enregistrer la délivrance du certificat de décision tacite (R*424-13) */
  | 'ISSUE_TACIT_CERTIFICATE'
  /** Enregistrer les pièces reçues (dossier complet) */
  | 'RECEIVE_PIECES'
  /** Constater la conformité */
  | 'RECORD_CONFORMITY'
  /** Demander des pièces manquantes */
  | 'REQUEST_PIECES'
  /** Passer en instruction (consultations) */
  | 'START_INSTRUCTION'
  /** Enregistrer le retrait de la demande */
  | 'WITHDRAW'
  /** Retirer la décision tacite (art. L424-5) */
  | 'WITHDRAW_TACIT';

/** Particulier ou personne morale */
export type AdsApplicantKind =
  /** Personne morale */
  | 'COMPANY'
  /** Particulier */
  | 'PERSON';

/** Mode de dépôt */
export type AdsChannel =
  /** Dématérialisé (GNAU) */
  | 'ELECTRONIC'
  /** Papier */
  | 'PAPER';

/** Service consulté */
export type AdsConsultedService =
  /** Architecte des Bâtiments de France (UDAP) */
  | 'ABF'
  /** Autre service */
  | 'AUTRE'
  /** Commission d’accessibilité */
  | 'COMMISSION_ACCESSIBILITE'
  /** DDTM */
  | 'DDTM'
  /** CALL — Eau et assainissement */
  | 'EAU_ASSAINISSEMENT'
  /** Enedis (réseau électrique) */
  | 'ENEDIS'
  /** Gestionnaire de voirie */
  | 'GESTIONNAIRE_VOIRIE'
  /** GRDF (réseau de gaz) */
  | 'GRDF'
  /** SDIS (service départemental d’incendie et de secours) */
  | 'SDIS';

export type AdsDossierFilter = {
  communeInsee?: string | null | undefined;
  instructorId?: string | null | undefined;
  queue?: AdsQueue;
  /** Numéro ou demandeur */
  search?: string | null | undefined;
  statuses?: Array<AdsStatus> | null | undefined;
  type?: AdsDossierType | null | undefined;
  /** Corbeille « échéance proche » : nombre de jours */
  withinDays?: number;
  /** Année de dépôt */
  year?: number | null | undefined;
};

/** Type d’autorisation d’urbanisme */
export type AdsDossierType =
  /** Certificat d’urbanisme d’information */
  | 'CUa'
  /** Certificat d’urbanisme opérationnel */
  | 'CUb'
  /** Déclaration préalable */
  | 'DP'
  /** Permis d’aménager */
  | 'PA'
  /** Permis de construire */
  | 'PC'
  /** Permis de construire (maison individuelle) */
  | 'PCMI'
  /** Permis de démolir */
  | 'PD';

export type AdsExportFormat =
  | 'CSV'
  | 'XLSX';

/** Majoration du délai d’instruction */
export type AdsMajorationKind =
  /** Majoration d’un mois (R*423-24, ex. abords ABF) */
  | 'R423_24'
  /** Délai porté à cinq mois (R*423-28 : immeuble classé, ERP, IGH) */
  | 'R423_28'
  /** Majoration de deux mois (R*423-35, recours contre l’avis ABF) */
  | 'R423_35';

/** Avis d’un service consulté */
export type AdsOpinion =
  /** Favorable */
  | 'FAVOURABLE'
  /** Favorable avec prescriptions */
  | 'PRESCRIPTIONS'
  /** Tacite (sans réponse dans le délai) */
  | 'TACIT'
  /** Défavorable */
  | 'UNFAVOURABLE';

/** Décision sur un dossier ADS */
export type AdsOutcome =
  /** Accord */
  | 'ACCORD'
  /** Accord avec prescriptions */
  | 'ACCORD_PRESCRIPTIONS'
  /** Certificat négatif */
  | 'CU_NEGATIF'
  /** Certificat positif / délivré */
  | 'CU_POSITIF'
  /** Non-opposition */
  | 'NON_OPPOSITION'
  /** Non-opposition avec prescriptions */
  | 'NON_OPPOSITION_PRESCRIPTIONS'
  /** Opposition */
  | 'OPPOSITION'
  /** Refus */
  | 'REFUS'
  /** Sursis à statuer */
  | 'SURSIS_A_STATUER'
  /** Accord tacite */
  | 'TACIT_ACCORD'
  /** Certificat tacite */
  | 'TACIT_CU'
  /** Non-opposition tacite */
  | 'TACIT_NON_OPPOSITION'
  /** Opposition tacite */
  | 'TACIT_OPPOSITION'
  /** Refus (rejet) tacite */
  | 'TACIT_REFUS';

/** Corbeille de travail */
export type AdsQueue =
  | 'ALL'
  | 'AWAITING_OPINIONS'
  | 'AWAITING_PIECES'
  | 'DEADLINE_SOON'
  | 'MINE'
  | 'OVERDUE';

/** Tri de la corbeille : une colonne, croissant ou décroissant */
export type AdsSort =
  | 'APPLICANT_ASC'
  | 'APPLICANT_DESC'
  | 'COMMUNE_ASC'
  | 'COMMUNE_DESC'
  | 'DEADLINE_ASC'
  | 'DEADLINE_DESC'
  | 'DEPOSITED_ASC'
  | 'DEPOSITED_DESC'
  | 'INSTRUCTOR_ASC'
  | 'INSTRUCTOR_DESC'
  | 'NUMBER_ASC'
  | 'NUMBER_DESC'
  | 'STATUS_ASC'
  | 'STATUS_DESC'
  | 'TYPE_ASC'
  | 'TYPE_DESC';

/** Statut d’un dossier ADS */
export type AdsStatus =
  /** Annulé (enregistrement sans objet) */
  | 'CANCELLED'
  /** Complet */
  | 'COMPLETE'
  /** Conformité constatée */
  | 'CONFORMITY_CHECKED'
  /** Décidé */
  | 'DECIDED'
  /** Déposé */
  | 'DEPOSITED'
  /** Incomplet (pièces demandées) */
  | 'INCOMPLETE'
  /** Décision tacite */
  | 'TACIT'
  /** Décision tacite retirée */
  | 'TACIT_WITHDRAWN'
  /** En instruction (consultations) */
  | 'UNDER_INSTRUCTION'
  /** Retiré par le demandeur */
  | 'WITHDRAWN'
  /** Travaux achevés (DAACT) */
  | 'WORKS_COMPLETED'
  /** Chantier ouvert (DOC) */
  | 'WORKS_STARTED';

export type AdsTransitionInput = {
  action: AdsAction;
  comment?: string | null | undefined;
  /** Version chargée par l’écran (verrouillage optimiste) */
  expectedVersion: number;
  /** Date de l’étape (notification, réception, décision…) */
  on: string;
  outcome?: AdsOutcome | null | undefined;
  /** Retrait d’une décision tacite : date du courrier engageant la procédure contradictoire */
  procedureLetterOn?: string | null | undefined;
};

/** Gravité d’une alarme : à surveiller (WARNING) ou dépassée (DANGER) */
export type AlarmSeverity =
  | 'DANGER'
  | 'WARNING';

export type AuditFilter = {
  entity?: string | null | undefined;
  entityId?: string | null | undefined;
  from?: string | null | undefined;
  limit?: number;
  offset?: number;
  to?: string | null | undefined;
  userLogin?: string | null | undefined;
};

export type ChangePasswordInput = {
  currentPassword: string;
  newPassword: string;
};

export type CreateAdsDossierInput = {
  applicantKind: AdsApplicantKind;
  applicantName: string;
  cadastralParcels?: Array<string>;
  channel: AdsChannel;
  communeInsee: string;
  depositedOn: string;
  dwellingsCreated?: number;
  floorAreaCreated?: number;
  instructorId?: string | null | undefined;
  landAddress: string;
  /** Numéro officiel ; calculé si absent (série A) */
  number?: string | null | undefined;
  projectNature: string;
  tacitRefusalCase?: boolean;
  type: AdsDossierType;
};

export type CreateUserInput = {
  directorates?: Array<Directorate>;
  displayName: string;
  login: string;
  password: string;
  role: Role;
};

/** Nature de la crémation */
export type CremationKind =
  /** Adulte */
  | 'ADULT'
  /** Pièces anatomiques */
  | 'ANATOMICAL'
  /** Enfant */
  | 'CHILD'
  /** Restes mortels après exhumation */
  | 'EXHUMATION';

/** État de la crémation */
export type CremationStatus =
  /** Réservée */
  | 'BOOKED'
  /** Annulée */
  | 'CANCELLED'
  /** Réalisée */
  | 'COMPLETED';

/** Destination des cendres */
export type CrematoriumAshesFate =
  /** Dispersion au jardin du souvenir */
  | 'DISPERSED'
  /** Urne remise */
  | 'HANDED_OVER'
  /** Urne conservée au crématorium */
  | 'KEPT';

export type CrematoriumAshesInput = {
  cremationId: string | number;
  expectedVersion: number;
  fate: CrematoriumAshesFate;
  on: string;
  person: string;
};

export type CrematoriumBookingInput = {
  authorisationCommune: string;
  authorisationOn: string;
  birthOn?: string | null | undefined;
  ceremonyRoom?: boolean;
  /** Date et heure du décès (ISO 8601) */
  deathAt: string;
  deathCommuneInsee?: string | null | undefined;
  deathCommuneName: string;
  deceasedFirstNames: string;
  deceasedLastName: string;
  /** Référence de la dérogation préfectorale */
  derogationRef?: string | null | undefined;
  kind: CremationKind;
  lineCode: string;
  operatorName: string;
  prosthesisCertificate: boolean;
  residenceCommuneName: string;
  /** Début du créneau (ISO 8601) */
  startsAt: string;
};

export type CrematoriumCancelInput = {
  cremationId: string | number;
  expectedVersion: number;
  reason: string;
};

export type CrematoriumCompleteInput = {
  completedAt: string;
  cremationId: string | number;
  expectedVersion: number;
};

/** Objet détecté */
export type CrematoriumDetectedObject =
  /** Prothèse fonctionnant au moyen d’une pile */
  | 'BATTERY_PROSTHESIS'
  /** Autre objet */
  | 'OTHER'
  /** Téléphone portable */
  | 'PHONE'
  /** Montre */
  | 'WATCH';

export type CrematoriumMetalAllocationInput = {
  allocatedOn: string;
  amountCents: number;
  beneficiary: string;
  purpose: CrematoriumMetalPurpose;
};

export type CrematoriumMetalLotInput = {
  buyer: string;
  collectedOn: string;
  proceedsCents: number;
  weightKg: number;
};

/** Emploi du produit des métaux */
export type CrematoriumMetalPurpose =
  /** Obsèques de personnes dépourvues de ressources suffisantes */
  | 'FUNERALS_WITHOUT_RESOURCES'
  /** Don à un organisme d’intérêt général */
  | 'PUBLIC_INTEREST_DONATION';

/** Étapes du protocole d’ouverture après une détection */
export type CrematoriumProtocolInput = {
  authorisedBy?: string | null | undefined;
  /** Clôt la détection (toutes les étapes requises) */
  close?: boolean;
  delayMinutes?: number | null | undefined;
  familyInformedAt?: string | null | undefined;
  objectRemoved?: string | null | undefined;
  openedAt?: string | null | undefined;
  scanId: string | number;
  witnesses?: string | null | undefined;
};

export type CrematoriumRescheduleInput = {
  cremationId: string | number;
  /** Référence de la dérogation préfectorale */
  derogationRef?: string | null | undefined;
  expectedVersion: number;
  lineCode: string;
  reason: string;
  /** Début du créneau (ISO 8601) */
  startsAt: string;
};

export type CrematoriumScanInput = {
  cremationId: string | number;
  objectType?: CrematoriumDetectedObject | null | undefined;
  result: CrematoriumScanResult;
  scannedAt: string;
};

/** Résultat du passage au tunnel */
export type CrematoriumScanResult =
  /** Rien détecté */
  | 'CLEAR'
  /** Objet détecté */
  | 'DETECTION';

/** Direction de la CALL */
export type Directorate =
  | 'ads'
  | 'communication'
  | 'crematorium'
  | 'finances'
  | 'fourriere'
  | 'juridique'
  | 'permis_louer'
  | 'pret_materiel'
  | 'rh';

export type FourriereAnimalFilter = {
  /** Numéro de puce ou tatouage (début ou totalité) */
  identification?: string | null | undefined;
  /** Seulement les animaux présents (sans sortie) */
  present?: boolean | null | undefined;
  species?: FourriereSpecies | null | undefined;
};

export type FourriereCalendarInput = {
  /** Jours de fermeture supplémentaires, AAAA-MM-JJ */
  extraClosedDays: Array<string>;
  validFrom: string;
  /** Noms des jours fériés travaillés (ex. « Lundi de Pentecôte ») */
  workedHolidays: Array<string>;
};

export type FourriereCourtDecisionInput = {
  animalId: string | number;
  content: string;
  decidedOn: string;
  /** Version chargée par l’écran (verrouillage optimiste) */
  expectedVersion: number;
  ruling: FourriereCourtRuling;
};

/** Décision judiciaire */
export type FourriereCourtRuling =
  /** Confiscation et remise à une association */
  | 'CONFISCATION'
  /** Euthanasie ordonnée */
  | 'EUTHANASIA'
  /** Restitution au propriétaire */
  | 'RESTITUTION';

/** État du délai de garde */
export type FourriereHoldingStatus =
  /** Décision judiciaire attendue */
  | 'COURT'
  /** Délai de garde expirant ce jour */
  | 'ENDS_TODAY'
  /** Délai de garde échu */
  | 'OVER'
  /** Délai de garde en cours */
  | 'RUNNING';

/** Identification (puce, tatouage, aucune) */
export type FourriereIdentificationKind =
  /** Puce électronique */
  | 'CHIP'
  /** Non identifié */
  | 'NONE'
  /** Tatouage */
  | 'TATTOO';

export type FourriereIntakeInput = {
  breed?: string | null | undefined;
  colour?: string | null | undefined;
  communeInsee: string;
  contractorRef?: string | null | undefined;
  estimatedAge?: string | null | undefined;
  healthNotes?: string | null | undefined;
  identificationKind?: FourriereIdentificationKind;
  identificationNumber?: string | null | undefined;
  /** Date et heure d’entrée (ISO 8601) ; sans décalage, c’est l’heure de Paris (ex. 2023-12-31T23:30), avec décalage cet instant (ex. 2023-03-06T14:30:00+01:00) */
  intakeAt: string;
  /** Portée : nombre de petits enregistrés ensemble (chacun compte) */
  litterSize?: number;
  origin: FourriereOrigin;
  place?: string | null | undefined;
  requisitionRef?: string | null | undefined;
  sex?: FourriereSex;
  species: FourriereSpecies;
};

/** Origine de l’entrée en fourrière */
export type FourriereOrigin =
  /** Apporté par un particulier */
  | 'BROUGHT'
  /** Capture à la demande du maire */
  | 'CAPTURE_MAYOR'
  /** Réquisition judiciaire */
  | 'REQUISITION';

export type FourriereOutcomeInput = {
  adopterName?: string | null | undefined;
  animalId: string | number;
  associationName?: string | null | undefined;
  /** Restitution d’un animal non identifié : numéro de la puce posée aux frais du propriétaire */
  identificationNumber?: string | null | undefined;
  outcomeOn: string;
  ownerContact?: string | null | undefined;
  ownerName?: string | null | undefined;
  payment?: FourrierePaymentInput | null | undefined;
  reason?: string | null | undefined;
  type: FourriereOutcomeType;
};

/** Sortie de fourrière */
export type FourriereOutcomeType =
  /** Adoption */
  | 'ADOPTED'
  /** Cession gratuite à une association (refuge) */
  | 'CEDED'
  /** Décès */
  | 'DIED'
  /** Évasion */
  | 'ESCAPED'
  /** Euthanasie sur avis vétérinaire */
  | 'EUTHANISED'
  /** Relâché sur site (chat libre) */
  | 'RELEASED'
  /** Restitution au propriétaire */
  | 'RETURNED';

export type FourriereOwnerSearchInput = {
  animalId: string | number;
  doneOn: string;
  kind: FourriereOwnerSearchKind;
  notes?: string | null | undefined;
  ownerAddress?: string | null | undefined;
  ownerName?: string | null | undefined;
  ownerPhone?: string | null | undefined;
  result: FourriereOwnerSearchResult;
};

/** Démarche de recherche du propriétaire */
export type FourriereOwnerSearchKind =
  /** Courriel */
  | 'EMAIL'
  /** Consultation I-CAD */
  | 'ICAD_LOOKUP'
  /** Courrier */
  | 'LETTER'
  /** Autre démarche */
  | 'OTHER'
  /** Appel téléphonique */
  | 'PHONE_CALL';

/** Résultat de la démarche */
export type FourriereOwnerSearchResult =
  /** Aucun propriétaire trouvé */
  | 'NOT_FOUND'
  /** Sans réponse */
  | 'NO_ANSWER'
  /** Coordonnées périmées */
  | 'OUTDATED_CONTACT'
  /** Propriétaire identifié */
  | 'OWNER_FOUND';

export type FourrierePaymentInput = {
  amountCents: number;
  method: FourrierePaymentMethod;
  /** Par défaut, le propriétaire */
  payerName?: string | null | undefined;
  receiptNumber?: string | null | undefined;
};

/** Moyen de paiement */
export type FourrierePaymentMethod =
  /** Carte bancaire */
  | 'CARD'
  /** Espèces */
  | 'CASH'
  /** Chèque */
  | 'CHEQUE'
  /** Virement */
  | 'TRANSFER';

/** Sexe */
export type FourriereSex =
  /** Femelle */
  | 'FEMALE'
  /** Mâle */
  | 'MALE'
  /** Indéterminé */
  | 'UNKNOWN';

/** Espèce (chien, chat) */
export type FourriereSpecies =
  /** Chat */
  | 'CAT'
  /** Chien */
  | 'DOG';

export type FourriereTariffInput = {
  boardingPerDayCents: number;
  captureCents: number;
  identificationCents: number;
  note?: string | null | undefined;
  species: FourriereSpecies;
  validFrom: string;
  vetVisitCents: number;
};

/** Situation d’une ligne de la grille tarifaire à ce jour */
export type FourriereTariffStatus =
  /** En vigueur */
  | 'IN_FORCE'
  /** Remplacé */
  | 'SUPERSEDED'
  /** À venir */
  | 'UPCOMING';

export type FourriereVetActInput = {
  actOn: string;
  /** Montant facturé au propriétaire, en centimes */
  amountCents: number;
  animalId: string | number;
  kind: FourriereVetActKind;
  notes?: string | null | undefined;
};

/** Nature de l’acte vétérinaire */
export type FourriereVetActKind =
  /** Traitement antiparasitaire */
  | 'ANTIPARASITIC'
  /** Soins */
  | 'CARE'
  /** Autre acte */
  | 'OTHER'
  /** Stérilisation */
  | 'STERILISATION'
  /** Chirurgie */
  | 'SURGERY'
  /** Examens et analyses */
  | 'TESTS'
  /** Vaccination */
  | 'VACCINATION';

export type IndicatorExportFormat =
  | 'CSV'
  | 'XLSX';

export type IndicatorKind =
  | 'COMPUTED'
  | 'DECLARED';

export type LoginInput = {
  login: string;
  password: string;
};

export type PdlApdDecideInput = {
  apdId: string | number;
  decision: PdlDecision;
  expectedVersion: number;
  on: string;
  reasons?: string | null | undefined;
};

export type PdlApdDepositInput = {
  anahJoint?: boolean;
  communeInsee: string;
  dwellingsCount: number;
  ownerName: string;
  receivedOn: string;
  street: string;
};

export type PdlApdStepInput = {
  apdId: string | number;
  expectedVersion: number;
  on: string;
};

export type PdlApmlDepositInput = {
  anahJoint?: boolean;
  communeInsee: string;
  depositedOn: string;
  dwellingType: PdlDwellingType;
  floor?: number | null | undefined;
  lettingContext: PdlLettingContext;
  ownerContact?: string | null | undefined;
  ownerKind: PdlOwnerKind;
  ownerName: string;
  /** Date du récépissé (le délai d’un mois court à partir de lui) */
  receivedOn: string;
  rooms: number;
  street: string;
  surfaceM2: number;
};

export type PdlApmlFilter = {
  communeInsee?: string | null | undefined;
  /** Seulement les dossiers sans décision, par date d’autorisation tacite */
  tacitQueue?: boolean;
};

export type PdlApmlStepInput = {
  dossierId: string | number;
  expectedVersion: number;
  on: string;
};

/** Autorité compétente pour l’amende */
export type PdlAuthority =
  /** Président de la CALL */
  | 'EPCI_PRESIDENT'
  /** Préfet (signalement à la DDTM) */
  | 'PREFET';

/** Canal du contact (GUH) */
export type PdlContactChannel =
  /** Appel téléphonique */
  | 'PHONE'
  /** Passage spontané */
  | 'WALK_IN';

export type PdlContactInput = {
  channel: PdlContactChannel;
  contactOn: string;
  personType: PdlContactPerson;
  purpose: PdlContactPurpose;
  subject: PdlContactSubject;
};

/** Type de personne (GUH) */
export type PdlContactPerson =
  /** Propriétaire bailleur */
  | 'LANDLORD'
  /** Autre */
  | 'OTHER'
  /** Propriétaire occupant */
  | 'OWNER_OCCUPIER'
  /** Locataire */
  | 'TENANT';

/** Motif du contact (GUH) */
export type PdlContactPurpose =
  /** Prise de rendez-vous */
  | 'APPOINTMENT'
  /** Suivi de dossier */
  | 'FOLLOW_UP'
  /** Demande d’information */
  | 'INFORMATION'
  /** Autre */
  | 'OTHER';

/** Objet du contact (GUH) */
export type PdlContactSubject =
  /** ADIL */
  | 'ADIL'
  /** Aides ANAH */
  | 'ANAH'
  /** Autre */
  | 'OTHER'
  /** Permis de louer */
  | 'PERMIS_LOUER';

export type PdlControlImportInput = {
  /** Contenu CSV (séparateur ;) : adresse;code_insee;date_controle;resultat */
  csv: string;
  fileName: string;
  receivedOn: string;
};

export type PdlDecideInput = {
  decision: PdlDecision;
  dossierId: string | number;
  expectedVersion: number;
  on: string;
  reasons?: string | null | undefined;
  works?: Array<string>;
};

/** Décision expresse */
export type PdlDecision =
  /** Accord */
  | 'ACCORD'
  /** Accord sous conditions (travaux) */
  | 'ACCORD_CONDITIONS'
  /** Refus motivé */
  | 'REFUS';

/** Nature du désordre */
export type PdlDefectCategory =
  /** Installation électrique */
  | 'ELECTRICITY'
  /** Gaz et chauffage */
  | 'GAS_HEATING'
  /** Humidité, infiltrations */
  | 'HUMIDITY'
  /** Plomb, amiante */
  | 'LEAD_ASBESTOS'
  /** Autre */
  | 'OTHER'
  /** Équipements sanitaires, eau */
  | 'SANITARY'
  /** Gros œuvre, couverture, garde-corps */
  | 'STRUCTURE'
  /** Surface ou hauteur habitable insuffisante */
  | 'SURFACE'
  /** Aération, ventilation */
  | 'VENTILATION';

export type PdlDefectInput = {
  category: PdlDefectCategory;
  description?: string | null | undefined;
  severity: PdlDefectSeverity;
};

/** Gravité du désordre */
export type PdlDefectSeverity =
  /** Grave (atteinte à la sécurité ou à la salubrité) */
  | 'CRITICAL'
  /** Majeur (non-décence) */
  | 'MAJOR'
  /** Mineur (à corriger) */
  | 'MINOR';

/** Type de logement */
export type PdlDwellingType =
  /** Appartement */
  | 'APARTMENT'
  /** Maison */
  | 'HOUSE'
  /** Chambre / studio */
  | 'ROOM';

/** Contexte de la demande */
export type PdlLettingContext =
  /** Première mise en location */
  | 'FIRST_LETTING'
  /** Changement de locataire */
  | 'NEW_TENANT';

/** Manquement constaté (L635-7) */
export type PdlOffence =
  /** Mise en location malgré un refus */
  | 'LET_DESPITE_REFUSAL'
  /** Mise en location sans autorisation */
  | 'LET_WITHOUT_AUTHORISATION';

export type PdlOffenceInput = {
  communeInsee: string;
  foundOn: string;
  offence: PdlOffence;
  ownerName: string;
  street: string;
};

/** Issue du dossier, autorisation tacite comprise */
export type PdlOutcome =
  /** Accord */
  | 'ACCORD'
  /** Accord sous conditions (travaux) */
  | 'ACCORD_CONDITIONS'
  /** Refus motivé */
  | 'REFUS'
  /** Autorisation tacite */
  | 'TACITE';

/** Propriétaire : particulier ou société */
export type PdlOwnerKind =
  /** Personne morale (SCI, société) */
  | 'COMPANY'
  /** Particulier */
  | 'PERSON';

export type PdlPerimeterInput = {
  communeInsee: string;
  kind: PdlPerimeterKind;
  publishedOn: string;
  streets?: Array<string>;
  validFrom: string;
  validTo?: string | null | undefined;
};

/** Étendue du périmètre */
export type PdlPerimeterKind =
  /** Rues ou secteurs listés */
  | 'STREETS'
  /** Toute la commune */
  | 'WHOLE_COMMUNE';

export type PdlPlanVisitInput = {
  dossierId: string | number;
  expectedVersion: number;
  inspector: string;
  on: string;
};

export type PdlRecordVisitInput = {
  defects?: Array<PdlDefectInput>;
  dossierId: string | number;
  expectedVersion: number;
  notes?: string | null | undefined;
  on: string;
};

export type PdlSanctionFilter = {
  /** Seulement les procédures à cette étape */
  stage?: PdlSanctionStage | null | undefined;
};

/** Où en est la procédure de sanction */
export type PdlSanctionStage =
  /** Close (amende payée) */
  | 'CLOSED'
  /** Amende à encaisser */
  | 'TO_COLLECT'
  /** Observations à demander */
  | 'TO_INVITE'
  /** Titre de perception à émettre */
  | 'TO_ISSUE'
  /** Arrêté à prendre */
  | 'TO_ORDER'
  /** À signaler */
  | 'TO_REPORT';

/** Étape de la procédure de sanction */
export type PdlSanctionStep =
  /** Invitation à présenter des observations */
  | 'INVITE'
  /** Arrêté (amende) */
  | 'ORDER'
  /** Amende payée */
  | 'PAID'
  /** Signalement à l’autorité */
  | 'REPORT'
  /** Titre de perception émis */
  | 'REVENUE_ORDER';

export type PdlSanctionStepInput = {
  amount?: number | null | undefined;
  expectedVersion: number;
  on: string;
  sanctionId: string | number;
  step: PdlSanctionStep;
};

/** Statut d’un dossier APML (déduit des dates) */
export type PdlStatus =
  /** Accord */
  | 'ACCORD'
  /** Accord sous conditions */
  | 'ACCORD_CONDITIONS'
  /** Complet */
  | 'COMPLETE'
  /** Déposé (récépissé remis) */
  | 'DEPOSITED'
  /** Autorisation caduque (pas de location sous deux ans) */
  | 'LAPSED'
  /** Refus motivé */
  | 'REFUS'
  /** Autorisation tacite */
  | 'TACITE'
  /** Visité */
  | 'VISITED'
  /** Visite programmée */
  | 'VISIT_PLANNED';

/** Urgence dans la file des autorisations tacites */
export type PdlUrgency =
  /** Dans les délais */
  | 'NORMAL'
  /** Tacite acquise */
  | 'OVERDUE'
  /** Moins de 7 jours */
  | 'RED';

export type PretAdvanceInput = {
  expectedVersion: number;
  requestId: string | number;
  to: string;
};

export type PretApproveInput = {
  expectedVersion: number;
  lines: Array<PretApprovedLineInput>;
  requestId: string | number;
};

export type PretApprovedLineInput = {
  approved: number;
  kindId: string | number;
};

/** Livraison ou retrait */
export type PretHandover =
  /** Livraison par la CALL */
  | 'DELIVERY'
  /** Retrait par la commune */
  | 'PICKUP';

export type PretInterventionInput = {
  agentCount: number;
  doneOn: string;
  hours: number;
  kind: PretInterventionKind;
  notes?: string | null | undefined;
  service: string;
};

/** Nature de l’intervention */
export type PretInterventionKind =
  /** Appui à un événement */
  | 'EVENT_SUPPORT'
  /** Déménagement de bureaux */
  | 'OFFICE_MOVE'
  /** Aménagement / installation */
  | 'SETUP';

export type PretKindInput = {
  name: string;
  unit: PretUnit;
};

/** Mouvement de stock */
export type PretMovement =
  /** Acquisition */
  | 'ACQUISITION'
  /** Remise en service */
  | 'BACK_IN_SERVICE'
  /** Perte (non rendu) */
  | 'LOST'
  /** Mise hors service (réparation) */
  | 'OUT_OF_SERVICE'
  /** Mise au rebut */
  | 'SCRAPPED';

export type PretRefuseInput = {
  expectedVersion: number;
  reason: string;
  requestId: string | number;
};

/** Cause de la réparation */
export type PretRepairCause =
  /** Dégât lors d’un prêt */
  | 'LOAN_DAMAGE'
  /** Usure */
  | 'WEAR';

export type PretRepairCloseInput = {
  closedOn: string;
  costCents: number;
  expectedVersion: number;
  hours: number;
  outcome: PretRepairOutcome;
  repairId: string | number;
};

/** Issue de la réparation */
export type PretRepairOutcome =
  /** Remis en service */
  | 'BACK_IN_SERVICE'
  /** Mis au rebut */
  | 'SCRAPPED';

export type PretRequestInput = {
  communeInsee: string;
  endOn: string;
  eventName: string;
  eventPlace?: string | null | undefined;
  handover: PretHandover;
  /** Demande tardive acceptée à titre exceptionnel (délai de prévenance) */
  lateAccepted?: boolean;
  lines: Array<PretRequestLineInput>;
  startOn: string;
};

export type PretRequestLineInput = {
  kindId: string | number;
  quantity: number;
};

export type PretReturnInput = {
  expectedVersion: number;
  lines: Array<PretReturnLineInput>;
  requestId: string | number;
  returnedOn: string;
};

export type PretReturnLineInput = {
  damaged: number;
  kindId: string | number;
  missing: number;
  returned: number;
};

/** Statut d’une demande de prêt */
export type PretStatus =
  /** Accordée */
  | 'APPROVED'
  /** Clôturée */
  | 'CLOSED'
  /** Livrée / retirée */
  | 'HANDED_OVER'
  /** Préparée */
  | 'PREPARED'
  /** Refusée */
  | 'REFUSED'
  /** Demandée */
  | 'REQUESTED'
  /** Rendue */
  | 'RETURNED';

export type PretStockMovementInput = {
  costCents?: number | null | undefined;
  kindId: string | number;
  movedOn: string;
  movement: PretMovement;
  /** Motif (facture, constat…) */
  notes?: string | null | undefined;
  quantity: number;
};

/** Unité de prêt (pièce, m²) */
export type PretUnit =
  /** m² */
  | 'M2'
  /** pièce */
  | 'PIECE';

export type RecordAdsOpinionInput = {
  comment?: string | null | undefined;
  /** Version chargée par l’écran (verrouillage optimiste) */
  expectedVersion: number;
  opinion: AdsOpinion;
  opinionOn: string;
};

/** Avancement d’un chapitre du rapport */
export type ReportChapterStatus =
  /** Accepté */
  | 'ACCEPTED'
  /** Modifications demandées */
  | 'CHANGES_REQUESTED'
  /** Brouillon */
  | 'DRAFT'
  /** Non commencé */
  | 'MISSING'
  /** Soumis */
  | 'SUBMITTED';

export type ReportChapterStructureInput = {
  charts: Array<ReportVisualInput>;
  directorate?: Directorate | null | undefined;
  indicatorKeys: Array<string>;
  tables: Array<ReportVisualInput>;
  title: string;
};

export type ReportChapterTextInput = {
  expectedVersion: number;
  highlights: string;
  outlook: string;
};

/** Relecture de la DGS : accepter, demander des modifications, ou seulement commenter */
export type ReportReviewDecision =
  | 'ACCEPT'
  | 'COMMENT'
  | 'REQUEST_CHANGES';

export type ReportVisualInput = {
  dimension: string;
  indicatorKey: string;
  kind?: string | null | undefined;
  title?: string | null | undefined;
};

/** État d’un rapport annuel */
export type ReportYearStatus =
  /** Clos (chiffres figés) */
  | 'CLOSED'
  /** En cours de rédaction */
  | 'OPEN';

/** Une hausse de l’indicateur est-elle une bonne nouvelle, une mauvaise, ou ni l’une ni l’autre ? */
export type RiseIs =
  | 'BAD'
  | 'GOOD'
  | 'NEUTRAL';

/** Rôle d’un utilisateur */
export type Role =
  | 'ADMIN'
  | 'AGENT'
  | 'DGS'
  | 'DIRECTOR';

/** Correction d’un dossier : les champs absents restent inchangés ; commune, type et numéro seulement au statut « Déposé » */
export type UpdateAdsDossierInput = {
  applicantKind?: AdsApplicantKind | null | undefined;
  applicantName?: string | null | undefined;
  cadastralParcels?: Array<string> | null | undefined;
  channel?: AdsChannel | null | undefined;
  communeInsee?: string | null | undefined;
  dwellingsCreated?: number | null | undefined;
  /** Version chargée par l’écran (verrouillage optimiste) */
  expectedVersion: number;
  floorAreaCreated?: number | null | undefined;
  landAddress?: string | null | undefined;
  /** Nouveau numéro officiel ; recalculé (série A) si la commune ou le type change et qu’il est absent */
  number?: string | null | undefined;
  projectNature?: string | null | undefined;
  type?: AdsDossierType | null | undefined;
};

export type UpdateUserInput = {
  directorates?: Array<Directorate>;
  displayName: string;
  role: Role;
};

export type ChangeMyPasswordMutationVariables = Exact<{
  input: ChangePasswordInput;
}>;


export type ChangeMyPasswordMutation = { changeMyPassword: { id: string, mustChangePassword: boolean } };

export type LoginMutationVariables = Exact<{
  input: LoginInput;
}>;


export type LoginMutation = { login: { id: string, login: string, displayName: string, role: Role, directorates: Array<Directorate>, mustChangePassword: boolean } };

export type LogoutMutationVariables = Exact<{ [key: string]: never; }>;


export type LogoutMutation = { logout: boolean };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me: { id: string, login: string, displayName: string, role: Role, directorates: Array<Directorate>, mustChangePassword: boolean } | null };

export type AddServiceMembershipMutationVariables = Exact<{
  input: AddServiceMembershipInput;
  confirmBackdated?: boolean | null | undefined;
}>;


export type AddServiceMembershipMutation = { addServiceMembership: { id: string } };

export type AddServiceMembershipImpactQueryVariables = Exact<{
  input: AddServiceMembershipInput;
}>;


export type AddServiceMembershipImpactQuery = { addServiceMembershipImpact: Array<{ indicatorKey: string, label: string, year: number, before: number | null, after: number | null }> };

export type AdminCommunesQueryVariables = Exact<{ [key: string]: never; }>;


export type AdminCommunesQuery = { communes: Array<{ inseeCode: string, name: string }> };

export type CreateUserMutationVariables = Exact<{
  input: CreateUserInput;
}>;


export type CreateUserMutation = { createUser: { id: string, login: string, displayName: string, role: Role, directorates: Array<Directorate> } };

export type EndServiceMembershipMutationVariables = Exact<{
  id: string | number;
  validTo: string;
  confirmBackdated?: boolean | null | undefined;
}>;


export type EndServiceMembershipMutation = { endServiceMembership: { id: string, validTo: string | null } };

export type EndServiceMembershipImpactQueryVariables = Exact<{
  id: string | number;
  validTo: string;
}>;


export type EndServiceMembershipImpactQuery = { endServiceMembershipImpact: Array<{ indicatorKey: string, label: string, year: number, before: number | null, after: number | null }> };

export type PersonalDataExportQueryVariables = Exact<{
  search: string;
}>;


export type PersonalDataExportQuery = { personalDataExport: Array<{ label: string, rows: Array<Record<string, unknown>> }> };

export type AnonymisePastRetentionMutationVariables = Exact<{ [key: string]: never; }>;


export type AnonymisePastRetentionMutation = { anonymisePastRetention: Array<{ kind: string, cutoff: string, records: number }> };

export type ServiceMembershipsQueryVariables = Exact<{
  service: string;
  on?: string | null | undefined;
}>;


export type ServiceMembershipsQuery = { serviceMemberships: Array<{ id: string, service: string, option: string | null, validFrom: string, validTo: string | null, commune: { inseeCode: string, name: string } }> };

export type UpdateUserMutationVariables = Exact<{
  id: string | number;
  input: UpdateUserInput;
}>;


export type UpdateUserMutation = { updateUser: { id: string, displayName: string, role: Role, directorates: Array<Directorate> } };

export type SetUserActiveMutationVariables = Exact<{
  id: string | number;
  active: boolean;
}>;


export type SetUserActiveMutation = { setUserActive: { id: string, active: boolean } };

export type ResetUserPasswordMutationVariables = Exact<{
  id: string | number;
}>;


export type ResetUserPasswordMutation = { resetUserPassword: { temporaryPassword: string, user: { id: string, mustChangePassword: boolean } } };

export type UsersQueryVariables = Exact<{ [key: string]: never; }>;


export type UsersQuery = { users: Array<{ id: string, login: string, displayName: string, role: Role, directorates: Array<Directorate>, active: boolean, mustChangePassword: boolean }> };

export type AddAdsConsultationMutationVariables = Exact<{
  dossierId: string | number;
  input: AddAdsConsultationInput;
}>;


export type AddAdsConsultationMutation = { addAdsConsultation: { id: string, version: number, number: string, initialNumber: string | null, type: AdsDossierType, communeInsee: string, communeName: string, depositedOn: string, channel: AdsChannel, applicantKind: AdsApplicantKind, applicantName: string, landAddress: string, cadastralParcels: Array<string>, projectNature: string, floorAreaCreated: number, dwellingsCreated: number, tacitRefusalCase: boolean, instructorId: string | null, instructorName: string | null, status: AdsStatus, statusOn: string, outcome: AdsOutcome | null, deadline: string | null, decidedOn: string | null, situation: string, tacitCertificateOn: string | null, piecesRequestedOn: string | null, piecesReceivedOn: string | null, completeOn: string | null, closedOn: string | null, docOn: string | null, daactOn: string | null, conformityOn: string | null, allowedActions: Array<AdsAction>, expressOutcomes: Array<AdsOutcome>, consultationsAllowed: boolean, computedDeadline: { baseMonths: number, months: number, completenessLimit: string, piecesRequestLate: boolean, state: string, startsOn: string | null, piecesDueOn: string | null, deadline: string | null, tacitOn: string, tacitOutcome: AdsOutcome, majorations: Array<{ id: string | null, kind: AdsMajorationKind, notifiedOn: string, applied: boolean, reason: string | null }> }, consultations: Array<{ id: string, version: number, service: AdsConsultedService, serviceDetail: string | null, sentOn: string, dueOn: string, opinion: AdsOpinion | null, effectiveOpinion: AdsOpinion | null, opinionOn: string | null, comment: string | null }>, events: Array<{ id: string, kind: string, eventOn: string, fromStatus: AdsStatus | null, toStatus: AdsStatus | null, actorLogin: string, summary: string, recordedAt: string }> } };

export type AddAdsMajorationMutationVariables = Exact<{
  dossierId: string | number;
  input: AddAdsMajorationInput;
}>;


export type AddAdsMajorationMutation = { addAdsMajoration: { id: string, version: number, number: string, initialNumber: string | null, type: AdsDossierType, communeInsee: string, communeName: string, depositedOn: string, channel: AdsChannel, applicantKind: AdsApplicantKind, applicantName: string, landAddress: string, cadastralParcels: Array<string>, projectNature: string, floorAreaCreated: number, dwellingsCreated: number, tacitRefusalCase: boolean, instructorId: string | null, instructorName: string | null, status: AdsStatus, statusOn: string, outcome: AdsOutcome | null, deadline: string | null, decidedOn: string | null, situation: string, tacitCertificateOn: string | null, piecesRequestedOn: string | null, piecesReceivedOn: string | null, completeOn: string | null, closedOn: string | null, docOn: string | null, daactOn: string | null, conformityOn: string | null, allowedActions: Array<AdsAction>, expressOutcomes: Array<AdsOutcome>, consultationsAllowed: boolean, computedDeadline: { baseMonths: number, months: number, completenessLimit: string, piecesRequestLate: boolean, state: string, startsOn: string | null, piecesDueOn: string | null, deadline: string | null, tacitOn: string, tacitOutcome: AdsOutcome, majorations: Array<{ id: string | null, kind: AdsMajorationKind, notifiedOn: string, applied: boolean, reason: string | null }> }, consultations: Array<{ id: string, version: number, service: AdsConsultedService, serviceDetail: string | null, sentOn: string, dueOn: string, opinion: AdsOpinion | null, effectiveOpinion: AdsOpinion | null, opinionOn: string | null, comment: string | null }>, events: Array<{ id: string, kind: string, eventOn: string, fromStatus: AdsStatus | null, toStatus: AdsStatus | null, actorLogin: string, summary: string, recordedAt: string }> } };

export type AdsActWeightsImpactQueryVariables = Exact<{
  validFrom: string;
  weights: Array<AdsActWeightInput> | AdsActWeightInput;
}>;


export type AdsActWeightsImpactQuery = { adsActWeightsImpact: Array<{ indicatorKey: string, label: string, year: number, before: number | null, after: number | null }> };

export type AdsActWeightsQueryVariables = Exact<{
  on?: string | null | undefined;
}>;


export type AdsActWeightsQuery = { adsActWeights: Array<{ dossierType: AdsDossierType, validFrom: string, weight: number }>, adsActWeightHistory: Array<{ validFrom: string, updatedBy: string | null, weights: Array<{ dossierType: AdsDossierType, weight: number }> }> };

export type AdsDossierExportQueryVariables = Exact<{
  filter?: AdsDossierFilter | null | undefined;
  sort?: AdsSort | null | undefined;
  format?: AdsExportFormat | null | undefined;
}>;


export type AdsDossierExportQuery = { adsDossierExport: { filename: string, mimeType: string, base64: string } };

export type AdsDossierFieldsFragment = { id: string, version: number, number: string, initialNumber: string | null, type: AdsDossierType, communeInsee: string, communeName: string, depositedOn: string, channel: AdsChannel, applicantKind: AdsApplicantKind, applicantName: string, landAddress: string, cadastralParcels: Array<string>, projectNature: string, floorAreaCreated: number, dwellingsCreated: number, tacitRefusalCase: boolean, instructorId: string | null, instructorName: string | null, status: AdsStatus, statusOn: string, outcome: AdsOutcome | null, deadline: string | null, decidedOn: string | null, situation: string, tacitCertificateOn: string | null, piecesRequestedOn: string | null, piecesReceivedOn: string | null, completeOn: string | null, closedOn: string | null, docOn: string | null, daactOn: string | null, conformityOn: string | null, allowedActions: Array<AdsAction>, expressOutcomes: Array<AdsOutcome>, consultationsAllowed: boolean, computedDeadline: { baseMonths: number, months: number, completenessLimit: string, piecesRequestLate: boolean, state: string, startsOn: string | null, piecesDueOn: string | null, deadline: string | null, tacitOn: string, tacitOutcome: AdsOutcome, majorations: Array<{ id: string | null, kind: AdsMajorationKind, notifiedOn: string, applied: boolean, reason: string | null }> }, consultations: Array<{ id: string, version: number, service: AdsConsultedService, serviceDetail: string | null, sentOn: string, dueOn: string, opinion: AdsOpinion | null, effectiveOpinion: AdsOpinion | null, opinionOn: string | null, comment: string | null }>, events: Array<{ id: string, kind: string, eventOn: string, fromStatus: AdsStatus | null, toStatus: AdsStatus | null, actorLogin: string, summary: string, recordedAt: string }> };

export type AdsDossierQueryVariables = Exact<{
  id: string | number;
}>;


export type AdsDossierQuery = { adsDossier: { id: string, version: number, number: string, initialNumber: string | null, type: AdsDossierType, communeInsee: string, communeName: string, depositedOn: string, channel: AdsChannel, applicantKind: AdsApplicantKind, applicantName: string, landAddress: string, cadastralParcels: Array<string>, projectNature: string, floorAreaCreated: number, dwellingsCreated: number, tacitRefusalCase: boolean, instructorId: string | null, instructorName: string | null, status: AdsStatus, statusOn: string, outcome: AdsOutcome | null, deadline: string | null, decidedOn: string | null, situation: string, tacitCertificateOn: string | null, piecesRequestedOn: string | null, piecesReceivedOn: string | null, completeOn: string | null, closedOn: string | null, docOn: string | null, daactOn: string | null, conformityOn: string | null, allowedActions: Array<AdsAction>, expressOutcomes: Array<AdsOutcome>, consultationsAllowed: boolean, computedDeadline: { baseMonths: number, months: number, completenessLimit: string, piecesRequestLate: boolean, state: string, startsOn: string | null, piecesDueOn: string | null, deadline: string | null, tacitOn: string, tacitOutcome: AdsOutcome, majorations: Array<{ id: string | null, kind: AdsMajorationKind, notifiedOn: string, applied: boolean, reason: string | null }> }, consultations: Array<{ id: string, version: number, service: AdsConsultedService, serviceDetail: string | null, sentOn: string, dueOn: string, opinion: AdsOpinion | null, effectiveOpinion: AdsOpinion | null, opinionOn: string | null, comment: string | null }>, events: Array<{ id: string, kind: string, eventOn: string, fromStatus: AdsStatus | null, toStatus: AdsStatus | null, actorLogin: string, summary: string, recordedAt: string }> } };

export type AdsDossiersQueryVariables = Exact<{
  filter?: AdsDossierFilter | null | undefined;
  sort?: AdsSort | null | undefined;
  offset?: number | null | undefined;
  limit?: number | null | undefined;
}>;


export type AdsDossiersQuery = { adsDossiers: { total: number, offset: number, limit: number, items: Array<{ id: string, number: string, type: AdsDossierType, communeInsee: string, communeName: string, depositedOn: string, channel: AdsChannel, applicantName: string, status: AdsStatus, outcome: AdsOutcome | null, deadline: string | null, decidedOn: string | null, situation: string, instructorId: string | null, instructorName: string | null }> } };

export type AdsInstructorsQueryVariables = Exact<{ [key: string]: never; }>;


export type AdsInstructorsQuery = { adsInstructors: Array<{ id: string, displayName: string, login: string }> };

export type AdsQueueCountsQueryVariables = Exact<{
  filter?: AdsDossierFilter | null | undefined;
}>;


export type AdsQueueCountsQuery = { adsQueueCounts: Array<{ queue: AdsQueue, count: number }> };

export type AssignAdsDossiersMutationVariables = Exact<{
  ids: Array<string | number> | string | number;
  instructorId?: string | number | null | undefined;
}>;


export type AssignAdsDossiersMutation = { assignAdsDossiers: number };

export type AssignAdsDossierMutationVariables = Exact<{
  id: string | number;
  instructorId?: string | number | null | undefined;
}>;


export type AssignAdsDossierMutation = { assignAdsDossier: { id: string, version: number, number: string, initialNumber: string | null, type: AdsDossierType, communeInsee: string, communeName: string, depositedOn: string, channel: AdsChannel, applicantKind: AdsApplicantKind, applicantName: string, landAddress: string, cadastralParcels: Array<string>, projectNature: string, floorAreaCreated: number, dwellingsCreated: number, tacitRefusalCase: boolean, instructorId: string | null, instructorName: string | null, status: AdsStatus, statusOn: string, outcome: AdsOutcome | null, deadline: string | null, decidedOn: string | null, situation: string, tacitCertificateOn: string | null, piecesRequestedOn: string | null, piecesReceivedOn: string | null, completeOn: string | null, closedOn: string | null, docOn: string | null, daactOn: string | null, conformityOn: string | null, allowedActions: Array<AdsAction>, expressOutcomes: Array<AdsOutcome>, consultationsAllowed: boolean, computedDeadline: { baseMonths: number, months: number, completenessLimit: string, piecesRequestLate: boolean, state: string, startsOn: string | null, piecesDueOn: string | null, deadline: string | null, tacitOn: string, tacitOutcome: AdsOutcome, majorations: Array<{ id: string | null, kind: AdsMajorationKind, notifiedOn: string, applied: boolean, reason: string | null }> }, consultations: Array<{ id: string, version: number, service: AdsConsultedService, serviceDetail: string | null, sentOn: string, dueOn: string, opinion: AdsOpinion | null, effectiveOpinion: AdsOpinion | null, opinionOn: string | null, comment: string | null }>, events: Array<{ id: string, kind: string, eventOn: string, fromStatus: AdsStatus | null, toStatus: AdsStatus | null, actorLogin: string, summary: string, recordedAt: string }> } };

export type CreateAdsDossierMutationVariables = Exact<{
  input: CreateAdsDossierInput;
}>;


export type CreateAdsDossierMutation = { createAdsDossier: { id: string, number: string } };

export type ImportAdsDossiersMutationVariables = Exact<{
  filename: string;
  base64: string;
}>;


export type ImportAdsDossiersMutation = { importAdsDossiers: { committed: boolean, imported: number, skipped: number, rejected: number, lines: Array<{ line: number, number: string | null, status: string, messages: Array<string> }> } };

export type RecordAdsOpinionMutationVariables = Exact<{
  consultationId: string | number;
  input: RecordAdsOpinionInput;
}>;


export type RecordAdsOpinionMutation = { recordAdsOpinion: { id: string, version: number, number: string, initialNumber: string | null, type: AdsDossierType, communeInsee: string, communeName: string, depositedOn: string, channel: AdsChannel, applicantKind: AdsApplicantKind, applicantName: string, landAddress: string, cadastralParcels: Array<string>, projectNature: string, floorAreaCreated: number, dwellingsCreated: number, tacitRefusalCase: boolean, instructorId: string | null, instructorName: string | null, status: AdsStatus, statusOn: string, outcome: AdsOutcome | null, deadline: string | null, decidedOn: string | null, situation: string, tacitCertificateOn: string | null, piecesRequestedOn: string | null, piecesReceivedOn: string | null, completeOn: string | null, closedOn: string | null, docOn: string | null, daactOn: string | null, conformityOn: string | null, allowedActions: Array<AdsAction>, expressOutcomes: Array<AdsOutcome>, consultationsAllowed: boolean, computedDeadline: { baseMonths: number, months: number, completenessLimit: string, piecesRequestLate: boolean, state: string, startsOn: string | null, piecesDueOn: string | null, deadline: string | null, tacitOn: string, tacitOutcome: AdsOutcome, majorations: Array<{ id: string | null, kind: AdsMajorationKind, notifiedOn: string, applied: boolean, reason: string | null }> }, consultations: Array<{ id: string, version: number, service: AdsConsultedService, serviceDetail: string | null, sentOn: string, dueOn: string, opinion: AdsOpinion | null, effectiveOpinion: AdsOpinion | null, opinionOn: string | null, comment: string | null }>, events: Array<{ id: string, kind: string, eventOn: string, fromStatus: AdsStatus | null, toStatus: AdsStatus | null, actorLogin: string, summary: string, recordedAt: string }> } };

export type AdsServiceMembershipsQueryVariables = Exact<{
  on?: string | null | undefined;
}>;


export type AdsServiceMembershipsQuery = { serviceMemberships: Array<{ option: string | null, commune: { inseeCode: string, name: string } }> };

export type TransitionAdsDossierMutationVariables = Exact<{
  id: string | number;
  input: AdsTransitionInput;
}>;


export type TransitionAdsDossierMutation = { transitionAdsDossier: { id: string, version: number, number: string, initialNumber: string | null, type: AdsDossierType, communeInsee: string, communeName: string, depositedOn: string, channel: AdsChannel, applicantKind: AdsApplicantKind, applicantName: string, landAddress: string, cadastralParcels: Array<string>, projectNature: string, floorAreaCreated: number, dwellingsCreated: number, tacitRefusalCase: boolean, instructorId: string | null, instructorName: string | null, status: AdsStatus, statusOn: string, outcome: AdsOutcome | null, deadline: string | null, decidedOn: string | null, situation: string, tacitCertificateOn: string | null, piecesRequestedOn: string | null, piecesReceivedOn: string | null, completeOn: string | null, closedOn: string | null, docOn: string | null, daactOn: string | null, conformityOn: string | null, allowedActions: Array<AdsAction>, expressOutcomes: Array<AdsOutcome>, consultationsAllowed: boolean, computedDeadline: { baseMonths: number, months: number, completenessLimit: string, piecesRequestLate: boolean, state: string, startsOn: string | null, piecesDueOn: string | null, deadline: string | null, tacitOn: string, tacitOutcome: AdsOutcome, majorations: Array<{ id: string | null, kind: AdsMajorationKind, notifiedOn: string, applied: boolean, reason: string | null }> }, consultations: Array<{ id: string, version: number, service: AdsConsultedService, serviceDetail: string | null, sentOn: string, dueOn: string, opinion: AdsOpinion | null, effectiveOpinion: AdsOpinion | null, opinionOn: string | null, comment: string | null }>, events: Array<{ id: string, kind: string, eventOn: string, fromStatus: AdsStatus | null, toStatus: AdsStatus | null, actorLogin: string, summary: string, recordedAt: string }> } };

export type UpdateAdsActWeightsMutationVariables = Exact<{
  validFrom: string;
  weights: Array<AdsActWeightInput> | AdsActWeightInput;
  confirmBackdated?: boolean | null | undefined;
}>;


export type UpdateAdsActWeightsMutation = { updateAdsActWeights: Array<{ dossierType: AdsDossierType, validFrom: string, weight: number }> };

export type UpdateAdsDossierMutationVariables = Exact<{
  id: string | number;
  input: UpdateAdsDossierInput;
}>;


export type UpdateAdsDossierMutation = { updateAdsDossier: { id: string, version: number, number: string, initialNumber: string | null, type: AdsDossierType, communeInsee: string, communeName: string, depositedOn: string, channel: AdsChannel, applicantKind: AdsApplicantKind, applicantName: string, landAddress: string, cadastralParcels: Array<string>, projectNature: string, floorAreaCreated: number, dwellingsCreated: number, tacitRefusalCase: boolean, instructorId: string | null, instructorName: string | null, status: AdsStatus, statusOn: string, outcome: AdsOutcome | null, deadline: string | null, decidedOn: string | null, situation: string, tacitCertificateOn: string | null, piecesRequestedOn: string | null, piecesReceivedOn: string | null, completeOn: string | null, closedOn: string | null, docOn: string | null, daactOn: string | null, conformityOn: string | null, allowedActions: Array<AdsAction>, expressOutcomes: Array<AdsOutcome>, consultationsAllowed: boolean, computedDeadline: { baseMonths: number, months: number, completenessLimit: string, piecesRequestLate: boolean, state: string, startsOn: string | null, piecesDueOn: string | null, deadline: string | null, tacitOn: string, tacitOutcome: AdsOutcome, majorations: Array<{ id: string | null, kind: AdsMajorationKind, notifiedOn: string, applied: boolean, reason: string | null }> }, consultations: Array<{ id: string, version: number, service: AdsConsultedService, serviceDetail: string | null, sentOn: string, dueOn: string, opinion: AdsOpinion | null, effectiveOpinion: AdsOpinion | null, opinionOn: string | null, comment: string | null }>, events: Array<{ id: string, kind: string, eventOn: string, fromStatus: AdsStatus | null, toStatus: AdsStatus | null, actorLogin: string, summary: string, recordedAt: string }> } };

export type CrematoriumPlanningQueryVariables = Exact<{
  day: string;
  year: number;
}>;


export type CrematoriumPlanningQuery = { crematoriumLineLoad: Array<{ code: string, name: string, booked: number, available: number, utilisation: number }>, crematoriumLines: Array<{ code: string, name: string, slots: Array<string>, slotMinutes: number }>, crematoriumPlanning: Array<{ id: string, reference: string, lineCode: string, startsAt: string, kind: CremationKind, deceasedLastName: string, deceasedFirstNames: string, operatorName: string, ceremonyRoom: boolean, status: CremationStatus }> };

export type CremationQueryVariables = Exact<{
  id: string | number;
}>;


export type CremationQuery = { cremation: { id: string, version: number, reference: string, lineName: string, startsAt: string, endsAt: string, cremationOn: string, kind: CremationKind, deceasedLastName: string, deceasedFirstNames: string, birthOn: string | null, deathAt: string, deathCommuneName: string, residenceCommuneName: string, operatorName: string, authorisationOn: string, authorisationCommune: string, prosthesisCertificate: boolean, ceremonyRoom: boolean, derogationRef: string | null, latestLegalDay: string, status: CremationStatus, completedAt: string | null, cancelledAt: string | null, cancellationReason: string | null, ashesFate: CrematoriumAshesFate | null, ashesOn: string | null, ashesPerson: string | null, urnKeptUntil: string | null, scans: Array<{ id: string, scannedAt: string, result: CrematoriumScanResult, objectType: CrematoriumDetectedObject | null, authorisedBy: string | null, witnesses: string | null, familyInformedAt: string | null, openedAt: string | null, objectRemoved: string | null, delayMinutes: number | null, closedAt: string | null }>, reschedules: Array<{ fromLineCode: string, fromStartsAt: string, toLineCode: string, toStartsAt: string, reason: string, recordedByLogin: string, recordedAt: string }> }, crematoriumLines: Array<{ code: string, name: string }> };

export type BookCremationMutationVariables = Exact<{
  input: CrematoriumBookingInput;
}>;


export type BookCremationMutation = { bookCremation: { id: string } };

export type RecordCrematoriumScanMutationVariables = Exact<{
  input: CrematoriumScanInput;
}>;


export type RecordCrematoriumScanMutation = { recordCrematoriumScan: { id: string } };

export type RecordCrematoriumProtocolMutationVariables = Exact<{
  input: CrematoriumProtocolInput;
}>;


export type RecordCrematoriumProtocolMutation = { recordCrematoriumProtocol: { id: string } };

export type CompleteCremationMutationVariables = Exact<{
  input: CrematoriumCompleteInput;
}>;


export type CompleteCremationMutation = { completeCremation: { id: string } };

export type RescheduleCremationMutationVariables = Exact<{
  input: CrematoriumRescheduleInput;
}>;


export type RescheduleCremationMutation = { rescheduleCremation: { id: string } };

export type CancelCremationMutationVariables = Exact<{
  input: CrematoriumCancelInput;
}>;


export type CancelCremationMutation = { cancelCremation: { id: string } };

export type RecordCrematoriumAshesMutationVariables = Exact<{
  input: CrematoriumAshesInput;
}>;


export type RecordCrematoriumAshesMutation = { recordCrematoriumAshes: { id: string } };

export type CrematoriumKeptUrnsQueryVariables = Exact<{
  offset: number;
  limit: number;
}>;


export type CrematoriumKeptUrnsQuery = { crematoriumKeptUrns: { total: number, items: Array<{ id: string, reference: string, deceasedLastName: string, deceasedFirstNames: string, operatorName: string, cremationOn: string, ashesOn: string | null, urnAlertOn: string | null, urnKeptUntil: string | null }> } };

export type CrematoriumMetalsQueryVariables = Exact<{ [key: string]: never; }>;


export type CrematoriumMetalsQuery = { crematoriumMetals: { weightKg: number, proceedsCents: number, allocatedCents: number, balanceCents: number, lots: Array<{ id: string, collectedOn: string, weightKg: number, buyer: string, proceedsCents: number }>, allocations: Array<{ id: string, allocatedOn: string, purpose: CrematoriumMetalPurpose, beneficiary: string, amountCents: number }> } };

export type RecordCrematoriumMetalLotMutationVariables = Exact<{
  input: CrematoriumMetalLotInput;
}>;


export type RecordCrematoriumMetalLotMutation = { recordCrematoriumMetalLot: { balanceCents: number } };

export type AllocateCrematoriumMetalsMutationVariables = Exact<{
  input: CrematoriumMetalAllocationInput;
}>;


export type AllocateCrematoriumMetalsMutation = { allocateCrematoriumMetals: { balanceCents: number } };

export type DashboardAlarmRecordsQueryVariables = Exact<{
  key: string;
  offset: number;
  limit: number;
}>;


export type DashboardAlarmRecordsQuery = { alarmRecords: { total: number, items: Array<{ id: string, reference: string, label: string, detail: string | null, dueDate: string | null, path: string }> } };

export type DashboardAlarmsQueryVariables = Exact<{
  directorate?: Directorate | null | undefined;
}>;


export type DashboardAlarmsQuery = { alarms: Array<{ key: string, label: string, description: string, severity: AlarmSeverity, total: number, preview: Array<{ id: string, reference: string, label: string, detail: string | null, dueDate: string | null, path: string }> }> };

export type DashboardExportQueryVariables = Exact<{
  year: number;
  directorate?: Directorate | null | undefined;
  asOf?: string | null | undefined;
  format: IndicatorExportFormat;
}>;


export type DashboardExportQuery = { indicatorReport: { filename: string, mimeType: string, base64: string } };

export type DashboardQueryVariables = Exact<{
  year: number;
  directorate: Directorate;
  asOf?: string | null | undefined;
  seriesTo: number;
}>;


export type DashboardQuery = { indicators: Array<{ key: string, label: string, description: string | null, unit: string, directorate: Directorate, kind: IndicatorKind, riseIs: RiseIs, year: number, value: number | null, previousValue: number | null, evolution: number | null, periodEnd: string, previousPeriodEnd: string, previousValueDeclared: boolean, declaredSource: string | null, drillable: boolean, breakdowns: Array<{ dimension: string, label: string, items: Array<{ member: string, label: string, value: number }> }> }>, indicatorSeries: Array<{ key: string, unit: string, points: Array<{ year: number, value: number | null, declared: boolean, source: string | null }> }> };

export type DashboardOverviewQueryVariables = Exact<{
  year: number;
}>;


export type DashboardOverviewQuery = { indicators: Array<{ key: string, label: string, unit: string, directorate: Directorate, kind: IndicatorKind, riseIs: RiseIs, year: number, value: number | null, previousValue: number | null, evolution: number | null, previousValueDeclared: boolean, declaredSource: string | null }> };

export type AddFourriereVetActMutationVariables = Exact<{
  input: FourriereVetActInput;
}>;


export type AddFourriereVetActMutation = { addFourriereVetAct: { id: string } };

export type FourriereAnimalQueryVariables = Exact<{
  id: string | number;
}>;


export type FourriereAnimalQuery = { fourriereAnimal: { id: string, version: number, reference: string, species: FourriereSpecies, origin: FourriereOrigin, intakeAt: string, intakeOn: string, communeName: string, place: string | null, breed: string | null, sex: FourriereSex, colour: string | null, estimatedAge: string | null, litterId: string | null, identificationKind: FourriereIdentificationKind, identificationNumber: string | null, healthNotes: string | null, contractorRef: string | null, requisitionRef: string | null, holdingEnd: string | null, cessionAllowedFrom: string | null, holdingStatus: FourriereHoldingStatus | null, daysInCustody: number, present: boolean, courtDecidedOn: string | null, courtRuling: FourriereCourtRuling | null, courtDecision: string | null, recordedByLogin: string, outcome: { type: FourriereOutcomeType, outcomeOn: string, ownerName: string | null, ownerContact: string | null, associationName: string | null, adopterName: string | null, reason: string | null, stayCostCents: number, recordedByLogin: string, recordedAt: string } | null, ownerSearches: Array<{ id: string, doneOn: string, kind: FourriereOwnerSearchKind, result: FourriereOwnerSearchResult, ownerName: string | null, ownerPhone: string | null, ownerAddress: string | null, notes: string | null, recordedByLogin: string }>, vetActs: Array<{ id: string, actOn: string, kind: FourriereVetActKind, label: string, amountCents: number, notes: string | null, recordedByLogin: string }>, feesDue: { on: string, totalCents: number } | null, payments: Array<{ id: string, paidOn: string, amountCents: number, method: FourrierePaymentMethod, receiptNumber: string | null, payerName: string }> } };

export type FourriereAnimalsQueryVariables = Exact<{
  filter: FourriereAnimalFilter;
  offset?: number | null | undefined;
  limit?: number | null | undefined;
}>;


export type FourriereAnimalsQuery = { fourriereAnimals: { total: number, items: Array<{ id: string, reference: string, species: FourriereSpecies, origin: FourriereOrigin, intakeAt: string, intakeOn: string, communeName: string, breed: string | null, colour: string | null, identificationKind: FourriereIdentificationKind, identificationNumber: string | null, holdingEnd: string | null, holdingStatus: FourriereHoldingStatus | null, daysInCustody: number, present: boolean, outcome: { type: FourriereOutcomeType, outcomeOn: string } | null }> } };

export type FourriereBoardAlertsQueryVariables = Exact<{ [key: string]: never; }>;


export type FourriereBoardAlertsQuery = { fourriereBoardAlerts: { endsToday: number, overdue: number, animals: Array<{ id: string, reference: string, species: FourriereSpecies, breed: string | null, intakeOn: string, communeName: string, identificationKind: FourriereIdentificationKind, identificationNumber: string | null, holdingEnd: string | null, holdingStatus: FourriereHoldingStatus | null, daysInCustody: number }> } };

export type FourriereCalendarQueryVariables = Exact<{ [key: string]: never; }>;


export type FourriereCalendarQuery = { fourriereCalendar: { inForce: { id: string, validFrom: string, workedHolidays: Array<string>, extraClosedDays: Array<string>, status: FourriereTariffStatus, recordedByLogin: string, recordedAt: string } | null, history: Array<{ id: string, validFrom: string, workedHolidays: Array<string>, extraClosedDays: Array<string>, status: FourriereTariffStatus, recordedByLogin: string, recordedAt: string }> } };

export type FourriereCommunesQueryVariables = Exact<{ [key: string]: never; }>;


export type FourriereCommunesQuery = { communes: Array<{ inseeCode: string, name: string }> };

export type FourriereOutcomeOptionsQueryVariables = Exact<{
  id: string | number;
  on: string;
}>;


export type FourriereOutcomeOptionsQuery = { fourriereAnimal: { id: string, allowedOutcomes: Array<FourriereOutcomeType>, feesDue: { on: string, totalCents: number, tariffValidFrom: string, lines: Array<{ code: string, label: string, quantity: number, unitCents: number, amountCents: number }> } | null } };

export type FourriereSetupQueryVariables = Exact<{ [key: string]: never; }>;


export type FourriereSetupQuery = { fourriereSetup: Array<{ key: string, blocking: boolean, message: string, path: string }> };

export type FourriereTariffsQueryVariables = Exact<{ [key: string]: never; }>;


export type FourriereTariffsQuery = { fourriereTariffs: Array<{ id: string, validFrom: string, species: FourriereSpecies, captureCents: number, boardingPerDayCents: number, identificationCents: number, vetVisitCents: number, note: string | null, status: FourriereTariffStatus, recordedByLogin: string, recordedAt: string }> };

export type RecordFourriereCourtDecisionMutationVariables = Exact<{
  input: FourriereCourtDecisionInput;
}>;


export type RecordFourriereCourtDecisionMutation = { recordFourriereCourtDecision: { id: string, courtRuling: FourriereCourtRuling | null } };

export type RecordFourriereIntakeMutationVariables = Exact<{
  input: FourriereIntakeInput;
}>;


export type RecordFourriereIntakeMutation = { recordFourriereIntake: Array<{ id: string, reference: string }> };

export type RecordFourriereOutcomeMutationVariables = Exact<{
  input: FourriereOutcomeInput;
}>;


export type RecordFourriereOutcomeMutation = { recordFourriereOutcome: { id: string, present: boolean } };

export type RecordFourriereOwnerSearchMutationVariables = Exact<{
  input: FourriereOwnerSearchInput;
}>;


export type RecordFourriereOwnerSearchMutation = { recordFourriereOwnerSearch: { id: string } };

export type SetFourriereCalendarMutationVariables = Exact<{
  input: FourriereCalendarInput;
  confirmBackdated?: boolean | null | undefined;
}>;


export type SetFourriereCalendarMutation = { setFourriereCalendar: { inForce: { id: string, validFrom: string } | null } };

export type FourriereCalendarImpactQueryVariables = Exact<{
  input: FourriereCalendarInput;
}>;


export type FourriereCalendarImpactQuery = { fourriereCalendarImpact: Array<{ indicatorKey: string, label: string, year: number, before: number | null, after: number | null }> };

export type SetFourriereTariffMutationVariables = Exact<{
  input: FourriereTariffInput;
  confirmBackdated?: boolean | null | undefined;
}>;


export type SetFourriereTariffMutation = { setFourriereTariff: { id: string, validFrom: string, species: FourriereSpecies, status: FourriereTariffStatus } };

export type FourriereTariffImpactQueryVariables = Exact<{
  input: FourriereTariffInput;
}>;


export type FourriereTariffImpactQuery = { fourriereTariffImpact: Array<{ indicatorKey: string, label: string, year: number, before: number | null, after: number | null }> };

export type DeclareIndicatorValueMutationVariables = Exact<{
  key: string;
  year: number;
  value: number;
  source?: string | null | undefined;
}>;


export type DeclareIndicatorValueMutation = { declareIndicatorValue: { key: string, year: number, value: number | null, previousValue: number | null, evolution: number | null, canDeclare: boolean, declaredSource: string | null } };

export type IndicatorRecordsExportQueryVariables = Exact<{
  key: string;
  year: number;
  format: IndicatorExportFormat;
  dimension?: string | null | undefined;
  member?: string | null | undefined;
  asOf?: string | null | undefined;
  sort?: string | null | undefined;
  descending: boolean;
}>;


export type IndicatorRecordsExportQuery = { indicatorRecordsExport: { filename: string, mimeType: string, base64: string } };

export type IndicatorRecordsQueryVariables = Exact<{
  key: string;
  year: number;
  dimension?: string | null | undefined;
  member?: string | null | undefined;
  offset: number;
  limit: number;
  asOf?: string | null | undefined;
  sort?: string | null | undefined;
  descending: boolean;
}>;


export type IndicatorRecordsQuery = { indicatorRecords: { rows: Array<Record<string, unknown>>, paths: Array<string | null>, total: number, columns: Array<{ key: string, label: string }> } };

export type IndicatorReportQueryVariables = Exact<{
  year: number;
  directorate?: Directorate | null | undefined;
}>;


export type IndicatorReportQuery = { indicatorReport: { filename: string, mimeType: string, base64: string } };

export type IndicatorsChangedSubscriptionVariables = Exact<{
  directorate?: Directorate | null | undefined;
}>;


export type IndicatorsChangedSubscription = { indicatorsChanged: { directorate: Directorate, tables: Array<string>, time: string } };

export type IndicatorsQueryVariables = Exact<{
  year: number;
  directorate?: Directorate | null | undefined;
}>;


export type IndicatorsQuery = { indicators: Array<{ key: string, label: string, description: string | null, unit: string, directorate: Directorate, version: number, kind: IndicatorKind, riseIs: RiseIs, year: number, value: number | null, previousValue: number | null, evolution: number | null, canDeclare: boolean, declaredSource: string | null, drillable: boolean, breakdowns: Array<{ dimension: string, label: string, items: Array<{ member: string, label: string, value: number }> }> }> };

export type AuditEntriesQueryVariables = Exact<{
  filter?: AuditFilter | null | undefined;
}>;


export type AuditEntriesQuery = { auditEntries: { total: number, items: Array<{ id: string, at: string, userLogin: string, entity: string, entityId: string, action: string, changes: Record<string, unknown> | null }> } };

export type DepositPdlApmlMutationVariables = Exact<{
  input: PdlApmlDepositInput;
}>;


export type DepositPdlApmlMutation = { depositPdlApml: { id: string } };

export type PdlApdDossiersQueryVariables = Exact<{
  offset?: number | null | undefined;
  limit?: number | null | undefined;
}>;


export type PdlApdDossiersQuery = { pdlApdDossiers: { total: number, items: Array<{ id: string, number: string, ownerName: string, street: string, communeName: string, dwellingsCount: number, receivedOn: string, tacitOn: string, outcome: PdlOutcome | null, finalApprovalOn: string | null }> } };

export type PdlApdDossierQueryVariables = Exact<{
  id: string | number;
}>;


export type PdlApdDossierQuery = { pdlApdDossier: { id: string, version: number, number: string, ownerName: string, street: string, communeName: string, dwellingsCount: number, receivedOn: string, tacitOn: string, outcome: PdlOutcome | null, decidedOn: string | null, finalApprovalOn: string | null, anahJoint: boolean } };

export type DepositPdlApdMutationVariables = Exact<{
  input: PdlApdDepositInput;
}>;


export type DepositPdlApdMutation = { depositPdlApd: { id: string } };

export type DecidePdlApdMutationVariables = Exact<{
  input: PdlApdDecideInput;
}>;


export type DecidePdlApdMutation = { decidePdlApd: { id: string, version: number, outcome: PdlOutcome | null } };

export type ApprovePdlApdWorksMutationVariables = Exact<{
  input: PdlApdStepInput;
}>;


export type ApprovePdlApdWorksMutation = { approvePdlApdWorks: { id: string, version: number, finalApprovalOn: string | null } };

export type PdlApmlDossierQueryVariables = Exact<{
  id: string | number;
}>;


export type PdlApmlDossierQuery = { pdlApmlDossier: { id: string, version: number, number: string, ownerKind: PdlOwnerKind, ownerName: string, ownerContact: string | null, street: string, communeName: string, dwellingType: PdlDwellingType, surfaceM2: number, floor: number | null, rooms: number, lettingContext: PdlLettingContext, depositedOn: string, receivedOn: string, decisionDeadline: string, tacitOn: string, tacitInDays: number | null, urgency: PdlUrgency | null, status: PdlStatus, outcome: PdlOutcome | null, completeOn: string | null, visitPlannedOn: string | null, inspector: string | null, visitedOn: string | null, visitNotes: string | null, decision: PdlDecision | null, decidedOn: string | null, reasons: string | null, works: Array<string>, anahJoint: boolean, defects: Array<{ category: PdlDefectCategory, severity: PdlDefectSeverity, description: string | null }> } };

export type PdlApmlDossiersQueryVariables = Exact<{
  filter: PdlApmlFilter;
  offset?: number | null | undefined;
  limit?: number | null | undefined;
}>;


export type PdlApmlDossiersQuery = { pdlApmlDossiers: { total: number, items: Array<{ id: string, number: string, ownerName: string, street: string, communeName: string, receivedOn: string, tacitOn: string, tacitInDays: number | null, urgency: PdlUrgency | null, status: PdlStatus }> } };

export type CompletePdlApmlMutationVariables = Exact<{
  input: PdlApmlStepInput;
}>;


export type CompletePdlApmlMutation = { completePdlApml: { id: string, version: number, status: PdlStatus } };

export type PlanPdlVisitMutationVariables = Exact<{
  input: PdlPlanVisitInput;
}>;


export type PlanPdlVisitMutation = { planPdlVisit: { id: string, version: number, status: PdlStatus } };

export type RecordPdlVisitMutationVariables = Exact<{
  input: PdlRecordVisitInput;
}>;


export type RecordPdlVisitMutation = { recordPdlVisit: { id: string, version: number, status: PdlStatus } };

export type DecidePdlApmlMutationVariables = Exact<{
  input: PdlDecideInput;
}>;


export type DecidePdlApmlMutation = { decidePdlApml: { id: string, version: number, status: PdlStatus } };

export type PdlPerimetersQueryVariables = Exact<{ [key: string]: never; }>;


export type PdlPerimetersQuery = { pdlPerimeters: Array<{ id: string, communeInsee: string, communeName: string, kind: PdlPerimeterKind, streets: Array<string>, validFrom: string, validTo: string | null }> };

export type PdlContactsQueryVariables = Exact<{
  offset?: number | null | undefined;
  limit?: number | null | undefined;
}>;


export type PdlContactsQuery = { pdlContacts: { total: number, items: Array<{ id: string, contactOn: string, channel: PdlContactChannel, personType: PdlContactPerson, subject: PdlContactSubject, purpose: PdlContactPurpose, recordedByLogin: string }> } };

export type RecordPdlContactMutationVariables = Exact<{
  input: PdlContactInput;
}>;


export type RecordPdlContactMutation = { recordPdlContact: string };

export type PdlControlBatchesQueryVariables = Exact<{
  offset?: number | null | undefined;
  limit?: number | null | undefined;
}>;


export type PdlControlBatchesQuery = { pdlControlBatches: { total: number, items: Array<{ id: string, fileName: string, receivedOn: string, importedByLogin: string, addresses: number, filedAfterContact: number }> } };

export type ImportPdlControlBatchMutationVariables = Exact<{
  input: PdlControlImportInput;
}>;


export type ImportPdlControlBatchMutation = { importPdlControlBatch: { imported: boolean, lines: number, errors: Array<{ line: number, message: string }> } };

export type PdlSchemeQueryVariables = Exact<{ [key: string]: never; }>;


export type PdlSchemeQuery = { serviceMemberships: Array<{ id: string, validFrom: string, validTo: string | null, commune: { inseeCode: string, name: string } }>, pdlPerimeters: Array<{ id: string, communeInsee: string, communeName: string, kind: PdlPerimeterKind, streets: Array<string>, publishedOn: string | null, validFrom: string, validTo: string | null, membershipId: string | null }> };

export type CreatePdlPerimeterMutationVariables = Exact<{
  input: PdlPerimeterInput;
  confirmBackdated?: boolean | null | undefined;
}>;


export type CreatePdlPerimeterMutation = { createPdlPerimeter: string };

export type PdlPerimeterImpactQueryVariables = Exact<{
  input: PdlPerimeterInput;
}>;


export type PdlPerimeterImpactQuery = { pdlPerimeterImpact: Array<{ indicatorKey: string, label: string, year: number, before: number | null, after: number | null }> };

export type PdlAllCommunesQueryVariables = Exact<{ [key: string]: never; }>;


export type PdlAllCommunesQuery = { communes: Array<{ inseeCode: string, name: string }> };

export type PdlSanctionsQueryVariables = Exact<{
  filter: PdlSanctionFilter;
  offset?: number | null | undefined;
  limit?: number | null | undefined;
}>;


export type PdlSanctionsQuery = { pdlSanctions: { total: number, items: Array<{ id: string, ownerName: string, street: string, communeName: string, offence: PdlOffence, foundOn: string, authority: PdlAuthority, stage: PdlSanctionStage, amount: number | null }> } };

export type PdlSanctionQueryVariables = Exact<{
  id: string | number;
}>;


export type PdlSanctionQuery = { pdlSanction: { id: string, version: number, ownerName: string, street: string, communeName: string, offence: PdlOffence, foundOn: string, authority: PdlAuthority, maxFine: number, reportedOn: string | null, observationsInvitedOn: string | null, orderedOn: string | null, amount: number | null, revenueOrderOn: string | null, paidOn: string | null, stage: PdlSanctionStage } };

export type RecordPdlOffenceMutationVariables = Exact<{
  input: PdlOffenceInput;
}>;


export type RecordPdlOffenceMutation = { recordPdlOffence: { id: string } };

export type RecordPdlSanctionStepMutationVariables = Exact<{
  input: PdlSanctionStepInput;
}>;


export type RecordPdlSanctionStepMutation = { recordPdlSanctionStep: { id: string, version: number, stage: PdlSanctionStage } };

export type PretCatalogueQueryVariables = Exact<{ [key: string]: never; }>;


export type PretCatalogueQuery = { pretKinds: Array<{ id: string, name: string, unit: PretUnit, stockToday: number }>, communes: Array<{ inseeCode: string, name: string }> };

export type PretPlanningQueryVariables = Exact<{
  from: string;
  to: string;
}>;


export type PretPlanningQuery = { pretPlanning: Array<{ kindId: string, kindName: string, unit: PretUnit, days: Array<{ day: string, stock: number, booked: number, available: number, short: boolean }> }> };

export type CreatePretRequestMutationVariables = Exact<{
  input: PretRequestInput;
}>;


export type CreatePretRequestMutation = { createPretRequest: { id: string } };

export type ApprovePretRequestMutationVariables = Exact<{
  input: PretApproveInput;
}>;


export type ApprovePretRequestMutation = { approvePretRequest: { id: string, communeInsee: string, communeName: string, eventName: string, eventPlace: string | null, startOn: string, endOn: string, handover: PretHandover, status: PretStatus, partial: boolean, requestedOn: string, answeredOn: string | null, refusalReason: string | null, returnedOn: string | null, version: number, lines: Array<{ kindId: string, kindName: string, unit: PretUnit, requested: number, approved: number | null, returned: number | null, missing: number | null, damaged: number | null }> } };

export type RefusePretRequestMutationVariables = Exact<{
  input: PretRefuseInput;
}>;


export type RefusePretRequestMutation = { refusePretRequest: { id: string, communeInsee: string, communeName: string, eventName: string, eventPlace: string | null, startOn: string, endOn: string, handover: PretHandover, status: PretStatus, partial: boolean, requestedOn: string, answeredOn: string | null, refusalReason: string | null, returnedOn: string | null, version: number, lines: Array<{ kindId: string, kindName: string, unit: PretUnit, requested: number, approved: number | null, returned: number | null, missing: number | null, damaged: number | null }> } };

export type AdvancePretRequestMutationVariables = Exact<{
  input: PretAdvanceInput;
}>;


export type AdvancePretRequestMutation = { advancePretRequest: { id: string, communeInsee: string, communeName: string, eventName: string, eventPlace: string | null, startOn: string, endOn: string, handover: PretHandover, status: PretStatus, partial: boolean, requestedOn: string, answeredOn: string | null, refusalReason: string | null, returnedOn: string | null, version: number, lines: Array<{ kindId: string, kindName: string, unit: PretUnit, requested: number, approved: number | null, returned: number | null, missing: number | null, damaged: number | null }> } };

export type RecordPretReturnMutationVariables = Exact<{
  input: PretReturnInput;
}>;


export type RecordPretReturnMutation = { recordPretReturn: { id: string, communeInsee: string, communeName: string, eventName: string, eventPlace: string | null, startOn: string, endOn: string, handover: PretHandover, status: PretStatus, partial: boolean, requestedOn: string, answeredOn: string | null, refusalReason: string | null, returnedOn: string | null, version: number, lines: Array<{ kindId: string, kindName: string, unit: PretUnit, requested: number, approved: number | null, returned: number | null, missing: number | null, damaged: number | null }> } };

export type PretRequestFieldsFragment = { id: string, communeInsee: string, communeName: string, eventName: string, eventPlace: string | null, startOn: string, endOn: string, handover: PretHandover, status: PretStatus, partial: boolean, requestedOn: string, answeredOn: string | null, refusalReason: string | null, returnedOn: string | null, version: number, lines: Array<{ kindId: string, kindName: string, unit: PretUnit, requested: number, approved: number | null, returned: number | null, missing: number | null, damaged: number | null }> };

export type PretRequestQueryVariables = Exact<{
  id: string | number;
}>;


export type PretRequestQuery = { pretRequest: { id: string, communeInsee: string, communeName: string, eventName: string, eventPlace: string | null, startOn: string, endOn: string, handover: PretHandover, status: PretStatus, partial: boolean, requestedOn: string, answeredOn: string | null, refusalReason: string | null, returnedOn: string | null, version: number, lines: Array<{ kindId: string, kindName: string, unit: PretUnit, requested: number, approved: number | null, returned: number | null, missing: number | null, damaged: number | null }> }, pretAvailability: Array<{ kindId: string, requested: number, available: number }> };

export type PretRequestsQueryVariables = Exact<{
  status?: PretStatus | null | undefined;
  offset: number;
  limit: number;
}>;


export type PretRequestsQuery = { pretRequests: { total: number, items: Array<{ id: string, communeName: string, eventName: string, startOn: string, endOn: string, handover: PretHandover, status: PretStatus, partial: boolean, lines: Array<{ kindId: string, kindName: string, requested: number, approved: number | null }> }> } };

export type PretStockQueryVariables = Exact<{
  kindId?: string | number | null | undefined;
  offset: number;
  limit: number;
}>;


export type PretStockQuery = { pretKinds: Array<{ id: string, name: string, unit: PretUnit, stockToday: number }>, pretStockMovements: { total: number, items: Array<{ id: string, kindName: string, movedOn: string, movement: PretMovement, quantity: number, costCents: number | null, notes: string | null, recordedByLogin: string }> } };

export type CreatePretKindMutationVariables = Exact<{
  input: PretKindInput;
}>;


export type CreatePretKindMutation = { createPretKind: { id: string } };

export type RecordPretStockMovementMutationVariables = Exact<{
  input: PretStockMovementInput;
}>;


export type RecordPretStockMovementMutation = { recordPretStockMovement: boolean };

export type PretRepairsQueryVariables = Exact<{
  openOnly: boolean;
  offset: number;
  limit: number;
}>;


export type PretRepairsQuery = { pretRepairs: { total: number, items: Array<{ id: string, kindName: string, requestId: string | null, quantity: number, cause: PretRepairCause, openedOn: string, closedOn: string | null, outcome: PretRepairOutcome | null, hours: number | null, costCents: number | null, version: number }> } };

export type ClosePretRepairMutationVariables = Exact<{
  input: PretRepairCloseInput;
}>;


export type ClosePretRepairMutation = { closePretRepair: { id: string } };

export type PretInterventionsQueryVariables = Exact<{
  offset: number;
  limit: number;
}>;


export type PretInterventionsQuery = { pretInterventions: { total: number, items: Array<{ id: string, service: string, kind: PretInterventionKind, doneOn: string, agentCount: number, hours: number, notes: string | null }> } };

export type RecordPretInterventionMutationVariables = Exact<{
  input: PretInterventionInput;
}>;


export type RecordPretInterventionMutation = { recordPretIntervention: { id: string } };

export type PretWeekQueryVariables = Exact<{
  from: string;
}>;


export type PretWeekQuery = { pretWeek: Array<{ day: string, moment: string, action: string, request: { id: string, communeName: string, eventName: string, eventPlace: string | null, status: PretStatus, lines: Array<{ kindId: string, kindName: string, unit: PretUnit, requested: number, approved: number | null }> } }> };

export type ReportYearQueryVariables = Exact<{
  year: number;
}>;


export type ReportYearQuery = { reportYear: { year: number, status: ReportYearStatus, version: number, closedAt: string | null, closedBy: string | null, progress: Array<{ status: ReportChapterStatus, count: number }>, parts: Array<{ id: string, position: number, title: string, chapters: Array<{ id: string, position: number, title: string, directorate: Directorate | null, status: ReportChapterStatus, canWrite: boolean }> }> } | null };

export type ReportChapterQueryVariables = Exact<{
  id: string | number;
}>;


export type ReportChapterQuery = { reportChapter: { id: string, year: number, title: string, directorate: Directorate | null, highlights: string, outlook: string, status: ReportChapterStatus, reviewComment: string | null, version: number, canWrite: boolean }, reportChapterFigures: Array<{ key: string, label: string, unit: string, value: number | null, previousValue: number | null, declared: boolean, source: string | null, frozen: boolean }> };

export type ReportDriftQueryVariables = Exact<{
  year: number;
}>;


export type ReportDriftQuery = { reportDrift: Array<{ key: string, label: string, unit: string, frozenValue: number | null, liveValue: number | null, computedAt: string, acknowledged: boolean }> };

export type OpenReportYearMutationVariables = Exact<{
  year: number;
}>;


export type OpenReportYearMutation = { openReportYear: { year: number } };

export type MoveReportChapterMutationVariables = Exact<{
  id: string | number;
  partId: string | number;
  position: number;
}>;


export type MoveReportChapterMutation = { moveReportChapter: { year: number } };

export type AddReportChapterMutationVariables = Exact<{
  partId: string | number;
  input: ReportChapterStructureInput;
}>;


export type AddReportChapterMutation = { addReportChapter: { year: number } };

export type RemoveReportChapterMutationVariables = Exact<{
  id: string | number;
}>;


export type RemoveReportChapterMutation = { removeReportChapter: { year: number } };

export type RenameReportPartMutationVariables = Exact<{
  id: string | number;
  title: string;
}>;


export type RenameReportPartMutation = { renameReportPart: { year: number } };

export type SaveReportChapterTextMutationVariables = Exact<{
  id: string | number;
  input: ReportChapterTextInput;
}>;


export type SaveReportChapterTextMutation = { saveReportChapterText: { id: string, status: ReportChapterStatus, version: number, highlights: string, outlook: string } };

export type SubmitReportChapterMutationVariables = Exact<{
  id: string | number;
}>;


export type SubmitReportChapterMutation = { submitReportChapter: { id: string, status: ReportChapterStatus, version: number } };

export type ReviewReportChapterMutationVariables = Exact<{
  id: string | number;
  decision: ReportReviewDecision;
  comment?: string | null | undefined;
}>;


export type ReviewReportChapterMutation = { reviewReportChapter: { id: string, status: ReportChapterStatus, version: number, reviewComment: string | null } };

export type CloseReportYearMutationVariables = Exact<{
  year: number;
  expectedVersion: number;
}>;


export type CloseReportYearMutation = { closeReportYear: { year: number, status: ReportYearStatus, version: number } };

export type ReopenReportYearMutationVariables = Exact<{
  year: number;
  reason: string;
}>;


export type ReopenReportYearMutation = { reopenReportYear: { year: number, status: ReportYearStatus, version: number } };

export type AcknowledgeReportDriftMutationVariables = Exact<{
  year: number;
  key: string;
}>;


export type AcknowledgeReportDriftMutation = { acknowledgeReportDrift: Array<{ key: string, acknowledged: boolean }> };

export type DirectoratesQueryVariables = Exact<{ [key: string]: never; }>;


export type DirectoratesQuery = { directorates: Array<{ key: Directorate, label: string, hasModule: boolean, canWrite: boolean, canDeclare: boolean }> };

export type FigureChangeFieldsFragment = { indicatorKey: string, label: string, year: number, before: number | null, after: number | null };

export const AdsDossierFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdsDossierFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AdsDossier"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"initialNumber"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"communeInsee"}},{"kind":"Field","name":{"kind":"Name","value":"communeName"}},{"kind":"Field","name":{"kind":"Name","value":"depositedOn"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"applicantKind"}},{"kind":"Field","name":{"kind":"Name","value":"applicantName"}},{"kind":"Field","name":{"kind":"Name","value":"landAddress"}},{"kind":"Field","name":{"kind":"Name","value":"cadastralParcels"}},{"kind":"Field","name":{"kind":"Name","value":"projectNature"}},{"kind":"Field","name":{"kind":"Name","value":"floorAreaCreated"}},{"kind":"Field","name":{"kind":"Name","value":"dwellingsCreated"}},{"kind":"Field","name":{"kind":"Name","value":"tacitRefusalCase"}},{"kind":"Field","name":{"kind":"Name","value":"instructorId"}},{"kind":"Field","name":{"kind":"Name","value":"instructorName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusOn"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"decidedOn"}},{"kind":"Field","name":{"kind":"Name","value":"situation"}},{"kind":"Field","name":{"kind":"Name","value":"tacitCertificateOn"}},{"kind":"Field","name":{"kind":"Name","value":"piecesRequestedOn"}},{"kind":"Field","name":{"kind":"Name","value":"piecesReceivedOn"}},{"kind":"Field","name":{"kind":"Name","value":"completeOn"}},{"kind":"Field","name":{"kind":"Name","value":"closedOn"}},{"kind":"Field","name":{"kind":"Name","value":"docOn"}},{"kind":"Field","name":{"kind":"Name","value":"daactOn"}},{"kind":"Field","name":{"kind":"Name","value":"conformityOn"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"expressOutcomes"}},{"kind":"Field","name":{"kind":"Name","value":"consultationsAllowed"}},{"kind":"Field","name":{"kind":"Name","value":"computedDeadline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"baseMonths"}},{"kind":"Field","name":{"kind":"Name","value":"months"}},{"kind":"Field","name":{"kind":"Name","value":"completenessLimit"}},{"kind":"Field","name":{"kind":"Name","value":"piecesRequestLate"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"piecesDueOn"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"tacitOn"}},{"kind":"Field","name":{"kind":"Name","value":"tacitOutcome"}},{"kind":"Field","name":{"kind":"Name","value":"majorations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"notifiedOn"}},{"kind":"Field","name":{"kind":"Name","value":"applied"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"consultations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"service"}},{"kind":"Field","name":{"kind":"Name","value":"serviceDetail"}},{"kind":"Field","name":{"kind":"Name","value":"sentOn"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"opinion"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveOpinion"}},{"kind":"Field","name":{"kind":"Name","value":"opinionOn"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}}]}},{"kind":"Field","name":{"kind":"Name","value":"events"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"eventOn"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"actorLogin"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}}]}}]}}]} as unknown as DocumentNode<AdsDossierFieldsFragment, unknown>;
export const PretRequestFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PretRequestFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PretRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"communeInsee"}},{"kind":"Field","name":{"kind":"Name","value":"communeName"}},{"kind":"Field","name":{"kind":"Name","value":"eventName"}},{"kind":"Field","name":{"kind":"Name","value":"eventPlace"}},{"kind":"Field","name":{"kind":"Name","value":"startOn"}},{"kind":"Field","name":{"kind":"Name","value":"endOn"}},{"kind":"Field","name":{"kind":"Name","value":"handover"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"partial"}},{"kind":"Field","name":{"kind":"Name","value":"requestedOn"}},{"kind":"Field","name":{"kind":"Name","value":"answeredOn"}},{"kind":"Field","name":{"kind":"Name","value":"refusalReason"}},{"kind":"Field","name":{"kind":"Name","value":"returnedOn"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kindId"}},{"kind":"Field","name":{"kind":"Name","value":"kindName"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"requested"}},{"kind":"Field","name":{"kind":"Name","value":"approved"}},{"kind":"Field","name":{"kind":"Name","value":"returned"}},{"kind":"Field","name":{"kind":"Name","value":"missing"}},{"kind":"Field","name":{"kind":"Name","value":"damaged"}}]}}]}}]} as unknown as DocumentNode<PretRequestFieldsFragment, unknown>;
export const FigureChangeFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FigureChangeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FigureChange"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicatorKey"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}}]}}]} as unknown as DocumentNode<FigureChangeFieldsFragment, unknown>;
export const ChangeMyPasswordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChangeMyPassword"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChangePasswordInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changeMyPassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"mustChangePassword"}}]}}]}}]} as unknown as DocumentNode<ChangeMyPasswordMutation, ChangeMyPasswordMutationVariables>;
export const LoginDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Login"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LoginInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"login"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"directorates"}},{"kind":"Field","name":{"kind":"Name","value":"mustChangePassword"}}]}}]}}]} as unknown as DocumentNode<LoginMutation, LoginMutationVariables>;
export const LogoutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Logout"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logout"}}]}}]} as unknown as DocumentNode<LogoutMutation, LogoutMutationVariables>;
export const MeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"login"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"directorates"}},{"kind":"Field","name":{"kind":"Name","value":"mustChangePassword"}}]}}]}}]} as unknown as DocumentNode<MeQuery, MeQueryVariables>;
export const AddServiceMembershipDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddServiceMembership"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddServiceMembershipInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"confirmBackdated"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addServiceMembership"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"confirmBackdated"},"value":{"kind":"Variable","name":{"kind":"Name","value":"confirmBackdated"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AddServiceMembershipMutation, AddServiceMembershipMutationVariables>;
export const AddServiceMembershipImpactDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AddServiceMembershipImpact"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddServiceMembershipInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addServiceMembershipImpact"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FigureChangeFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FigureChangeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FigureChange"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicatorKey"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}}]}}]} as unknown as DocumentNode<AddServiceMembershipImpactQuery, AddServiceMembershipImpactQueryVariables>;
export const AdminCommunesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminCommunes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"communes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inseeCode"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<AdminCommunesQuery, AdminCommunesQueryVariables>;
export const CreateUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateUserInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"login"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"directorates"}}]}}]}}]} as unknown as DocumentNode<CreateUserMutation, CreateUserMutationVariables>;
export const EndServiceMembershipDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EndServiceMembership"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"validTo"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"confirmBackdated"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endServiceMembership"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"validTo"},"value":{"kind":"Variable","name":{"kind":"Name","value":"validTo"}}},{"kind":"Argument","name":{"kind":"Name","value":"confirmBackdated"},"value":{"kind":"Variable","name":{"kind":"Name","value":"confirmBackdated"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}}]}}]}}]} as unknown as DocumentNode<EndServiceMembershipMutation, EndServiceMembershipMutationVariables>;
export const EndServiceMembershipImpactDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EndServiceMembershipImpact"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"validTo"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endServiceMembershipImpact"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"validTo"},"value":{"kind":"Variable","name":{"kind":"Name","value":"validTo"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FigureChangeFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FigureChangeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FigureChange"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicatorKey"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}}]}}]} as unknown as DocumentNode<EndServiceMembershipImpactQuery, EndServiceMembershipImpactQueryVariables>;
export const PersonalDataExportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PersonalDataExport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"personalDataExport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"rows"}}]}}]}}]} as unknown as DocumentNode<PersonalDataExportQuery, PersonalDataExportQueryVariables>;
export const AnonymisePastRetentionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AnonymisePastRetention"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"anonymisePastRetention"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"cutoff"}},{"kind":"Field","name":{"kind":"Name","value":"records"}}]}}]}}]} as unknown as DocumentNode<AnonymisePastRetentionMutation, AnonymisePastRetentionMutationVariables>;
export const ServiceMembershipsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ServiceMemberships"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"service"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"on"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serviceMemberships"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"service"},"value":{"kind":"Variable","name":{"kind":"Name","value":"service"}}},{"kind":"Argument","name":{"kind":"Name","value":"on"},"value":{"kind":"Variable","name":{"kind":"Name","value":"on"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"service"}},{"kind":"Field","name":{"kind":"Name","value":"option"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}},{"kind":"Field","name":{"kind":"Name","value":"commune"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inseeCode"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<ServiceMembershipsQuery, ServiceMembershipsQueryVariables>;
export const UpdateUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateUserInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"directorates"}}]}}]}}]} as unknown as DocumentNode<UpdateUserMutation, UpdateUserMutationVariables>;
export const SetUserActiveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetUserActive"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"active"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setUserActive"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"active"},"value":{"kind":"Variable","name":{"kind":"Name","value":"active"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]}}]} as unknown as DocumentNode<SetUserActiveMutation, SetUserActiveMutationVariables>;
export const ResetUserPasswordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResetUserPassword"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resetUserPassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"temporaryPassword"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"mustChangePassword"}}]}}]}}]}}]} as unknown as DocumentNode<ResetUserPasswordMutation, ResetUserPasswordMutationVariables>;
export const UsersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Users"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"users"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"login"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"directorates"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"mustChangePassword"}}]}}]}}]} as unknown as DocumentNode<UsersQuery, UsersQueryVariables>;
export const AddAdsConsultationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddAdsConsultation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"dossierId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddAdsConsultationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addAdsConsultation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"dossierId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"dossierId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdsDossierFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdsDossierFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AdsDossier"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"initialNumber"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"communeInsee"}},{"kind":"Field","name":{"kind":"Name","value":"communeName"}},{"kind":"Field","name":{"kind":"Name","value":"depositedOn"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"applicantKind"}},{"kind":"Field","name":{"kind":"Name","value":"applicantName"}},{"kind":"Field","name":{"kind":"Name","value":"landAddress"}},{"kind":"Field","name":{"kind":"Name","value":"cadastralParcels"}},{"kind":"Field","name":{"kind":"Name","value":"projectNature"}},{"kind":"Field","name":{"kind":"Name","value":"floorAreaCreated"}},{"kind":"Field","name":{"kind":"Name","value":"dwellingsCreated"}},{"kind":"Field","name":{"kind":"Name","value":"tacitRefusalCase"}},{"kind":"Field","name":{"kind":"Name","value":"instructorId"}},{"kind":"Field","name":{"kind":"Name","value":"instructorName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusOn"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"decidedOn"}},{"kind":"Field","name":{"kind":"Name","value":"situation"}},{"kind":"Field","name":{"kind":"Name","value":"tacitCertificateOn"}},{"kind":"Field","name":{"kind":"Name","value":"piecesRequestedOn"}},{"kind":"Field","name":{"kind":"Name","value":"piecesReceivedOn"}},{"kind":"Field","name":{"kind":"Name","value":"completeOn"}},{"kind":"Field","name":{"kind":"Name","value":"closedOn"}},{"kind":"Field","name":{"kind":"Name","value":"docOn"}},{"kind":"Field","name":{"kind":"Name","value":"daactOn"}},{"kind":"Field","name":{"kind":"Name","value":"conformityOn"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"expressOutcomes"}},{"kind":"Field","name":{"kind":"Name","value":"consultationsAllowed"}},{"kind":"Field","name":{"kind":"Name","value":"computedDeadline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"baseMonths"}},{"kind":"Field","name":{"kind":"Name","value":"months"}},{"kind":"Field","name":{"kind":"Name","value":"completenessLimit"}},{"kind":"Field","name":{"kind":"Name","value":"piecesRequestLate"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"piecesDueOn"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"tacitOn"}},{"kind":"Field","name":{"kind":"Name","value":"tacitOutcome"}},{"kind":"Field","name":{"kind":"Name","value":"majorations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"notifiedOn"}},{"kind":"Field","name":{"kind":"Name","value":"applied"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"consultations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"service"}},{"kind":"Field","name":{"kind":"Name","value":"serviceDetail"}},{"kind":"Field","name":{"kind":"Name","value":"sentOn"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"opinion"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveOpinion"}},{"kind":"Field","name":{"kind":"Name","value":"opinionOn"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}}]}},{"kind":"Field","name":{"kind":"Name","value":"events"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"eventOn"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"actorLogin"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}}]}}]}}]} as unknown as DocumentNode<AddAdsConsultationMutation, AddAdsConsultationMutationVariables>;
export const AddAdsMajorationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddAdsMajoration"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"dossierId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddAdsMajorationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addAdsMajoration"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"dossierId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"dossierId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdsDossierFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdsDossierFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AdsDossier"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"initialNumber"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"communeInsee"}},{"kind":"Field","name":{"kind":"Name","value":"communeName"}},{"kind":"Field","name":{"kind":"Name","value":"depositedOn"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"applicantKind"}},{"kind":"Field","name":{"kind":"Name","value":"applicantName"}},{"kind":"Field","name":{"kind":"Name","value":"landAddress"}},{"kind":"Field","name":{"kind":"Name","value":"cadastralParcels"}},{"kind":"Field","name":{"kind":"Name","value":"projectNature"}},{"kind":"Field","name":{"kind":"Name","value":"floorAreaCreated"}},{"kind":"Field","name":{"kind":"Name","value":"dwellingsCreated"}},{"kind":"Field","name":{"kind":"Name","value":"tacitRefusalCase"}},{"kind":"Field","name":{"kind":"Name","value":"instructorId"}},{"kind":"Field","name":{"kind":"Name","value":"instructorName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusOn"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"decidedOn"}},{"kind":"Field","name":{"kind":"Name","value":"situation"}},{"kind":"Field","name":{"kind":"Name","value":"tacitCertificateOn"}},{"kind":"Field","name":{"kind":"Name","value":"piecesRequestedOn"}},{"kind":"Field","name":{"kind":"Name","value":"piecesReceivedOn"}},{"kind":"Field","name":{"kind":"Name","value":"completeOn"}},{"kind":"Field","name":{"kind":"Name","value":"closedOn"}},{"kind":"Field","name":{"kind":"Name","value":"docOn"}},{"kind":"Field","name":{"kind":"Name","value":"daactOn"}},{"kind":"Field","name":{"kind":"Name","value":"conformityOn"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"expressOutcomes"}},{"kind":"Field","name":{"kind":"Name","value":"consultationsAllowed"}},{"kind":"Field","name":{"kind":"Name","value":"computedDeadline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"baseMonths"}},{"kind":"Field","name":{"kind":"Name","value":"months"}},{"kind":"Field","name":{"kind":"Name","value":"completenessLimit"}},{"kind":"Field","name":{"kind":"Name","value":"piecesRequestLate"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"piecesDueOn"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"tacitOn"}},{"kind":"Field","name":{"kind":"Name","value":"tacitOutcome"}},{"kind":"Field","name":{"kind":"Name","value":"majorations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"notifiedOn"}},{"kind":"Field","name":{"kind":"Name","value":"applied"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"consultations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"service"}},{"kind":"Field","name":{"kind":"Name","value":"serviceDetail"}},{"kind":"Field","name":{"kind":"Name","value":"sentOn"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"opinion"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveOpinion"}},{"kind":"Field","name":{"kind":"Name","value":"opinionOn"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}}]}},{"kind":"Field","name":{"kind":"Name","value":"events"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"eventOn"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"actorLogin"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}}]}}]}}]} as unknown as DocumentNode<AddAdsMajorationMutation, AddAdsMajorationMutationVariables>;
export const AdsActWeightsImpactDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdsActWeightsImpact"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"validFrom"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"weights"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AdsActWeightInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"adsActWeightsImpact"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"validFrom"},"value":{"kind":"Variable","name":{"kind":"Name","value":"validFrom"}}},{"kind":"Argument","name":{"kind":"Name","value":"weights"},"value":{"kind":"Variable","name":{"kind":"Name","value":"weights"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FigureChangeFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FigureChangeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FigureChange"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicatorKey"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}}]}}]} as unknown as DocumentNode<AdsActWeightsImpactQuery, AdsActWeightsImpactQueryVariables>;
export const AdsActWeightsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdsActWeights"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"on"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"adsActWeights"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"on"},"value":{"kind":"Variable","name":{"kind":"Name","value":"on"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dossierType"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}}]}},{"kind":"Field","name":{"kind":"Name","value":"adsActWeightHistory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"updatedBy"}},{"kind":"Field","name":{"kind":"Name","value":"weights"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dossierType"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}}]}}]}}]}}]} as unknown as DocumentNode<AdsActWeightsQuery, AdsActWeightsQueryVariables>;
export const AdsDossierExportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdsDossierExport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AdsDossierFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sort"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AdsSort"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"format"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AdsExportFormat"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"adsDossierExport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sort"}}},{"kind":"Argument","name":{"kind":"Name","value":"format"},"value":{"kind":"Variable","name":{"kind":"Name","value":"format"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"mimeType"}},{"kind":"Field","name":{"kind":"Name","value":"base64"}}]}}]}}]} as unknown as DocumentNode<AdsDossierExportQuery, AdsDossierExportQueryVariables>;
export const AdsDossierDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdsDossier"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"adsDossier"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdsDossierFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdsDossierFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AdsDossier"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"initialNumber"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"communeInsee"}},{"kind":"Field","name":{"kind":"Name","value":"communeName"}},{"kind":"Field","name":{"kind":"Name","value":"depositedOn"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"applicantKind"}},{"kind":"Field","name":{"kind":"Name","value":"applicantName"}},{"kind":"Field","name":{"kind":"Name","value":"landAddress"}},{"kind":"Field","name":{"kind":"Name","value":"cadastralParcels"}},{"kind":"Field","name":{"kind":"Name","value":"projectNature"}},{"kind":"Field","name":{"kind":"Name","value":"floorAreaCreated"}},{"kind":"Field","name":{"kind":"Name","value":"dwellingsCreated"}},{"kind":"Field","name":{"kind":"Name","value":"tacitRefusalCase"}},{"kind":"Field","name":{"kind":"Name","value":"instructorId"}},{"kind":"Field","name":{"kind":"Name","value":"instructorName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusOn"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"decidedOn"}},{"kind":"Field","name":{"kind":"Name","value":"situation"}},{"kind":"Field","name":{"kind":"Name","value":"tacitCertificateOn"}},{"kind":"Field","name":{"kind":"Name","value":"piecesRequestedOn"}},{"kind":"Field","name":{"kind":"Name","value":"piecesReceivedOn"}},{"kind":"Field","name":{"kind":"Name","value":"completeOn"}},{"kind":"Field","name":{"kind":"Name","value":"closedOn"}},{"kind":"Field","name":{"kind":"Name","value":"docOn"}},{"kind":"Field","name":{"kind":"Name","value":"daactOn"}},{"kind":"Field","name":{"kind":"Name","value":"conformityOn"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"expressOutcomes"}},{"kind":"Field","name":{"kind":"Name","value":"consultationsAllowed"}},{"kind":"Field","name":{"kind":"Name","value":"computedDeadline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"baseMonths"}},{"kind":"Field","name":{"kind":"Name","value":"months"}},{"kind":"Field","name":{"kind":"Name","value":"completenessLimit"}},{"kind":"Field","name":{"kind":"Name","value":"piecesRequestLate"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"piecesDueOn"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"tacitOn"}},{"kind":"Field","name":{"kind":"Name","value":"tacitOutcome"}},{"kind":"Field","name":{"kind":"Name","value":"majorations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"notifiedOn"}},{"kind":"Field","name":{"kind":"Name","value":"applied"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"consultations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"service"}},{"kind":"Field","name":{"kind":"Name","value":"serviceDetail"}},{"kind":"Field","name":{"kind":"Name","value":"sentOn"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"opinion"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveOpinion"}},{"kind":"Field","name":{"kind":"Name","value":"opinionOn"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}}]}},{"kind":"Field","name":{"kind":"Name","value":"events"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"eventOn"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"actorLogin"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}}]}}]}}]} as unknown as DocumentNode<AdsDossierQuery, AdsDossierQueryVariables>;
export const AdsDossiersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdsDossiers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AdsDossierFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sort"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AdsSort"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"offset"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"adsDossiers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sort"}}},{"kind":"Argument","name":{"kind":"Name","value":"offset"},"value":{"kind":"Variable","name":{"kind":"Name","value":"offset"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"offset"}},{"kind":"Field","name":{"kind":"Name","value":"limit"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"communeInsee"}},{"kind":"Field","name":{"kind":"Name","value":"communeName"}},{"kind":"Field","name":{"kind":"Name","value":"depositedOn"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"applicantName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"decidedOn"}},{"kind":"Field","name":{"kind":"Name","value":"situation"}},{"kind":"Field","name":{"kind":"Name","value":"instructorId"}},{"kind":"Field","name":{"kind":"Name","value":"instructorName"}}]}}]}}]}}]} as unknown as DocumentNode<AdsDossiersQuery, AdsDossiersQueryVariables>;
export const AdsInstructorsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdsInstructors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"adsInstructors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"login"}}]}}]}}]} as unknown as DocumentNode<AdsInstructorsQuery, AdsInstructorsQueryVariables>;
export const AdsQueueCountsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdsQueueCounts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AdsDossierFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"adsQueueCounts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"queue"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]} as unknown as DocumentNode<AdsQueueCountsQuery, AdsQueueCountsQueryVariables>;
export const AssignAdsDossiersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AssignAdsDossiers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"instructorId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assignAdsDossiers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}},{"kind":"Argument","name":{"kind":"Name","value":"instructorId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"instructorId"}}}]}]}}]} as unknown as DocumentNode<AssignAdsDossiersMutation, AssignAdsDossiersMutationVariables>;
export const AssignAdsDossierDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AssignAdsDossier"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"instructorId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assignAdsDossier"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"instructorId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"instructorId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdsDossierFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdsDossierFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AdsDossier"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"initialNumber"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"communeInsee"}},{"kind":"Field","name":{"kind":"Name","value":"communeName"}},{"kind":"Field","name":{"kind":"Name","value":"depositedOn"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"applicantKind"}},{"kind":"Field","name":{"kind":"Name","value":"applicantName"}},{"kind":"Field","name":{"kind":"Name","value":"landAddress"}},{"kind":"Field","name":{"kind":"Name","value":"cadastralParcels"}},{"kind":"Field","name":{"kind":"Name","value":"projectNature"}},{"kind":"Field","name":{"kind":"Name","value":"floorAreaCreated"}},{"kind":"Field","name":{"kind":"Name","value":"dwellingsCreated"}},{"kind":"Field","name":{"kind":"Name","value":"tacitRefusalCase"}},{"kind":"Field","name":{"kind":"Name","value":"instructorId"}},{"kind":"Field","name":{"kind":"Name","value":"instructorName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusOn"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"decidedOn"}},{"kind":"Field","name":{"kind":"Name","value":"situation"}},{"kind":"Field","name":{"kind":"Name","value":"tacitCertificateOn"}},{"kind":"Field","name":{"kind":"Name","value":"piecesRequestedOn"}},{"kind":"Field","name":{"kind":"Name","value":"piecesReceivedOn"}},{"kind":"Field","name":{"kind":"Name","value":"completeOn"}},{"kind":"Field","name":{"kind":"Name","value":"closedOn"}},{"kind":"Field","name":{"kind":"Name","value":"docOn"}},{"kind":"Field","name":{"kind":"Name","value":"daactOn"}},{"kind":"Field","name":{"kind":"Name","value":"conformityOn"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"expressOutcomes"}},{"kind":"Field","name":{"kind":"Name","value":"consultationsAllowed"}},{"kind":"Field","name":{"kind":"Name","value":"computedDeadline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"baseMonths"}},{"kind":"Field","name":{"kind":"Name","value":"months"}},{"kind":"Field","name":{"kind":"Name","value":"completenessLimit"}},{"kind":"Field","name":{"kind":"Name","value":"piecesRequestLate"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"piecesDueOn"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"tacitOn"}},{"kind":"Field","name":{"kind":"Name","value":"tacitOutcome"}},{"kind":"Field","name":{"kind":"Name","value":"majorations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"notifiedOn"}},{"kind":"Field","name":{"kind":"Name","value":"applied"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"consultations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"service"}},{"kind":"Field","name":{"kind":"Name","value":"serviceDetail"}},{"kind":"Field","name":{"kind":"Name","value":"sentOn"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"opinion"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveOpinion"}},{"kind":"Field","name":{"kind":"Name","value":"opinionOn"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}}]}},{"kind":"Field","name":{"kind":"Name","value":"events"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"eventOn"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"actorLogin"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}}]}}]}}]} as unknown as DocumentNode<AssignAdsDossierMutation, AssignAdsDossierMutationVariables>;
export const CreateAdsDossierDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateAdsDossier"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateAdsDossierInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createAdsDossier"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}}]} as unknown as DocumentNode<CreateAdsDossierMutation, CreateAdsDossierMutationVariables>;
export const ImportAdsDossiersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ImportAdsDossiers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filename"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"base64"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importAdsDossiers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filename"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filename"}}},{"kind":"Argument","name":{"kind":"Name","value":"base64"},"value":{"kind":"Variable","name":{"kind":"Name","value":"base64"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"committed"}},{"kind":"Field","name":{"kind":"Name","value":"imported"}},{"kind":"Field","name":{"kind":"Name","value":"skipped"}},{"kind":"Field","name":{"kind":"Name","value":"rejected"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"line"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"messages"}}]}}]}}]}}]} as unknown as DocumentNode<ImportAdsDossiersMutation, ImportAdsDossiersMutationVariables>;
export const RecordAdsOpinionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordAdsOpinion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"consultationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordAdsOpinionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordAdsOpinion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"consultationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"consultationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdsDossierFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdsDossierFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AdsDossier"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"initialNumber"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"communeInsee"}},{"kind":"Field","name":{"kind":"Name","value":"communeName"}},{"kind":"Field","name":{"kind":"Name","value":"depositedOn"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"applicantKind"}},{"kind":"Field","name":{"kind":"Name","value":"applicantName"}},{"kind":"Field","name":{"kind":"Name","value":"landAddress"}},{"kind":"Field","name":{"kind":"Name","value":"cadastralParcels"}},{"kind":"Field","name":{"kind":"Name","value":"projectNature"}},{"kind":"Field","name":{"kind":"Name","value":"floorAreaCreated"}},{"kind":"Field","name":{"kind":"Name","value":"dwellingsCreated"}},{"kind":"Field","name":{"kind":"Name","value":"tacitRefusalCase"}},{"kind":"Field","name":{"kind":"Name","value":"instructorId"}},{"kind":"Field","name":{"kind":"Name","value":"instructorName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusOn"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"decidedOn"}},{"kind":"Field","name":{"kind":"Name","value":"situation"}},{"kind":"Field","name":{"kind":"Name","value":"tacitCertificateOn"}},{"kind":"Field","name":{"kind":"Name","value":"piecesRequestedOn"}},{"kind":"Field","name":{"kind":"Name","value":"piecesReceivedOn"}},{"kind":"Field","name":{"kind":"Name","value":"completeOn"}},{"kind":"Field","name":{"kind":"Name","value":"closedOn"}},{"kind":"Field","name":{"kind":"Name","value":"docOn"}},{"kind":"Field","name":{"kind":"Name","value":"daactOn"}},{"kind":"Field","name":{"kind":"Name","value":"conformityOn"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"expressOutcomes"}},{"kind":"Field","name":{"kind":"Name","value":"consultationsAllowed"}},{"kind":"Field","name":{"kind":"Name","value":"computedDeadline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"baseMonths"}},{"kind":"Field","name":{"kind":"Name","value":"months"}},{"kind":"Field","name":{"kind":"Name","value":"completenessLimit"}},{"kind":"Field","name":{"kind":"Name","value":"piecesRequestLate"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"piecesDueOn"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"tacitOn"}},{"kind":"Field","name":{"kind":"Name","value":"tacitOutcome"}},{"kind":"Field","name":{"kind":"Name","value":"majorations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"notifiedOn"}},{"kind":"Field","name":{"kind":"Name","value":"applied"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"consultations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"service"}},{"kind":"Field","name":{"kind":"Name","value":"serviceDetail"}},{"kind":"Field","name":{"kind":"Name","value":"sentOn"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"opinion"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveOpinion"}},{"kind":"Field","name":{"kind":"Name","value":"opinionOn"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}}]}},{"kind":"Field","name":{"kind":"Name","value":"events"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"eventOn"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"actorLogin"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}}]}}]}}]} as unknown as DocumentNode<RecordAdsOpinionMutation, RecordAdsOpinionMutationVariables>;
export const AdsServiceMembershipsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdsServiceMemberships"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"on"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serviceMemberships"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"service"},"value":{"kind":"StringValue","value":"ads","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"on"},"value":{"kind":"Variable","name":{"kind":"Name","value":"on"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"option"}},{"kind":"Field","name":{"kind":"Name","value":"commune"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inseeCode"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<AdsServiceMembershipsQuery, AdsServiceMembershipsQueryVariables>;
export const TransitionAdsDossierDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TransitionAdsDossier"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AdsTransitionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"transitionAdsDossier"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdsDossierFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdsDossierFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AdsDossier"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"initialNumber"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"communeInsee"}},{"kind":"Field","name":{"kind":"Name","value":"communeName"}},{"kind":"Field","name":{"kind":"Name","value":"depositedOn"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"applicantKind"}},{"kind":"Field","name":{"kind":"Name","value":"applicantName"}},{"kind":"Field","name":{"kind":"Name","value":"landAddress"}},{"kind":"Field","name":{"kind":"Name","value":"cadastralParcels"}},{"kind":"Field","name":{"kind":"Name","value":"projectNature"}},{"kind":"Field","name":{"kind":"Name","value":"floorAreaCreated"}},{"kind":"Field","name":{"kind":"Name","value":"dwellingsCreated"}},{"kind":"Field","name":{"kind":"Name","value":"tacitRefusalCase"}},{"kind":"Field","name":{"kind":"Name","value":"instructorId"}},{"kind":"Field","name":{"kind":"Name","value":"instructorName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusOn"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"decidedOn"}},{"kind":"Field","name":{"kind":"Name","value":"situation"}},{"kind":"Field","name":{"kind":"Name","value":"tacitCertificateOn"}},{"kind":"Field","name":{"kind":"Name","value":"piecesRequestedOn"}},{"kind":"Field","name":{"kind":"Name","value":"piecesReceivedOn"}},{"kind":"Field","name":{"kind":"Name","value":"completeOn"}},{"kind":"Field","name":{"kind":"Name","value":"closedOn"}},{"kind":"Field","name":{"kind":"Name","value":"docOn"}},{"kind":"Field","name":{"kind":"Name","value":"daactOn"}},{"kind":"Field","name":{"kind":"Name","value":"conformityOn"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"expressOutcomes"}},{"kind":"Field","name":{"kind":"Name","value":"consultationsAllowed"}},{"kind":"Field","name":{"kind":"Name","value":"computedDeadline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"baseMonths"}},{"kind":"Field","name":{"kind":"Name","value":"months"}},{"kind":"Field","name":{"kind":"Name","value":"completenessLimit"}},{"kind":"Field","name":{"kind":"Name","value":"piecesRequestLate"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"piecesDueOn"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"tacitOn"}},{"kind":"Field","name":{"kind":"Name","value":"tacitOutcome"}},{"kind":"Field","name":{"kind":"Name","value":"majorations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"notifiedOn"}},{"kind":"Field","name":{"kind":"Name","value":"applied"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"consultations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"service"}},{"kind":"Field","name":{"kind":"Name","value":"serviceDetail"}},{"kind":"Field","name":{"kind":"Name","value":"sentOn"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"opinion"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveOpinion"}},{"kind":"Field","name":{"kind":"Name","value":"opinionOn"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}}]}},{"kind":"Field","name":{"kind":"Name","value":"events"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"eventOn"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"actorLogin"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}}]}}]}}]} as unknown as DocumentNode<TransitionAdsDossierMutation, TransitionAdsDossierMutationVariables>;
export const UpdateAdsActWeightsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateAdsActWeights"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"validFrom"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"weights"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AdsActWeightInput"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"confirmBackdated"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateAdsActWeights"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"validFrom"},"value":{"kind":"Variable","name":{"kind":"Name","value":"validFrom"}}},{"kind":"Argument","name":{"kind":"Name","value":"weights"},"value":{"kind":"Variable","name":{"kind":"Name","value":"weights"}}},{"kind":"Argument","name":{"kind":"Name","value":"confirmBackdated"},"value":{"kind":"Variable","name":{"kind":"Name","value":"confirmBackdated"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dossierType"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}}]}}]}}]} as unknown as DocumentNode<UpdateAdsActWeightsMutation, UpdateAdsActWeightsMutationVariables>;
export const UpdateAdsDossierDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateAdsDossier"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateAdsDossierInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateAdsDossier"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdsDossierFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdsDossierFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AdsDossier"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"initialNumber"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"communeInsee"}},{"kind":"Field","name":{"kind":"Name","value":"communeName"}},{"kind":"Field","name":{"kind":"Name","value":"depositedOn"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"applicantKind"}},{"kind":"Field","name":{"kind":"Name","value":"applicantName"}},{"kind":"Field","name":{"kind":"Name","value":"landAddress"}},{"kind":"Field","name":{"kind":"Name","value":"cadastralParcels"}},{"kind":"Field","name":{"kind":"Name","value":"projectNature"}},{"kind":"Field","name":{"kind":"Name","value":"floorAreaCreated"}},{"kind":"Field","name":{"kind":"Name","value":"dwellingsCreated"}},{"kind":"Field","name":{"kind":"Name","value":"tacitRefusalCase"}},{"kind":"Field","name":{"kind":"Name","value":"instructorId"}},{"kind":"Field","name":{"kind":"Name","value":"instructorName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusOn"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"decidedOn"}},{"kind":"Field","name":{"kind":"Name","value":"situation"}},{"kind":"Field","name":{"kind":"Name","value":"tacitCertificateOn"}},{"kind":"Field","name":{"kind":"Name","value":"piecesRequestedOn"}},{"kind":"Field","name":{"kind":"Name","value":"piecesReceivedOn"}},{"kind":"Field","name":{"kind":"Name","value":"completeOn"}},{"kind":"Field","name":{"kind":"Name","value":"closedOn"}},{"kind":"Field","name":{"kind":"Name","value":"docOn"}},{"kind":"Field","name":{"kind":"Name","value":"daactOn"}},{"kind":"Field","name":{"kind":"Name","value":"conformityOn"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"expressOutcomes"}},{"kind":"Field","name":{"kind":"Name","value":"consultationsAllowed"}},{"kind":"Field","name":{"kind":"Name","value":"computedDeadline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"baseMonths"}},{"kind":"Field","name":{"kind":"Name","value":"months"}},{"kind":"Field","name":{"kind":"Name","value":"completenessLimit"}},{"kind":"Field","name":{"kind":"Name","value":"piecesRequestLate"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"piecesDueOn"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"tacitOn"}},{"kind":"Field","name":{"kind":"Name","value":"tacitOutcome"}},{"kind":"Field","name":{"kind":"Name","value":"majorations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"notifiedOn"}},{"kind":"Field","name":{"kind":"Name","value":"applied"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"consultations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"service"}},{"kind":"Field","name":{"kind":"Name","value":"serviceDetail"}},{"kind":"Field","name":{"kind":"Name","value":"sentOn"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"opinion"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveOpinion"}},{"kind":"Field","name":{"kind":"Name","value":"opinionOn"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}}]}},{"kind":"Field","name":{"kind":"Name","value":"events"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"eventOn"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"actorLogin"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}}]}}]}}]} as unknown as DocumentNode<UpdateAdsDossierMutation, UpdateAdsDossierMutationVariables>;
export const CrematoriumPlanningDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CrematoriumPlanning"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"day"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"crematoriumLineLoad"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"booked"}},{"kind":"Field","name":{"kind":"Name","value":"available"}},{"kind":"Field","name":{"kind":"Name","value":"utilisation"}}]}},{"kind":"Field","name":{"kind":"Name","value":"crematoriumLines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"slots"}},{"kind":"Field","name":{"kind":"Name","value":"slotMinutes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"crematoriumPlanning"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"day"},"value":{"kind":"Variable","name":{"kind":"Name","value":"day"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"lineCode"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"deceasedLastName"}},{"kind":"Field","name":{"kind":"Name","value":"deceasedFirstNames"}},{"kind":"Field","name":{"kind":"Name","value":"operatorName"}},{"kind":"Field","name":{"kind":"Name","value":"ceremonyRoom"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<CrematoriumPlanningQuery, CrematoriumPlanningQueryVariables>;
export const CremationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Cremation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cremation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"lineName"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"cremationOn"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"deceasedLastName"}},{"kind":"Field","name":{"kind":"Name","value":"deceasedFirstNames"}},{"kind":"Field","name":{"kind":"Name","value":"birthOn"}},{"kind":"Field","name":{"kind":"Name","value":"deathAt"}},{"kind":"Field","name":{"kind":"Name","value":"deathCommuneName"}},{"kind":"Field","name":{"kind":"Name","value":"residenceCommuneName"}},{"kind":"Field","name":{"kind":"Name","value":"operatorName"}},{"kind":"Field","name":{"kind":"Name","value":"authorisationOn"}},{"kind":"Field","name":{"kind":"Name","value":"authorisationCommune"}},{"kind":"Field","name":{"kind":"Name","value":"prosthesisCertificate"}},{"kind":"Field","name":{"kind":"Name","value":"ceremonyRoom"}},{"kind":"Field","name":{"kind":"Name","value":"derogationRef"}},{"kind":"Field","name":{"kind":"Name","value":"latestLegalDay"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"cancelledAt"}},{"kind":"Field","name":{"kind":"Name","value":"cancellationReason"}},{"kind":"Field","name":{"kind":"Name","value":"ashesFate"}},{"kind":"Field","name":{"kind":"Name","value":"ashesOn"}},{"kind":"Field","name":{"kind":"Name","value":"ashesPerson"}},{"kind":"Field","name":{"kind":"Name","value":"urnKeptUntil"}},{"kind":"Field","name":{"kind":"Name","value":"scans"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"scannedAt"}},{"kind":"Field","name":{"kind":"Name","value":"result"}},{"kind":"Field","name":{"kind":"Name","value":"objectType"}},{"kind":"Field","name":{"kind":"Name","value":"authorisedBy"}},{"kind":"Field","name":{"kind":"Name","value":"witnesses"}},{"kind":"Field","name":{"kind":"Name","value":"familyInformedAt"}},{"kind":"Field","name":{"kind":"Name","value":"openedAt"}},{"kind":"Field","name":{"kind":"Name","value":"objectRemoved"}},{"kind":"Field","name":{"kind":"Name","value":"delayMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reschedules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fromLineCode"}},{"kind":"Field","name":{"kind":"Name","value":"fromStartsAt"}},{"kind":"Field","name":{"kind":"Name","value":"toLineCode"}},{"kind":"Field","name":{"kind":"Name","value":"toStartsAt"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"recordedByLogin"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"crematoriumLines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<CremationQuery, CremationQueryVariables>;
export const BookCremationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BookCremation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CrematoriumBookingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bookCremation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<BookCremationMutation, BookCremationMutationVariables>;
export const RecordCrematoriumScanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordCrematoriumScan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CrematoriumScanInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordCrematoriumScan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<RecordCrematoriumScanMutation, RecordCrematoriumScanMutationVariables>;
export const RecordCrematoriumProtocolDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordCrematoriumProtocol"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CrematoriumProtocolInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordCrematoriumProtocol"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<RecordCrematoriumProtocolMutation, RecordCrematoriumProtocolMutationVariables>;
export const CompleteCremationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CompleteCremation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CrematoriumCompleteInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"completeCremation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CompleteCremationMutation, CompleteCremationMutationVariables>;
export const RescheduleCremationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RescheduleCremation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CrematoriumRescheduleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rescheduleCremation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<RescheduleCremationMutation, RescheduleCremationMutationVariables>;
export const CancelCremationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CancelCremation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CrematoriumCancelInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelCremation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CancelCremationMutation, CancelCremationMutationVariables>;
export const RecordCrematoriumAshesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordCrematoriumAshes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CrematoriumAshesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordCrematoriumAshes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<RecordCrematoriumAshesMutation, RecordCrematoriumAshesMutationVariables>;
export const CrematoriumKeptUrnsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CrematoriumKeptUrns"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"offset"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"crematoriumKeptUrns"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"offset"},"value":{"kind":"Variable","name":{"kind":"Name","value":"offset"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"deceasedLastName"}},{"kind":"Field","name":{"kind":"Name","value":"deceasedFirstNames"}},{"kind":"Field","name":{"kind":"Name","value":"operatorName"}},{"kind":"Field","name":{"kind":"Name","value":"cremationOn"}},{"kind":"Field","name":{"kind":"Name","value":"ashesOn"}},{"kind":"Field","name":{"kind":"Name","value":"urnAlertOn"}},{"kind":"Field","name":{"kind":"Name","value":"urnKeptUntil"}}]}}]}}]}}]} as unknown as DocumentNode<CrematoriumKeptUrnsQuery, CrematoriumKeptUrnsQueryVariables>;
export const CrematoriumMetalsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CrematoriumMetals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"crematoriumMetals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"weightKg"}},{"kind":"Field","name":{"kind":"Name","value":"proceedsCents"}},{"kind":"Field","name":{"kind":"Name","value":"allocatedCents"}},{"kind":"Field","name":{"kind":"Name","value":"balanceCents"}},{"kind":"Field","name":{"kind":"Name","value":"lots"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"collectedOn"}},{"kind":"Field","name":{"kind":"Name","value":"weightKg"}},{"kind":"Field","name":{"kind":"Name","value":"buyer"}},{"kind":"Field","name":{"kind":"Name","value":"proceedsCents"}}]}},{"kind":"Field","name":{"kind":"Name","value":"allocations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"allocatedOn"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"beneficiary"}},{"kind":"Field","name":{"kind":"Name","value":"amountCents"}}]}}]}}]}}]} as unknown as DocumentNode<CrematoriumMetalsQuery, CrematoriumMetalsQueryVariables>;
export const RecordCrematoriumMetalLotDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordCrematoriumMetalLot"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CrematoriumMetalLotInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordCrematoriumMetalLot"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"balanceCents"}}]}}]}}]} as unknown as DocumentNode<RecordCrematoriumMetalLotMutation, RecordCrematoriumMetalLotMutationVariables>;
export const AllocateCrematoriumMetalsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AllocateCrematoriumMetals"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CrematoriumMetalAllocationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"allocateCrematoriumMetals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"balanceCents"}}]}}]}}]} as unknown as DocumentNode<AllocateCrematoriumMetalsMutation, AllocateCrematoriumMetalsMutationVariables>;
export const DashboardAlarmRecordsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DashboardAlarmRecords"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"key"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"offset"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"alarmRecords"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"key"},"value":{"kind":"Variable","name":{"kind":"Name","value":"key"}}},{"kind":"Argument","name":{"kind":"Name","value":"offset"},"value":{"kind":"Variable","name":{"kind":"Name","value":"offset"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"path"}}]}}]}}]}}]} as unknown as DocumentNode<DashboardAlarmRecordsQuery, DashboardAlarmRecordsQueryVariables>;
export const DashboardAlarmsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DashboardAlarms"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"directorate"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Directorate"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"alarms"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"directorate"},"value":{"kind":"Variable","name":{"kind":"Name","value":"directorate"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"preview"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"path"}}]}}]}}]}}]} as unknown as DocumentNode<DashboardAlarmsQuery, DashboardAlarmsQueryVariables>;
export const DashboardExportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DashboardExport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"directorate"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Directorate"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"format"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"IndicatorExportFormat"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicatorReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"directorate"},"value":{"kind":"Variable","name":{"kind":"Name","value":"directorate"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}},{"kind":"Argument","name":{"kind":"Name","value":"format"},"value":{"kind":"Variable","name":{"kind":"Name","value":"format"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"mimeType"}},{"kind":"Field","name":{"kind":"Name","value":"base64"}}]}}]}}]} as unknown as DocumentNode<DashboardExportQuery, DashboardExportQueryVariables>;
export const DashboardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Dashboard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"directorate"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Directorate"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"seriesTo"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicators"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"directorate"},"value":{"kind":"Variable","name":{"kind":"Name","value":"directorate"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"directorate"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"riseIs"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"previousValue"}},{"kind":"Field","name":{"kind":"Name","value":"evolution"}},{"kind":"Field","name":{"kind":"Name","value":"periodEnd"}},{"kind":"Field","name":{"kind":"Name","value":"previousPeriodEnd"}},{"kind":"Field","name":{"kind":"Name","value":"previousValueDeclared"}},{"kind":"Field","name":{"kind":"Name","value":"declaredSource"}},{"kind":"Field","name":{"kind":"Name","value":"drillable"}},{"kind":"Field","name":{"kind":"Name","value":"breakdowns"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dimension"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"member"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"indicatorSeries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"seriesTo"}}},{"kind":"Argument","name":{"kind":"Name","value":"years"},"value":{"kind":"IntValue","value":"8"}},{"kind":"Argument","name":{"kind":"Name","value":"directorate"},"value":{"kind":"Variable","name":{"kind":"Name","value":"directorate"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"points"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"declared"}},{"kind":"Field","name":{"kind":"Name","value":"source"}}]}}]}}]}}]} as unknown as DocumentNode<DashboardQuery, DashboardQueryVariables>;
export const DashboardOverviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DashboardOverview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicators"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"directorate"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"riseIs"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"previousValue"}},{"kind":"Field","name":{"kind":"Name","value":"evolution"}},{"kind":"Field","name":{"kind":"Name","value":"previousValueDeclared"}},{"kind":"Field","name":{"kind":"Name","value":"declaredSource"}}]}}]}}]} as unknown as DocumentNode<DashboardOverviewQuery, DashboardOverviewQueryVariables>;
export const AddFourriereVetActDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddFourriereVetAct"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FourriereVetActInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addFourriereVetAct"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AddFourriereVetActMutation, AddFourriereVetActMutationVariables>;
export const FourriereAnimalDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FourriereAnimal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fourriereAnimal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"species"}},{"kind":"Field","name":{"kind":"Name","value":"origin"}},{"kind":"Field","name":{"kind":"Name","value":"intakeAt"}},{"kind":"Field","name":{"kind":"Name","value":"intakeOn"}},{"kind":"Field","name":{"kind":"Name","value":"communeName"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"breed"}},{"kind":"Field","name":{"kind":"Name","value":"sex"}},{"kind":"Field","name":{"kind":"Name","value":"colour"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedAge"}},{"kind":"Field","name":{"kind":"Name","value":"litterId"}},{"kind":"Field","name":{"kind":"Name","value":"identificationKind"}},{"kind":"Field","name":{"kind":"Name","value":"identificationNumber"}},{"kind":"Field","name":{"kind":"Name","value":"healthNotes"}},{"kind":"Field","name":{"kind":"Name","value":"contractorRef"}},{"kind":"Field","name":{"kind":"Name","value":"requisitionRef"}},{"kind":"Field","name":{"kind":"Name","value":"holdingEnd"}},{"kind":"Field","name":{"kind":"Name","value":"cessionAllowedFrom"}},{"kind":"Field","name":{"kind":"Name","value":"holdingStatus"}},{"kind":"Field","name":{"kind":"Name","value":"daysInCustody"}},{"kind":"Field","name":{"kind":"Name","value":"present"}},{"kind":"Field","name":{"kind":"Name","value":"courtDecidedOn"}},{"kind":"Field","name":{"kind":"Name","value":"courtRuling"}},{"kind":"Field","name":{"kind":"Name","value":"courtDecision"}},{"kind":"Field","name":{"kind":"Name","value":"recordedByLogin"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"outcomeOn"}},{"kind":"Field","name":{"kind":"Name","value":"ownerName"}},{"kind":"Field","name":{"kind":"Name","value":"ownerContact"}},{"kind":"Field","name":{"kind":"Name","value":"associationName"}},{"kind":"Field","name":{"kind":"Name","value":"adopterName"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"stayCostCents"}},{"kind":"Field","name":{"kind":"Name","value":"recordedByLogin"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ownerSearches"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"doneOn"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"result"}},{"kind":"Field","name":{"kind":"Name","value":"ownerName"}},{"kind":"Field","name":{"kind":"Name","value":"ownerPhone"}},{"kind":"Field","name":{"kind":"Name","value":"ownerAddress"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"recordedByLogin"}}]}},{"kind":"Field","name":{"kind":"Name","value":"vetActs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"actOn"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"amountCents"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"recordedByLogin"}}]}},{"kind":"Field","name":{"kind":"Name","value":"feesDue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"on"}},{"kind":"Field","name":{"kind":"Name","value":"totalCents"}}]}},{"kind":"Field","name":{"kind":"Name","value":"payments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"paidOn"}},{"kind":"Field","name":{"kind":"Name","value":"amountCents"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"receiptNumber"}},{"kind":"Field","name":{"kind":"Name","value":"payerName"}}]}}]}}]}}]} as unknown as DocumentNode<FourriereAnimalQuery, FourriereAnimalQueryVariables>;
export const FourriereAnimalsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FourriereAnimals"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FourriereAnimalFilter"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"offset"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fourriereAnimals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"offset"},"value":{"kind":"Variable","name":{"kind":"Name","value":"offset"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"species"}},{"kind":"Field","name":{"kind":"Name","value":"origin"}},{"kind":"Field","name":{"kind":"Name","value":"intakeAt"}},{"kind":"Field","name":{"kind":"Name","value":"intakeOn"}},{"kind":"Field","name":{"kind":"Name","value":"communeName"}},{"kind":"Field","name":{"kind":"Name","value":"breed"}},{"kind":"Field","name":{"kind":"Name","value":"colour"}},{"kind":"Field","name":{"kind":"Name","value":"identificationKind"}},{"kind":"Field","name":{"kind":"Name","value":"identificationNumber"}},{"kind":"Field","name":{"kind":"Name","value":"holdingEnd"}},{"kind":"Field","name":{"kind":"Name","value":"holdingStatus"}},{"kind":"Field","name":{"kind":"Name","value":"daysInCustody"}},{"kind":"Field","name":{"kind":"Name","value":"present"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"outcomeOn"}}]}}]}}]}}]}}]} as unknown as DocumentNode<FourriereAnimalsQuery, FourriereAnimalsQueryVariables>;
export const FourriereBoardAlertsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FourriereBoardAlerts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fourriereBoardAlerts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endsToday"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"animals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"species"}},{"kind":"Field","name":{"kind":"Name","value":"breed"}},{"kind":"Field","name":{"kind":"Name","value":"intakeOn"}},{"kind":"Field","name":{"kind":"Name","value":"communeName"}},{"kind":"Field","name":{"kind":"Name","value":"identificationKind"}},{"kind":"Field","name":{"kind":"Name","value":"identificationNumber"}},{"kind":"Field","name":{"kind":"Name","value":"holdingEnd"}},{"kind":"Field","name":{"kind":"Name","value":"holdingStatus"}},{"kind":"Field","name":{"kind":"Name","value":"daysInCustody"}}]}}]}}]}}]} as unknown as DocumentNode<FourriereBoardAlertsQuery, FourriereBoardAlertsQueryVariables>;
export const FourriereCalendarDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FourriereCalendar"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fourriereCalendar"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inForce"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"workedHolidays"}},{"kind":"Field","name":{"kind":"Name","value":"extraClosedDays"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"recordedByLogin"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"workedHolidays"}},{"kind":"Field","name":{"kind":"Name","value":"extraClosedDays"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"recordedByLogin"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}}]}}]}}]}}]} as unknown as DocumentNode<FourriereCalendarQuery, FourriereCalendarQueryVariables>;
export const FourriereCommunesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FourriereCommunes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"communes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inseeCode"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<FourriereCommunesQuery, FourriereCommunesQueryVariables>;
export const FourriereOutcomeOptionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FourriereOutcomeOptions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"on"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fourriereAnimal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"allowedOutcomes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"on"},"value":{"kind":"Variable","name":{"kind":"Name","value":"on"}}}]},{"kind":"Field","name":{"kind":"Name","value":"feesDue"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"on"},"value":{"kind":"Variable","name":{"kind":"Name","value":"on"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"on"}},{"kind":"Field","name":{"kind":"Name","value":"totalCents"}},{"kind":"Field","name":{"kind":"Name","value":"tariffValidFrom"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unitCents"}},{"kind":"Field","name":{"kind":"Name","value":"amountCents"}}]}}]}}]}}]}}]} as unknown as DocumentNode<FourriereOutcomeOptionsQuery, FourriereOutcomeOptionsQueryVariables>;
export const FourriereSetupDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FourriereSetup"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fourriereSetup"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"blocking"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"path"}}]}}]}}]} as unknown as DocumentNode<FourriereSetupQuery, FourriereSetupQueryVariables>;
export const FourriereTariffsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FourriereTariffs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fourriereTariffs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"species"}},{"kind":"Field","name":{"kind":"Name","value":"captureCents"}},{"kind":"Field","name":{"kind":"Name","value":"boardingPerDayCents"}},{"kind":"Field","name":{"kind":"Name","value":"identificationCents"}},{"kind":"Field","name":{"kind":"Name","value":"vetVisitCents"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"recordedByLogin"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}}]}}]}}]} as unknown as DocumentNode<FourriereTariffsQuery, FourriereTariffsQueryVariables>;
export const RecordFourriereCourtDecisionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordFourriereCourtDecision"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FourriereCourtDecisionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordFourriereCourtDecision"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"courtRuling"}}]}}]}}]} as unknown as DocumentNode<RecordFourriereCourtDecisionMutation, RecordFourriereCourtDecisionMutationVariables>;
export const RecordFourriereIntakeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordFourriereIntake"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FourriereIntakeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordFourriereIntake"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}}]}}]}}]} as unknown as DocumentNode<RecordFourriereIntakeMutation, RecordFourriereIntakeMutationVariables>;
export const RecordFourriereOutcomeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordFourriereOutcome"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FourriereOutcomeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordFourriereOutcome"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"present"}}]}}]}}]} as unknown as DocumentNode<RecordFourriereOutcomeMutation, RecordFourriereOutcomeMutationVariables>;
export const RecordFourriereOwnerSearchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordFourriereOwnerSearch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FourriereOwnerSearchInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordFourriereOwnerSearch"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<RecordFourriereOwnerSearchMutation, RecordFourriereOwnerSearchMutationVariables>;
export const SetFourriereCalendarDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetFourriereCalendar"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FourriereCalendarInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"confirmBackdated"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setFourriereCalendar"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"confirmBackdated"},"value":{"kind":"Variable","name":{"kind":"Name","value":"confirmBackdated"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inForce"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}}]}}]}}]}}]} as unknown as DocumentNode<SetFourriereCalendarMutation, SetFourriereCalendarMutationVariables>;
export const FourriereCalendarImpactDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FourriereCalendarImpact"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FourriereCalendarInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fourriereCalendarImpact"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FigureChangeFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FigureChangeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FigureChange"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicatorKey"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}}]}}]} as unknown as DocumentNode<FourriereCalendarImpactQuery, FourriereCalendarImpactQueryVariables>;
export const SetFourriereTariffDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetFourriereTariff"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FourriereTariffInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"confirmBackdated"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setFourriereTariff"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"confirmBackdated"},"value":{"kind":"Variable","name":{"kind":"Name","value":"confirmBackdated"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"species"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<SetFourriereTariffMutation, SetFourriereTariffMutationVariables>;
export const FourriereTariffImpactDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FourriereTariffImpact"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FourriereTariffInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fourriereTariffImpact"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FigureChangeFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FigureChangeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FigureChange"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicatorKey"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}}]}}]} as unknown as DocumentNode<FourriereTariffImpactQuery, FourriereTariffImpactQueryVariables>;
export const DeclareIndicatorValueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeclareIndicatorValue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"key"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"value"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Float"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"source"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"declareIndicatorValue"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"key"},"value":{"kind":"Variable","name":{"kind":"Name","value":"key"}}},{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"value"},"value":{"kind":"Variable","name":{"kind":"Name","value":"value"}}},{"kind":"Argument","name":{"kind":"Name","value":"source"},"value":{"kind":"Variable","name":{"kind":"Name","value":"source"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"previousValue"}},{"kind":"Field","name":{"kind":"Name","value":"evolution"}},{"kind":"Field","name":{"kind":"Name","value":"canDeclare"}},{"kind":"Field","name":{"kind":"Name","value":"declaredSource"}}]}}]}}]} as unknown as DocumentNode<DeclareIndicatorValueMutation, DeclareIndicatorValueMutationVariables>;
export const IndicatorRecordsExportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"IndicatorRecordsExport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"key"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"format"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"IndicatorExportFormat"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"dimension"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"member"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sort"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"descending"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicatorRecordsExport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"key"},"value":{"kind":"Variable","name":{"kind":"Name","value":"key"}}},{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"format"},"value":{"kind":"Variable","name":{"kind":"Name","value":"format"}}},{"kind":"Argument","name":{"kind":"Name","value":"dimension"},"value":{"kind":"Variable","name":{"kind":"Name","value":"dimension"}}},{"kind":"Argument","name":{"kind":"Name","value":"member"},"value":{"kind":"Variable","name":{"kind":"Name","value":"member"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sort"}}},{"kind":"Argument","name":{"kind":"Name","value":"descending"},"value":{"kind":"Variable","name":{"kind":"Name","value":"descending"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"mimeType"}},{"kind":"Field","name":{"kind":"Name","value":"base64"}}]}}]}}]} as unknown as DocumentNode<IndicatorRecordsExportQuery, IndicatorRecordsExportQueryVariables>;
export const IndicatorRecordsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"IndicatorRecords"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"key"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"dimension"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"member"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"offset"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sort"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"descending"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicatorRecords"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"key"},"value":{"kind":"Variable","name":{"kind":"Name","value":"key"}}},{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"dimension"},"value":{"kind":"Variable","name":{"kind":"Name","value":"dimension"}}},{"kind":"Argument","name":{"kind":"Name","value":"member"},"value":{"kind":"Variable","name":{"kind":"Name","value":"member"}}},{"kind":"Argument","name":{"kind":"Name","value":"offset"},"value":{"kind":"Variable","name":{"kind":"Name","value":"offset"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sort"}}},{"kind":"Argument","name":{"kind":"Name","value":"descending"},"value":{"kind":"Variable","name":{"kind":"Name","value":"descending"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"columns"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rows"}},{"kind":"Field","name":{"kind":"Name","value":"paths"}},{"kind":"Field","name":{"kind":"Name","value":"total"}}]}}]}}]} as unknown as DocumentNode<IndicatorRecordsQuery, IndicatorRecordsQueryVariables>;
export const IndicatorReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"IndicatorReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"directorate"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Directorate"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicatorReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"directorate"},"value":{"kind":"Variable","name":{"kind":"Name","value":"directorate"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"mimeType"}},{"kind":"Field","name":{"kind":"Name","value":"base64"}}]}}]}}]} as unknown as DocumentNode<IndicatorReportQuery, IndicatorReportQueryVariables>;
export const IndicatorsChangedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"IndicatorsChanged"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"directorate"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Directorate"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicatorsChanged"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"directorate"},"value":{"kind":"Variable","name":{"kind":"Name","value":"directorate"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"directorate"}},{"kind":"Field","name":{"kind":"Name","value":"tables"}},{"kind":"Field","name":{"kind":"Name","value":"time"}}]}}]}}]} as unknown as DocumentNode<IndicatorsChangedSubscription, IndicatorsChangedSubscriptionVariables>;
export const IndicatorsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Indicators"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"directorate"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Directorate"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicators"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"directorate"},"value":{"kind":"Variable","name":{"kind":"Name","value":"directorate"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"directorate"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"riseIs"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"previousValue"}},{"kind":"Field","name":{"kind":"Name","value":"evolution"}},{"kind":"Field","name":{"kind":"Name","value":"canDeclare"}},{"kind":"Field","name":{"kind":"Name","value":"declaredSource"}},{"kind":"Field","name":{"kind":"Name","value":"drillable"}},{"kind":"Field","name":{"kind":"Name","value":"breakdowns"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dimension"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"member"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]}}]} as unknown as DocumentNode<IndicatorsQuery, IndicatorsQueryVariables>;
export const AuditEntriesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuditEntries"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AuditFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditEntries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"userLogin"}},{"kind":"Field","name":{"kind":"Name","value":"entity"}},{"kind":"Field","name":{"kind":"Name","value":"entityId"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"changes"}}]}}]}}]}}]} as unknown as DocumentNode<AuditEntriesQuery, AuditEntriesQueryVariables>;
export const DepositPdlApmlDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DepositPdlApml"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PdlApmlDepositInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"depositPdlApml"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<DepositPdlApmlMutation, DepositPdlApmlMutationVariables>;
export const PdlApdDossiersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PdlApdDossiers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"offset"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pdlApdDossiers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"offset"},"value":{"kind":"Variable","name":{"kind":"Name","value":"offset"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"ownerName"}},{"kind":"Field","name":{"kind":"Name","value":"street"}},{"kind":"Field","name":{"kind":"Name","value":"communeName"}},{"kind":"Field","name":{"kind":"Name","value":"dwellingsCount"}},{"kind":"Field","name":{"kind":"Name","value":"receivedOn"}},{"kind":"Field","name":{"kind":"Name","value":"tacitOn"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"finalApprovalOn"}}]}}]}}]}}]} as unknown as DocumentNode<PdlApdDossiersQuery, PdlApdDossiersQueryVariables>;
export const PdlApdDossierDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PdlApdDossier"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pdlApdDossier"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"ownerName"}},{"kind":"Field","name":{"kind":"Name","value":"street"}},{"kind":"Field","name":{"kind":"Name","value":"communeName"}},{"kind":"Field","name":{"kind":"Name","value":"dwellingsCount"}},{"kind":"Field","name":{"kind":"Name","value":"receivedOn"}},{"kind":"Field","name":{"kind":"Name","value":"tacitOn"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"decidedOn"}},{"kind":"Field","name":{"kind":"Name","value":"finalApprovalOn"}},{"kind":"Field","name":{"kind":"Name","value":"anahJoint"}}]}}]}}]} as unknown as DocumentNode<PdlApdDossierQuery, PdlApdDossierQueryVariables>;
export const DepositPdlApdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DepositPdlApd"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PdlApdDepositInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"depositPdlApd"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<DepositPdlApdMutation, DepositPdlApdMutationVariables>;
export const DecidePdlApdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DecidePdlApd"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PdlApdDecideInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decidePdlApd"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}}]}}]}}]} as unknown as DocumentNode<DecidePdlApdMutation, DecidePdlApdMutationVariables>;
export const ApprovePdlApdWorksDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApprovePdlApdWorks"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PdlApdStepInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approvePdlApdWorks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"finalApprovalOn"}}]}}]}}]} as unknown as DocumentNode<ApprovePdlApdWorksMutation, ApprovePdlApdWorksMutationVariables>;
export const PdlApmlDossierDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PdlApmlDossier"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pdlApmlDossier"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"ownerKind"}},{"kind":"Field","name":{"kind":"Name","value":"ownerName"}},{"kind":"Field","name":{"kind":"Name","value":"ownerContact"}},{"kind":"Field","name":{"kind":"Name","value":"street"}},{"kind":"Field","name":{"kind":"Name","value":"communeName"}},{"kind":"Field","name":{"kind":"Name","value":"dwellingType"}},{"kind":"Field","name":{"kind":"Name","value":"surfaceM2"}},{"kind":"Field","name":{"kind":"Name","value":"floor"}},{"kind":"Field","name":{"kind":"Name","value":"rooms"}},{"kind":"Field","name":{"kind":"Name","value":"lettingContext"}},{"kind":"Field","name":{"kind":"Name","value":"depositedOn"}},{"kind":"Field","name":{"kind":"Name","value":"receivedOn"}},{"kind":"Field","name":{"kind":"Name","value":"decisionDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"tacitOn"}},{"kind":"Field","name":{"kind":"Name","value":"tacitInDays"}},{"kind":"Field","name":{"kind":"Name","value":"urgency"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"completeOn"}},{"kind":"Field","name":{"kind":"Name","value":"visitPlannedOn"}},{"kind":"Field","name":{"kind":"Name","value":"inspector"}},{"kind":"Field","name":{"kind":"Name","value":"visitedOn"}},{"kind":"Field","name":{"kind":"Name","value":"visitNotes"}},{"kind":"Field","name":{"kind":"Name","value":"defects"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"decidedOn"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"}},{"kind":"Field","name":{"kind":"Name","value":"works"}},{"kind":"Field","name":{"kind":"Name","value":"anahJoint"}}]}}]}}]} as unknown as DocumentNode<PdlApmlDossierQuery, PdlApmlDossierQueryVariables>;
export const PdlApmlDossiersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PdlApmlDossiers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PdlApmlFilter"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"offset"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pdlApmlDossiers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"offset"},"value":{"kind":"Variable","name":{"kind":"Name","value":"offset"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"ownerName"}},{"kind":"Field","name":{"kind":"Name","value":"street"}},{"kind":"Field","name":{"kind":"Name","value":"communeName"}},{"kind":"Field","name":{"kind":"Name","value":"receivedOn"}},{"kind":"Field","name":{"kind":"Name","value":"tacitOn"}},{"kind":"Field","name":{"kind":"Name","value":"tacitInDays"}},{"kind":"Field","name":{"kind":"Name","value":"urgency"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<PdlApmlDossiersQuery, PdlApmlDossiersQueryVariables>;
export const CompletePdlApmlDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CompletePdlApml"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PdlApmlStepInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"completePdlApml"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<CompletePdlApmlMutation, CompletePdlApmlMutationVariables>;
export const PlanPdlVisitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PlanPdlVisit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PdlPlanVisitInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"planPdlVisit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<PlanPdlVisitMutation, PlanPdlVisitMutationVariables>;
export const RecordPdlVisitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordPdlVisit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PdlRecordVisitInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordPdlVisit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<RecordPdlVisitMutation, RecordPdlVisitMutationVariables>;
export const DecidePdlApmlDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DecidePdlApml"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PdlDecideInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decidePdlApml"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<DecidePdlApmlMutation, DecidePdlApmlMutationVariables>;
export const PdlPerimetersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PdlPerimeters"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pdlPerimeters"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"communeInsee"}},{"kind":"Field","name":{"kind":"Name","value":"communeName"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"streets"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}}]}}]}}]} as unknown as DocumentNode<PdlPerimetersQuery, PdlPerimetersQueryVariables>;
export const PdlContactsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PdlContacts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"offset"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pdlContacts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"offset"},"value":{"kind":"Variable","name":{"kind":"Name","value":"offset"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"contactOn"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"personType"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"recordedByLogin"}}]}}]}}]}}]} as unknown as DocumentNode<PdlContactsQuery, PdlContactsQueryVariables>;
export const RecordPdlContactDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordPdlContact"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PdlContactInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordPdlContact"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}]}]}}]} as unknown as DocumentNode<RecordPdlContactMutation, RecordPdlContactMutationVariables>;
export const PdlControlBatchesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PdlControlBatches"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"offset"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pdlControlBatches"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"offset"},"value":{"kind":"Variable","name":{"kind":"Name","value":"offset"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"receivedOn"}},{"kind":"Field","name":{"kind":"Name","value":"importedByLogin"}},{"kind":"Field","name":{"kind":"Name","value":"addresses"}},{"kind":"Field","name":{"kind":"Name","value":"filedAfterContact"}}]}}]}}]}}]} as unknown as DocumentNode<PdlControlBatchesQuery, PdlControlBatchesQueryVariables>;
export const ImportPdlControlBatchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ImportPdlControlBatch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PdlControlImportInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importPdlControlBatch"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"imported"}},{"kind":"Field","name":{"kind":"Name","value":"lines"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"line"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ImportPdlControlBatchMutation, ImportPdlControlBatchMutationVariables>;
export const PdlSchemeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PdlScheme"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serviceMemberships"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"service"},"value":{"kind":"StringValue","value":"permis_louer","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}},{"kind":"Field","name":{"kind":"Name","value":"commune"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inseeCode"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pdlPerimeters"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"communeInsee"}},{"kind":"Field","name":{"kind":"Name","value":"communeName"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"streets"}},{"kind":"Field","name":{"kind":"Name","value":"publishedOn"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}},{"kind":"Field","name":{"kind":"Name","value":"membershipId"}}]}}]}}]} as unknown as DocumentNode<PdlSchemeQuery, PdlSchemeQueryVariables>;
export const CreatePdlPerimeterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreatePdlPerimeter"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PdlPerimeterInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"confirmBackdated"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createPdlPerimeter"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"confirmBackdated"},"value":{"kind":"Variable","name":{"kind":"Name","value":"confirmBackdated"}}}]}]}}]} as unknown as DocumentNode<CreatePdlPerimeterMutation, CreatePdlPerimeterMutationVariables>;
export const PdlPerimeterImpactDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PdlPerimeterImpact"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PdlPerimeterInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pdlPerimeterImpact"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FigureChangeFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FigureChangeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FigureChange"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicatorKey"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}}]}}]} as unknown as DocumentNode<PdlPerimeterImpactQuery, PdlPerimeterImpactQueryVariables>;
export const PdlAllCommunesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PdlAllCommunes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"communes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inseeCode"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<PdlAllCommunesQuery, PdlAllCommunesQueryVariables>;
export const PdlSanctionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PdlSanctions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PdlSanctionFilter"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"offset"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pdlSanctions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"offset"},"value":{"kind":"Variable","name":{"kind":"Name","value":"offset"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ownerName"}},{"kind":"Field","name":{"kind":"Name","value":"street"}},{"kind":"Field","name":{"kind":"Name","value":"communeName"}},{"kind":"Field","name":{"kind":"Name","value":"offence"}},{"kind":"Field","name":{"kind":"Name","value":"foundOn"}},{"kind":"Field","name":{"kind":"Name","value":"authority"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}}]}}]} as unknown as DocumentNode<PdlSanctionsQuery, PdlSanctionsQueryVariables>;
export const PdlSanctionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PdlSanction"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pdlSanction"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"ownerName"}},{"kind":"Field","name":{"kind":"Name","value":"street"}},{"kind":"Field","name":{"kind":"Name","value":"communeName"}},{"kind":"Field","name":{"kind":"Name","value":"offence"}},{"kind":"Field","name":{"kind":"Name","value":"foundOn"}},{"kind":"Field","name":{"kind":"Name","value":"authority"}},{"kind":"Field","name":{"kind":"Name","value":"maxFine"}},{"kind":"Field","name":{"kind":"Name","value":"reportedOn"}},{"kind":"Field","name":{"kind":"Name","value":"observationsInvitedOn"}},{"kind":"Field","name":{"kind":"Name","value":"orderedOn"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"revenueOrderOn"}},{"kind":"Field","name":{"kind":"Name","value":"paidOn"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}}]}}]}}]} as unknown as DocumentNode<PdlSanctionQuery, PdlSanctionQueryVariables>;
export const RecordPdlOffenceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordPdlOffence"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PdlOffenceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordPdlOffence"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<RecordPdlOffenceMutation, RecordPdlOffenceMutationVariables>;
export const RecordPdlSanctionStepDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordPdlSanctionStep"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PdlSanctionStepInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordPdlSanctionStep"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}}]}}]}}]} as unknown as DocumentNode<RecordPdlSanctionStepMutation, RecordPdlSanctionStepMutationVariables>;
export const PretCatalogueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PretCatalogue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pretKinds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"stockToday"}}]}},{"kind":"Field","name":{"kind":"Name","value":"communes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inseeCode"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<PretCatalogueQuery, PretCatalogueQueryVariables>;
export const PretPlanningDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PretPlanning"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pretPlanning"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kindId"}},{"kind":"Field","name":{"kind":"Name","value":"kindName"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"days"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"stock"}},{"kind":"Field","name":{"kind":"Name","value":"booked"}},{"kind":"Field","name":{"kind":"Name","value":"available"}},{"kind":"Field","name":{"kind":"Name","value":"short"}}]}}]}}]}}]} as unknown as DocumentNode<PretPlanningQuery, PretPlanningQueryVariables>;
export const CreatePretRequestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreatePretRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PretRequestInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createPretRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CreatePretRequestMutation, CreatePretRequestMutationVariables>;
export const ApprovePretRequestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApprovePretRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PretApproveInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approvePretRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PretRequestFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PretRequestFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PretRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"communeInsee"}},{"kind":"Field","name":{"kind":"Name","value":"communeName"}},{"kind":"Field","name":{"kind":"Name","value":"eventName"}},{"kind":"Field","name":{"kind":"Name","value":"eventPlace"}},{"kind":"Field","name":{"kind":"Name","value":"startOn"}},{"kind":"Field","name":{"kind":"Name","value":"endOn"}},{"kind":"Field","name":{"kind":"Name","value":"handover"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"partial"}},{"kind":"Field","name":{"kind":"Name","value":"requestedOn"}},{"kind":"Field","name":{"kind":"Name","value":"answeredOn"}},{"kind":"Field","name":{"kind":"Name","value":"refusalReason"}},{"kind":"Field","name":{"kind":"Name","value":"returnedOn"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kindId"}},{"kind":"Field","name":{"kind":"Name","value":"kindName"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"requested"}},{"kind":"Field","name":{"kind":"Name","value":"approved"}},{"kind":"Field","name":{"kind":"Name","value":"returned"}},{"kind":"Field","name":{"kind":"Name","value":"missing"}},{"kind":"Field","name":{"kind":"Name","value":"damaged"}}]}}]}}]} as unknown as DocumentNode<ApprovePretRequestMutation, ApprovePretRequestMutationVariables>;
export const RefusePretRequestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RefusePretRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PretRefuseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"refusePretRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PretRequestFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PretRequestFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PretRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"communeInsee"}},{"kind":"Field","name":{"kind":"Name","value":"communeName"}},{"kind":"Field","name":{"kind":"Name","value":"eventName"}},{"kind":"Field","name":{"kind":"Name","value":"eventPlace"}},{"kind":"Field","name":{"kind":"Name","value":"startOn"}},{"kind":"Field","name":{"kind":"Name","value":"endOn"}},{"kind":"Field","name":{"kind":"Name","value":"handover"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"partial"}},{"kind":"Field","name":{"kind":"Name","value":"requestedOn"}},{"kind":"Field","name":{"kind":"Name","value":"answeredOn"}},{"kind":"Field","name":{"kind":"Name","value":"refusalReason"}},{"kind":"Field","name":{"kind":"Name","value":"returnedOn"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kindId"}},{"kind":"Field","name":{"kind":"Name","value":"kindName"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"requested"}},{"kind":"Field","name":{"kind":"Name","value":"approved"}},{"kind":"Field","name":{"kind":"Name","value":"returned"}},{"kind":"Field","name":{"kind":"Name","value":"missing"}},{"kind":"Field","name":{"kind":"Name","value":"damaged"}}]}}]}}]} as unknown as DocumentNode<RefusePretRequestMutation, RefusePretRequestMutationVariables>;
export const AdvancePretRequestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdvancePretRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PretAdvanceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"advancePretRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PretRequestFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PretRequestFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PretRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"communeInsee"}},{"kind":"Field","name":{"kind":"Name","value":"communeName"}},{"kind":"Field","name":{"kind":"Name","value":"eventName"}},{"kind":"Field","name":{"kind":"Name","value":"eventPlace"}},{"kind":"Field","name":{"kind":"Name","value":"startOn"}},{"kind":"Field","name":{"kind":"Name","value":"endOn"}},{"kind":"Field","name":{"kind":"Name","value":"handover"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"partial"}},{"kind":"Field","name":{"kind":"Name","value":"requestedOn"}},{"kind":"Field","name":{"kind":"Name","value":"answeredOn"}},{"kind":"Field","name":{"kind":"Name","value":"refusalReason"}},{"kind":"Field","name":{"kind":"Name","value":"returnedOn"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kindId"}},{"kind":"Field","name":{"kind":"Name","value":"kindName"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"requested"}},{"kind":"Field","name":{"kind":"Name","value":"approved"}},{"kind":"Field","name":{"kind":"Name","value":"returned"}},{"kind":"Field","name":{"kind":"Name","value":"missing"}},{"kind":"Field","name":{"kind":"Name","value":"damaged"}}]}}]}}]} as unknown as DocumentNode<AdvancePretRequestMutation, AdvancePretRequestMutationVariables>;
export const RecordPretReturnDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordPretReturn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PretReturnInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordPretReturn"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PretRequestFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PretRequestFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PretRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"communeInsee"}},{"kind":"Field","name":{"kind":"Name","value":"communeName"}},{"kind":"Field","name":{"kind":"Name","value":"eventName"}},{"kind":"Field","name":{"kind":"Name","value":"eventPlace"}},{"kind":"Field","name":{"kind":"Name","value":"startOn"}},{"kind":"Field","name":{"kind":"Name","value":"endOn"}},{"kind":"Field","name":{"kind":"Name","value":"handover"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"partial"}},{"kind":"Field","name":{"kind":"Name","value":"requestedOn"}},{"kind":"Field","name":{"kind":"Name","value":"answeredOn"}},{"kind":"Field","name":{"kind":"Name","value":"refusalReason"}},{"kind":"Field","name":{"kind":"Name","value":"returnedOn"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kindId"}},{"kind":"Field","name":{"kind":"Name","value":"kindName"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"requested"}},{"kind":"Field","name":{"kind":"Name","value":"approved"}},{"kind":"Field","name":{"kind":"Name","value":"returned"}},{"kind":"Field","name":{"kind":"Name","value":"missing"}},{"kind":"Field","name":{"kind":"Name","value":"damaged"}}]}}]}}]} as unknown as DocumentNode<RecordPretReturnMutation, RecordPretReturnMutationVariables>;
export const PretRequestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PretRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pretRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PretRequestFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pretAvailability"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"requestId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kindId"}},{"kind":"Field","name":{"kind":"Name","value":"requested"}},{"kind":"Field","name":{"kind":"Name","value":"available"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PretRequestFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PretRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"communeInsee"}},{"kind":"Field","name":{"kind":"Name","value":"communeName"}},{"kind":"Field","name":{"kind":"Name","value":"eventName"}},{"kind":"Field","name":{"kind":"Name","value":"eventPlace"}},{"kind":"Field","name":{"kind":"Name","value":"startOn"}},{"kind":"Field","name":{"kind":"Name","value":"endOn"}},{"kind":"Field","name":{"kind":"Name","value":"handover"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"partial"}},{"kind":"Field","name":{"kind":"Name","value":"requestedOn"}},{"kind":"Field","name":{"kind":"Name","value":"answeredOn"}},{"kind":"Field","name":{"kind":"Name","value":"refusalReason"}},{"kind":"Field","name":{"kind":"Name","value":"returnedOn"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kindId"}},{"kind":"Field","name":{"kind":"Name","value":"kindName"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"requested"}},{"kind":"Field","name":{"kind":"Name","value":"approved"}},{"kind":"Field","name":{"kind":"Name","value":"returned"}},{"kind":"Field","name":{"kind":"Name","value":"missing"}},{"kind":"Field","name":{"kind":"Name","value":"damaged"}}]}}]}}]} as unknown as DocumentNode<PretRequestQuery, PretRequestQueryVariables>;
export const PretRequestsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PretRequests"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PretStatus"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"offset"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pretRequests"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"offset"},"value":{"kind":"Variable","name":{"kind":"Name","value":"offset"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"communeName"}},{"kind":"Field","name":{"kind":"Name","value":"eventName"}},{"kind":"Field","name":{"kind":"Name","value":"startOn"}},{"kind":"Field","name":{"kind":"Name","value":"endOn"}},{"kind":"Field","name":{"kind":"Name","value":"handover"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"partial"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kindId"}},{"kind":"Field","name":{"kind":"Name","value":"kindName"}},{"kind":"Field","name":{"kind":"Name","value":"requested"}},{"kind":"Field","name":{"kind":"Name","value":"approved"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PretRequestsQuery, PretRequestsQueryVariables>;
export const PretStockDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PretStock"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kindId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"offset"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pretKinds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"stockToday"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pretStockMovements"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kindId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kindId"}}},{"kind":"Argument","name":{"kind":"Name","value":"offset"},"value":{"kind":"Variable","name":{"kind":"Name","value":"offset"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kindName"}},{"kind":"Field","name":{"kind":"Name","value":"movedOn"}},{"kind":"Field","name":{"kind":"Name","value":"movement"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"costCents"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"recordedByLogin"}}]}}]}}]}}]} as unknown as DocumentNode<PretStockQuery, PretStockQueryVariables>;
export const CreatePretKindDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreatePretKind"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PretKindInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createPretKind"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CreatePretKindMutation, CreatePretKindMutationVariables>;
export const RecordPretStockMovementDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordPretStockMovement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PretStockMovementInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordPretStockMovement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}]}]}}]} as unknown as DocumentNode<RecordPretStockMovementMutation, RecordPretStockMovementMutationVariables>;
export const PretRepairsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PretRepairs"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"openOnly"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"offset"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pretRepairs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"openOnly"},"value":{"kind":"Variable","name":{"kind":"Name","value":"openOnly"}}},{"kind":"Argument","name":{"kind":"Name","value":"offset"},"value":{"kind":"Variable","name":{"kind":"Name","value":"offset"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kindName"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"cause"}},{"kind":"Field","name":{"kind":"Name","value":"openedOn"}},{"kind":"Field","name":{"kind":"Name","value":"closedOn"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}},{"kind":"Field","name":{"kind":"Name","value":"costCents"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]}}]} as unknown as DocumentNode<PretRepairsQuery, PretRepairsQueryVariables>;
export const ClosePretRepairDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ClosePretRepair"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PretRepairCloseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closePretRepair"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ClosePretRepairMutation, ClosePretRepairMutationVariables>;
export const PretInterventionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PretInterventions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"offset"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pretInterventions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"offset"},"value":{"kind":"Variable","name":{"kind":"Name","value":"offset"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"service"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"doneOn"}},{"kind":"Field","name":{"kind":"Name","value":"agentCount"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}}]}}]}}]}}]} as unknown as DocumentNode<PretInterventionsQuery, PretInterventionsQueryVariables>;
export const RecordPretInterventionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordPretIntervention"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PretInterventionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordPretIntervention"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<RecordPretInterventionMutation, RecordPretInterventionMutationVariables>;
export const PretWeekDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PretWeek"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pretWeek"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"moment"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"request"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"communeName"}},{"kind":"Field","name":{"kind":"Name","value":"eventName"}},{"kind":"Field","name":{"kind":"Name","value":"eventPlace"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kindId"}},{"kind":"Field","name":{"kind":"Name","value":"kindName"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"requested"}},{"kind":"Field","name":{"kind":"Name","value":"approved"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PretWeekQuery, PretWeekQueryVariables>;
export const ReportYearDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReportYear"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reportYear"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedBy"}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"parts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"chapters"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"directorate"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"canWrite"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ReportYearQuery, ReportYearQueryVariables>;
export const ReportChapterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReportChapter"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reportChapter"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"directorate"}},{"kind":"Field","name":{"kind":"Name","value":"highlights"}},{"kind":"Field","name":{"kind":"Name","value":"outlook"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reviewComment"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"canWrite"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reportChapterFigures"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"previousValue"}},{"kind":"Field","name":{"kind":"Name","value":"declared"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"frozen"}}]}}]}}]} as unknown as DocumentNode<ReportChapterQuery, ReportChapterQueryVariables>;
export const ReportDriftDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReportDrift"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reportDrift"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"frozenValue"}},{"kind":"Field","name":{"kind":"Name","value":"liveValue"}},{"kind":"Field","name":{"kind":"Name","value":"computedAt"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledged"}}]}}]}}]} as unknown as DocumentNode<ReportDriftQuery, ReportDriftQueryVariables>;
export const OpenReportYearDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OpenReportYear"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"openReportYear"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}}]}}]}}]} as unknown as DocumentNode<OpenReportYearMutation, OpenReportYearMutationVariables>;
export const MoveReportChapterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MoveReportChapter"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"partId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"position"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"moveReportChapter"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"partId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"partId"}}},{"kind":"Argument","name":{"kind":"Name","value":"position"},"value":{"kind":"Variable","name":{"kind":"Name","value":"position"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}}]}}]}}]} as unknown as DocumentNode<MoveReportChapterMutation, MoveReportChapterMutationVariables>;
export const AddReportChapterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddReportChapter"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"partId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReportChapterStructureInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addReportChapter"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"partId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"partId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}}]}}]}}]} as unknown as DocumentNode<AddReportChapterMutation, AddReportChapterMutationVariables>;
export const RemoveReportChapterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveReportChapter"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeReportChapter"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}}]}}]}}]} as unknown as DocumentNode<RemoveReportChapterMutation, RemoveReportChapterMutationVariables>;
export const RenameReportPartDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RenameReportPart"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"title"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"renameReportPart"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"title"},"value":{"kind":"Variable","name":{"kind":"Name","value":"title"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}}]}}]}}]} as unknown as DocumentNode<RenameReportPartMutation, RenameReportPartMutationVariables>;
export const SaveReportChapterTextDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SaveReportChapterText"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReportChapterTextInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveReportChapterText"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"highlights"}},{"kind":"Field","name":{"kind":"Name","value":"outlook"}}]}}]}}]} as unknown as DocumentNode<SaveReportChapterTextMutation, SaveReportChapterTextMutationVariables>;
export const SubmitReportChapterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitReportChapter"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitReportChapter"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<SubmitReportChapterMutation, SubmitReportChapterMutationVariables>;
export const ReviewReportChapterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReviewReportChapter"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"decision"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReportReviewDecision"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"comment"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reviewReportChapter"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"decision"},"value":{"kind":"Variable","name":{"kind":"Name","value":"decision"}}},{"kind":"Argument","name":{"kind":"Name","value":"comment"},"value":{"kind":"Variable","name":{"kind":"Name","value":"comment"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"reviewComment"}}]}}]}}]} as unknown as DocumentNode<ReviewReportChapterMutation, ReviewReportChapterMutationVariables>;
export const CloseReportYearDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CloseReportYear"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closeReportYear"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<CloseReportYearMutation, CloseReportYearMutationVariables>;
export const ReopenReportYearDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReopenReportYear"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reopenReportYear"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<ReopenReportYearMutation, ReopenReportYearMutationVariables>;
export const AcknowledgeReportDriftDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcknowledgeReportDrift"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"key"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acknowledgeReportDrift"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"key"},"value":{"kind":"Variable","name":{"kind":"Name","value":"key"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledged"}}]}}]}}]} as unknown as DocumentNode<AcknowledgeReportDriftMutation, AcknowledgeReportDriftMutationVariables>;
export const DirectoratesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Directorates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"directorates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"hasModule"}},{"kind":"Field","name":{"kind":"Name","value":"canWrite"}},{"kind":"Field","name":{"kind":"Name","value":"canDeclare"}}]}}]}}]} as unknown as DocumentNode<DirectoratesQuery, DirectoratesQueryVariables>;