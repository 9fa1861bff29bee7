import type { Browser, Page } from 'playwright-core';
import { seriousViolations } from './support/axe';
import { baseUrl, launchBrowser, newPage, screenshot, signIn } from './support/browser';

/** The page's title, its skip link and axe-core's verdict: what RGAA 4.1 checks first on every page. */
async function expectAccessible(page: Page, title: RegExp, shot?: string) {
  await page.waitForLoadState('networkidle');
  expect(await page.title()).toMatch(title);
  if (shot) await screenshot(page, shot);
  expect(await seriousViolations(page)).toEqual([]);
}

describe('accessibility (axe-core, WCAG 2.1 AA) in chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser?.close());

  it('should have no serious violation on the sign-in page', async () => {
    const page = await newPage(browser);
    await page.goto(`${baseUrl()}/connexion`);
    await page.getByLabel('Identifiant').waitFor();
    await expectAccessible(page, /^Connexion — CALL$/, 'a11y-connexion');
  });

  it('should give a keyboard user a skip link to the content, and a visible focus', async () => {
    const page = await newPage(browser);
    await signIn(page, 'agent.ads');
    await page.goto(`${baseUrl()}/ads`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Aller au contenu' });
    expect(await skip.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await skip.isVisible()).toBe(true);
    const outline = await skip.evaluate((el) => getComputedStyle(el).outlineStyle);
    expect(outline).not.toBe('none');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('contenu');
  });

  it('should have no serious violation on the ADS list, a dossier and the creation form', async () => {
    const page = await newPage(browser);
    await signIn(page, 'agent.ads');
    await page.goto(`${baseUrl()}/ads`);
    const list = page.getByRole('table').first();
    await list.getByRole('link').first().waitFor();
    await expectAccessible(page, /^Dossiers ADS — CALL$/, 'a11y-ads-liste');

    await list.getByRole('link').first().click();
    await page.waitForURL(/\/ads\/dossiers\/[^/]+$/);
    await page.getByRole('heading', { level: 1, name: /^Dossier / }).waitFor();
    await expectAccessible(page, /^Dossier .+ — CALL$/, 'a11y-ads-dossier');

    await page.goto(`${baseUrl()}/ads/dossiers/nouveau`);
    await page.getByRole('form').first().waitFor();
    await expectAccessible(page, /^Nouveau dossier ADS — CALL$/, 'a11y-ads-nouveau');
  });

  it('should have no serious violation on the pound intake form', async () => {
    const page = await newPage(browser);
    await signIn(page, 'agent.fourriere');
    await page.goto(`${baseUrl()}/fourriere/entrees/nouvelle`);
    await page.getByRole('form', { name: 'Nouvelle entrée en fourrière' }).waitFor();
    await expectAccessible(page, /^Nouvelle entrée en fourrière — CALL$/, 'a11y-fourriere-entree');
  });

  it('should have no serious violation on the indicators page', async () => {
    const page = await newPage(browser);
    await signIn(page, 'dgs');
    await page.goto(`${baseUrl()}/indicateurs?annee=2023`);
    await page.getByText('Crémations').first().waitFor({ timeout: 60000 });
    await expectAccessible(page, /^Indicateurs 2023 — CALL$/);
  });

  it('should name each membership’s closing button by what it shows and by its commune', async () => {
    const page = await newPage(browser);
    await signIn(page, 'admin');
    await page.goto(`${baseUrl()}/administration/adhesions`);
    const close = page.getByRole('button', { name: /^Clore au \d{2}\/\d{2}\/\d{4} l’adhésion de / }).first();
    await close.waitFor();
    // the accessible name starts with the visible text: a voice user saying « Clore au … » reaches the button
    const [name, text] = [await close.getAttribute('aria-label'), (await close.textContent())?.trim() ?? ''];
    expect(name?.startsWith(text)).toBe(true);
    await expectAccessible(page, /^Adhésions des communes — CALL$/);
  });
});
