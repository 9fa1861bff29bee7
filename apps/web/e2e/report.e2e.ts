import type { Browser } from 'playwright-core';
import { baseUrl, launchBrowser, newPage, screenshot, signIn } from './support/browser';

describe('annual report journey in chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser?.close());

  it('should let a director write and submit a chapter, the DGS accept it and download the report', async () => {
    // the ADS director writes the chapter of the demo year, its figures shown live beside the text
    const director = await newPage(browser);
    await signIn(director, 'directeur.ads');
    await director.getByRole('navigation').getByText('Rapport annuel').first().click();
    await director.waitForURL(/\/rapport-annuel/);
    await director.goto(`${baseUrl()}/rapport-annuel?annee=2023`);
    await director.getByRole('link', { name: 'Mutualisation et ressources : service mutualisé ADS' }).click();
    await director.waitForURL(/\/rapport-annuel\/chapitres\//);
    const figures = director.getByLabel('Chiffres clés', { exact: true });
    await figures
      .locator('[data-indicator="ads.dossiers_instructed"]')
      .getByText(/2\s032/)
      .waitFor();

    const highlights = director.getByRole('textbox', { name: 'Faits marquants' });
    await highlights.fill('Dématérialisation\n745 dossiers déposés en ligne');
    await highlights.selectText();
    await director.getByRole('button', { name: 'Liste (Faits marquants)' }).click();
    await director.getByRole('textbox', { name: 'Perspectives' }).fill('Le GNAU pour toutes les communes.');
    const preview = director.getByLabel('Aperçu : Faits marquants');
    await preview.getByRole('listitem').filter({ hasText: '745 dossiers déposés en ligne' }).waitFor();
    await director.getByRole('button', { name: 'Soumettre à la DGS' }).click();
    await director.getByText('Chapitre soumis à la DGS.').waitFor();
    await director.getByText('Soumis', { exact: true }).waitFor();
    await screenshot(director, 'report-chapter-submitted');

    // the DGS sees it submitted, accepts it, and downloads the report
    const dgs = await newPage(browser);
    await signIn(dgs, 'dgs');
    await dgs.goto(`${baseUrl()}/rapport-annuel?annee=2023`);
    await dgs.getByLabel('Soumis : 1').waitFor();
    await dgs.getByRole('link', { name: 'Mutualisation et ressources : service mutualisé ADS' }).click();
    await dgs.getByRole('listitem').filter({ hasText: '745 dossiers déposés en ligne' }).first().waitFor();
    await dgs.getByRole('button', { name: 'Accepter' }).click();
    await dgs.getByText('Chapitre accepté.').waitFor();
    await dgs.getByRole('link', { name: 'Retour au rapport' }).click();
    await dgs.getByLabel('Accepté : 1').waitFor();

    for (const [ext, type] of [
      ['docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
      ['pdf', 'application/pdf'],
    ] as const) {
      const link = dgs.getByRole('link', { name: ext === 'pdf' ? 'Télécharger (PDF)' : 'Télécharger (Word)' });
      expect(await link.getAttribute('href')).toBe(`/rapport/2023.${ext}`);
      const res = await dgs.request.get(`${baseUrl()}/rapport/2023.${ext}`);
      expect(res.status()).toBe(200);
      expect(res.headers()['content-type']).toBe(type);
      expect((await res.body()).length).toBeGreaterThan(20);
    }
    await dgs.getByRole('button', { name: 'Aperçu PDF' }).click();
    await dgs.locator('iframe[title="Aperçu du rapport 2023"]').waitFor();
    await screenshot(dgs, 'report-dgs');
  });
});
