import { AuditService } from '../../src/core/audit/audit.service';
import { IndicatorsService } from '../../src/core/indicators/indicators.service';
import { fixedClock } from '../../src/core/kit/clock';
import { ReportDocumentBuilder } from '../../src/core/report/report-document.builder';
import { startTestApp, type GqlClient, type TestApp } from '../support/test-app';
import { ACK, adsDossier, chapterOf, CLOSE, DRIFT, FIGURES, OPEN, REOPEN, YEAR } from './report.factories';

const CREATE = `mutation($i: CreateAdsDossierInput!) { createAdsDossier(input: $i) { id version } }`;
const UPDATE = `mutation($id: ID!, $i: UpdateAdsDossierInput!) { updateAdsDossier(id: $id, input: $i) { id } }`;
const SCALE = `mutation($from: Date!, $w: [AdsActWeightInput!]!) { updateAdsActWeights(validFrom: $from, weights: $w, confirmBackdated: true) { dossierType } }`;
const DECLARE = `mutation($k: String!, $y: Int!, $v: Float!, $s: String) { declareIndicatorValue(key: $k, year: $y, value: $v, source: $s) { value declaredSource } }`;

type Figure = { key: string; value: number | null; frozen: boolean; declared: boolean; source: string | null };
const valueOf = (figures: Figure[], key: string) => figures.find((f) => f.key === key)?.value;

describe('annual report: closing a year freezes its figures', () => {
  let t: TestApp;
  let dgs: GqlClient;
  let ads: GqlClient;
  let agent: GqlClient;
  let rh: GqlClient;
  let builder: ReportDocumentBuilder;
  const clock = fixedClock('2024-11-15');
  beforeAll(async () => {
    t = await startTestApp({ clock });
    dgs = await t.as('dgs');
    ads = await t.as('directeur.ads');
    agent = await t.as('agent.ads');
    rh = await t.as('directeur.rh');
    builder = new ReportDocumentBuilder(
      t.app.db,
      new IndicatorsService(t.app.db, t.app.registry, new AuditService()),
      clock,
    );
  }, 180_000);
  afterAll(() => t.close());

  let paperId = '';
  it('should show the director live figures of an open year, declared ones with their source', async () => {
    await dgs.ok(OPEN, { y: 2023 });
    const chapter = await chapterOf(ads, 2023, 'ads');
    const figures = async () => (await ads.ok(FIGURES, { id: chapter.id })).reportChapterFigures as Figure[];
    expect(valueOf(await figures(), 'ads.weighted_acts')).toBe(0);
    const { createAdsDossier: pc } = await agent.ok(CREATE, { i: adsDossier() });
    paperId = pc.id;
    await agent.ok(CREATE, {
      i: adsDossier({ type: 'DP', depositedOn: '2023-12-11', floorAreaCreated: 0, dwellingsCreated: 0 }),
    });
    const live = await figures();
    expect(valueOf(live, 'ads.weighted_acts')).toBe(1.7);
    expect(valueOf(live, 'ads.dossiers_instructed')).toBe(2);
    expect(live.every((f) => !f.frozen)).toBe(true);

    expect(
      (await rh.ok(DECLARE, { k: 'rh.agents', y: 2023, v: 240, s: 'Bilan social 2023' })).declareIndicatorValue,
    ).toEqual({ value: 240, declaredSource: 'Bilan social 2023' });
    // entered again without its source: the note stays
    await rh.ok(DECLARE, { k: 'rh.agents', y: 2023, v: 241 });
    const rhChapter = await chapterOf(rh, 2023, 'rh');
    const declared = ((await rh.ok(FIGURES, { id: rhChapter.id })).reportChapterFigures as Figure[]).find(
      (f) => f.key === 'rh.agents',
    );
    expect(declared).toMatchObject({ value: 241, declared: true, source: 'Bilan social 2023' });
  });

  it('should let only the DGS close the year, freezing every figure of the report', async () => {
    const { reportYear } = await dgs.ok(YEAR, { y: 2023 });
    expect((await ads.request(CLOSE, { y: 2023, v: reportYear.version })).errors?.[0].extensions?.code).toBe(
      'FORBIDDEN',
    );
    const closed = (await dgs.ok(CLOSE, { y: 2023, v: reportYear.version })).closeReportYear;
    expect(closed.status).toBe('CLOSED');
    expect((await dgs.request(CLOSE, { y: 2023, v: closed.version })).errors?.[0].extensions?.code).toBe(
      'INVALID_TRANSITION',
    );
    const snapshot = await t.app.db.read((em) =>
      em.query<{ indicator_key: string; value: number; definition_version: number; breakdowns: unknown[] }[]>(
        `SELECT indicator_key, value, definition_version, breakdowns FROM report_figure_snapshot WHERE year = 2023`,
      ),
    );
    const weighted = snapshot.find((s) => s.indicator_key === 'ads.weighted_acts')!;
    expect(weighted).toMatchObject({ value: 1.7, definition_version: 1 });
    expect(weighted.breakdowns.length).toBeGreaterThan(0);
    // tables and charts are frozen too (fourriere.sorties is only in a table)
    expect(snapshot.map((s) => s.indicator_key)).toEqual(
      expect.arrayContaining(['fourriere.sorties', 'rh.agents', 'crematorium.cremations']),
    );

    const chapter = await chapterOf(ads, 2023, 'ads');
    expect(chapter.status).toBe('MISSING');
    const locked = await ads.request(
      `mutation($id: ID!, $i: ReportChapterTextInput!) { saveReportChapterText(id: $id, input: $i) { id } }`,
      { id: chapter.id, i: { highlights: 'trop tard', outlook: '', expectedVersion: chapter.version } },
    );
    expect(locked.errors?.[0].extensions?.code).toBe('INVALID_TRANSITION');
    expect(locked.errors?.[0].message).toMatch(/clos : la DGS doit le rouvrir/);
  });

  it('should keep the frozen figures after a back-dated scale and an edited 2023 record, and show the drift to the DGS', async () => {
    const before = await builder.build(2023);
    expect(before.frozen).toBe(true);
    expect(await dgs.ok(DRIFT, { y: 2023 })).toEqual({ reportDrift: [] });

    await ads.ok(SCALE, { from: '2020-01-01', w: [{ dossierType: 'PC', weight: 2 }] });
    const version = (await agent.ok('query($id: ID!) { adsDossier(id: $id) { version } }', { id: paperId })).adsDossier
      .version;
    await agent.ok(UPDATE, { id: paperId, i: { expectedVersion: version, channel: 'ELECTRONIC' } });
    await rh.ok(DECLARE, { k: 'rh.agents', y: 2023, v: 250 });

    const chapter = await chapterOf(ads, 2023, 'ads');
    const frozen = (await ads.ok(FIGURES, { id: chapter.id })).reportChapterFigures as Figure[];
    expect(valueOf(frozen, 'ads.weighted_acts')).toBe(1.7);
    expect(valueOf(frozen, 'ads.dossiers_electronic')).toBe(0);
    expect(frozen.every((f) => f.frozen)).toBe(true);
    // the live indicators did move
    const live = await dgs.ok(`{ indicators(year: 2023, keys: ["ads.weighted_acts"]) { value } }`);
    expect(live.indicators[0].value).toBe(2.7);

    // reproducible: the closed year's document is the same, whatever changed since
    expect(await builder.build(2023)).toEqual(before);
    const adsDoc = before.parts.flatMap((p) => p.chapters).find((c) => c.directorate === 'ads')!;
    expect(adsDoc.figures.find((f) => f.indicatorKey === 'ads.weighted_acts')?.value).toBe(1.7);

    expect((await ads.request(DRIFT, { y: 2023 })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const { reportDrift } = await dgs.ok(DRIFT, { y: 2023 });
    expect(reportDrift).toEqual(
      expect.arrayContaining([
        { key: 'ads.weighted_acts', frozenValue: 1.7, liveValue: 2.7, acknowledged: false },
        { key: 'ads.dossiers_electronic', frozenValue: 0, liveValue: 1, acknowledged: false },
        { key: 'rh.agents', frozenValue: 241, liveValue: 250, acknowledged: false },
      ]),
    );
    const acked = (await dgs.ok(ACK, { y: 2023, k: 'ads.weighted_acts' })).acknowledgeReportDrift;
    expect(acked.find((d: { key: string }) => d.key === 'ads.weighted_acts').acknowledged).toBe(true);
    expect(acked.find((d: { key: string }) => d.key === 'rh.agents').acknowledged).toBe(false);
    expect(await builder.build(2023)).toEqual(before);
  });

  it('should let only the DGS reopen the year, with a reason; the report then reads live figures', async () => {
    expect((await ads.request(REOPEN, { y: 2023, r: 'correction' })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await dgs.request(REOPEN, { y: 2023, r: '  ' })).errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'reason',
    });
    expect((await dgs.ok(REOPEN, { y: 2023, r: 'Barème corrigé' })).reopenReportYear.status).toBe('OPEN');
    expect((await dgs.request(REOPEN, { y: 2023, r: 'encore' })).errors?.[0].extensions?.code).toBe(
      'INVALID_TRANSITION',
    );
    const doc = await builder.build(2023);
    expect(doc.frozen).toBe(false);
    const adsDoc = doc.parts.flatMap((p) => p.chapters).find((c) => c.directorate === 'ads')!;
    expect(adsDoc.figures.find((f) => f.indicatorKey === 'ads.weighted_acts')?.value).toBe(2.7);
    const trail = await t.app.db.read((em) =>
      em.query<{ action: string }[]>(
        `SELECT action FROM audit_entry WHERE entity = 'ReportYear' AND entity_id = '2023' ORDER BY id`,
      ),
    );
    expect(trail.map((r) => r.action)).toEqual(['open', 'close', 'reopen']);
  });

  it('should serve the report to the DGS and the directors only, as DOCX and PDF', async () => {
    const base = t.url.replace(/\/graphql$/, '');
    const get = (path: string, client?: GqlClient) =>
      fetch(`${base}${path}`, { headers: client?.cookie ? { cookie: client.cookie } : {} });
    expect((await get('/rapport/2023.pdf')).status).toBe(401);
    expect((await get('/rapport/2023.pdf', agent)).status).toBe(403);
    expect((await get('/rapport/2019.pdf', dgs)).status).toBe(404);
    const pdf = await get('/rapport/2023.pdf', ads);
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    expect(
      Buffer.from(await pdf.arrayBuffer())
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-');
    const docx = await get('/rapport/2023.docx', dgs);
    expect(docx.headers.get('content-type')).toBe(
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    );
    expect(docx.headers.get('content-disposition')).toBe('attachment; filename="rapport-activites-2023.docx"');
    expect(
      Buffer.from(await docx.arrayBuffer())
        .subarray(0, 2)
        .toString(),
    ).toBe('PK');
  });
});
