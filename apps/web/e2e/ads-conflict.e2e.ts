import type { Browser } from 'playwright-core';
import { baseUrl, launchBrowser, newPage, screenshot, signIn } from './support/browser';

describe('two ADS agents correcting one dossier in chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser?.close());

  it('should save the first correction and refuse the second, made from the same screen, naming who changed it', async () => {
    const agent = await newPage(browser);
    const director = await newPage(browser);
    await signIn(agent, 'agent.ads');
    await signIn(director, 'directeur.ads');
    await agent.goto(`${baseUrl()}/ads`);
    const first = agent.getByRole('table', { name: 'Dossiers ADS' }).getByRole('link').first();
    const href = await first.getAttribute('href');
    expect(href).toMatch(/^\/ads\/dossiers\/[0-9a-f-]{36}$/);

    // both open the correction form of the same dossier, at the same version
    for (const page of [agent, director]) {
      await page.goto(`${baseUrl()}${href}/modifier`);
      await page.getByRole('heading', { name: /^Modifier le dossier / }).waitFor();
    }
    await agent.getByRole('textbox', { name: 'Demandeur' }).fill('SCI Première correction');
    await agent.getByRole('button', { name: 'Enregistrer les corrections' }).click();
    await agent.waitForURL(/\/ads\/dossiers\/[0-9a-f-]{36}$/);

    await director.getByRole('textbox', { name: 'Demandeur' }).fill('SCI Seconde correction');
    await director.getByRole('button', { name: 'Enregistrer les corrections' }).click();
    await director
      .getByRole('alert')
      .getByText(
        /^Ce dossier a été modifié entre-temps par Agent — .+ le \d{2}\/\d{2}\/\d{4} à \d{2}:\d{2} : rechargez la page\.$/,
      )
      .waitFor();
    await director.evaluate(() => window.scrollTo(0, 0));
    await screenshot(director, 'ads-correction-conflit');

    // nothing of the refused save was written
    await director.goto(`${baseUrl()}${href}`);
    await director.getByText('SCI Première correction', { exact: false }).first().waitFor();
    expect(await director.getByText('SCI Seconde correction').count()).toBe(0);
  });
});
