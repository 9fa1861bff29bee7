import { startTestApp, type GqlClient, type TestApp } from '../support/test-app';
import { chapterOf, OPEN, REVIEW, SAVE, SUBMIT, YEAR } from './report.factories';

describe('annual report: structure and chapters', () => {
  let t: TestApp;
  let dgs: GqlClient;
  let ads: GqlClient;
  let fourriere: GqlClient;
  beforeAll(async () => {
    t = await startTestApp();
    dgs = await t.as('dgs');
    ads = await t.as('directeur.ads');
    fourriere = await t.as('directeur.fourriere');
  }, 180_000);
  afterAll(() => t.close());
  const audit = (entityId: string) =>
    t.app.db.read((em) =>
      em.query<{ user_login: string; action: string }[]>(
        `SELECT user_login, action FROM audit_entry WHERE entity = 'ReportChapter' AND entity_id = $1 ORDER BY id`,
        [entityId],
      ),
    );

  it('should open a year with the 2023 structure, for the DGS only', async () => {
    expect((await ads.request(OPEN, { y: 2024 })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const { openReportYear: y } = await dgs.ok(OPEN, { y: 2024 });
    expect(y.parts.map((p: { title: string }) => p.title)).toEqual([
      'La CALL, une administration générale agile',
      'La CALL protège',
      'La CALL avance',
      'La CALL rassemble',
      'La CALL s’engage',
      'La CALL investit',
    ]);
    const dirs = y.parts.flatMap((p: { chapters: { directorate: string | null }[] }) =>
      p.chapters.map((c) => c.directorate),
    );
    for (const d of ['ads', 'permis_louer', 'fourriere', 'crematorium', 'pret_materiel', 'rh', 'finances'])
      expect(dirs).toContain(d);
    expect((await dgs.request(OPEN, { y: 2024 })).errors?.[0].extensions?.code).toBe('CONFLICT');
    const agent = await t.as('agent.ads');
    expect((await agent.request(YEAR, { y: 2024 })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('should show a director only their chapter, and let them edit only it', async () => {
    const { reportYear } = await ads.ok(YEAR, { y: 2024 });
    const mine = reportYear.parts.flatMap((p: { chapters: unknown[] }) => p.chapters);
    expect(mine).toHaveLength(1);
    expect(mine[0]).toMatchObject({ directorate: 'ads', status: 'MISSING', canWrite: true });
    const adsChapter = await chapterOf(ads, 2024, 'ads');

    const denied = await fourriere.request(SAVE, {
      id: adsChapter.id,
      i: { highlights: 'Pas mon chapitre', outlook: '', expectedVersion: adsChapter.version },
    });
    expect(denied.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await fourriere.request(SUBMIT, { id: adsChapter.id })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(
      (await fourriere.request('query($id: ID!) { reportChapter(id: $id) { id } }', { id: adsChapter.id })).errors?.[0]
        .extensions?.code,
    ).toBe('FORBIDDEN');
    // the DGS reviews but does not write a directorate's chapter
    const dgsWrites = await dgs.request(SAVE, {
      id: adsChapter.id,
      i: { highlights: 'x', outlook: '', expectedVersion: adsChapter.version },
    });
    expect(dgsWrites.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(await chapterOf(dgs, 2024, 'ads')).toMatchObject({ status: 'MISSING' });
  });

  it('should take a chapter from draft to accepted through a request for changes, auditing every step', async () => {
    const c = await chapterOf(ads, 2024, 'ads');
    expect((await ads.request(SUBMIT, { id: c.id })).errors?.[0].message).toMatch(/faits marquants/);
    const { saveReportChapterText: saved } = await ads.ok(SAVE, {
      id: c.id,
      i: {
        highlights: '## Dématérialisation\n- **745** dossiers en ligne',
        outlook: 'Le GNAU',
        expectedVersion: c.version,
      },
    });
    expect(saved.status).toBe('DRAFT');
    const stale = await ads.request(SAVE, {
      id: c.id,
      i: { highlights: 'ancien', outlook: '', expectedVersion: c.version },
    });
    expect(stale.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', field: 'expectedVersion' });

    expect((await ads.ok(SUBMIT, { id: c.id })).submitReportChapter.status).toBe('SUBMITTED');
    const locked = await ads.request(SAVE, {
      id: c.id,
      i: { highlights: 'pendant la relecture', outlook: '', expectedVersion: saved.version + 1 },
    });
    expect(locked.errors?.[0].extensions?.code).toBe('INVALID_TRANSITION');
    expect((await ads.request(REVIEW, { id: c.id, d: 'ACCEPT' })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const noReason = await dgs.request(REVIEW, { id: c.id, d: 'REQUEST_CHANGES' });
    expect(noReason.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'comment' });
    const back = await dgs.ok(REVIEW, { id: c.id, d: 'REQUEST_CHANGES', c: 'Ajoutez les délais.' });
    expect(back.reviewReportChapter).toMatchObject({
      status: 'CHANGES_REQUESTED',
      reviewComment: 'Ajoutez les délais.',
    });

    const again = await chapterOf(ads, 2024, 'ads');
    await ads.ok(SAVE, {
      id: c.id,
      i: { highlights: '## Délais\nDélai moyen : 32 jours.', outlook: 'Le GNAU', expectedVersion: again.version },
    });
    await ads.ok(SUBMIT, { id: c.id });
    await dgs.ok(REVIEW, { id: c.id, d: 'COMMENT', c: 'Merci.' });
    expect((await dgs.ok(REVIEW, { id: c.id, d: 'ACCEPT' })).reviewReportChapter.status).toBe('ACCEPTED');
    const { reportYear } = await dgs.ok(YEAR, { y: 2024 });
    expect(reportYear.progress.find((p: { status: string }) => p.status === 'ACCEPTED').count).toBe(1);
    expect(await audit(c.id)).toEqual([
      { user_login: 'directeur.ads', action: 'write' },
      { user_login: 'directeur.ads', action: 'submit' },
      { user_login: 'dgs', action: 'request_changes' },
      { user_login: 'directeur.ads', action: 'write' },
      { user_login: 'directeur.ads', action: 'submit' },
      { user_login: 'dgs', action: 'comment' },
      { user_login: 'dgs', action: 'accept' },
    ]);
  });

  it('should let the DGS rename, add, move and remove chapters, checking the indicators', async () => {
    const { reportYear } = await dgs.ok(YEAR, { y: 2024 });
    const [first, second] = reportYear.parts;
    const ADD = `mutation($p: ID!, $i: ReportChapterStructureInput!) { addReportChapter(partId: $p, input: $i) { parts { id chapters { id title } } } }`;
    const wrong = await dgs.request(ADD, {
      p: second.id,
      i: { title: 'Fourrière bis', directorate: 'ads', indicatorKeys: ['fourriere.entrees'], tables: [], charts: [] },
    });
    expect(wrong.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'indicatorKeys' });
    const badChart = await dgs.request(ADD, {
      p: second.id,
      i: {
        title: 'ADS',
        directorate: 'ads',
        indicatorKeys: [],
        tables: [],
        charts: [{ indicatorKey: 'ads.decisions', dimension: 'species' }],
      },
    });
    expect(badChart.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'charts' });
    expect(
      (await ads.request(ADD, { p: second.id, i: { title: 'x', indicatorKeys: [], tables: [], charts: [] } }))
        .errors?.[0].extensions?.code,
    ).toBe('FORBIDDEN');

    const added = await dgs.ok(ADD, {
      p: second.id,
      i: { title: 'Maison de l’habitat durable', indicatorKeys: [], tables: [], charts: [] },
    });
    const part2 = added.addReportChapter.parts.find((p: { id: string }) => p.id === second.id);
    const newId = part2.chapters.at(-1).id;
    expect(part2.chapters.at(-1).title).toBe('Maison de l’habitat durable');

    const MOVE = `mutation($id: ID!, $p: ID!, $n: Int!) { moveReportChapter(id: $id, partId: $p, position: $n) { parts { id chapters { id position } } } }`;
    const moved = await dgs.ok(MOVE, { id: newId, p: first.id, n: 1 });
    const part1 = moved.moveReportChapter.parts.find((p: { id: string }) => p.id === first.id);
    expect(part1.chapters[0]).toEqual({ id: newId, position: 1 });
    expect(part1.chapters.map((c: { position: number }) => c.position)).toEqual(
      part1.chapters.map((_: unknown, k: number) => k + 1),
    );

    await dgs.ok(`mutation($id: ID!, $t: String!) { renameReportPart(id: $id, title: $t) { year } }`, {
      id: first.id,
      t: 'La CALL agile',
    });
    const removed = await dgs.ok(
      `mutation($id: ID!) { removeReportChapter(id: $id) { parts { title chapters { id } } } }`,
      { id: newId },
    );
    expect(removed.removeReportChapter.parts[0].title).toBe('La CALL agile');
    expect(removed.removeReportChapter.parts[0].chapters.map((c: { id: string }) => c.id)).not.toContain(newId);
  });
});
