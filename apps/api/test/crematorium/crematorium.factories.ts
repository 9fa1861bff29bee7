import type { GqlClient } from '../support/test-app';

export const CREMATION = `id version reference lineCode lineName startsAt cremationOn kind deceasedLastName deathCommuneName operatorName
  derogationRef latestLegalDay status completedAt ashesFate urnKeptUntil
  scans { id result objectType closedAt delayMinutes } reschedules { fromLineCode fromStartsAt toLineCode toStartsAt reason }`;
export const BOOK = `mutation($i: CrematoriumBookingInput!) { bookCremation(input: $i) { ${CREMATION} } }`;
export const RESCHEDULE = `mutation($i: CrematoriumRescheduleInput!) { rescheduleCremation(input: $i) { ${CREMATION} } }`;
export const SCAN = `mutation($i: CrematoriumScanInput!) { recordCrematoriumScan(input: $i) { ${CREMATION} } }`;
export const PROTOCOL = `mutation($i: CrematoriumProtocolInput!) { recordCrematoriumProtocol(input: $i) { ${CREMATION} } }`;
export const COMPLETE = `mutation($i: CrematoriumCompleteInput!) { completeCremation(input: $i) { ${CREMATION} } }`;
export const ASHES = `mutation($i: CrematoriumAshesInput!) { recordCrematoriumAshes(input: $i) { ${CREMATION} } }`;
export const PLANNING = `query($d: Date!) { crematoriumPlanning(day: $d) { id reference lineCode startsAt } }`;
export const METAL_LOT = `mutation($i: CrematoriumMetalLotInput!) { recordCrematoriumMetalLot(input: $i) { weightKg proceedsCents allocatedCents balanceCents } }`;
export const ALLOCATE = `mutation($i: CrematoriumMetalAllocationInput!) { allocateCrematoriumMetals(input: $i) { proceedsCents allocatedCents balanceCents } }`;
export const INDICATORS = `query($y: Int!) { indicators(year: $y, directorate: crematorium) { key value previousValue kind breakdowns { dimension items { member label value } } } }`;

/** Death in Lens on Monday 6 March 2023 at 10:00 Paris; cremation booked on Wednesday 8 March at 10:00 on line 1. */
export const booking = (over: Record<string, unknown> = {}) => ({
  lineCode: 'L1',
  startsAt: '2023-03-08T09:00:00.000Z',
  kind: 'ADULT',
  deceasedLastName: 'Martin',
  deceasedFirstNames: 'Jeanne Marie',
  birthOn: '1938-05-02',
  deathAt: '2023-03-06T09:00:00.000Z',
  deathCommuneInsee: '62498',
  deathCommuneName: 'Lens',
  residenceCommuneName: 'Liévin',
  operatorName: 'Pompes funèbres lensoises',
  authorisationOn: '2023-03-07',
  authorisationCommune: 'Lens',
  prosthesisCertificate: true,
  ceremonyRoom: false,
  ...over,
});

export async function indicatorValue(c: GqlClient, year: number, key: string): Promise<number | null> {
  const d = await c.ok<{ indicators: { key: string; value: number | null }[] }>(INDICATORS, { y: year });
  const found = d.indicators.find((i) => i.key === key);
  if (!found) throw new Error(`indicateur absent : ${key}`);
  return found.value;
}
