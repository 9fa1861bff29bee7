import { startTestApp, type GqlClient, type TestApp } from '../support/test-app';

const CREATE = `mutation($i: CreateAdsDossierInput!) { createAdsDossier(input: $i) { id number type status deadline } }`;
const UPDATE = `mutation($id: ID!, $i: UpdateAdsDossierInput!) { updateAdsDossier(id: $id, input: $i) {
  id number type communeInsee channel applicantName landAddress cadastralParcels floorAreaCreated status deadline events { kind summary actorLogin } } }`;
const MOVE = `mutation($id: ID!, $i: AdsTransitionInput!) { transitionAdsDossier(id: $id, input: $i) { id status } }`;
const SCALE_ON = `query($on: Date) { adsActWeights(on: $on) { dossierType weight validFrom } }`;
const NEW_SCALE = `mutation($from: Date!, $w: [AdsActWeightInput!]!) { updateAdsActWeights(validFrom: $from, weights: $w, confirmBackdated: true) { dossierType weight validFrom } }`;
const INDICATORS = `query($y: Int!) { indicators(year: $y, directorate: ads) { key value } }`;

const LENS = '62498';
const HARNES = '62413';
const dossier = (over: Record<string, unknown> = {}) => ({
  type: 'PC',
  communeInsee: LENS,
  depositedOn: '2024-03-04',
  channel: 'PAPER',
  applicantKind: 'COMPANY',
  applicantName: 'SCI Les Terrils',
  landAddress: '12 rue Jean Jaurès, Lens',
  cadastralParcels: ['AB 123'],
  projectNature: 'Construction de 12 logements',
  floorAreaCreated: 840,
  dwellingsCreated: 12,
  ...over,
});

describe('ADS dated weights scale and dossier corrections', () => {
  let t: TestApp;
  let agent: GqlClient;
  let director: GqlClient;
  const audit = (entityId: string) =>
    t.app.db.read((em) =>
      em.query(`SELECT user_login, action, changes FROM audit_entry WHERE entity_id = $1 ORDER BY id`, [entityId]),
    );
  beforeAll(async () => {
    t = await startTestApp();
    agent = await t.as('agent.ads');
    director = await t.as('directeur.ads');
  });
  afterAll(() => t.close());
  // an edit sends the version its screen loaded: here, the one stored just before (none for a missing dossier)
  const versionOf = async (id: string) =>
    (await agent.request('query($id: ID!) { adsDossier(id: $id) { version } }', { id })).data?.adsDossier?.version ?? 1;

  it('should apply a new dated scale to the dossiers deposited from its date only, leaving 2023 unchanged', async () => {
    const initial = await agent.ok(SCALE_ON, {});
    expect(initial.adsActWeights).toEqual([
      { dossierType: 'CUa', weight: 0.2, validFrom: '2015-07-01' },
      { dossierType: 'CUb', weight: 0.4, validFrom: '2015-07-01' },
      { dossierType: 'DP', weight: 0.7, validFrom: '2015-07-01' },
      { dossierType: 'PCMI', weight: 0.8, validFrom: '2015-07-01' },
      { dossierType: 'PC', weight: 1, validFrom: '2015-07-01' },
      { dossierType: 'PA', weight: 1.2, validFrom: '2015-07-01' },
      { dossierType: 'PD', weight: 0.8, validFrom: '2015-07-01' },
    ]);
    await agent.ok(CREATE, { i: dossier({ depositedOn: '2023-11-06' }) });
    await agent.ok(CREATE, {
      i: dossier({
        type: 'DP',
        depositedOn: '2023-12-11',
        projectNature: 'Clôture',
        floorAreaCreated: 0,
        dwellingsCreated: 0,
      }),
    });
    await agent.ok(CREATE, { i: dossier({ depositedOn: '2024-02-05' }) });
    const weighted = async (y: number) =>
      (await director.ok(INDICATORS, { y })).indicators.find((i: { key: string }) => i.key === 'ads.weighted_acts')
        .value;
    expect(await weighted(2023)).toBe(1.7);
    expect(await weighted(2024)).toBe(1);

    const denied = await agent.request(NEW_SCALE, { from: '2024-01-01', w: [{ dossierType: 'PC', weight: 2 }] });
    expect(denied.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(denied.errors?.[0].message).toBe(
      'Seul le directeur ou la directrice du service ADS peut modifier le barème des actes quantifiés.',
    );
    const twice = await director.request(NEW_SCALE, {
      from: '2024-01-01',
      w: [
        { dossierType: 'PC', weight: 2 },
        { dossierType: 'PC', weight: 3 },
      ],
    });
    expect(twice.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'weights' });
    expect(twice.errors?.[0].message).toBe('Le type PC est indiqué deux fois.');

    const { updateAdsActWeights: scale } = await director.ok(NEW_SCALE, {
      from: '2024-01-01',
      w: [{ dossierType: 'PC', weight: 2 }],
    });
    expect(scale.find((w: { dossierType: string }) => w.dossierType === 'PC')).toEqual({
      dossierType: 'PC',
      weight: 2,
      validFrom: '2024-01-01',
    });
    expect(scale.find((w: { dossierType: string }) => w.dossierType === 'DP')).toEqual({
      dossierType: 'DP',
      weight: 0.7,
      validFrom: '2015-07-01',
    });
    expect(await weighted(2023)).toBe(1.7);
    expect(await weighted(2024)).toBe(2);
    expect(
      (await agent.ok(SCALE_ON, { on: '2023-12-31' })).adsActWeights.find(
        (w: { dossierType: string }) => w.dossierType === 'PC',
      ).weight,
    ).toBe(1);
    const history = await agent.ok('{ adsActWeightHistory { validFrom updatedBy weights { dossierType weight } } }');
    expect(
      history.adsActWeightHistory.map((s: { validFrom: string; updatedBy: string; weights: unknown[] }) => [
        s.validFrom,
        s.updatedBy,
        s.weights.length,
      ]),
    ).toEqual([
      ['2024-01-01', 'directeur.ads', 1],
      ['2015-07-01', 'barème par défaut', 7],
    ]);
    expect(await audit('scale:2024-01-01')).toEqual([
      { user_login: 'directeur.ads', action: 'update', changes: { validFrom: '2024-01-01', PC: { from: 1, to: 2 } } },
    ]);
  });

  it('should correct a deposited dossier, renumber it for a new commune and type, and write the diff to the timeline and the audit', async () => {
    const { createAdsDossier: d } = await agent.ok(CREATE, {
      i: dossier({
        type: 'PCMI',
        depositedOn: '2025-01-13',
        applicantKind: 'PERSON',
        applicantName: 'Jean Martn',
        dwellingsCreated: 1,
        floorAreaCreated: 120,
      }),
    });
    expect(d).toMatchObject({ number: 'PC 062 498 25 A0001', deadline: '2025-03-13' });
    const { updateAdsDossier: c } = await agent.ok(UPDATE, {
      id: d.id,
      i: {
        expectedVersion: await versionOf(d.id),
        applicantName: ' Jean Martin ',
        cadastralParcels: ['ab 12', 'AB  13'],
        channel: 'ELECTRONIC',
        landAddress: '12 rue Jean Jaurès, Lens',
      },
    });
    expect(c).toMatchObject({
      number: 'PC 062 498 25 A0001',
      applicantName: 'Jean Martin',
      cadastralParcels: ['AB 12', 'AB 13'],
      channel: 'ELECTRONIC',
      landAddress: '12 rue Jean Jaurès, Lens',
    });
    expect(c.events.at(-1)).toEqual({
      kind: 'CORRECTED',
      actorLogin: 'agent.ads',
      summary: 'Dossier corrigé : mode de dépôt, demandeur, parcelles cadastrales.',
    });
    expect(c.events[0].summary).toBe('Enregistré : dépôt papier du 13/01/2025, échéance le 13/03/2025.');
    expect(await audit(d.id)).toEqual([
      expect.objectContaining({ action: 'create' }),
      {
        user_login: 'agent.ads',
        action: 'update',
        changes: {
          channel: { from: 'PAPER', to: 'ELECTRONIC' },
          applicantName: { from: 'Jean Martn', to: 'Jean Martin' },
          cadastralParcels: { from: ['AB 123'], to: ['AB 12', 'AB 13'] },
        },
      },
    ]);

    // PCMI → PC at Harnes: a new number of Harnes's A series, and the PC's three months
    const { updateAdsDossier: moved } = await agent.ok(UPDATE, {
      id: d.id,
      i: { expectedVersion: await versionOf(d.id), type: 'PC', communeInsee: HARNES },
    });
    expect(moved).toMatchObject({
      number: 'PC 062 413 25 A0001',
      type: 'PC',
      communeInsee: HARNES,
      deadline: '2025-04-13',
    });
    expect(moved.events.at(-1).summary).toBe(
      'Dossier corrigé : type de dossier, commune, numéro du dossier ; nouveau numéro PC 062 413 25 A0001 ; échéance le 13/04/2025.',
    );
    // the official number can be given instead
    const { updateAdsDossier: renumbered } = await agent.ok(UPDATE, {
      id: d.id,
      i: { expectedVersion: await versionOf(d.id), number: 'pc 062 413 25 a0042' },
    });
    expect(renumbered.number).toBe('PC 062 413 25 A0042');
    // nothing changed: no event
    const { updateAdsDossier: same } = await agent.ok(UPDATE, {
      id: d.id,
      i: { expectedVersion: await versionOf(d.id), applicantName: 'Jean Martin' },
    });
    expect(same.events).toHaveLength(renumbered.events.length);
  });

  it('should refuse, in French and naming the field, the corrections the rules forbid', async () => {
    const { createAdsDossier: d } = await agent.ok(CREATE, {
      i: dossier({
        type: 'DP',
        depositedOn: '2025-02-03',
        projectNature: 'Clôture',
        floorAreaCreated: 0,
        dwellingsCreated: 0,
      }),
    });
    const bully = await agent.request(UPDATE, {
      id: d.id,
      i: { expectedVersion: await versionOf(d.id), communeInsee: '62190' },
    });
    expect(bully.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'communeInsee' });
    expect(bully.errors?.[0].message).toBe(
      'La commune 62190 n’adhère pas à l’option 1 (instruction) du service ADS au 03/02/2025 : le service ne peut pas instruire ce dossier.',
    );
    const wrongNumber = await agent.request(UPDATE, {
      id: d.id,
      i: { expectedVersion: await versionOf(d.id), number: 'PC 062 498 25 A0077' },
    });
    expect(wrongNumber.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'number' });
    expect(wrongNumber.errors?.[0].message).toBe('Le numéro commence par PC alors qu’un dossier DP est numéroté DP.');
    const empty = await agent.request(UPDATE, {
      id: d.id,
      i: { expectedVersion: await versionOf(d.id), applicantName: '' },
    });
    expect(empty.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'applicantName' });

    await agent.ok(MOVE, {
      id: d.id,
      i: { expectedVersion: await versionOf(d.id), action: 'DECLARE_COMPLETE', on: '2025-02-04' },
    });
    const late = await agent.request(UPDATE, {
      id: d.id,
      i: { expectedVersion: await versionOf(d.id), applicantName: 'Julie Caron', communeInsee: HARNES },
    });
    expect(late.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'communeInsee' });
    expect(late.errors?.[0].message).toBe(
      'La commune ne peut être corrigée que tant que le dossier est au statut « Déposé » (il est au statut « Complet »).',
    );
    const type = await agent.request(UPDATE, { id: d.id, i: { expectedVersion: await versionOf(d.id), type: 'PC' } });
    expect(type.errors?.[0].message).toBe(
      'Le type ne peut être corrigé que tant que le dossier est au statut « Déposé » (il est au statut « Complet »).',
    );
    // descriptive fields stay correctable after the deposit
    expect(
      (
        await agent.ok(UPDATE, {
          id: d.id,
          i: { expectedVersion: await versionOf(d.id), applicantName: 'Julie Caron' },
        })
      ).updateAdsDossier.applicantName,
    ).toBe('Julie Caron');

    await agent.ok(MOVE, {
      id: d.id,
      i: { expectedVersion: await versionOf(d.id), action: 'CANCEL', on: '2025-02-05' },
    });
    const cancelled = await agent.request(UPDATE, {
      id: d.id,
      i: { expectedVersion: await versionOf(d.id), applicantName: 'Julie Caron-Petit' },
    });
    expect(cancelled.errors?.[0].extensions?.code).toBe('INVALID_TRANSITION');
    expect(cancelled.errors?.[0].message).toBe('Le dossier est annulé : il ne peut plus être corrigé.');
    const missing = await agent.request(UPDATE, {
      id: '00000000-0000-0000-0000-000000000000',
      i: { expectedVersion: await versionOf('00000000-0000-0000-0000-000000000000'), applicantName: 'Julie Caron' },
    });
    expect(missing.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });
});
