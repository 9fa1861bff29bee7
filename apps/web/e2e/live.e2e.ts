import type { Browser, Page, WebSocketRoute } from 'playwright-core';
import { toParisLocalDate } from '@call/domain';
import { baseUrl, launchBrowser, newPage, screenshot, signIn, watchIndicator } from './support/browser';

const INTAKES = 'Animaux pris en charge par la fourrière';

describe('live figures in chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser?.close());

  it("should show an agent's save on the director's open indicators page, without reload or polling", async () => {
    const year = toParisLocalDate(new Date()).slice(0, 4);
    // two browser contexts: two people, two sessions
    const director = await newPage(browser);
    const agent = await newPage(browser);
    await signIn(director, 'directeur.fourriere');
    await signIn(agent, 'agent.fourriere');

    const sockets: string[] = [];
    director.on('websocket', (ws) => sockets.push(ws.url()));
    await director.goto(`${baseUrl()}/indicateurs?annee=${year}&direction=fourriere`);
    const before = await readValue(director);
    // a reload would lose this mark; queries sent from now on are counted (the page's own refetch only)
    await director.evaluate(() => ((window as unknown as { liveMark: string }).liveMark = 'still here'));
    await director.waitForTimeout(500); // the subscription reaches the server

    await intake(agent);
    const took = await watchIndicator(director, INTAKES, before + 1, 5000);
    console.log(`enregistrement de l’agent → chiffre à l’écran du directeur : ${took} ms`);
    expect(await director.evaluate(() => (window as unknown as { liveMark?: string }).liveMark)).toBe('still here');
    expect(sockets).toEqual([expect.stringMatching(/^ws:\/\/127\.0\.0\.1:\d+\/graphql$/)]);
    await screenshot(director, 'indicateurs-en-direct');
  });

  it('should come back when the socket drops, and catch up on what was saved meanwhile', async () => {
    const year = toParisLocalDate(new Date()).slice(0, 4);
    const director = await newPage(browser);
    const agent = await newPage(browser);
    await signIn(director, 'directeur.fourriere');
    await signIn(agent, 'agent.fourriere');
    // the director's sockets pass through the test, which can cut them and keep them down as a network would
    const sockets: WebSocketRoute[] = [];
    let down = false;
    await director.routeWebSocket(/\/graphql$/, (ws) => {
      if (down) return ws.close({ code: 1012, reason: 'Indisponible' });
      ws.connectToServer();
      sockets.push(ws);
    });
    await director.goto(`${baseUrl()}/indicateurs?annee=${year}&direction=fourriere`);
    const before = await readValue(director);
    await director.waitForTimeout(500);
    expect(sockets).toHaveLength(1);

    down = true;
    await sockets[0].close({ code: 1012, reason: 'Redémarrage' });
    await intake(agent); // while the director's socket is down: its event is lost
    await director.waitForTimeout(1000);
    expect(await readValue(director)).toBe(before);
    down = false;
    await watchIndicator(director, INTAKES, before + 1, 20000); // fetched again on reconnecting
    expect(sockets).toHaveLength(2);
    await intake(agent); // and live again on the new socket
    await watchIndicator(director, INTAKES, before + 2, 5000);
  });
});

async function readValue(page: Page): Promise<number> {
  const card = page.getByRole('article', { name: INTAKES, exact: true }).getByTestId('indicator-value');
  await card.waitFor();
  return Number((await card.textContent())!.replace(/\D/g, ''));
}

async function intake(agent: Page): Promise<void> {
  await agent.goto(`${baseUrl()}/fourriere/entrees/nouvelle`);
  const form = agent.getByRole('form', { name: 'Nouvelle entrée en fourrière' });
  await form.getByLabel('Commune de capture').selectOption({ label: 'Liévin' });
  await form.getByRole('button', { name: 'Enregistrer l’entrée' }).click();
  await agent.waitForURL(/\/fourriere\/animaux\//);
}
