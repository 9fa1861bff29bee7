import type { Browser } from 'playwright-core';
import { toParisLocalDate } from '@call/domain';
import {
  baseUrl,
  expectIndicator,
  indicatorValue,
  launchBrowser,
  newPage,
  screenshot,
  signIn,
} from './support/browser';

const fr = (day: string) => `${day.slice(8, 10)}/${day.slice(5, 7)}/${day.slice(0, 4)}`;

describe('prêt de matériel journey in chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser?.close());

  it('should let an agent record a commune’s request, approve it against the stock and check the return', async () => {
    const page = await newPage(browser);
    await signIn(page, 'agent.pret_materiel');
    const today = toParisLocalDate(new Date());
    const year = today.slice(0, 4);
    const handledBefore = await indicatorValue(page, year, 'pret_materiel', 'Demandes de prêt de matériel');
    const repairsBefore = await indicatorValue(page, year, 'pret_materiel', 'Réparations ouvertes');

    await page.goto(`${baseUrl()}/pret-materiel`);
    await page.getByRole('link', { name: 'Nouvelle demande' }).click();
    await page.waitForURL(/\/pret-materiel\/demandes\/nouvelle$/);
    const form = page.getByRole('form', { name: 'Demande de prêt' });
    await form.getByLabel('Commune').selectOption({ label: 'Liévin' });
    await form.getByLabel('Manifestation').fill('Marché de Noël E2E');
    // the event is today: too late for the notice unless the agent accepts it explicitly
    await form.getByLabel('Premier jour').fill(fr(today));
    await form.getByLabel('Dernier jour').fill(fr(today));
    await form.getByLabel('Tonnelles').fill('4');
    await form.getByLabel('Tables').fill('12');
    await form.getByRole('button', { name: 'Enregistrer la demande' }).click();
    await form.getByText(/Cochez « Demande tardive acceptée »/).waitFor();
    await form.getByLabel(/Demande tardive acceptée/).check();
    await form.getByRole('button', { name: 'Enregistrer la demande' }).click();
    await page.waitForURL(/\/pret-materiel\/demandes\/[0-9a-f-]{36}$/);

    // the answer proposes what the stock leaves over the event's days
    const answer = page.getByRole('form', { name: 'Accorder la demande' });
    await answer.getByText(/Demandé : 4 — disponible sur toute la période : \d+/).waitFor();
    await screenshot(page, 'pret-materiel-demande');
    await answer.getByRole('button', { name: 'Accorder' }).click();
    await page.getByText('Accordée', { exact: true }).waitFor();
    await page.getByRole('button', { name: 'Marquer préparée' }).click();
    await page.getByRole('button', { name: 'Marquer livrée / retirée' }).click();

    // return check: one gazebo damaged opens a repair
    const back = page.getByRole('form', { name: 'Contrôle au retour' });
    await back.getByLabel('Tonnelles rendus en bon état').fill('3');
    await back.getByLabel('Tonnelles abîmés').fill('1');
    await back.getByRole('button', { name: 'Enregistrer le retour' }).click();
    await page.getByText('Rendue', { exact: true }).waitFor();
    await screenshot(page, 'pret-materiel-retour');

    await page.goto(`${baseUrl()}/pret-materiel/planning`);
    await page.getByRole('table', { name: 'Planning' }).getByText('Tonnelles').waitFor();
    await screenshot(page, 'pret-materiel-planning');

    await expectIndicator(page, year, 'pret_materiel', 'Demandes de prêt de matériel', handledBefore + 1);
    await expectIndicator(page, year, 'pret_materiel', 'Réparations ouvertes', repairsBefore + 1);
  });

  it('should let an agent record a dated stock movement and see the stock in service change', async () => {
    const page = await newPage(browser);
    await signIn(page, 'agent.pret_materiel');
    await page.goto(`${baseUrl()}/pret-materiel/stock`);
    const catalogue = page.getByRole('table', { name: 'Catalogue du matériel' });
    const row = catalogue.getByRole('row').filter({ hasText: 'Barrières' });
    await row.waitFor();
    const before = Number(await row.getByRole('cell').nth(2).innerText());

    const form = page.getByRole('form', { name: 'Nouveau mouvement de stock' });
    await form.getByLabel('Matériel', { exact: true }).selectOption({ label: 'Barrières de sécurité' });
    await form.getByLabel('Mouvement', { exact: true }).selectOption({ label: 'Acquisition' });
    await form.getByLabel(/^Quantité/).fill('7');
    await form.getByLabel('Motif (facture, constat…)').fill('Facture E2E 2026-114');
    await form.getByRole('button', { name: 'Enregistrer le mouvement' }).click();
    await page.getByText('Mouvement enregistré.').waitFor();
    await row.getByRole('cell', { name: String(before + 7), exact: true }).waitFor();
    await page.getByRole('table', { name: 'Mouvements de stock' }).getByText('Facture E2E 2026-114').waitFor();

    // a removal takes the items out of the stock that day
    await form.getByLabel('Matériel', { exact: true }).selectOption({ label: 'Barrières de sécurité' });
    await form.getByLabel('Mouvement', { exact: true }).selectOption({ label: 'Mise au rebut' });
    await form.getByLabel(/^Quantité/).fill('2');
    await form.getByRole('button', { name: 'Enregistrer le mouvement' }).click();
    await row.getByRole('cell', { name: String(before + 5), exact: true }).waitFor();
    await screenshot(page, 'pret-materiel-stock');
  }, 240_000);
});
