import type { DirectorateModule } from '../../core/module';
import { FOURRIERE_ENTITIES } from './entities';
import { FourriereCalendarResolver } from './fourriere-calendar.resolver';
import { FourriereCalendarService } from './fourriere-calendar.service';
import { FourriereCommands } from './fourriere-commands.service';
import { FourriereSetupResolver } from './fourriere-setup.resolver';
import { FourriereSetupService } from './fourriere-setup.service';
import { FOURRIERE_INDICATORS } from './fourriere.indicators';
import { FourriereResolver } from './fourriere.resolver';
import { seedFourriere } from './fourriere.seed';
import { seedFourriereProduction } from './fourriere.production-seed';
import { FourriereService, fourriereToday, type FourriereClock } from './fourriere.service';
import { FOURRIERE_MIGRATIONS } from './migrations';

/**
 * Fourrière animale: stray dogs and cats from capture to outcome (Code rural L211-24 to L211-26).
 * The clock says which day it is in the pound (holding periods, alerts, tariff in force); tests fix it.
 */
export const createFourriereModule = (today: FourriereClock = fourriereToday): DirectorateModule => ({
  directorate: 'fourriere',
  entities: FOURRIERE_ENTITIES,
  migrations: FOURRIERE_MIGRATIONS,
  resolvers: [FourriereResolver, FourriereCalendarResolver, FourriereSetupResolver],
  createResolvers: ({ db, audit }) =>
    new Map<Function, object>([
      [
        FourriereResolver,
        new FourriereResolver(new FourriereService(db, today), new FourriereCommands(db, audit, today)),
      ],
      [FourriereCalendarResolver, new FourriereCalendarResolver(new FourriereCalendarService(db, audit, today))],
      [FourriereSetupResolver, new FourriereSetupResolver(new FourriereSetupService(db, audit, today))],
    ]),
  indicators: FOURRIERE_INDICATORS,
  fieldLabels: {
    species: 'Espèce',
    origin: 'Origine',
    intakeAt: 'Date et heure d’entrée',
    communeInsee: 'Commune de capture',
    place: 'Lieu',
    breed: 'Race',
    sex: 'Sexe',
    colour: 'Robe',
    estimatedAge: 'Âge estimé',
    litterSize: 'Nombre d’animaux (portée)',
    identificationKind: 'Identification',
    identificationNumber: 'Numéro d’identification',
    healthNotes: 'Observations sanitaires',
    contractorRef: 'Référence SACPA',
    requisitionRef: 'Référence de la procédure',
    doneOn: 'Date de la démarche',
    kind: 'Démarche',
    result: 'Résultat',
    ownerName: 'Propriétaire',
    ownerPhone: 'Téléphone',
    ownerAddress: 'Adresse',
    outcomeOn: 'Date de sortie',
    associationName: 'Association',
    adopterName: 'Adoptant',
    reason: 'Motif',
    payment: 'Paiement',
    'payment.amountCents': 'Montant payé',
    'payment.method': 'Moyen de paiement',
    decidedOn: 'Date de la décision',
    ruling: 'Décision',
    content: 'Contenu de la décision',
    actOn: 'Date de l’acte',
    label: 'Acte',
    amountCents: 'Montant',
    validFrom: 'En vigueur à partir du',
    captureCents: 'Capture',
    boardingPerDayCents: 'Garde par jour',
    identificationCents: 'Identification',
    vetVisitCents: 'Visite vétérinaire',
    notes: 'Notes',
    note: 'Note',
    workedHolidays: 'Jours fériés travaillés',
    extraClosedDays: 'Jours de fermeture supplémentaires',
    managerName: 'Gestionnaire de la fourrière',
    refugeAssociation: 'Association disposant d’un refuge',
  },
  seed: seedFourriere,
  seedProduction: seedFourriereProduction,
});

export const fourriereModule: DirectorateModule = createFourriereModule();
