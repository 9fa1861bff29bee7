import type { Browser } from 'playwright-core';
import { baseUrl, launchBrowser, newPage, screenshot, signIn } from './support/browser';

describe('the back-office shell in chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser?.close());

  it('should refuse a wrong password with a French message', async () => {
    const page = await newPage(browser);
    await page.goto(`${baseUrl()}/`);
    await page.waitForURL(/\/connexion/);
    await page.getByLabel('Identifiant').fill('dgs');
    await page.getByLabel('Mot de passe').fill('mauvais');
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await page.getByText('Identifiant ou mot de passe incorrect.').waitFor();
    await screenshot(page, 'shell-connexion-refusee');
  });

  it('should show an ADS agent the navigation of their role only', async () => {
    const page = await newPage(browser);
    await signIn(page, 'agent.ads');
    const nav = page.getByRole('navigation');
    await nav.getByText('Service mutualisé ADS').first().waitFor();
    expect(await nav.getByText('Fourrière').count()).toBe(0);
    expect(await nav.getByText('Administration').count()).toBe(0);
    await page.getByText('Agent — Service mutualisé ADS').first().waitFor();
    await screenshot(page, 'shell-accueil-agent-ads');
  });

  it('should show the DGS every directorate and the indicators of the year', async () => {
    const page = await newPage(browser);
    await signIn(page, 'dgs');
    const nav = page.getByRole('navigation');
    for (const label of ['Indicateurs', 'Service mutualisé ADS', 'Fourrière']) await nav.getByText(label).first().waitFor();
    await page.goto(`${baseUrl()}/indicateurs?annee=2023`);
    await page.getByText('Crémations').first().waitFor();
    await screenshot(page, 'shell-indicateurs-dgs');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Exporter le rapport (Excel)' }).click()]);
    expect(download.suggestedFilename()).toBe('rapport-activites-2023.xlsx');
  });

  it('should give the admin the users, and sign out', async () => {
    const page = await newPage(browser);
    await signIn(page, 'admin');
    await page.getByRole('navigation').getByText('Administration').first().waitFor();
    await page.getByRole('button', { name: 'Se déconnecter' }).click();
    await page.waitForURL(/\/connexion/);
  });
});
