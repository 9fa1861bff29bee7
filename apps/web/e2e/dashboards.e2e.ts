import type { Browser, Page } from 'playwright-core';
import { toParisLocalDate } from '@call/domain';
import { baseUrl, launchBrowser, newPage, screenshot, signIn, watchIndicator } from './support/browser';

const INTAKES = 'Animaux pris en charge par la fourrière';
const SCREEN_HEIGHT = 900; // newPage's viewport

describe('dashboards in chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser?.close());

  it('should take a director from a bar to the records behind it, then show a card change live', async () => {
    const director = await newPage(browser);
    const agent = await newPage(browser);
    await signIn(director, 'directeur.fourriere');
    await signIn(agent, 'agent.fourriere');

    // from the home page to the directorate's dashboard, then the report's year
    await director.getByRole('link', { name: /^Tableau de bord — / }).click();
    await director.waitForURL(/\/tableau-de-bord\/fourriere$/);
    await director.goto(`${baseUrl()}/tableau-de-bord/fourriere?annee=2023`);
    await director.getByRole('article', { name: INTAKES, exact: true }).waitFor();
    // one title per page: the tab says which dashboard
    expect(await director.title()).toBe('Tableau de bord — Fourrière animale — CALL');
    const communes = director.getByRole('region', { name: 'Par commune' });
    // the table view of the chart (what a screen reader reads): sorted, largest first
    const firstRow = communes.locator('tbody tr').first();
    await firstRow.waitFor({ state: 'attached' });
    const commune = (await firstRow.locator('td').nth(0).textContent())!;
    const count = Number((await firstRow.locator('td').nth(1).textContent())!.replace(/\D/g, ''));
    expect(count).toBeGreaterThan(0);
    await screenshot(director, 'tableau-de-bord-fourriere-2023');

    // the first bar is that commune: it opens its records
    await communes.locator('.MuiBarChart-element').first().click();
    const dialog = director.getByRole('dialog');
    try {
      await dialog.getByText(`${INTAKES} — ${commune} (2023)`).waitFor({ timeout: 10000 });
      await dialog.getByText(new RegExp(`sur ${count}\\b`)).waitFor({ timeout: 10000 });
    } catch (e) {
      await screenshot(director, 'tableau-de-bord-echec');
      throw e;
    }
    // sorted by the server, then a record opens in its module
    await dialog.getByRole('columnheader', { name: 'Entrée' }).click();
    await dialog.locator('.MuiDataGrid-row').first().click();
    await director.waitForURL(/\/fourriere\/animaux\/[0-9a-f-]{36}$/);

    // live: the current year, while an agent records an intake in another session
    await director.goto(`${baseUrl()}/tableau-de-bord/fourriere`);
    const card = director.getByRole('article', { name: INTAKES, exact: true });
    const before = Number((await card.getByTestId('indicator-value').textContent())!.replace(/\D/g, ''));
    await director.waitForTimeout(500); // the subscription reaches the server
    await intake(agent);
    const took = await watchIndicator(director, INTAKES, before + 1, 5000);
    await card.getByText('mis à jour').waitFor({ timeout: 2000 });
    console.log(`enregistrement de l’agent → carte du tableau de bord : ${took} ms`);
    await screenshot(director, 'tableau-de-bord-en-direct');
  }, 180_000);

  it('should give the DGS a compact overview of the last complete year', async () => {
    const lastComplete = Number(toParisLocalDate(new Date()).slice(0, 4)) - 1;
    const dgs = await newPage(browser);
    await signIn(dgs, 'dgs');
    await dgs.getByRole('link', { name: `Vue d’ensemble ${lastComplete}` }).click();
    await dgs.getByRole('heading', { name: `Vue d’ensemble ${lastComplete}` }).waitFor();
    await dgs.getByTestId('overview-fourriere').waitFor();

    // the report's year, with its figures: still a few screens, the missing declarations in one place
    await dgs.goto(`${baseUrl()}/tableau-de-bord?annee=2023`);
    await dgs.getByRole('heading', { name: 'Vue d’ensemble 2023' }).waitFor();
    expect(await dgs.title()).toBe('Vue d’ensemble 2023 — CALL');
    await dgs.getByTestId('overview-ads').getByText('Dossiers instruits').waitFor();
    expect(await dgs.getByRole('region', { name: 'Déclarations manquantes' }).count()).toBe(1);
    const height = await dgs.evaluate(() => document.documentElement.scrollHeight);
    console.log(`vue d’ensemble 2023 : ${height} px (${(height / SCREEN_HEIGHT).toFixed(1)} écrans)`);
    expect(height).toBeLessThanOrEqual(3 * SCREEN_HEIGHT);
    await screenshot(dgs, 'vue-ensemble-dgs-2023');
  });
});

async function intake(agent: Page): Promise<void> {
  await agent.goto(`${baseUrl()}/fourriere/entrees/nouvelle`);
  const form = agent.getByRole('form', { name: 'Nouvelle entrée en fourrière' });
  await form.getByLabel('Commune de capture').selectOption({ label: 'Liévin' });
  await form.getByRole('button', { name: 'Enregistrer l’entrée' }).click();
  await agent.waitForURL(/\/fourriere\/animaux\//);
}
