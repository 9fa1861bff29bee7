import { fixedClock, type Clock } from '../../src/core/kit/clock';
import type { GqlClient } from '../support/test-app';

const REQUEST_FIELDS = `id status partial version answeredOn refusalReason communeName
  lines { kindId kindName requested approved returned missing damaged }`;

export const KIND = `mutation($i: PretKindInput!) { createPretKind(input: $i) { id name unit } }`;
export const MOVEMENT = `mutation($i: PretStockMovementInput!) { recordPretStockMovement(input: $i) }`;
export const CREATE = `mutation($i: PretRequestInput!) { createPretRequest(input: $i) { ${REQUEST_FIELDS} } }`;
export const APPROVE = `mutation($i: PretApproveInput!) { approvePretRequest(input: $i) { ${REQUEST_FIELDS} } }`;
export const ADVANCE = `mutation($i: PretAdvanceInput!) { advancePretRequest(input: $i) { ${REQUEST_FIELDS} } }`;
export const RETURN = `mutation($i: PretReturnInput!) { recordPretReturn(input: $i) { ${REQUEST_FIELDS} } }`;
export const AVAILABILITY = `query($id: ID!) { pretAvailability(requestId: $id) { kindName requested available } }`;
export const PLANNING = `query($f: Date!, $t: Date!) { pretPlanning(from: $f, to: $t) { kindName days { day stock booked available short } } }`;
export const REPAIRS = `query { pretRepairs(openOnly: true, offset: 0, limit: 20) { total items { kindName quantity cause requestId } } }`;
export const REQUESTS = `query { pretRequests(offset: 0, limit: 20) { total items { id } } }`;
const INDICATORS = `query($y: Int!) { indicators(year: $y, directorate: pret_materiel) { key value } }`;

export const LENS = '62498';

/** A clock the test moves forward: requests are made weeks ahead, returns recorded after the event. */
export function movableClock(start: string): Clock & { set(day: string): void } {
  let current = fixedClock(start);
  return { now: () => current.now(), today: () => current.today(), set: (day) => (current = fixedClock(day)) };
}

export async function newKind(c: GqlClient, name: string, stock: number, unit = 'PIECE'): Promise<string> {
  const id = (await c.ok<{ createPretKind: { id: string } }>(KIND, { i: { name, unit } })).createPretKind.id;
  await c.ok(MOVEMENT, { i: { kindId: id, movedOn: '2023-01-10', movement: 'ACQUISITION', quantity: stock } });
  return id;
}

export function request(kindId: string, quantity: number, startOn: string, endOn: string) {
  return {
    communeInsee: LENS,
    eventName: 'Fête de la musique',
    eventPlace: 'Place Jean Jaurès',
    startOn,
    endOn,
    handover: 'DELIVERY',
    lines: [{ kindId, quantity }],
  };
}

export async function indicatorValue(c: GqlClient, year: number, key: string): Promise<number | null> {
  const d = await c.ok<{ indicators: { key: string; value: number | null }[] }>(INDICATORS, { y: year });
  const found = d.indicators.find((i) => i.key === key);
  if (!found) throw new Error(`indicateur absent : ${key}`);
  return found.value;
}
