import type { Browser } from 'playwright-core';
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
    const card = director.getByRole('article', { name: INTAKES, exact: true }).getByTestId('indicator-value');
    await card.waitFor();
    const before = Number((await card.textContent())!.replace(/\D/g, ''));
    // a reload would lose this mark; queries sent from now on are counted (the page's own refetch only)
    await director.evaluate(() => ((window as unknown as { liveMark: string }).liveMark = 'still here'));
    await director.waitForTimeout(500); // the subscription reaches the server

    await agent.goto(`${baseUrl()}/fourriere/entrees/nouvelle`);
    const intake = agent.getByRole('form', { name: 'Nouvelle entrée en fourrière' });
    await intake.getByLabel('Commune de capture').selectOption({ label: 'Liévin' });
    await intake.getByRole('button', { name: 'Enregistrer l’entrée' }).click();
    await agent.waitForURL(/\/fourriere\/animaux\//);

    const took = await watchIndicator(director, INTAKES, before + 1, 5000);
    console.log(`enregistrement de l’agent → chiffre à l’écran du directeur : ${took} ms`);
    expect(await director.evaluate(() => (window as unknown as { liveMark?: string }).liveMark)).toBe('still here');
    expect(sockets).toEqual([expect.stringMatching(/^ws:\/\/127\.0\.0\.1:\d+\/graphql$/)]);
    await screenshot(director, 'indicateurs-en-direct');
  });
});
