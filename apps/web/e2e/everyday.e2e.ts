import type { Browser } from 'playwright-core';
import { baseUrl, launchBrowser, newPage, screenshot, signIn } from './support/browser';

// Everyday work: a step changes the queue without a reload and says so; a back-dated setting names what it rewrites.
describe('everyday work in the back-office, in chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser?.close());

  it('should show a confirmation after a step and the queue updated without reload, then assign the dossier', async () => {
    const page = await newPage(browser);
    await signIn(page, 'agent.ads');
    await page.goto(`${baseUrl()}/ads?statut=DEPOSITED`);
    const table = page.getByRole('table', { name: 'Dossiers ADS' });
    const first = table.getByRole('row').nth(1).getByRole('link');
    await first.waitFor();
    const number = (await first.textContent())!.trim();
    // the queues carry their counts, the overdue one among them
    await page.getByRole('tab', { name: /^En retard \(\d[\d\s\u202f]*\)$/ }).waitFor();

    await page.goto(`${baseUrl()}/ads?q=${encodeURIComponent(number)}`);
    const row = table.getByRole('row').filter({ hasText: number });
    await row.getByText('Déposé').waitFor();
    await row.getByRole('link', { name: number }).click();
    await page.getByRole('heading', { name: `Dossier ${number}` }).waitFor();
    await page.getByRole('button', { name: 'Déclarer le dossier complet' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Valider' }).click();
    await page.getByRole('alert').getByText('Action enregistrée : Déclarer le dossier complet.').waitFor();
    await page.getByLabel('Statut').getByText('Complet').waitFor();

    // back in the browser's history, not reloaded: the row says what the dossier is now
    await page.goBack();
    await page.waitForURL(/\/ads\?q=/);
    await row.getByText('Complet').waitFor();
    await screenshot(page, 'everyday-queue-after-step');

    await row.getByRole('checkbox', { name: `Sélectionner ${number}` }).check();
    await page.getByRole('button', { name: 'Attribuer à…' }).click();
    const instructor = page.getByRole('menuitem').first();
    const name = (await instructor.textContent())!.trim();
    await instructor.click();
    await page.getByRole('alert').getByText(`Dossier attribué à ${name}.`).waitFor();
    await row.getByText(name).waitFor();
    // a journey of two pages and two writes: more than the default time on a loaded machine
  }, 180_000);

  it('should ask before a barème dated in a published year, naming the figures it would change', async () => {
    const page = await newPage(browser);
    await signIn(page, 'directeur.ads');
    await page.goto(`${baseUrl()}/ads/bareme`);
    const form = page.getByRole('form', { name: 'Nouveau barème daté' });
    await form.getByRole('textbox', { name: 'Applicable aux dossiers déposés à partir du' }).fill('01/01/2020');
    await form.getByRole('textbox', { name: 'Poids PC', exact: true }).fill('0,5');
    await form.getByRole('button', { name: 'Enregistrer le barème' }).click();

    const dialog = page.getByRole('dialog', { name: /Barème daté du 01\/01\/2020/ });
    await dialog
      .getByRole('list', { name: 'Chiffres modifiés' })
      .getByText(/^Actes quantifiés \(équivalent PC\) 2023 : [\d\s\u202f,]+ → [\d\s\u202f,]+$/)
      .waitFor();
    await screenshot(page, 'everyday-bareme-confirmation');
    // declined: nothing saved, no confirmation shown, the history keeps its one scale
    await dialog.getByRole('button', { name: 'Annuler' }).click();
    await dialog.waitFor({ state: 'hidden' });
    expect(
      await page.getByRole('region', { name: 'Historique du barème' }).getByText('À partir du 01/01/2020').count(),
    ).toBe(0);
    expect(await page.getByText('Barème enregistré', { exact: false }).count()).toBe(0);
  });
});
