import type { Browser } from 'playwright-core';
import { baseUrl, launchBrowser, newPage, screenshot, signIn } from './support/browser';

describe('the web kit in chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser?.close());

  it('should take a French date typed or picked, refuse a year before 1900 and a deposit in the future', async () => {
    const page = await newPage(browser);
    await signIn(page, 'agent.ads');
    await page.goto(`${baseUrl()}/ads/dossiers/nouveau`);
    await page.getByRole('heading', { name: 'Nouveau dossier ADS' }).waitFor();
    const deposit = page.getByRole('textbox', { name: 'Date de dépôt' });
    // typed without slashes, shown as jj/mm/aaaa
    await deposit.fill('');
    await deposit.pressSequentially('31121899');
    expect(await deposit.inputValue()).toBe('31/12/1899');
    await page.getByRole('button', { name: 'Enregistrer le dossier' }).click();
    await page.getByText('Date de dépôt : la date doit être le 01/01/1900 ou après.').waitFor();
    await deposit.fill('01/01/20260');
    expect(await deposit.inputValue()).toBe('01/01/2026');
    await deposit.fill('01/01/2099');
    await page.getByRole('button', { name: 'Enregistrer le dossier' }).click();
    await page.getByText('Date de dépôt : la date ne peut pas être dans le futur.').waitFor();
    await screenshot(page, 'kit-date-refusee');
    // picked on the French calendar
    await deposit.fill('10/03/2025');
    await page.getByRole('button', { name: 'Choisir une date' }).first().click();
    await page.getByText('mars 2025').waitFor();
    await page.getByRole('gridcell', { name: '14' }).waitFor();
    await page.waitForTimeout(400); // the popover's fade-in
    await screenshot(page, 'kit-calendrier');
    await page.getByRole('gridcell', { name: '14' }).click();
    expect(await deposit.inputValue()).toBe('14/03/2025');
  });

  it('should remember the columns a user hides in a list', async () => {
    const page = await newPage(browser);
    await signIn(page, 'agent.ads');
    await page.goto(`${baseUrl()}/ads`);
    const table = page.getByRole('table', { name: 'Dossiers ADS' });
    await table.getByRole('columnheader', { name: 'Instructeur' }).waitFor();
    await page.getByRole('button', { name: 'Colonnes' }).click();
    await page.getByRole('menuitemcheckbox', { name: 'Instructeur' }).click();
    await page.keyboard.press('Escape');
    await table.getByRole('columnheader', { name: 'Instructeur' }).waitFor({ state: 'detached' });
    await page.reload();
    await table.getByRole('columnheader', { name: 'Commune' }).waitFor();
    expect(await table.getByRole('columnheader', { name: 'Instructeur' }).count()).toBe(0);
    // sorted by the API on the deposit date, kept in the URL
    await table.getByRole('button', { name: 'Dépôt' }).click();
    await page.waitForURL(/tri=DEPOSITED_ASC/);
    await table.getByRole('columnheader', { name: 'Dépôt' }).and(page.locator('[aria-sort="ascending"]')).waitFor();
    await table.getByRole('link').first().waitFor();
    await screenshot(page, 'kit-liste-ads');
  });

  it('should fold the menu into a drawer on a narrow screen', async () => {
    const page = await newPage(browser);
    await page.setViewportSize({ width: 1024, height: 800 });
    await signIn(page, 'agent.fourriere');
    await page.goto(`${baseUrl()}/fourriere/entrees/nouvelle`);
    await page.getByRole('heading', { name: 'Nouvelle entrée en fourrière' }).waitFor();
    expect(await page.getByRole('navigation', { name: 'Navigation principale' }).isVisible()).toBe(false);
    await screenshot(page, 'kit-entree-1024');
    await page.getByRole('button', { name: 'Ouvrir le menu' }).click();
    await page.getByRole('navigation', { name: 'Navigation principale' }).waitFor();
    await page.keyboard.press('Escape');
    await page.getByRole('navigation', { name: 'Navigation principale' }).waitFor({ state: 'hidden' });
    // the pound agent works from a phone: the intake is typed at 390 px, French date and time included
    await page.setViewportSize({ width: 390, height: 844 });
    await page.getByRole('textbox', { name: 'Date d’entrée' }).fill('02/01/2025');
    await page.getByRole('textbox', { name: 'Heure' }).fill('0830');
    expect(await page.getByRole('textbox', { name: 'Heure' }).inputValue()).toBe('08:30');
    await screenshot(page, 'kit-entree-390');
  });
});
