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

// a chip no demo animal carries
const CHIP = '250269604999001';

describe('fourrière journey in chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser?.close());

  it('should let an agent record an intake, find the owner by chip and return the dog against payment', async () => {
    const page = await newPage(browser);
    await signIn(page, 'agent.fourriere');
    const year = toParisLocalDate(new Date()).slice(0, 4);
    const intakesBefore = await indicatorValue(page, year, 'fourriere', 'Animaux pris en charge par la fourrière');
    const returnsBefore = await indicatorValue(page, year, 'fourriere', 'Chiens restitués à leurs propriétaires');
    const feesBefore = await indicatorValue(page, year, 'fourriere', 'Frais de fourrière encaissés');
    await page.getByRole('navigation').getByText('Fourrière').first().click();
    await page.waitForURL(/\/fourriere$/);
    // the demo seed keeps a few animals in custody today
    await page.getByRole('table', { name: 'Animaux présents' }).getByRole('link').first().waitFor();
    await screenshot(page, 'fourriere-tableau');

    // intake: the species field has the focus; date and time default to now
    await page.getByRole('link', { name: 'Nouvelle entrée' }).click();
    await page.waitForURL(/\/fourriere\/entrees\/nouvelle$/);
    const intake = page.getByRole('form', { name: 'Nouvelle entrée en fourrière' });
    await intake.getByLabel('Espèce').selectOption({ label: 'Chien' });
    await intake.getByLabel('Commune de capture').selectOption({ label: 'Lens' });
    await intake.getByLabel('Lieu de capture').fill('rue Jean Jaurès');
    await intake.getByLabel('Race').fill('Croisé');
    await intake.getByLabel('Identification', { exact: true }).selectOption({ label: 'Puce électronique' });
    await intake.getByLabel('Numéro d’identification').fill('25026960499900');
    await intake.getByRole('button', { name: 'Enregistrer l’entrée' }).click();
    await intake.getByText('Le numéro de puce doit compter exactement 15 chiffres.').waitFor();
    await intake.getByLabel('Numéro d’identification').fill(CHIP);
    await intake.getByLabel('Numéro d’identification').press('Enter');
    await page.waitForURL(/\/fourriere\/animaux\//);
    await page.getByText('Fin du délai de garde').waitFor();

    // find it again by its chip from the board
    await page.goto(`${baseUrl()}/fourriere`);
    await page.getByLabel('N° de puce ou tatouage').fill(CHIP);
    await page.getByRole('button', { name: 'Rechercher' }).click();
    const results = page.getByRole('table', { name: 'Résultats de la recherche' });
    await results.getByRole('link').first().click();
    await page.waitForURL(/\/fourriere\/animaux\//);

    // I-CAD lookup finds the owner
    const search = page.getByRole('form', { name: 'Consigner une démarche' });
    await search.getByLabel('Démarche', { exact: true }).selectOption({ label: 'Consultation I-CAD' });
    await search.getByLabel('Résultat').selectOption({ label: 'Propriétaire identifié' });
    // a required field's label carries an asterisk: found by its accessible name
    await search.getByRole('textbox', { name: 'Propriétaire', exact: true }).fill('Laurent Dumont');
    await search.getByLabel('Téléphone').fill('06 11 22 33 44');
    await search.getByRole('button', { name: 'Consigner la démarche' }).click();
    await page
      .getByRole('table', { name: 'Journal de recherche du propriétaire' })
      .getByText('Laurent Dumont — 06 11 22 33 44')
      .waitFor();

    // a veterinary act during the stay is added to the fees due on return
    const vet = page.getByRole('form', { name: 'Acte vétérinaire' });
    await vet.getByLabel('Nature de l’acte').selectOption({ label: 'Vaccination' });
    await vet.getByLabel('Montant (€)').fill('42,00');
    await vet.getByLabel('Notes de l’acte').fill('CHPPiL');
    await vet.getByLabel('Notes de l’acte').press('Enter');
    await page.getByRole('table', { name: 'Actes vétérinaires du séjour' }).getByText('CHPPiL').waitFor();

    // return: the form offers what the rule allows today, prices the stay, refuses a short payment
    const outcome = page.getByRole('form', { name: 'Sortie de fourrière' });
    await outcome.getByLabel('Type de sortie').selectOption({ label: 'Restitution au propriétaire' });
    await outcome.getByRole('table', { name: 'Frais dus' }).getByText('Total dû').waitFor();
    await outcome.getByRole('table', { name: 'Frais dus' }).getByText('Vaccination').waitFor();
    expect(await outcome.getByLabel('Propriétaire', { exact: true }).inputValue()).toBe('Laurent Dumont');
    const due = await outcome.getByLabel('Montant payé (€)').inputValue();
    await outcome.getByLabel('Montant payé (€)').fill('1');
    await outcome.getByRole('button', { name: 'Enregistrer la sortie' }).click();
    await outcome.getByText(/ne couvre pas les frais de fourrière dus/).waitFor();
    await outcome.getByLabel('Montant payé (€)').fill(due);
    await outcome.getByLabel('Moyen de paiement').selectOption({ label: 'Carte bancaire' });
    await outcome.getByLabel('N° de quittance').fill('QF-E2E-1');
    await outcome.getByRole('button', { name: 'Enregistrer la sortie' }).click();
    await page.getByText(/^Paiement du .* quittance QF-E2E-1/).waitFor();
    await page.getByText(/^Restitution au propriétaire le .* — Laurent Dumont/).waitFor();
    await screenshot(page, 'fourriere-restitution');

    // the indicators follow at once
    await expectIndicator(page, year, 'fourriere', 'Animaux pris en charge par la fourrière', intakesBefore + 1);
    await expectIndicator(page, year, 'fourriere', 'Chiens restitués à leurs propriétaires', returnsBefore + 1);
    await expectIndicator(
      page,
      year,
      'fourriere',
      'Frais de fourrière encaissés',
      feesBefore + Number(due.replace(/\s/g, '').replace(',', '.')),
    );
  });

  it('should not offer an adoption while the holding period runs', async () => {
    const page = await newPage(browser);
    await signIn(page, 'agent.fourriere');
    await page.goto(`${baseUrl()}/fourriere/entrees/nouvelle`);
    const intake = page.getByRole('form', { name: 'Nouvelle entrée en fourrière' });
    await intake.getByLabel('Commune de capture').selectOption({ label: 'Liévin' });
    await intake.getByRole('button', { name: 'Enregistrer l’entrée' }).click();
    await page.waitForURL(/\/fourriere\/animaux\//);
    const select = page.getByRole('form', { name: 'Sortie de fourrière' }).getByLabel('Type de sortie');
    await select.locator('option', { hasText: 'Évasion' }).waitFor({ state: 'attached' });
    const types = await select.locator('option').allTextContents();
    expect(types).toEqual(['—', 'Restitution au propriétaire', 'Décès', 'Évasion']);
  });

  it('should let the director set a new tariff on the tariffs page and see it in force', async () => {
    const page = await newPage(browser);
    await signIn(page, 'directeur.fourriere');
    await page.goto(`${baseUrl()}/fourriere`);
    await page.getByRole('link', { name: 'Tarifs' }).click();
    await page.waitForURL(/\/fourriere\/tarifs$/);
    await page.getByRole('heading', { name: 'Tarifs de la fourrière' }).waitFor();

    // the date defaults to today and has the focus; amounts are typed in euros with a comma
    const form = page.getByRole('form', { name: 'Nouveau tarif' });
    await form.getByLabel('Espèce').selectOption({ label: 'Chien' });
    await form.getByLabel('Capture et transport (€)').fill('82,50');
    await form.getByLabel('Garde par jour (€)').fill('17');
    await form.getByLabel('Identification (€)').fill('70,00');
    await form.getByLabel('Visite vétérinaire (€)').fill('quarante');
    await form.getByLabel('Note (délibération)').fill('Délibération E2E');
    await form.getByRole('button', { name: 'Enregistrer le tarif' }).click();
    await form
      .getByText('Visite vétérinaire (€) : saisissez un nombre, avec une virgule pour les décimales (ex. 0,45).')
      .waitFor();
    await form.getByLabel('Visite vétérinaire (€)').fill('40,00');
    await form.getByLabel('Visite vétérinaire (€)').press('Enter');
    // the confirmation is a snackbar, outside the form
    await page.getByRole('alert').getByText('Tarif enregistré.').waitFor();

    const inForce = page.getByRole('table', { name: 'Tarif en vigueur' });
    const dog = inForce.getByRole('row').filter({ hasText: 'Chien' });
    await dog.getByText('Délibération E2E').waitFor();
    expect(await dog.count()).toBe(1);
    expect(await dog.textContent()).toMatch(/82,50\s€.*17,00\s€.*70,00\s€.*40,00\s€.*En vigueur/);
    // the former dog tariff stays in the history, replaced
    await page
      .getByRole('table', { name: 'Historique des tarifs' })
      .getByRole('row')
      .filter({ hasText: 'Remplacé' })
      .filter({ hasText: 'Chien' })
      .first()
      .waitFor();
    await screenshot(page, 'fourriere-tarifs');

    // dated in a published year (before the demo's 2022 tariff, so no fee moves): the dialog says which published
    // figures change (none read the tariff) and nothing is saved until the director confirms
    await form.getByLabel('En vigueur à partir du').fill('01/01/2021');
    await form.getByLabel('Espèce').selectOption({ label: 'Chat' });
    await form.getByLabel('Note (délibération)').fill('Délibération rétroactive E2E');
    await form.getByRole('button', { name: 'Enregistrer le tarif' }).click();
    const dialog = page.getByRole('dialog', { name: 'Tarif daté du 01/01/2021, dans une année déjà publiée' });
    await dialog.getByText('Aucun chiffre publié ne change avec les données enregistrées.').waitFor();
    await dialog.getByRole('button', { name: 'Annuler' }).click();
    await dialog.waitFor({ state: 'hidden' });
    const history = page.getByRole('table', { name: 'Historique des tarifs' });
    expect(await history.getByText('Délibération rétroactive E2E').count()).toBe(0);
    await form.getByRole('button', { name: 'Enregistrer le tarif' }).click();
    await dialog.getByRole('button', { name: 'Enregistrer quand même' }).click();
    await history
      .getByRole('row')
      .filter({ hasText: 'Délibération rétroactive E2E' })
      .filter({ hasText: 'Chat' })
      .waitFor();
  });
  it('should let the director date a new working calendar, refusing a closed day before its date', async () => {
    const page = await newPage(browser);
    await signIn(page, 'directeur.fourriere');
    await page.goto(`${baseUrl()}/fourriere`);
    await page.getByRole('link', { name: 'Calendrier', exact: true }).click();
    await page.waitForURL(/\/fourriere\/calendrier$/);
    await page.getByRole('heading', { name: 'Calendrier des jours ouvrés' }).waitFor();
    await page.getByText(/ne change pas la fin du délai des animaux déjà en fourrière/).waitFor();
    await page
      .getByRole('table', { name: 'Historique du calendrier' })
      .getByRole('row')
      .filter({ hasText: '01/01/2015' })
      .filter({ hasText: 'En vigueur' })
      .waitFor();

    // from 1 January next year (upcoming): Whit Monday worked, one local closure; a day before that date is refused by the server
    const next = Number(toParisLocalDate(new Date()).slice(0, 4)) + 1;
    const form = page.getByRole('form', { name: 'Nouveau calendrier' });
    await form.getByLabel('En vigueur à partir du').fill(`01/01/${next}`);
    await form.getByLabel('Lundi de Pentecôte').check();
    await form.getByLabel('Jour à ajouter').fill(`31/12/${next - 1}`);
    await form.getByLabel('Jour à ajouter').press('Enter');
    await form.getByLabel('Jour à ajouter').fill(`13/07/${next}`);
    await form.getByRole('button', { name: 'Ajouter' }).click();
    await form.getByRole('button', { name: 'Enregistrer le calendrier' }).click();
    await form
      .getByText(
        `Jours de fermeture supplémentaires : le 31/12/${next - 1} précède l’entrée en vigueur (01/01/${next}).`,
      )
      .waitFor();
    await form.getByLabel(`Fermeture du 31/12/${next - 1} (Suppr. pour retirer)`).press('Delete');
    await form.getByLabel('En vigueur à partir du').press('Enter');
    await form.getByText('Calendrier enregistré.').waitFor();

    const row = page
      .getByRole('table', { name: 'Historique du calendrier' })
      .getByRole('row')
      .filter({ hasText: `01/01/${next}` });
    expect(await row.textContent()).toMatch(
      new RegExp(`Lundi de Pentecôte.*13/07/${next}.*À venir.*directeur\\.fourriere`),
    );
    await page.getByRole('region', { name: 'Calendrier en vigueur' }).getByText('01/01/2015').waitFor();
    await screenshot(page, 'fourriere-calendrier');
  });
});
