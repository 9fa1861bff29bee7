import { fixedClock } from '../../src/core/kit/clock';
import { startTestApp, type GqlClient, type TestApp } from '../support/test-app';
import { adsDossierInput } from './ads.factories';

const CREATE = `mutation($i: CreateAdsDossierInput!) { createAdsDossier(input: $i) { id number } }`;
const COUNTS = `query($f: AdsDossierFilter) { adsQueueCounts(filter: $f) { queue count } }`;
const LIST = `query($f: AdsDossierFilter, $s: AdsSort) { adsDossiers(filter: $f, sort: $s) { total items { id applicantName instructorName } } }`;
const ASSIGN_MANY = `mutation($ids: [ID!]!, $to: ID) { assignAdsDossiers(ids: $ids, instructorId: $to) }`;
const INSTRUCTORS = `{ adsInstructors { id login } }`;

describe('ADS work queues: counts, overdue queue, sorts, assignment of several dossiers', () => {
  let t: TestApp;
  let agent: GqlClient;
  let dgs: GqlClient;
  const ids: string[] = [];
  beforeAll(async () => {
    // today 1 September 2025: a PC deposited in March is past its deadline (no tacit job runs in tests)
    t = await startTestApp({ clock: fixedClock('2025-09-01') });
    agent = await t.as('agent.ads');
    dgs = await t.as('dgs');
    for (const [applicantName, depositedOn] of [
      ['Zoé Martin', '2025-03-10'],
      ['Albert Dupont', '2025-08-20'],
      ['Marie Leroy', '2025-08-25'],
    ])
      ids.push((await agent.ok(CREATE, { i: adsDossierInput({ applicantName, depositedOn }) })).createAdsDossier.id);
  });
  afterAll(() => t.close());

  const counts = async (client: GqlClient, f: Record<string, unknown> = {}) =>
    Object.fromEntries(
      (await client.ok(COUNTS, { f: { queue: 'ALL', ...f } })).adsQueueCounts.map(
        (c: { queue: string; count: number }) => [c.queue, c.count],
      ),
    );

  it('should count every queue in one answer, the overdue one holding the open dossier past its deadline', async () => {
    expect(await counts(agent)).toEqual({
      ALL: 3,
      MINE: 0,
      DEADLINE_SOON: 1,
      OVERDUE: 1,
      AWAITING_PIECES: 0,
      AWAITING_OPINIONS: 0,
    });
    const overdue = await agent.ok(LIST, { f: { queue: 'OVERDUE' } });
    expect(overdue.adsDossiers.items.map((d: { applicantName: string }) => d.applicantName)).toEqual(['Zoé Martin']);
    // the other filters apply to the counts too
    expect((await counts(agent, { search: 'dupont' })).ALL).toBe(1);
  });

  it('should sort on the applicant both ways', async () => {
    const names = async (s: string) =>
      (await agent.ok(LIST, { s })).adsDossiers.items.map((d: { applicantName: string }) => d.applicantName);
    expect(await names('APPLICANT_ASC')).toEqual(['Albert Dupont', 'Marie Leroy', 'Zoé Martin']);
    expect(await names('APPLICANT_DESC')).toEqual(['Zoé Martin', 'Marie Leroy', 'Albert Dupont']);
  });

  it('should answer each page and each filter value from one statement text per shape of list', async () => {
    const PAGE = `query($f: AdsDossierFilter, $o: Int!, $l: Int!) { adsDossiers(filter: $f, sort: APPLICANT_ASC, offset: $o, limit: $l) { total items { applicantName } } }`;
    const page = async (f: Record<string, unknown>, o: number, l: number) => {
      const r = (await agent.ok(PAGE, { f, o, l })).adsDossiers;
      return [r.total, r.items.map((d: { applicantName: string }) => d.applicantName)];
    };
    expect(await page({}, 0, 2)).toEqual([3, ['Albert Dupont', 'Marie Leroy']]);
    expect(await page({}, 2, 2)).toEqual([3, ['Zoé Martin']]);
    // past the last page: no row carries the total, it is counted apart
    expect(await page({}, 5, 2)).toEqual([3, []]);
    expect(await page({ search: 'dupont' }, 0, 2)).toEqual([1, ['Albert Dupont']]);
    expect(await page({ search: 'leroy' }, 0, 2)).toEqual([1, ['Marie Leroy']]);
    // a list of values is spread into as many parameters as it has values
    expect(await page({ statuses: ['DEPOSITED'] }, 0, 5)).toEqual([3, ['Albert Dupont', 'Marie Leroy', 'Zoé Martin']]);
    expect(await page({ statuses: ['DEPOSITED', 'COMPLETE'] }, 1, 1)).toEqual([3, ['Marie Leroy']]);
    expect(await page({ statuses: ['DECIDED'] }, 0, 5)).toEqual([0, []]);
  });

  it('should assign several dossiers at once, all or none, and refuse the DGS', async () => {
    const instructors: { id: string; login: string }[] = (await agent.ok(INSTRUCTORS)).adsInstructors;
    const me = instructors.find((i) => i.login === 'agent.ads')!;
    expect((await agent.ok(ASSIGN_MANY, { ids: ids.slice(0, 2), to: me.id })).assignAdsDossiers).toBe(2);
    expect((await counts(agent)).MINE).toBe(2);
    expect((await agent.ok(LIST, { s: 'INSTRUCTOR_ASC' })).adsDossiers.items[0].instructorName).not.toBeNull();

    // one unknown id: nothing changes
    const missing = await agent.request(ASSIGN_MANY, {
      ids: [ids[2], '00000000-0000-4000-8000-000000000000'],
      to: me.id,
    });
    expect(missing.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect((await counts(agent)).MINE).toBe(2);

    const refused = await dgs.request(ASSIGN_MANY, { ids, to: me.id });
    expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');

    // taken back: the queue « mes dossiers » empties
    expect((await agent.ok(ASSIGN_MANY, { ids, to: null })).assignAdsDossiers).toBe(2);
    expect((await counts(agent)).MINE).toBe(0);
  });
});
