import { startTestApp, type TestApp } from '../support/test-app';

const ON = `query($s: String!, $on: Date) { serviceMemberships(service: $s, on: $on) { option commune { name } validFrom validTo } }`;

describe('referentials', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('should hold the 36 official communes with their INSEE codes', async () => {
    const c = await t.as('agent.ads');
    const { communes } = await c.ok(`query { communes { inseeCode name population postalCodes } }`);
    expect(communes).toHaveLength(36);
    expect(communes.find((x: { inseeCode: string }) => x.inseeCode === '62498')).toMatchObject({
      name: 'Lens',
      postalCodes: ['62300'],
    });
    expect(communes.map((x: { name: string }) => x.name)).toEqual(
      expect.arrayContaining(['Annay', 'Givenchy-en-Gohelle', 'Éleu-dit-Leauwette']),
    );
    const total = communes.reduce((s: number, x: { population: number }) => s + x.population, 0);
    expect(total).toBeGreaterThan(240_000);
    expect(total).toBeLessThan(250_000);
  });

  it('should say which communes were in the ADS service on a given day', async () => {
    const c = await t.as('dgs');
    const count = async (on: string, option: string) =>
      (await c.ok(ON, { s: 'ads', on })).serviceMemberships.filter((m: { option: string }) => m.option === option);
    // Acheville joined on 1 January 2023; Servins moved from option 2 to option 1 on 1 July 2023
    expect(await count('2022-12-31', 'instruction')).toHaveLength(21);
    const may = await count('2023-05-01', 'instruction');
    expect(may).toHaveLength(22);
    expect(may.map((m: { commune: { name: string } }) => m.commune.name)).toContain('Acheville');
    expect((await count('2023-05-01', 'gnau')).map((m: { commune: { name: string } }) => m.commune.name)).toContain(
      'Servins',
    );
    expect(await count('2023-12-31', 'instruction')).toHaveLength(23);
    expect(await count('2023-12-31', 'gnau')).toHaveLength(5);
  });

  it('should let only the admin add a dated membership, without overlaps', async () => {
    const add = `mutation($i: AddServiceMembershipInput!) { addServiceMembership(input: $i, confirmBackdated: true) { commune { name } validFrom } }`;
    const i = { service: 'permis_louer', option: null, communeInsee: '62498', validFrom: '2020-01-01', validTo: null };
    expect((await (await t.as('dgs')).request(add, { i })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const admin = await t.as('admin');
    expect((await admin.ok(add, { i })).addServiceMembership).toEqual({
      commune: { name: 'Lens' },
      validFrom: '2020-01-01',
    });
    const again = await admin.request(add, { i: { ...i, validFrom: '2021-01-01' } });
    expect(again.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', field: 'validFrom' });
    const noOption = await admin.request(add, { i: { ...i, service: 'ads', communeInsee: '62065' } });
    expect(noOption.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'option' });
    const badDate = await admin.request(add, { i: { ...i, validFrom: '2021-02-30' } });
    expect(badDate.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(badDate.errors?.[0].message).toContain('AAAA-MM-JJ');
  });

  it('should name the published figures a back-dated closing changes, write nothing, and refuse it unconfirmed', async () => {
    const admin = await t.as('admin');
    const bully = (
      await admin.ok(`{ serviceMemberships(service: "ads", on: "2023-06-30") { id option commune { name } } }`)
    ).serviceMemberships.find((m: { commune: { name: string } }) => m.commune.name === 'Bully-les-Mines');
    const impact = `query($id: ID!, $to: Date!) { endServiceMembershipImpact(id: $id, validTo: $to) { indicatorKey label year before after } }`;
    const changes = (await admin.ok(impact, { id: bully.id, to: '2023-06-30' })).endServiceMembershipImpact;
    expect(changes[0]).toEqual({
      indicatorKey: 'ads.communes_option2',
      label: 'Communes adhérentes à l’option 2 (GNAU)',
      year: 2023,
      before: 5,
      after: 4,
    });
    expect(changes.every((c: { indicatorKey: string }) => c.indicatorKey === 'ads.communes_option2')).toBe(true);
    const unconfirmed = await admin.request(
      `mutation($id: ID!, $to: Date!) { endServiceMembership(id: $id, validTo: $to) { validTo } }`,
      { id: bully.id, to: '2023-06-30' },
    );
    expect(unconfirmed.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'validTo' });
    expect(unconfirmed.errors?.[0].message).toContain('modifie des chiffres publiés ; confirmez-le.');
    // nothing written by the preview nor by the refusal: still open
    const still = (
      await admin.ok(`{ serviceMemberships(service: "ads", on: "2023-12-31") { id validTo } }`)
    ).serviceMemberships.find((m: { id: string }) => m.id === bully.id);
    expect(still.validTo).toBeNull();
  });

  it('should let the admin close a membership, then record the next one (a change of option)', async () => {
    const admin = await t.as('admin');
    const list = async (on: string) =>
      (
        await admin.ok(
          `query($on: Date) { serviceMemberships(service: "ads", on: $on) { id option commune { name } validTo } }`,
          { on },
        )
      ).serviceMemberships;
    const bully = (await list('2024-06-30')).find(
      (m: { commune: { name: string } }) => m.commune.name === 'Bully-les-Mines',
    );
    expect(bully.option).toBe('gnau');
    const end = `mutation($id: ID!, $to: Date!) { endServiceMembership(id: $id, validTo: $to, confirmBackdated: true) { validTo } }`;
    expect(
      (await (await t.as('dgs')).request(end, { id: bully.id, to: '2024-06-30' })).errors?.[0].extensions?.code,
    ).toBe('FORBIDDEN');
    expect((await admin.ok(end, { id: bully.id, to: '2024-06-30' })).endServiceMembership.validTo).toBe('2024-06-30');
    expect((await admin.request(end, { id: bully.id, to: '2024-07-31' })).errors?.[0].extensions?.code).toBe(
      'CONFLICT',
    );
    await admin.ok(
      `mutation($i: AddServiceMembershipInput!) { addServiceMembership(input: $i, confirmBackdated: true) { id } }`,
      {
        i: { service: 'ads', option: 'instruction', communeInsee: '62186', validFrom: '2024-07-01', validTo: null },
      },
    );
    const july = (await list('2024-07-01')).filter(
      (m: { commune: { name: string } }) => m.commune.name === 'Bully-les-Mines',
    );
    expect(july.map((m: { option: string }) => m.option)).toEqual(['instruction']);
    expect(
      (await list('2024-06-30')).find((m: { commune: { name: string } }) => m.commune.name === 'Bully-les-Mines')
        .option,
    ).toBe('gnau');
  });
});
