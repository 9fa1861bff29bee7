import type { Browser } from 'playwright-core';
import { frenchDay, toParisLocalDate } from '@call/domain';
import {
  baseUrl,
  expectIndicator,
  indicatorValue,
  launchBrowser,
  newPage,
  screenshot,
  signIn,
} from './support/browser';

describe('permis de louer journey in chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser?.close());

  it('should let an agent file an APML, plan and record the visit with its defects, decide, and move the indicators', async () => {
    const page = await newPage(browser);
    await signIn(page, 'agent.permis_louer');
    const year = toParisLocalDate(new Date()).slice(0, 4);
    const filedBefore = await indicatorValue(page, year, 'permis_louer', 'Dossiers APML déposés');
    const visitsBefore = await indicatorValue(page, year, 'permis_louer', 'Visites de logements');

    await page.getByRole('navigation').getByText('Permis de louer').first().click();
    await page.waitForURL(/\/permis-louer$/);
    // the demo seed keeps dossiers awaiting their decision: the tacit queue
    await page
      .getByRole('table', { name: 'Dossiers sans décision, par date d’autorisation tacite' })
      .getByRole('link')
      .first()
      .waitFor();
    await screenshot(page, 'permis-louer-file-tacites');

    await page.getByRole('link', { name: 'Nouvelle demande APML' }).click();
    const create = page.getByRole('form', { name: 'Nouvelle demande APML' });
    await create.getByRole('textbox', { name: 'Propriétaire', exact: true }).fill('Nadia Benali');
    await create.getByLabel('Contact du propriétaire').fill('06 22 33 44 55');
    await create.getByRole('textbox', { name: 'Adresse', exact: true }).fill('14 rue Jean Jaurès');
    await create.getByLabel('Commune').selectOption({ label: 'Harnes' });
    await create.getByLabel('Surface (m²)').fill('68,5');
    await create.getByLabel('Nombre de pièces').fill('3');
    await create.getByRole('button', { name: 'Enregistrer la demande' }).click();
    await page.waitForURL(/\/permis-louer\/apml\/[0-9a-f-]+$/);
    await page.getByText(/l’autorisation sera tacitement acquise le/).waitFor();
    await screenshot(page, 'permis-louer-depot');

    const complete = page.getByRole('form', { name: 'Dossier complet' });
    await complete.getByRole('button', { name: 'Déclarer le dossier complet' }).click();
    const plan = page.getByRole('form', { name: 'Programmer la visite' });
    await plan.getByLabel('Inspecteur').fill('Paul Martin');
    await plan.getByRole('button', { name: 'Programmer la visite' }).click();

    const visit = page.getByRole('form', { name: 'Compte rendu de visite' });
    await visit.getByRole('button', { name: 'Ajouter un désordre' }).click();
    await visit.getByLabel('Désordre 1 : nature').selectOption({ label: 'Installation électrique' });
    await visit
      .getByLabel('Désordre 1 : gravité')
      .selectOption({ label: 'Grave (atteinte à la sécurité ou à la salubrité)' });
    await visit.getByLabel('Désordre 1 : description').fill('Tableau sans différentiel');
    await visit.getByRole('button', { name: 'Enregistrer la visite' }).click();
    await page.getByText(/Installation électrique — Grave.*Tableau sans différentiel/).waitFor();

    // a refusal without its reasons is refused by the API, under the field
    const decision = page.getByRole('form', { name: 'Décision' });
    await decision.getByLabel('Décision', { exact: true }).selectOption({ label: 'Refus motivé' });
    await decision.getByLabel('Travaux prescrits (un par ligne)').fill('Mise en sécurité électrique');
    await decision.getByRole('button', { name: 'Enregistrer la décision' }).click();
    await decision.getByText(/un refus doit être motivé/).waitFor();
    await decision.getByLabel('Décision', { exact: true }).selectOption({ label: 'Accord sous conditions (travaux)' });
    await decision.getByRole('button', { name: 'Enregistrer la décision' }).click();
    await page.getByText(/Décision :.*Accord sous conditions.*Mise en sécurité électrique/).waitFor();
    await screenshot(page, 'permis-louer-decision');

    await page.goto(`${baseUrl()}/permis-louer`);
    await expectIndicator(page, year, 'permis_louer', 'Dossiers APML déposés', filedBefore + 1);
    await expectIndicator(page, year, 'permis_louer', 'Visites de logements', visitsBefore + 1);
  });

  it('should let an agent file an APD, decide it, record the final approval after works, and log front-desk contacts', async () => {
    const page = await newPage(browser);
    await signIn(page, 'agent.permis_louer');
    const year = toParisLocalDate(new Date()).slice(0, 4);
    const apdBefore = await indicatorValue(page, year, 'permis_louer', 'APD : accords finaux en fin de travaux');
    const walkInsBefore = await indicatorValue(page, year, 'permis_louer', 'GUH : passages spontanés');

    await page.goto(`${baseUrl()}/permis-louer`);
    await page.getByRole('tab', { name: 'Permis de diviser (APD)' }).click();
    await page.waitForURL(/\/permis-louer\/apd$/);
    await page.getByRole('link', { name: 'Nouvelle demande APD' }).click();
    const create = page.getByRole('form', { name: 'Nouvelle demande APD' });
    await create.getByLabel('Propriétaire').fill('SCI Les Acacias');
    await create.getByLabel('Adresse de l’immeuble').fill('7 rue Victor Hugo');
    await create.getByLabel('Commune').selectOption({ label: 'Harnes' });
    await create.getByLabel('Logements après division').fill('3');
    await create.getByRole('button', { name: 'Enregistrer la demande' }).click();
    await page.waitForURL(/\/permis-louer\/apd\/[0-9a-f-]+$/);
    await page.getByText(/la division est tacitement autorisée le/).waitFor();

    const decision = page.getByRole('form', { name: 'Décision APD' });
    await decision.getByLabel('Décision', { exact: true }).selectOption({ label: 'Accord' });
    await decision.getByRole('button', { name: 'Enregistrer la décision' }).click();
    const approval = page.getByRole('form', { name: 'Accord final après travaux' });
    await approval.getByRole('button', { name: 'Enregistrer l’accord final' }).click();
    await approval.waitFor({ state: 'detached' });
    await page
      .getByRole('region', { name: 'Demande' })
      .getByText(/^Accord le /)
      .waitFor();
    await screenshot(page, 'permis-louer-apd');

    // the front desk: two entries in a row from the keyboard, the form keeping its choices
    await page.getByRole('navigation').getByText('Permis de louer').first().click();
    await page.waitForURL(/\/permis-louer$/);
    await page.getByRole('tab', { name: 'Accueil GUH' }).click();
    await page.waitForURL(/\/permis-louer\/contacts$/);
    const contact = page.getByRole('form', { name: 'Nouveau contact' });
    await contact.getByLabel('Canal').selectOption({ label: 'Passage spontané' });
    await contact.getByLabel('Personne').selectOption({ label: 'Propriétaire bailleur' });
    await contact.getByLabel('Motif').selectOption({ label: 'Suivi de dossier' });
    await contact.getByRole('button', { name: 'Consigner le contact' }).click();
    await page.getByText('Contact consigné.').waitFor();
    // the focus is back on the channel for the next caller; the same choices stand
    await page.keyboard.press('Tab');
    await contact.getByRole('button', { name: 'Consigner le contact' }).click();
    const today = frenchDay(toParisLocalDate(new Date()));
    const rows = page
      .getByRole('table', { name: 'Contacts consignés' })
      .getByRole('row')
      .filter({ hasText: today })
      .filter({ hasText: 'Passage spontané' });
    await rows.nth(1).waitFor();
    expect(await rows.count()).toBe(2);
    await screenshot(page, 'permis-louer-contacts');

    await page.goto(`${baseUrl()}/permis-louer`);
    await expectIndicator(page, year, 'permis_louer', 'APD : accords finaux en fin de travaux', apdBefore + 1);
    await expectIndicator(page, year, 'permis_louer', 'GUH : passages spontanés', walkInsBefore + 2);
  });
});
