import { startTestApp, type GqlClient, type TestApp } from '../support/test-app';

const DOSSIER = `id number type status outcome deadline completeOn decidedOn allowedActions expressOutcomes
  computedDeadline { months state startsOn deadline tacitOn tacitOutcome piecesDueOn piecesRequestLate majorations { kind applied reason } }
  consultations { id version service dueOn opinion effectiveOpinion } events { kind eventOn fromStatus toStatus actorLogin summary }`;
const CREATE = `mutation($i: CreateAdsDossierInput!) { createAdsDossier(input: $i) { ${DOSSIER} } }`;
const MOVE = `mutation($id: ID!, $i: AdsTransitionInput!) { transitionAdsDossier(id: $id, input: $i) { ${DOSSIER} } }`;
const CONSULT = `mutation($id: ID!, $i: AddAdsConsultationInput!) { addAdsConsultation(dossierId: $id, input: $i) { ${DOSSIER} } }`;
const OPINION = `mutation($id: ID!, $i: RecordAdsOpinionInput!) { recordAdsOpinion(consultationId: $id, input: $i) { ${DOSSIER} } }`;
const MAJORATION = `mutation($id: ID!, $i: AddAdsMajorationInput!) { addAdsMajoration(dossierId: $id, input: $i) { ${DOSSIER} } }`;
const INDICATORS = `query($y: Int!) { indicators(year: $y, directorate: ads) { key value previousValue breakdowns { dimension items { member value } } } }`;
const LIST = `query($f: AdsDossierFilter, $s: AdsSort, $o: Int, $l: Int) { adsDossiers(filter: $f, sort: $s, offset: $o, limit: $l) { total items { number status deadline communeName instructorName } } }`;

const LENS = '62498';
const dossier = (over: Record<string, unknown> = {}) => ({
  type: 'PC',
  communeInsee: LENS,
  depositedOn: '2025-03-10',
  channel: 'PAPER',
  applicantKind: 'COMPANY',
  applicantName: 'SCI Les Terrils',
  landAddress: '12 rue Jean Jaurès, Lens',
  cadastralParcels: ['AB 123', 'ab 124'],
  projectNature: 'Construction de 12 logements',
  floorAreaCreated: 840,
  dwellingsCreated: 12,
  ...over,
});

describe('ADS instruction through GraphQL', () => {
  let t: TestApp;
  let agent: GqlClient;
  beforeAll(async () => {
    t = await startTestApp();
    agent = await t.as('agent.ads');
  });
  // an edit sends the version its screen loaded: here, the one stored just before (none for a missing dossier)
  const versionOf = async (id: string) =>
    (await agent.request('query($id: ID!) { adsDossier(id: $id) { version } }', { id })).data?.adsDossier?.version ?? 1;
  afterAll(() => t.close());

  it('should take a PC from deposit to decision, with its deadline and timeline, and move the indicators at once', async () => {
    const before = await agent.ok(INDICATORS, { y: 2025 });
    const decisionsBefore = before.indicators.find((i: { key: string }) => i.key === 'ads.decisions').value;

    const { createAdsDossier: d0 } = await agent.ok(CREATE, { i: dossier() });
    expect(d0.number).toBe('PC 062 498 25 A0001');
    expect(d0.status).toBe('DEPOSITED');
    expect(d0.deadline).toBe('2025-06-10');
    expect(d0.allowedActions).toEqual(['REQUEST_PIECES', 'DECLARE_COMPLETE', 'WITHDRAW', 'CANCEL']);

    const { transitionAdsDossier: d1 } = await agent.ok(MOVE, {
      id: d0.id,
      i: { expectedVersion: await versionOf(d0.id), action: 'REQUEST_PIECES', on: '2025-03-25' },
    });
    expect(d1.status).toBe('INCOMPLETE');
    expect(d1.computedDeadline).toMatchObject({
      state: 'AWAITING_PIECES',
      piecesDueOn: '2025-06-25',
      tacitOn: '2025-06-25',
      tacitOutcome: 'TACIT_REFUS',
      deadline: null,
    });
    expect(d1.deadline).toBe('2025-06-25');

    const { addAdsMajoration: d2 } = await agent.ok(MAJORATION, {
      id: d0.id,
      i: { kind: 'R423_24', notifiedOn: '2025-03-25' },
    });
    expect(d2.computedDeadline.majorations).toEqual([{ kind: 'R423_24', applied: true, reason: null }]);

    const { transitionAdsDossier: d3 } = await agent.ok(MOVE, {
      id: d0.id,
      i: { expectedVersion: await versionOf(d0.id), action: 'RECEIVE_PIECES', on: '2025-04-14' },
    });
    expect(d3.status).toBe('COMPLETE');
    expect(d3.completeOn).toBe('2025-04-14');
    expect(d3.computedDeadline).toMatchObject({
      months: 4,
      state: 'RUNNING',
      startsOn: '2025-04-14',
      deadline: '2025-08-14',
      tacitOutcome: 'TACIT_ACCORD',
    });
    expect(d3.deadline).toBe('2025-08-14');

    const { addAdsConsultation: d4 } = await agent.ok(CONSULT, {
      id: d0.id,
      i: { service: 'ABF', sentOn: '2025-04-15' },
    });
    expect(d4.consultations).toEqual([
      expect.objectContaining({ service: 'ABF', dueOn: '2025-06-15', opinion: null, effectiveOpinion: 'TACIT' }),
    ]);
    const { transitionAdsDossier: d5 } = await agent.ok(MOVE, {
      id: d0.id,
      i: { expectedVersion: await versionOf(d0.id), action: 'START_INSTRUCTION', on: '2025-04-15' },
    });
    expect(d5.status).toBe('UNDER_INSTRUCTION');

    // an unfavourable ABF opinion turns the silence into a refusal (R*424-3)
    const { recordAdsOpinion: d6 } = await agent.ok(OPINION, {
      id: d4.consultations[0].id,
      i: { opinion: 'UNFAVOURABLE', opinionOn: '2025-05-20', expectedVersion: d4.consultations[0].version },
    });
    expect(d6.computedDeadline.tacitOutcome).toBe('TACIT_REFUS');
    expect(d6.allowedActions).toEqual(['DECIDE', 'WITHDRAW', 'CANCEL']);
    expect(d6.expressOutcomes).toEqual(['ACCORD', 'ACCORD_PRESCRIPTIONS', 'REFUS', 'SURSIS_A_STATUER']);

    const { transitionAdsDossier: d7 } = await agent.ok(MOVE, {
      id: d0.id,
      i: { expectedVersion: await versionOf(d0.id), action: 'DECIDE', on: '2025-07-01', outcome: 'REFUS' },
    });
    expect(d7).toMatchObject({ status: 'DECIDED', outcome: 'REFUS', decidedOn: '2025-07-01', allowedActions: [] });
    expect(d7.events.map((e: { kind: string }) => e.kind)).toEqual([
      'CREATED',
      'REQUEST_PIECES',
      'MAJORATION',
      'RECEIVE_PIECES',
      'CONSULTATION_SENT',
      'START_INSTRUCTION',
      'OPINION_RECORDED',
      'DECIDE',
    ]);
    expect(d7.events[7]).toMatchObject({
      eventOn: '2025-07-01',
      fromStatus: 'UNDER_INSTRUCTION',
      toStatus: 'DECIDED',
      actorLogin: 'agent.ads',
      summary: 'Enregistrer la décision : Refus.',
    });

    const after = await agent.ok(INDICATORS, { y: 2025 });
    const get = (key: string) => after.indicators.find((i: { key: string }) => i.key === key);
    expect(get('ads.decisions').value).toBe(decisionsBefore + 1);
    expect(get('ads.decisions').breakdowns.find((b: { dimension: string }) => b.dimension === 'outcome').items).toEqual(
      [{ member: 'REFUS', value: 1 }],
    );
    expect(get('ads.instruction_time_avg').value).toBe(78); // 2025-04-14 → 2025-07-01
    expect(get('ads.dossiers_instructed').value).toBe(1);
  });

  it('should refuse an illegal transition with INVALID_TRANSITION and a French message', async () => {
    const { createAdsDossier: d } = await agent.ok(CREATE, {
      i: dossier({ type: 'DP', depositedOn: '2025-05-05', projectNature: 'Clôture' }),
    });
    const r = await agent.request(MOVE, {
      id: d.id,
      i: { expectedVersion: await versionOf(d.id), action: 'DECIDE', on: '2025-05-20', outcome: 'NON_OPPOSITION' },
    });
    expect(r.errors?.[0].extensions?.code).toBe('INVALID_TRANSITION');
    expect(r.errors?.[0].message).toBe(
      'Action « Enregistrer la décision » impossible : le dossier est au statut « Déposé ».',
    );
    await agent.ok(MOVE, {
      id: d.id,
      i: { expectedVersion: await versionOf(d.id), action: 'DECLARE_COMPLETE', on: '2025-05-06' },
    });
    const wrong = await agent.request(MOVE, {
      id: d.id,
      i: { expectedVersion: await versionOf(d.id), action: 'DECIDE', on: '2025-05-20', outcome: 'ACCORD' },
    });
    expect(wrong.errors?.[0].extensions?.code).toBe('INVALID_TRANSITION');
    expect(wrong.errors?.[0].message).toContain('ne s’applique pas à un dossier DP');
    // the DP's silence gave a non-opposition on 2025-06-05: no agent records it, the API's daily job does
    expect(await t.app.runDailyJobs()).toMatchObject({ 'ads.tacit_decisions': expect.any(Number) });
    const { adsDossier: tacit } = await agent.ok(`query($id: ID!) { adsDossier(id: $id) { ${DOSSIER} } }`, {
      id: d.id,
    });
    expect(tacit).toMatchObject({ status: 'TACIT', outcome: 'TACIT_NON_OPPOSITION', decidedOn: '2025-06-05' });
  });

  it('should refuse a dossier for a commune outside option 1 on the deposit day, naming communeInsee', async () => {
    const communes = await agent.ok('{ communes { inseeCode name } }');
    const insee = (name: string) => communes.communes.find((c: { name: string }) => c.name === name).inseeCode;
    const bully = await agent.request(CREATE, { i: dossier({ communeInsee: insee('Bully-les-Mines') }) });
    expect(bully.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'communeInsee' });
    expect(bully.errors?.[0].message).toBe(
      `La commune ${insee('Bully-les-Mines')} n’adhère pas à l’option 1 (instruction) du service ADS au 10/03/2025 : le service ne peut pas instruire ce dossier.`,
    );
    // Servins moved to option 1 on 2023-07-01
    const servins = insee('Servins');
    expect(
      (await agent.request(CREATE, { i: dossier({ communeInsee: servins, depositedOn: '2023-06-30' }) })).errors?.[0]
        .extensions?.field,
    ).toBe('communeInsee');
    const ok = await agent.ok(CREATE, { i: dossier({ communeInsee: servins, depositedOn: '2023-07-03' }) });
    expect(ok.createAdsDossier.number).toBe(`PC 062 ${servins.slice(2)} 23 A0001`);
  });

  it('should validate the number, its modificatif and the fields in French', async () => {
    const bad = await agent.request(CREATE, { i: dossier({ number: 'DP 062 498 25 A0099' }) });
    expect(bad.errors?.[0].extensions?.field).toBe('number');
    expect(bad.errors?.[0].message).toBe('Le numéro commence par DP alors qu’un dossier PC est numéroté PC.');
    const orphan = await agent.request(CREATE, { i: dossier({ number: 'PC 062 498 25 A0777 M01' }) });
    expect(orphan.errors?.[0].message).toBe(
      'L’autorisation initiale PC 062 498 25 A0777 n’est pas enregistrée : enregistrez-la avant son modificatif.',
    );
    const m = await agent.ok(CREATE, { i: dossier({ number: 'pc 062 498 25 a0001 m01', depositedOn: '2025-09-01' }) });
    expect(m.createAdsDossier.number).toBe('PC 062 498 25 A0001 M01');
    const empty = await agent.request(CREATE, { i: dossier({ applicantName: '' }) });
    expect(empty.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'applicantName' });
    expect(empty.errors?.[0].message).toBe('Demandeur : est obligatoire.');
  });

  it('should serve the queues: mine, awaiting pieces, deadline soon, with filters and bounded pages', async () => {
    const all = await agent.ok(LIST, { f: { queue: 'ALL', communeInsee: LENS }, s: 'DEADLINE_ASC', l: 2 });
    expect(all.adsDossiers.total).toBeGreaterThanOrEqual(3);
    expect(all.adsDossiers.items).toHaveLength(2);
    expect(all.adsDossiers.items[0].communeName).toBe('Lens');
    const pieces = await agent.ok(LIST, { f: { queue: 'AWAITING_PIECES' } });
    expect(pieces.adsDossiers.total).toBe(0);
    const soon = await agent.ok(LIST, { f: { queue: 'DEADLINE_SOON', withinDays: 15 } });
    // the test dossiers were deposited in 2025: silence has decided for those left open (the daily job ran), so the
    // alarm lists only dossiers still waiting
    expect(
      soon.adsDossiers.items
        .map((i: { status: string }) => i.status)
        .every((s: string) => ['DEPOSITED', 'INCOMPLETE', 'COMPLETE', 'UNDER_INSTRUCTION'].includes(s)),
    ).toBe(true);
    const tooMany = await agent.request(LIST, { l: 1000 });
    expect(tooMany.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'limit' });
    const instructors = await agent.ok('{ adsInstructors { id login } }');
    const me = instructors.adsInstructors.find((i: { login: string }) => i.login === 'agent.ads');
    const { createAdsDossier: mine } = await agent.ok(CREATE, {
      i: dossier({ type: 'CUa', instructorId: me.id, depositedOn: '2025-10-01' }),
    });
    const q = await agent.ok(LIST, { f: { queue: 'MINE' } });
    expect(q.adsDossiers.items.map((i: { number: string }) => i.number)).toEqual([mine.number]);
    expect(q.adsDossiers.items[0].instructorName).toBe('Agent — Service mutualisé ADS');
  });

  it('should export the filtered list as CSV and XLSX', async () => {
    const csv = await agent.ok(
      `{ adsDossierExport(filter: { queue: ALL, communeInsee: "${LENS}", type: PC }, format: CSV) { filename mimeType base64 } }`,
    );
    const text = Buffer.from(csv.adsDossierExport.base64, 'base64').toString('utf8');
    const lines = text
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toBe(
      'Numéro;Type;Commune;Dépôt;Mode de dépôt;Demandeur;Statut;Décision;Situation;Échéance;Date de décision;Instructeur',
    );
    expect(
      lines
        .slice(1)
        .map((l) => l.split(';')[0])
        .sort(),
    ).toEqual(['PC 062 498 25 A0001', 'PC 062 498 25 A0001 M01']);
    const xlsx = await agent.ok('{ adsDossierExport(format: XLSX) { filename mimeType base64 } }');
    expect(xlsx.adsDossierExport.mimeType).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(Buffer.from(xlsx.adsDossierExport.base64, 'base64').subarray(0, 2).toString()).toBe('PK');
  });

  it('should hide every ADS dossier from an agent of another directorate', async () => {
    const other = await t.as('agent.fourriere');
    for (const q of [
      LIST,
      '{ adsDossier(id: "00000000-0000-0000-0000-000000000000") { id } }',
      '{ adsDossierExport(format: CSV) { base64 } }',
      '{ adsActWeights { weight } }',
      '{ adsActWeightHistory { validFrom } }',
    ]) {
      const r = await other.request(q);
      expect(r.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      expect(r.data?.adsDossiers ?? null).toBeNull();
    }
    expect((await other.request(CREATE, { i: dossier() })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(
      (
        await other.request(
          'mutation { updateAdsDossier(id: "00000000-0000-0000-0000-000000000000", input: { applicantName: "X Y", expectedVersion: 1 }) { id } }',
        )
      ).errors?.[0].extensions?.code,
    ).toBe('FORBIDDEN');
    expect((await (await t.as()).request(LIST)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });
});
