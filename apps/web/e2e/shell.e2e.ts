import type { Browser } from 'playwright-core';
import { baseUrl, choose, launchBrowser, newPage, screenshot, signIn } from './support/browser';

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
    for (const label of ['Indicateurs', 'Service mutualisé ADS', 'Fourrière'])
      await nav.getByText(label).first().waitFor();
    await page.goto(`${baseUrl()}/indicateurs?annee=2023`);
    await page.getByText('Crémations').first().waitFor();
    await screenshot(page, 'shell-indicateurs-dgs');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Exporter le rapport (Excel)' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('rapport-activites-2023.xlsx');
  });

  it('should give the admin the users, and sign out', async () => {
    const page = await newPage(browser);
    await signIn(page, 'admin');
    await page.getByRole('navigation').getByText('Administration').first().waitFor();
    // the dated referential: the permis de louer perimeter the report only partly names
    await page.getByRole('link', { name: 'Adhésions des communes' }).click();
    await page.getByRole('heading', { name: 'Adhésions des communes' }).waitFor();
    await choose(page, page.getByLabel('Service'), 'Permis de louer (périmètre)', false);
    await page.getByText('20 communes').waitFor();
    const form = page.getByRole('form', { name: 'Nouvelle adhésion' });
    await choose(page, form.getByLabel('Commune'), 'Servins');
    await form.getByLabel('Début').fill('01/01/2020');
    await form.getByRole('button', { name: 'Enregistrer l’adhésion' }).click();
    // 2020 is a published year: the admin is asked first (no published figure reads this membership: the button says so)
    await page.getByRole('dialog').getByRole('button', { name: 'Enregistrer quand même' }).click();
    // the confirmation is a snackbar, outside the form
    await page.getByRole('alert').getByText('Adhésion de Servins enregistrée.').waitFor();
    await page.getByText('21 communes').waitFor();
    await screenshot(page, 'shell-adhesions-admin');
    await page.getByRole('button', { name: 'Se déconnecter' }).click();
    await page.waitForURL(/\/connexion/);
  });
});
