import type { Browser, Page } from 'playwright-core';
import { baseUrl, DEMO_PASSWORD, launchBrowser, screenshot } from './support/browser';

// a chip no demo animal carries (fourriere.e2e.ts uses …001)
const CHIP = '250269604999390';

async function pageAt(browser: Browser, width: number, height: number): Promise<Page> {
  const context = await browser.newContext({
    locale: 'fr-FR',
    timezoneId: 'Europe/Paris',
    viewport: { width, height },
    isMobile: width < 600,
    hasTouch: width < 600,
  });
  const page = await context.newPage();
  page.setDefaultTimeout(20000);
  return page;
}

async function signInAt(page: Page, login: string) {
  await page.goto(`${baseUrl()}/connexion`);
  await page.getByLabel('Identifiant').fill(login);
  await page.getByLabel('Mot de passe').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: /se connecter/i }).click();
  await page.waitForURL((u) => !u.pathname.startsWith('/connexion'));
}

/** What sticks out of the screen sideways ([] when the page fits): the outermost elements, to name them. */
const sideways = (page: Page) =>
  page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    if (document.documentElement.scrollWidth <= width) return [];
    // fixed boxes (the bar, a snackbar) never make the page scroll
    const out = [...document.body.querySelectorAll('*')].filter(
      (e) => e.getBoundingClientRect().right > width + 1 && !e.closest('.mui-fixed, .MuiSnackbar-root'),
    );
    return out
      .filter((e) => !e.parentElement || !out.includes(e.parentElement))
      .map(
        (e) => `${e.tagName.toLowerCase()}.${[...e.classList].slice(0, 2).join('.')} ${e.textContent?.slice(0, 40)}`,
      );
  });

describe('layout on every screen, in chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser?.close());

  it('should let a pound agent record an intake from a phone (390 px), without sideways scrolling', async () => {
    const page = await pageAt(browser, 390, 844);
    await signInAt(page, 'agent.fourriere');
    // the menu is a drawer opened from the bar
    await page.getByRole('button', { name: 'Ouvrir le menu' }).click();
    await page.getByRole('navigation').getByRole('link', { name: 'Fourrière' }).click();
    await page.waitForURL(/\/fourriere$/);
    await page.getByRole('link', { name: 'Nouvelle entrée' }).click();
    await page.waitForURL(/\/fourriere\/entrees\/nouvelle$/);
    const intake = page.getByRole('form', { name: 'Nouvelle entrée en fourrière' });
    await intake.waitFor();
    expect(await sideways(page)).toEqual([]);
    await screenshot(page, 'mobile-fourriere-entree');
    await intake.getByLabel('Espèce').selectOption({ label: 'Chat' });
    await intake.getByLabel('Commune de capture').selectOption({ label: 'Liévin' });
    await intake.getByLabel('Lieu de capture').fill('place Gambetta');
    await intake.getByLabel('Identification', { exact: true }).selectOption({ label: 'Puce électronique' });
    await intake.getByLabel('Numéro d’identification').fill(CHIP);
    await intake.getByRole('button', { name: 'Enregistrer l’entrée' }).click();
    await page.waitForURL(/\/fourriere\/animaux\//);
    await page.getByText('Fin du délai de garde').waitFor();
    expect(await sideways(page)).toEqual([]);
    await screenshot(page, 'mobile-fourriere-animal');
    // the board, its table scrolling inside its card
    await page.goto(`${baseUrl()}/fourriere`);
    await page.getByRole('table', { name: 'Animaux présents' }).getByRole('link').first().waitFor();
    expect(await sideways(page)).toEqual([]);
  });

  it('should fit the ADS queues, their filters and the indicators at 1024 px', async () => {
    const page = await pageAt(browser, 1024, 768);
    await signInAt(page, 'agent.ads');
    await page.goto(`${baseUrl()}/ads`);
    await page.getByRole('table').first().getByRole('link').first().waitFor();
    expect(await sideways(page)).toEqual([]);
    await screenshot(page, 'tablette-ads-corbeilles');
    await page.goto(`${baseUrl()}/indicateurs`);
    await page.getByRole('heading', { level: 1, name: 'Indicateurs' }).waitFor();
    await page.waitForLoadState('networkidle');
    expect(await sideways(page)).toEqual([]);
  });
});
