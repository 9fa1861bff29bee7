import {
  cessionAllowedFrom,
  daysInCustody,
  FOURRIERE_VET_ACT_KIND_LABELS,
  fourriereTariffStatus,
  holdingStatus,
  type CustodyAnimal,
  type FourriereTariff,
  type LocalDate,
} from '@call/domain';
import type { FourriereAnimal, FourriereOutcome, FourriereTariffRow, FourriereVetAct } from './entities';
import type { AnimalView, OutcomeView, TariffView, VetActView } from './fourriere.types';

export const animalReference = (n: number) => `FR-${String(n).padStart(6, '0')}`;

function outcomeView(o: FourriereOutcome): OutcomeView {
  return {
    type: o.type,
    outcomeOn: o.outcomeOn,
    ownerName: o.ownerName,
    ownerContact: o.ownerContact,
    associationName: o.associationName,
    adopterName: o.adopterName,
    reason: o.reason,
    stayCostCents: o.stayCostCents,
    recordedByLogin: o.recordedByLogin,
    recordedAt: new Date(o.recordedAt).toISOString(),
  };
}

/** What an agent sees of an animal on a given day (custody figures depend on "today"). */
export function animalView(a: FourriereAnimal, today: LocalDate): AnimalView {
  const outcome = a.outcome ?? null;
  return {
    id: a.id,
    version: a.version,
    reference: animalReference(a.number),
    species: a.species,
    origin: a.origin,
    intakeAt: new Date(a.intakeAt).toISOString(),
    intakeOn: a.intakeOn,
    communeInsee: a.communeInsee,
    communeName: a.commune?.name ?? a.communeInsee,
    place: a.place,
    breed: a.breed,
    sex: a.sex,
    colour: a.colour,
    estimatedAge: a.estimatedAge,
    litterId: a.litterId,
    identificationKind: a.identificationKind,
    identificationNumber: a.identificationNumber,
    healthNotes: a.healthNotes,
    contractorRef: a.contractorRef,
    requisitionRef: a.requisitionRef,
    holdingEnd: a.holdingEndOn,
    cessionAllowedFrom: a.holdingEndOn ? cessionAllowedFrom(a.holdingEndOn) : null,
    holdingStatus: outcome ? null : holdingStatus(a.holdingEndOn, today),
    daysInCustody: daysInCustody(a.intakeOn, outcome?.outcomeOn ?? today),
    present: !outcome,
    courtDecidedOn: a.courtDecidedOn,
    courtRuling: a.courtRuling,
    courtDecision: a.courtDecision,
    recordedByLogin: a.recordedByLogin,
    outcome: outcome ? outcomeView(outcome) : null,
  };
}

/** The domain's view of an animal, for the custody state machine. */
export function custodyAnimal(a: FourriereAnimal): CustodyAnimal {
  return {
    species: a.species,
    origin: a.origin,
    intakeOn: a.intakeOn,
    holdingEnd: a.holdingEndOn,
    outcome: a.outcome?.type ?? null,
    identified: a.identificationKind !== 'NONE',
    court: a.courtRuling && a.courtDecidedOn ? { ruling: a.courtRuling, decidedOn: a.courtDecidedOn } : null,
  };
}

/** A price list row and where it stands on that day among all the rows. */
export function tariffView(t: FourriereTariffRow, all: readonly FourriereTariffRow[], today: LocalDate): TariffView {
  return {
    id: t.id,
    validFrom: t.validFrom,
    species: t.species,
    captureCents: t.captureCents,
    boardingPerDayCents: t.boardingPerDayCents,
    identificationCents: t.identificationCents,
    vetVisitCents: t.vetVisitCents,
    note: t.note,
    status: fourriereTariffStatus(all.map(tariffOf), t, today),
    recordedByLogin: t.recordedByLogin,
    recordedAt: new Date(t.recordedAt).toISOString(),
  };
}

export function vetActView(v: FourriereVetAct): VetActView {
  return {
    id: v.id,
    actOn: v.actOn,
    kind: v.kind,
    label: FOURRIERE_VET_ACT_KIND_LABELS[v.kind],
    amountCents: v.amountCents,
    notes: v.notes,
    recordedByLogin: v.recordedByLogin,
  };
}

export function tariffOf(t: FourriereTariffRow): FourriereTariff {
  return {
    validFrom: t.validFrom,
    species: t.species,
    captureCents: t.captureCents,
    boardingPerDayCents: t.boardingPerDayCents,
    identificationCents: t.identificationCents,
    vetVisitCents: t.vetVisitCents,
  };
}
