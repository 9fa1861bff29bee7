import type { GqlClient } from '../support/test-app';

export const ANIMAL = `id version reference species origin intakeOn communeName identificationKind identificationNumber holdingEnd cessionAllowedFrom holdingStatus daysInCustody present courtRuling
  outcome { type outcomeOn ownerName associationName adopterName reason stayCostCents recordedByLogin }`;

export const INTAKE = `mutation($i: FourriereIntakeInput!) { recordFourriereIntake(input: $i) { ${ANIMAL} } }`;
export const OUTCOME = `mutation($i: FourriereOutcomeInput!) { recordFourriereOutcome(input: $i) { ${ANIMAL} payments { amountCents method lines { code amountCents } } } }`;
export const OWNER_SEARCH = `mutation($i: FourriereOwnerSearchInput!) { recordFourriereOwnerSearch(input: $i) { id ownerSearches { kind result ownerName ownerPhone recordedByLogin } } }`;
export const COURT = `mutation($i: FourriereCourtDecisionInput!) { recordFourriereCourtDecision(input: $i) { ${ANIMAL} } }`;
export const ANIMALS = `query($f: FourriereAnimalFilter!, $limit: Int) { fourriereAnimals(filter: $f, limit: $limit) { total items { ${ANIMAL} } } }`;
export const FEES = `query($id: ID!, $on: Date) { fourriereAnimal(id: $id) { feesDue(on: $on) { totalCents tariffValidFrom lines { code quantity amountCents } } allowedOutcomes(on: $on) } }`;
export const TARIFF = `mutation($i: FourriereTariffInput!) { setFourriereTariff(input: $i, confirmBackdated: true) { id validFrom species captureCents status } }`;
export const TARIFFS = `query { fourriereTariffs { validFrom species captureCents boardingPerDayCents status note } }`;
export const ALERTS = `query { fourriereBoardAlerts { endsToday overdue animals { id holdingStatus holdingEnd } } }`;
export const VET_ACT = `mutation($i: FourriereVetActInput!) { addFourriereVetAct(input: $i) { id vetActs { actOn kind label amountCents notes recordedByLogin } } }`;
export const INDICATORS = `query($y: Int!) { indicators(year: $y, directorate: fourriere) { key value previousValue breakdowns { dimension items { member label value } } } }`;

/** Lens (62498): a dog captured at the mayor's request on Monday 6 March 2023 at 14:30, Paris time. */
export const dogIntake = (over: Record<string, unknown> = {}) => ({
  species: 'DOG',
  origin: 'CAPTURE_MAYOR',
  intakeAt: '2023-03-06T13:30:00.000Z',
  communeInsee: '62498',
  place: 'rue Jean Jaurès',
  breed: 'Croisé',
  sex: 'MALE',
  colour: 'Noir',
  estimatedAge: '3 ans',
  identificationKind: 'CHIP',
  identificationNumber: '250 269 604 123 456',
  contractorRef: 'SACPA-2023-0042',
  ...over,
});

export async function indicatorValue(c: GqlClient, year: number, key: string): Promise<number | null> {
  const d = await c.ok<{ indicators: { key: string; value: number | null }[] }>(INDICATORS, { y: year });
  const found = d.indicators.find((i) => i.key === key);
  if (!found) throw new Error(`indicateur absent : ${key}`);
  return found.value;
}

export async function setDefaultTariffs(director: GqlClient): Promise<void> {
  await director.ok(TARIFF, {
    i: {
      validFrom: '2022-01-01',
      species: 'DOG',
      captureCents: 7000,
      boardingPerDayCents: 1500,
      identificationCents: 6500,
      vetVisitCents: 3500,
    },
  });
  await director.ok(TARIFF, {
    i: {
      validFrom: '2022-01-01',
      species: 'CAT',
      captureCents: 5000,
      boardingPerDayCents: 1000,
      identificationCents: 5500,
      vetVisitCents: 3500,
    },
  });
}
