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
});
