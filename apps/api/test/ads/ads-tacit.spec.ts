import type { Clock } from '../../src/core/kit/clock';
import { startTestApp, type GqlClient, type TestApp } from '../support/test-app';

const DOSSIER = `id status outcome decidedOn deadline situation allowedActions tacitCertificateOn
  afterTacitKind afterTacitOutcome afterTacitOn withdrawalProcedureOn events { kind eventOn actorLogin summary }`;
const CREATE = `mutation($i: CreateAdsDossierInput!) { createAdsDossier(input: $i) { ${DOSSIER} } }`;
const MOVE = `mutation($id: ID!, $i: AdsTransitionInput!) { transitionAdsDossier(id: $id, input: $i) { ${DOSSIER} } }`;
const GET = `query($id: ID!) { adsDossier(id: $id) { ${DOSSIER} } }`;
const LIST = `query($f: AdsDossierFilter) { adsDossiers(filter: $f) { total items { id status situation decidedOn } } }`;
const INDICATORS = `query($y: Int!) { indicators(year: $y, directorate: ads) { key value } }`;

/** A clock the test moves, as days pass in the service. */
function movableClock(day: string): Clock & { set(d: string): void } {
  let today = day;
  return {
    now: () => new Date(`${today}T12:00:00+02:00`),
    today: () => today,
    set: (d: string) => (today = d),
  };
}

const dossier = (over: Record<string, unknown> = {}) => ({
  type: 'DP',
  communeInsee: '62498',
  depositedOn: '2031-04-01',
  channel: 'ELECTRONIC',
  applicantKind: 'PERSON',
  applicantName: 'Mme Delattre',
  landAddress: '3 rue de la Gare, Lens',
  cadastralParcels: ['AC 12'],
  projectNature: 'Abri de jardin',
  ...over,
});

describe('ADS: tacit decisions acquired by law, late decisions as withdrawals', () => {
  let t: TestApp;
  let agent: GqlClient;
  const clock = movableClock('2031-04-01');
  const value = async (year: number, key: string) =>
    (await agent.ok(INDICATORS, { y: year })).indicators.find((i: { key: string }) => i.key === key).value as number;

  beforeAll(async () => {
    t = await startTestApp({ clock });
    agent = await t.as('agent.ads');
  });
  afterAll(() => t.close());

  it('should show a DP deposited on 1 April with no decision as a non-opposition acquired on 1 May, counted as tacit, not open at year end', async () => {
    const { createAdsDossier: d } = await agent.ok(CREATE, { i: dossier() });
    expect(d).toMatchObject({ status: 'DEPOSITED', deadline: '2031-05-01' });
    const tacitBefore = await value(2031, 'ads.tacit_decisions');
    const openBefore = await value(2031, 'ads.open_year_end');

    clock.set('2031-05-01'); // the last day to notify an express decision: still open
    await t.app.runDailyJobs();
    expect((await agent.ok(GET, { id: d.id })).adsDossier.status).toBe('DEPOSITED');

    clock.set('2031-05-02'); // no mutation: the API's daily job records what the law decided
    expect(await t.app.runDailyJobs()).toEqual({ 'ads.tacit_decisions': 1 });
    const read = (await agent.ok(GET, { id: d.id })).adsDossier;
    expect(read).toMatchObject({
      status: 'TACIT',
      outcome: 'TACIT_NON_OPPOSITION',
      decidedOn: '2031-05-01',
      situation: 'Décision tacite acquise le 01/05/2031 (non-opposition tacite)',
      // DECIDE stays for an express decision notified in time (dated 1 May at the latest) but recorded late
      allowedActions: ['DECIDE', 'WITHDRAW_TACIT', 'ISSUE_TACIT_CERTIFICATE'],
    });
    expect(read.events.at(-1)).toMatchObject({ kind: 'TACIT_ACQUIRED', eventOn: '2031-05-01', actorLogin: 'système' });
    const listed = await agent.ok(LIST, { f: { search: 'Delattre' } });
    expect(listed.adsDossiers.items).toEqual([
      { id: d.id, status: 'TACIT', decidedOn: '2031-05-01', situation: read.situation },
    ]);
    expect(await value(2031, 'ads.tacit_decisions')).toBe(tacitBefore + 1);
    expect(await value(2031, 'ads.open_year_end')).toBe(openBefore - 1);
    // a second run finds nothing more to do
    expect(await t.app.runDailyJobs()).toEqual({ 'ads.tacit_decisions': 0 });
  });

  it('should refuse a refusal dated 6 May unless recorded as a withdrawal with its procedure, within three months; counted apart', async () => {
    clock.set('2031-04-01');
    const { createAdsDossier: d } = await agent.ok(CREATE, { i: dossier({ applicantName: 'M. Lefebvre' }) });
    clock.set('2031-04-03');
    await agent.ok(MOVE, { id: d.id, i: { action: 'DECLARE_COMPLETE', on: '2031-04-03' } });
    clock.set('2031-05-06');
    // the job has not run yet: the date alone makes the refusal a withdrawal
    const late = await agent.request(MOVE, {
      id: d.id,
      i: { action: 'DECIDE', on: '2031-05-06', outcome: 'OPPOSITION' },
    });
    expect(late.errors?.[0]).toMatchObject({
      message: expect.stringContaining(
        'une décision expresse postérieure n’est pas une décision mais un retrait (art. L424-5',
      ),
      extensions: { code: 'INVALID_TRANSITION' },
    });
    const noLetter = await agent.request(MOVE, {
      id: d.id,
      i: { action: 'WITHDRAW_TACIT', on: '2031-05-06', outcome: 'OPPOSITION' },
    });
    expect(noLetter.errors?.[0]).toMatchObject({
      message: expect.stringContaining('art. L121-1 et L122-1 du CRPA'),
      extensions: { code: 'BAD_USER_INPUT', field: 'procedureLetterOn' },
    });
    clock.set('2031-08-05');
    const tooLate = await agent.request(MOVE, {
      id: d.id,
      i: { action: 'WITHDRAW_TACIT', on: '2031-08-04', outcome: 'OPPOSITION', procedureLetterOn: '2031-07-20' },
    });
    expect(tooLate.errors?.[0]).toMatchObject({
      message:
        'Retrait impossible : une décision tacite ne peut être retirée que dans les trois mois suivant sa date, soit jusqu’au 01/08/2031 (art. L424-5 du code de l’urbanisme).',
      extensions: { field: 'on' },
    });

    await t.app.runDailyJobs();
    const withdrawalsBefore = await value(2031, 'ads.tacit_withdrawals');
    const tacitBefore = await value(2031, 'ads.tacit_decisions');
    const { transitionAdsDossier: w } = await agent.ok(MOVE, {
      id: d.id,
      i: { action: 'WITHDRAW_TACIT', on: '2031-05-06', outcome: 'OPPOSITION', procedureLetterOn: '2031-05-02' },
    });
    expect(w).toMatchObject({
      status: 'TACIT_WITHDRAWN',
      outcome: 'TACIT_NON_OPPOSITION',
      decidedOn: '2031-05-01',
      afterTacitKind: 'WITHDRAWAL',
      afterTacitOutcome: 'OPPOSITION',
      afterTacitOn: '2031-05-06',
      withdrawalProcedureOn: '2031-05-02',
      situation:
        'Décision tacite acquise le 01/05/2031 (non-opposition tacite) ; retirée le 06/05/2031 (opposition, L424-5)',
    });
    // the timeline shows both: the tacit decision by the system, then the withdrawal by the agent
    expect(w.events.slice(-2).map((e: { kind: string; actorLogin: string }) => [e.kind, e.actorLogin])).toEqual([
      ['TACIT_ACQUIRED', 'système'],
      ['WITHDRAW_TACIT', 'agent.ads'],
    ]);
    expect(await value(2031, 'ads.tacit_withdrawals')).toBe(withdrawalsBefore + 1);
    expect(await value(2031, 'ads.tacit_decisions')).toBe(tacitBefore);
  });

  it('should let a CU get an express certificate after a tacit one, and record the certificate of tacit decision', async () => {
    clock.set('2031-04-01');
    const { createAdsDossier: d } = await agent.ok(CREATE, {
      i: dossier({ type: 'CUa', applicantName: 'Étude Maître Carré', projectNature: 'Vente' }),
    });
    clock.set('2031-05-10');
    await t.app.runDailyJobs();
    const { transitionAdsDossier: c } = await agent.ok(MOVE, {
      id: d.id,
      i: { action: 'ISSUE_TACIT_CERTIFICATE', on: '2031-05-05' },
    });
    expect(c).toMatchObject({ status: 'TACIT', outcome: 'TACIT_CU', tacitCertificateOn: '2031-05-05' });
    const { transitionAdsDossier: e } = await agent.ok(MOVE, {
      id: d.id,
      i: { action: 'CU_AFTER_TACIT', on: '2031-05-09', outcome: 'CU_POSITIF' },
    });
    expect(e).toMatchObject({ status: 'TACIT', afterTacitKind: 'CU_EXPRESS', afterTacitOutcome: 'CU_POSITIF' });
    const withdraw = await agent.request(MOVE, {
      id: d.id,
      i: { action: 'WITHDRAW_TACIT', on: '2031-05-09', outcome: 'CU_NEGATIF', procedureLetterOn: '2031-05-06' },
    });
    expect(withdraw.errors?.[0].extensions?.code).toBe('INVALID_TRANSITION');
  });
});
