import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Locator, type Page } from 'playwright-core';

export const DEMO_PASSWORD = 'demo-call-2023';
export const baseUrl = () => {
  const url = process.env.E2E_URL;
  if (!url) throw new Error('E2E_URL absent : lancez les parcours par jest -c e2e/jest.config.cjs');
  return url;
};

/** Debian's chromium, headless, with nothing that reaches outside this machine; nothing is downloaded. */
export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--lang=fr-FR',
    ],
  });
}

export async function newPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({
    locale: 'fr-FR',
    timezoneId: 'Europe/Paris',
    viewport: { width: 1366, height: 900 },
  });
  const page = await context.newPage();
  page.setDefaultTimeout(20000);
  return page;
}

export async function signIn(page: Page, login: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto(`${baseUrl()}/connexion`);
  await page.getByLabel('Identifiant').fill(login);
  await page.getByLabel('Mot de passe').fill(password);
  await page.getByRole('button', { name: /se connecter/i }).click();
  await page.waitForURL((u) => !u.pathname.startsWith('/connexion'));
}

/**
 * Picks an option of a MUI select and waits until its menu has gone: while it is open, the rest of the page is
 * hidden from assistive technologies, hence from getByRole. A click that landed while the menu was still opening
 * (the menu stays open) is made again.
 */
export async function choose(page: Page, combobox: Locator, option: string, exact = true): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    if ((await page.locator('[role="listbox"]').count()) === 0) await combobox.click();
    await page.getByRole('option', { name: option, exact }).click();
    try {
      await page.waitForFunction(() => !document.querySelector('[role="listbox"]'), undefined, { timeout: 5000 });
      await combobox.getByText(option, { exact }).waitFor({ timeout: 5000 });
      return;
    } catch (e) {
      if (attempt === 3) throw e;
    }
  }
}

/** Screenshots land in apps/web/test-results/ so a person can look at what the journey saw. */
export async function screenshot(page: Page, name: string): Promise<string> {
  const dir = path.resolve(__dirname, '../../test-results');
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

async function readIndicator(page: Page, label: string): Promise<number> {
  const card = page.getByRole('article', { name: label, exact: true });
  const text = (await card.getByTestId('indicator-value').textContent()) ?? '';
  const n = Number(text.replace(/[\s\u202f\u00a0€%a-zA-Zé]/g, '').replace(',', '.'));
  if (!Number.isFinite(n)) throw new Error(`Valeur illisible pour « ${label} » : ${text}`);
  return n;
}

/**
 * Waits, without navigating, until the open page's card shows the expected figure: what a director watching the
 * page sees when the figure moves by itself. Returns how long it took.
 */
export async function watchIndicator(page: Page, label: string, expected: number, timeoutMs = 10000): Promise<number> {
  const start = Date.now();
  let last = NaN;
  while (Date.now() - start < timeoutMs) {
    last = await readIndicator(page, label);
    if (Math.abs(last - expected) < 0.005) return Date.now() - start;
    await page.waitForTimeout(50);
  }
  throw new Error(`« ${label} » : attendu ${expected}, affiché ${last} après ${timeoutMs} ms`);
}

/** Opens the indicators page inside the single-page app (no reload), as a director moves around. */
async function openIndicators(page: Page, year: number | string, directorate: string): Promise<void> {
  await page.evaluate((url) => {
    window.history.pushState({}, '', url);
    window.dispatchEvent(new PopStateEvent('popstate'));
  }, `/indicateurs?annee=${year}&direction=${directorate}`);
  await page.waitForURL(/\/indicateurs/);
}

/** The figure an indicator card shows (as a user reads it), parsed back to a number. */
export async function indicatorValue(
  page: Page,
  year: number | string,
  directorate: string,
  label: string,
): Promise<number> {
  await openIndicators(page, year, directorate);
  return readIndicator(page, label);
}

/**
 * Waits until the card shows the expected figure, as a director watching live would see it; fails with the
 * last figure read when it does not come (e.g. a stale cache).
 */
export async function expectIndicator(
  page: Page,
  year: number | string,
  directorate: string,
  label: string,
  expected: number,
  timeoutMs = 10000,
): Promise<void> {
  await openIndicators(page, year, directorate);
  const until = Date.now() + timeoutMs;
  let last = NaN;
  while (Date.now() < until) {
    last = await readIndicator(page, label);
    if (Math.abs(last - expected) < 0.005) return;
    await page.waitForTimeout(250);
  }
  throw new Error(`« ${label} » ${year} : attendu ${expected}, affiché ${last}`);
}
