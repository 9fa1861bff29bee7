import JSZip from 'jszip';
import { AuditService } from '../../src/core/audit/audit.service';
import { IndicatorsService } from '../../src/core/indicators/indicators.service';
import { systemClock } from '../../src/core/kit/clock';
import { ReportDocumentBuilder } from '../../src/core/report/report-document.builder';
import { startTestApp, type TestApp } from '../support/test-app';

const SEED_FIGURES: Record<string, number> = {
  'ads.dossiers_instructed': 2032,
  'ads.dossiers_electronic': 745,
  'permis_louer.apml_dossiers': 1668,
  'permis_louer.apml_depuis_debut': 5102,
  'fourriere.chiens_entres': 386,
  'fourriere.chats_entres': 86,
  'crematorium.cremations': 2082,
  'crematorium.metaux_kg': 1000,
  'pret_materiel.demandes': 165,
  'pret_materiel.communes_interessees': 30,
};

/**
 * Needs the real DOCX renderer (branch "rexport", render/index.ts): the placeholder writes an empty archive.
 * The demo year's report, read back from word/document.xml, shows the seed report's figures.
 */
describe('annual report 2023 as DOCX', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ activity: true });
  }, 300_000);
  afterAll(() => t.close());

  it('should hand the renderers the seed report’s figures in the demo year’s document', async () => {
    const indicators = new IndicatorsService(t.app.db, t.app.registry, new AuditService());
    const doc = await new ReportDocumentBuilder(t.app.db, indicators, systemClock).build(2023);
    const figures = new Map(
      doc.parts.flatMap((p) => p.chapters.flatMap((c) => c.figures.map((f) => [f.indicatorKey, f.value] as const))),
    );
    for (const [key, value] of Object.entries(SEED_FIGURES)) expect([key, figures.get(key)]).toEqual([key, value]);
    const fourriere = doc.parts.flatMap((p) => p.chapters).find((c) => c.directorate === 'fourriere')!;
    expect(fourriere.charts[0]).toMatchObject({ kind: 'bar', categories: expect.arrayContaining(['janvier']) });
    expect(fourriere.tables[0].rows.length).toBeGreaterThan(0);
  });

  it('should print the seed report’s figures of ADS, permis de louer, fourrière, crématorium and prêt de matériel', async () => {
    const dgs = await t.as('dgs');
    const res = await fetch(t.url.replace(/\/graphql$/, '/rapport/2023.docx'), { headers: { cookie: dgs.cookie! } });
    expect(res.status).toBe(200);
    const zip = await JSZip.loadAsync(Buffer.from(await res.arrayBuffer()));
    const xml = await zip.file('word/document.xml')?.async('string');
    expect(xml).toBeDefined();
    // text only, runs kept apart; "2 082" (any kind of space as thousands separator) read as 2082
    const text = xml!
      .replace(/<[^>]+>/g, '|')
      .replace(/&nbsp;|&#160;|&#xA0;|&#8239;|&#x202F;/gi, ' ')
      .replace(/(\d)[\s\u00a0\u202f](?=\d{3}(?!\d))/g, '$1');
    const figure = (label: RegExp, value: string) => {
      expect(text).toMatch(label);
      expect(text).toMatch(new RegExp(`(^|[^\\d,])${value}([^\\d,]|$)`));
    };
    figure(/Dossiers instruits/i, '2032'); // ADS
    figure(/voie dématérialisée/i, '745');
    figure(/APML/, '1668'); // permis de louer
    figure(/depuis/i, '5102');
    figure(/[Cc]hiens/, '386'); // fourrière
    figure(/[Cc]hats/, '86');
    figure(/[Cc]rémations/, '2082'); // crématorium
    figure(/[Dd]emandes/, '165'); // prêt de matériel
    figure(/[Cc]ommunes/, '30');
  });
});
