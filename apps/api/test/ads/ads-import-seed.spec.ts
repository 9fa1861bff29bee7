import ExcelJS from 'exceljs';
import { adsModule } from '../../src/modules/ads/ads.module';
import { startTestApp, type GqlClient, type TestApp } from '../support/test-app';

const IMPORT = `mutation($f: String!, $b: String!) { importAdsDossiers(filename: $f, base64: $b) { committed imported skipped rejected lines { line number status messages } } }`;
const HEADER =
  'numero;type;commune_insee;date_depot;mode_depot;demandeur;type_demandeur;adresse_terrain;parcelles;nature_projet;surface_plancher;logements';
const GOOD = [
  'PC 062 498 24 A0100;PC;62498;2024-02-12;dématérialisé;SCI Les Terrils;société;3 rue Pasteur;AB 12, AB 13;Construction de 6 logements;420;6',
  'DP 062 498 24 A0101;DP;62498;14/02/2024;papier;Julie Caron;particulier;8 rue Paul Bert;AC 40;Pose de panneaux photovoltaïques;0;0',
  'PC 062 498 24 A0100 M01;PC;62498;2024-06-03;papier;SCI Les Terrils;société;3 rue Pasteur;AB 12;Modification des façades;;',
];
const b64 = (lines: string[]) => Buffer.from([HEADER, ...lines].join('\r\n'), 'utf8').toString('base64');

describe('ADS import of the instruction software export', () => {
  let t: TestApp;
  let agent: GqlClient;
  beforeAll(async () => {
    t = await startTestApp();
    agent = await t.as('agent.ads');
  });
  afterAll(() => t.close());

  it('should reject the whole file with a line-by-line French report when a row is bad', async () => {
    const bad = [
      ...GOOD,
      'PC 062 498 24 A0102;PX;62498;2024-02-30;fax;;particulier;1 rue X;AB 1;Maison;abc;1',
      'DP 062 190 24 A0001;DP;62190;2024-03-01;papier;Jean Martin;particulier;1 rue de la Gare;B 10;Clôture;0;0',
      'DP 062 498 24 A0101;DP;62498;2024-02-14;papier;Julie Caron;particulier;8 rue Paul Bert;AC 40;Doublon;0;0',
    ];
    const r = (await agent.ok(IMPORT, { f: 'export-oxalis.csv', b: b64(bad) })).importAdsDossiers;
    expect(r).toMatchObject({ committed: false, imported: 0, rejected: 3 });
    expect(r.lines.slice(0, 3).map((l: { status: string }) => l.status)).toEqual(['VALID', 'VALID', 'VALID']);
    expect(r.lines[3]).toEqual({
      line: 5,
      number: 'PC 062 498 24 A0102',
      status: 'REJECTED',
      messages: [
        'Colonne demandeur : valeur obligatoire.',
        'Colonne type : « PX » n’est pas un type connu (CUa, CUb, DP, PCMI, PC, PA, PD).',
        'Colonne date_depot : « 2024-02-30 » n’est pas une date (AAAA-MM-JJ ou JJ/MM/AAAA).',
        'Colonne mode_depot : « fax » (attendu : papier ou dématérialisé).',
        'Colonne surface_plancher : « abc » n’est pas un nombre entier de m².',
      ],
    });
    // 62190 is Bully-les-Mines: option 2 (GNAU) only
    expect(r.lines[4]).toEqual({
      line: 6,
      number: 'DP 062 190 24 A0001',
      status: 'REJECTED',
      messages: [
        'La commune 62190 n’adhère pas à l’option 1 (instruction) du service ADS au 01/03/2024 : le service ne peut pas instruire ce dossier.',
      ],
    });
    expect(r.lines[5]).toEqual({
      line: 7,
      number: 'DP 062 498 24 A0101',
      status: 'REJECTED',
      messages: ['Numéro présent plusieurs fois dans le fichier.'],
    });
    const list = await agent.ok('{ adsDossiers(filter: { queue: ALL, year: 2024 }) { total } }');
    expect(list.adsDossiers.total).toBe(0);
  });

  it('should import a good file, attach the modificatif, and be idempotent on the number', async () => {
    const first = (await agent.ok(IMPORT, { f: 'export-oxalis.csv', b: b64(GOOD) })).importAdsDossiers;
    expect(first).toMatchObject({ committed: true, imported: 3, skipped: 0, rejected: 0 });
    const again = (await agent.ok(IMPORT, { f: 'export-oxalis.csv', b: b64(GOOD) })).importAdsDossiers;
    expect(again).toMatchObject({ committed: true, imported: 0, skipped: 3, rejected: 0 });
    expect(again.lines[0].messages).toEqual(['Déjà enregistré : ligne ignorée.']);
    const list = await agent.ok(
      '{ adsDossiers(filter: { queue: ALL, year: 2024 }, sort: NUMBER_ASC) { total items { id number channel status } } }',
    );
    expect(list.adsDossiers.items.map((i: { number: string; channel: string }) => [i.number, i.channel])).toEqual([
      ['DP 062 498 24 A0101', 'PAPER'],
      ['PC 062 498 24 A0100', 'ELECTRONIC'],
      ['PC 062 498 24 A0100 M01', 'PAPER'],
    ]);
    const m = await agent.ok(
      `{ adsDossier(id: "${list.adsDossiers.items[2].id}") { initialNumber events { kind actorLogin } } }`,
    );
    expect(m.adsDossier).toEqual({
      initialNumber: 'PC 062 498 24 A0100',
      events: [{ kind: 'IMPORTED', actorLogin: 'agent.ads' }],
    });
  });

  it('should read an XLSX export and refuse a file without the expected columns', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Export');
    ws.addRow(HEADER.split(';'));
    ws.addRow([
      'CU 062 498 24 A0001',
      'CUa',
      '62498',
      new Date(Date.UTC(2024, 4, 2)),
      'papier',
      'Étude Maître Dhainaut',
      'société',
      '5 rue Émile Zola',
      'AE 7',
      'Renseignements avant vente',
      0,
      0,
    ]);
    const xlsx = Buffer.from(await wb.xlsx.writeBuffer()).toString('base64');
    const r = (await agent.ok(IMPORT, { f: 'export.xlsx', b: xlsx })).importAdsDossiers;
    expect(r).toMatchObject({ committed: true, imported: 1 });
    const noCols = await agent.request(IMPORT, {
      f: 'x.csv',
      b: Buffer.from('numero;type\nPC 062 498 24 A0001;PC').toString('base64'),
    });
    expect(noCols.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filename' });
    expect(noCols.errors?.[0].message).toBe(
      'Colonnes manquantes dans l’en-tête : commune_insee, date_depot, mode_depot, demandeur, adresse_terrain, nature_projet.',
    );
  });
});

describe('ADS demo year', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ activity: true, modules: [adsModule] });
  }, 120_000);
  afterAll(() => t.close());

  it('should reproduce the report’s 2023 figures: 2032 dossiers instructed, 745 electronic, 23 + 5 communes', async () => {
    const director = await t.as('directeur.ads');
    const { indicators } = await director.ok(
      'query { indicators(year: 2023, directorate: ads) { key value previousValue evolution breakdowns { dimension items { member label value } } } }',
    );
    const get = (key: string) => indicators.find((i: { key: string }) => i.key === key);
    expect(get('ads.dossiers_instructed').value).toBe(2032);
    expect(get('ads.dossiers_instructed').previousValue).toBe(1958);
    expect(get('ads.dossiers_instructed').evolution).toBe(3.78);
    expect(get('ads.dossiers_electronic').value).toBe(745);
    expect(get('ads.communes_option1').value).toBe(23);
    expect(get('ads.communes_option2').value).toBe(5);
    expect(get('ads.communes_option1').previousValue).toBe(21);
    expect(get('ads.communes_option2').previousValue).toBe(6);

    const byCommune = get('ads.dossiers_instructed').breakdowns.find(
      (b: { dimension: string }) => b.dimension === 'commune',
    ).items;
    expect(byCommune).toHaveLength(23);
    expect(byCommune.reduce((s: number, i: { value: number }) => s + i.value, 0)).toBe(2032);
    const months = get('ads.dossiers_instructed').breakdowns.find(
      (b: { dimension: string }) => b.dimension === 'month',
    ).items;
    expect(months).toHaveLength(12);
    const channel = get('ads.dossiers_instructed').breakdowns.find(
      (b: { dimension: string }) => b.dimension === 'channel',
    ).items;
    expect(channel.find((i: { member: string }) => i.member === 'ELECTRONIC').value).toBe(745);
    expect(get('ads.open_year_end').value).toBeGreaterThan(50);
    expect(get('ads.tacit_decisions').value).toBeGreaterThan(20);
    // 2022 decides the late deposits of 2021 too (ADS_CARRY_OVER_2021): its decisions stand next to 2023's
    expect(get('ads.decisions').value).toBe(1976);
    expect(get('ads.decisions').previousValue).toBe(1927);
    expect(get('ads.instruction_time_median').value).toBeGreaterThan(15);
    expect(get('ads.weighted_acts').value).toBeGreaterThan(1000);

    // Servins instructs only from 2023-07-01, Acheville from 2023-01-01 (not in 2022)
    const records = await director.ok(
      `{ servins: indicatorRecords(key: "ads.dossiers_instructed", year: 2023, dimension: "commune", member: "${(await director.ok('{ communes { inseeCode name } }')).communes.find((c: { name: string }) => c.name === 'Servins').inseeCode}", limit: 500) { total rows } }`,
    );
    expect(records.servins.rows.every((r: { depositedOn: string }) => r.depositedOn >= '2023-07-01')).toBe(true);
    const y2022 = await director.ok(
      'query { indicators(year: 2022, directorate: ads) { key breakdowns { dimension items { label } } } }',
    );
    const communes2022 = y2022.indicators
      .find((i: { key: string }) => i.key === 'ads.dossiers_instructed')
      .breakdowns.find((b: { dimension: string }) => b.dimension === 'commune')
      .items.map((i: { label: string }) => i.label);
    expect(communes2022).toHaveLength(21);
    expect(communes2022).not.toContain('Acheville');
    // the report's year is history: every 2023 dossier has been decided, withdrawn or cancelled since
    const stillOpen = await director.ok(
      '{ adsDossiers(filter: { queue: ALL, year: 2023, statuses: [DEPOSITED, INCOMPLETE, COMPLETE, UNDER_INSTRUCTION] }) { total } }',
    );
    expect(stillOpen.adsDossiers.total).toBe(0);
    const y2021 = await director.ok('query { indicators(year: 2021, directorate: ads) { key value } }');
    expect(y2021.indicators.find((i: { key: string }) => i.key === 'ads.dossiers_instructed').value).toBe(360);
    expect(y2021.indicators.find((i: { key: string }) => i.key === 'ads.open_year_end').value).toBe(229);
  });
});
