import type { Browser } from 'playwright-core';
import { addDays, addMonths, toParisLocalDate } from '@call/domain';
import {
  baseUrl,
  choose,
  expectIndicator,
  indicatorValue,
  launchBrowser,
  newPage,
  screenshot,
  signIn,
} from './support/browser';

const fr = (day: string) => day.split('-').reverse().join('/');

describe('the ADS instructor in chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser?.close());

  it('should create a PC, see its legal deadline, and take it to a decision', async () => {
    const page = await newPage(browser);
    await signIn(page, 'agent.ads');
    const deposit = addDays(toParisLocalDate(new Date()), -10);
    const decisionYear = toParisLocalDate(new Date()).slice(0, 4);
    const instructedBefore = await indicatorValue(page, deposit.slice(0, 4), 'ads', 'Dossiers instruits');
    const decisionsBefore = await indicatorValue(page, decisionYear, 'ads', 'Décisions rendues');
    // from here on, no reload: the indicators read at the end must not come from the cache of this page
    await page.getByRole('navigation').getByText('Service mutualisé ADS').click();
    await page.waitForURL(/\/ads$/);
    await page.getByRole('heading', { name: 'Dossiers ADS' }).waitFor();
    await page.getByRole('tab', { name: 'Échéance proche' }).click();
    await page.getByRole('table', { name: 'Dossiers ADS' }).waitFor();
    await screenshot(page, 'ads-corbeille-echeance');

    await page.getByRole('link', { name: 'Nouveau dossier' }).click();
    await page.getByRole('heading', { name: 'Nouveau dossier ADS' }).waitFor();
    await choose(page, page.getByRole('combobox', { name: 'Type de dossier' }), 'PC — Permis de construire');
    await choose(page, page.getByRole('combobox', { name: 'Commune' }), 'Lens');
    // the date is typed the French way, whatever the browser's language
    await page.getByRole('textbox', { name: 'Date de dépôt' }).fill(fr(deposit));
    await page.getByRole('textbox', { name: 'Demandeur' }).fill('SCI Les Terrils');
    await page.getByLabel('Adresse du terrain').fill('12 rue Jean Jaurès');
    await page.getByLabel('Parcelles cadastrales').fill('AB 123, AB 124');
    await page.getByLabel('Nature du projet').fill('Construction de 12 logements');
    await page.getByRole('button', { name: 'Enregistrer le dossier' }).click();

    await page.waitForURL(/\/ads\/dossiers\/[0-9a-f-]{36}$/);
    await page.getByRole('alert').getByText('Dossier enregistré.').waitFor();
    await page.getByRole('heading', { name: /^Dossier PC 062 498 \d{2} A\d{4}$/ }).waitFor();
    // R*423-23: a PC has three months from the complete deposit
    await page
      .getByTestId('ads-deadline')
      .getByText(`Échéance : ${fr(addMonths(deposit, 3))}`, { exact: false })
      .waitFor();
    await screenshot(page, 'ads-dossier-depose');

    // a typing error corrected through the same form body: the timeline tells it, with French dates
    await page
      .getByRole('region', { name: 'Historique' })
      .getByText(`dépôt papier du ${fr(deposit)}, échéance le ${fr(addMonths(deposit, 3))}`, { exact: false })
      .waitFor();
    await page.getByRole('link', { name: 'Modifier' }).click();
    await page.getByRole('heading', { name: /^Modifier le dossier PC 062 498/ }).waitFor();
    await page.getByRole('textbox', { name: 'Demandeur' }).fill('SCI Les Terrils de Lens');
    await page.getByRole('button', { name: 'Enregistrer les corrections' }).click();
    await page.waitForURL(/\/ads\/dossiers\/[0-9a-f-]{36}$/);
    await page
      .getByRole('region', { name: 'Historique' })
      .getByText('Dossier corrigé : demandeur.', { exact: false })
      .waitFor();
    await page.getByText('SCI Les Terrils de Lens', { exact: false }).first().waitFor();

    await page.getByRole('button', { name: 'Déclarer le dossier complet' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Valider' }).click();
    await page.getByRole('alert').getByText('Action enregistrée : Déclarer le dossier complet.').waitFor();
    await page.getByLabel('Statut').getByText('Complet').waitFor();

    await page.getByRole('button', { name: 'Enregistrer la décision' }).click();
    const dialog = page.getByRole('dialog');
    await choose(page, dialog.getByRole('combobox', { name: 'Décision' }), 'Accord');
    await dialog.getByRole('button', { name: 'Valider' }).click();
    await page.getByLabel('Statut').getByText('Décidé').waitFor();
    await page.getByLabel('Décision').getByText('Accord').waitFor();
    await page
      .getByRole('region', { name: 'Historique' })
      .getByText('Enregistrer la décision : Accord.', { exact: false })
      .waitFor();
    await screenshot(page, 'ads-dossier-decide');

    // the indicators follow at once: one more dossier instructed in its deposit year, one more decision this year
    await expectIndicator(page, deposit.slice(0, 4), 'ads', 'Dossiers instruits', instructedBefore + 1);
    await expectIndicator(page, decisionYear, 'ads', 'Décisions rendues', decisionsBefore + 1);
    await screenshot(page, 'ads-indicateurs-apres-decision');
  });

  it('should let the ADS director enter a dated weights scale', async () => {
    const page = await newPage(browser);
    await signIn(page, 'directeur.ads');
    await page.goto(`${baseUrl()}/ads`);
    await page.getByRole('link', { name: 'Barème' }).click();
    await page.getByRole('heading', { name: 'Barème des actes quantifiés' }).waitFor();
    await page.getByRole('textbox', { name: 'Applicable aux dossiers déposés à partir du' }).fill('01/01/2024');
    // a weight takes the decimal comma
    await page.getByRole('textbox', { name: 'Poids PC', exact: true }).fill('1,1');
    await page.getByRole('button', { name: 'Enregistrer le barème' }).click();
    // 2024 is a published year: the director is asked first (no 2024 figure of the demo moves: the button says so;
    // a scale that rewrites a figure names it, everyday.e2e.ts)
    await page.getByRole('dialog').getByRole('button', { name: 'Enregistrer quand même' }).click();
    await page.getByText('Barème enregistré : il s’applique aux dossiers déposés à partir du 01/01/2024.').waitFor();
    await page.getByRole('region', { name: 'Historique du barème' }).getByText('À partir du 01/01/2024').waitFor();
    await screenshot(page, 'ads-bareme');
  });

  it('should show a tacit decision the system recorded, with its date and nature', async () => {
    const page = await newPage(browser);
    await signIn(page, 'agent.ads');
    // the API's start-up catch-up recorded the demo's tacit decisions: take one through the API the page uses
    const found = await page.evaluate(async () => {
      const res = await fetch('/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          query: '{ adsDossiers(filter: { statuses: [TACIT] }, limit: 1) { items { id situation } } }',
        }),
      });
      return (await res.json()).data.adsDossiers.items[0] as { id: string; situation: string };
    });
    expect(found.situation).toMatch(/^Décision tacite acquise le \d{2}\/\d{2}\/\d{4} \(/);
    await page.goto(`${baseUrl()}/ads/dossiers/${found.id}`);
    await page.getByLabel('Statut').getByText('Décision tacite').waitFor();
    await page.getByText(found.situation, { exact: false }).first().waitFor();
    await page
      .getByRole('region', { name: 'Historique' })
      .getByText('Décision tacite acquise le', { exact: false })
      .first()
      .waitFor();
    await screenshot(page, 'ads-decision-tacite');
  });
});
