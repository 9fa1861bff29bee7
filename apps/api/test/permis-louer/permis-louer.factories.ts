import type { GqlClient } from '../support/test-app';

export const APML = `id version number status outcome receivedOn decisionDeadline tacitOn tacitInDays urgency communeName
  completeOn visitPlannedOn inspector visitedOn defects { category severity description } decision decidedOn reasons works ownerName letOn transferredOn`;
export const PERIMETER = `mutation($i: PdlPerimeterInput!) { createPdlPerimeter(input: $i, confirmBackdated: true) }`;
export const MEMBERSHIP = `mutation($i: AddServiceMembershipInput!) { addServiceMembership(input: $i, confirmBackdated: true) { id } }`;

/** The commune joins the permis de louer from `validFrom` (core referential, recorded by an administrator). */
export async function joinScheme(admin: GqlClient, communeInsee: string, validFrom: string, validTo?: string) {
  const r = await admin.ok<{ addServiceMembership: { id: string } }>(MEMBERSHIP, {
    i: { service: 'permis_louer', option: null, communeInsee, validFrom, validTo: validTo ?? null },
  });
  return r.addServiceMembership.id;
}
export const DEPOSIT = `mutation($i: PdlApmlDepositInput!) { depositPdlApml(input: $i) { ${APML} } }`;
export const COMPLETE = `mutation($i: PdlApmlStepInput!) { completePdlApml(input: $i) { ${APML} } }`;
export const PLAN_VISIT = `mutation($i: PdlPlanVisitInput!) { planPdlVisit(input: $i) { ${APML} } }`;
export const RECORD_VISIT = `mutation($i: PdlRecordVisitInput!) { recordPdlVisit(input: $i) { ${APML} } }`;
export const DECIDE = `mutation($i: PdlDecideInput!) { decidePdlApml(input: $i) { ${APML} } }`;
export const LETTING = `mutation($i: PdlApmlStepInput!) { recordPdlLetting(input: $i) { ${APML} } }`;
export const TRANSFER = `mutation($i: PdlTransferInput!) { transferPdlApml(input: $i) { ${APML} } }`;
export const DOSSIERS = `query($f: PdlApmlFilter!) { pdlApmlDossiers(filter: $f, limit: 50) { total items { ${APML} } } }`;
export const IMPORT = `mutation($i: PdlControlImportInput!) { importPdlControlBatch(input: $i) { imported lines errors { line message } } }`;
const SANCTION = 'id version authority maxFine foundOn reportedOn observationsInvitedOn orderedOn amount';
export const OFFENCE = `mutation($i: PdlOffenceInput!) { recordPdlOffence(input: $i) { ${SANCTION} } }`;
export const SANCTION_STEP = `mutation($i: PdlSanctionStepInput!) { recordPdlSanctionStep(input: $i) { ${SANCTION} } }`;
const INDICATORS = `query($y: Int!) { indicators(year: $y, directorate: permis_louer) { key value breakdowns { dimension items { member value } } } }`;

export const LENS = '62498';

/** An APML for a house of Lens, received on `receivedOn`. */
export const apmlDeposit = (over: Record<string, unknown> = {}) => ({
  ownerKind: 'PERSON',
  ownerName: 'Marie Leroy',
  ownerContact: '06 12 34 56 78',
  street: '5 rue de la Gare',
  communeInsee: LENS,
  dwellingType: 'HOUSE',
  surfaceM2: 72.5,
  floor: null,
  rooms: 4,
  lettingContext: 'NEW_TENANT',
  depositedOn: '2024-06-05',
  receivedOn: '2024-06-05',
  ...over,
});

export async function indicators(c: GqlClient, year: number) {
  const d = await c.ok<{
    indicators: {
      key: string;
      value: number | null;
      breakdowns: { dimension: string; items: { member: string; value: number }[] }[];
    }[];
  }>(INDICATORS, { y: year });
  return new Map(d.indicators.map((i) => [i.key, i]));
}
