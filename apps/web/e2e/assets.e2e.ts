import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { baseUrl, DEMO_PASSWORD, launchBrowser } from './support/browser';

const dist = path.resolve(__dirname, '../dist');
/** The goal of the everyday-work issue: the JavaScript of a first visit, gzip, under 350 kB. */
const BUDGET_GZIP = 350 * 1024;

interface Sent {
  url: string;
  encoding: string | undefined;
  /** Bytes on the wire (brotli here: chromium accepts it). */
  transferred: number;
  size: number;
  /** What the same file weighs in gzip (as the build's .gz sibling), the unit. */
  gzip: number;
}

/**
 * Every script a first visit of the page loads (empty cache), until the network is quiet. `ready` must be the page's
 * own content: the drawer's links show before the page's chunks arrive, and the network may already have been quiet
 * once (while the session is read), so `networkidle` alone returns too early.
 */
async function scriptsOf(context: BrowserContext, url: string, ready: (page: Page) => Locator): Promise<Sent[]> {
  const page = await context.newPage();
  const sent: Promise<Sent>[] = [];
  page.on('response', (res) => {
    if (res.request().resourceType() !== 'script') return;
    sent.push(
      (async () => {
        const sizes = await res.request().sizes();
        const file = path.join(dist, new URL(res.url()).pathname);
        return {
          url: new URL(res.url()).pathname,
          encoding: (await res.allHeaders())['content-encoding'],
          transferred: sizes.responseBodySize,
          size: fs.statSync(file).size,
          gzip: zlib.gzipSync(fs.readFileSync(file), { level: 9 }).length,
        };
      })(),
    );
  });
  await page.goto(`${baseUrl()}${url}`);
  await ready(page).waitFor();
  await page.waitForLoadState('networkidle');
  // sizes are read from the open page: closing it first fails them ("Target page … has been closed", seen in CI)
  const scripts = await Promise.all(sent);
  await page.close();
  return scripts;
}

const kB = (n: number) => `${(n / 1024).toFixed(1)} kB`;

describe('the JavaScript a page sends', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser?.close());

  const report = (name: string, sent: Sent[]) => {
    const gzip = sent.reduce((s, x) => s + x.gzip, 0);
    const transferred = sent.reduce((s, x) => s + x.transferred, 0);
    console.log(`${name}: ${sent.length} scripts, ${kB(gzip)} gzip, ${kB(transferred)} sent (brotli)`);
    return gzip;
  };

  it('should send the sign-in page its JavaScript compressed and within the budget', async () => {
    const context = await browser.newContext({ locale: 'fr-FR' });
    const sent = await scriptsOf(context, '/connexion', (p) => p.getByRole('button', { name: 'Se connecter' }));
    expect(sent.length).toBeGreaterThan(0);
    // every script but the tiny ones (under 1 kB, left as they are) comes in brotli
    for (const s of sent) expect([s.url, s.encoding]).toEqual([s.url, s.size < 1024 ? undefined : 'br']);
    expect(report('Connexion', sent)).toBeLessThan(BUDGET_GZIP);
    await context.close();
  });

  it('should keep the indicators page, signed in, within the budget', async () => {
    const context = await browser.newContext({ locale: 'fr-FR' });
    const login = await context.request.post(`${baseUrl()}/graphql`, {
      data: {
        query: 'mutation($i: LoginInput!) { login(input: $i) { id } }',
        variables: { i: { login: 'directeur.ads', password: DEMO_PASSWORD } },
      },
    });
    expect(login.ok()).toBe(true);
    const sent = await scriptsOf(context, '/indicateurs?annee=2023', (p) =>
      p.getByRole('heading', { level: 1, name: 'Indicateurs' }),
    );
    // every script but the tiny ones (under 1 kB, left as they are) comes in brotli
    for (const s of sent) expect([s.url, s.encoding]).toEqual([s.url, s.size < 1024 ? undefined : 'br']);
    expect(report('Indicateurs', sent)).toBeLessThan(BUDGET_GZIP);
    await context.close();
  });
});
