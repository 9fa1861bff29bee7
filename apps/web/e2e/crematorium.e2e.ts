import type { Browser } from 'playwright-core';
import { addDays, frenchDay, toParisLocalDate } from '@call/domain';
import { expectIndicator, indicatorValue, launchBrowser, newPage, screenshot, signIn } from './support/browser';

describe('crématorium journey in chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser?.close());

  it('should let an agent book a cremation, record an X-ray detection and its protocol, complete it', async () => {
    const page = await newPage(browser);
    await signIn(page, 'agent.crematorium');
    const today = toParisLocalDate(new Date());
    const year = today.slice(0, 4);
    const before = await indicatorValue(page, year, 'crematorium', 'Crémations');
    const detectionsBefore = await indicatorValue(page, year, 'crematorium', 'Détections au tunnel radioscopique');

    // the planning of today: the demo years are past, today's slots are free
    await page.getByRole('navigation').getByText('Crématorium').first().click();
    await page.waitForURL(/\/crematorium/);
    const planning = page.getByRole('table', { name: 'Planning des lignes' });
    await planning.getByRole('link', { name: 'Libre — réserver' }).first().click();
    await page.waitForURL(/\/crematorium\/reservations\/nouvelle/);

    const form = page.getByRole('form', { name: 'Réservation de crémation' });
    expect(await form.getByLabel('Heure du créneau (hh:mm)').inputValue()).toBe('08:00');
    await form.getByLabel('Nom du défunt').fill('Lefebvre');
    await form.getByLabel('Prénoms du défunt').fill('Marcel André');
    await form.getByLabel('Date du décès').fill(frenchDay(addDays(today, -2)));
    await form.getByLabel('Heure du décès').fill('06:30');
    await form.getByLabel('Commune du décès').fill('Lens');
    await form.getByLabel('Commune de résidence').fill('Liévin');
    await form.getByLabel('Opérateur funéraire').fill('Pompes funèbres lensoises');
    await form.getByLabel('Commune de l’autorisation').fill('Lens');
    await form.getByRole('button', { name: 'Réserver le créneau' }).click();
    // a body without the prosthesis certificate is refused, on its field
    await form.getByText(/Attestation de retrait des prothèses à pile : obligatoire/).waitFor();
    await form.getByLabel('Attestation de retrait des prothèses à pile reçue').check();
    await form.getByRole('button', { name: 'Réserver le créneau' }).click();
    await page.waitForURL(/\/crematorium\/cremations\//);
    await page.getByRole('heading', { name: /Crémation CR-\d{6} — LEFEBVRE Marcel André/ }).waitFor();

    // the X-ray tunnel finds a watch
    const scan = page.getByRole('form', { name: 'Passage au tunnel radioscopique' });
    await scan.getByLabel('Heure du passage').fill('07:30');
    await scan.getByLabel('Résultat').selectOption({ label: 'Objet détecté' });
    await scan.getByLabel('Objet détecté').selectOption({ label: 'Montre' });
    await scan.getByRole('button', { name: 'Enregistrer le passage' }).click();
    const protocol = page.getByRole('form', { name: 'Protocole d’ouverture du cercueil' });
    await protocol.waitFor();

    // the detection cannot be closed before every step of the protocol
    await protocol.getByLabel('Ouverture autorisée par').fill('Mme Caron, responsable du crématorium');
    await protocol.getByRole('button', { name: 'Clore la détection' }).click();
    await page.getByText(/ne peut être close sans toutes les étapes du protocole/).waitFor();
    const complete = page.getByRole('form', { name: 'Réalisation de la crémation' });
    await complete.getByLabel('Heure').fill('10:00');
    await complete.getByRole('button', { name: 'Enregistrer la crémation réalisée' }).click();
    await page.getByText(/Une détection n’est pas close/).waitFor();

    await protocol.getByLabel('Témoins').fill('M. Petit et M. Roux, agents techniques');
    await protocol.getByLabel('Famille informée le').fill(frenchDay(today));
    await protocol.getByLabel('Heure de l’information').fill('07:40');
    await protocol.getByLabel('Ouverture du cercueil le').fill(frenchDay(today));
    await protocol.getByLabel('Heure de l’ouverture').fill('07:50');
    await protocol.getByLabel('Objet retiré').fill('Montre connectée');
    await protocol.getByLabel('Retard causé (minutes)').fill('45');
    await protocol.getByRole('button', { name: 'Clore la détection' }).click();
    await page.getByText(/Clos : Montre connectée, retard 45 min/).waitFor();

    await complete.getByLabel('Heure').fill('10:00');
    await complete.getByRole('button', { name: 'Enregistrer la crémation réalisée' }).click();
    await page.getByText('Réalisée', { exact: true }).waitFor();
    await page.getByText(/Clos : Montre connectée/).waitFor();
    await screenshot(page, 'crematorium-cremation');

    await page.goto(page.url().replace(/\/crematorium\/cremations\/.*/, `/crematorium?jour=${today}`));
    await planning.getByText(/LEFEBVRE Marcel André \(Adulte, réalisée\)/).waitFor();
    await page
      .getByRole('table', { name: `Occupation des lignes en ${year}` })
      .getByText('Ligne 1')
      .waitFor();
    await screenshot(page, 'crematorium-planning');

    await expectIndicator(page, year, 'crematorium', 'Crémations', before + 1);
    await expectIndicator(page, year, 'crematorium', 'Détections au tunnel radioscopique', detectionsBefore + 1);
    await screenshot(page, 'crematorium-indicateurs');
  });

  it('should let an agent move a booking and see the slot left in its history, then cancel it', async () => {
    const page = await newPage(browser);
    await signIn(page, 'agent.crematorium');
    const today = toParisLocalDate(new Date());
    const tomorrow = addDays(today, 1);

    await page.goto(page.url().replace(/(https?:\/\/[^/]+).*/, `$1/crematorium?jour=${today}`));
    const planning = page.getByRole('table', { name: 'Planning des lignes' });
    await planning.getByRole('link', { name: 'Libre — réserver' }).first().click();
    await page.waitForURL(/\/crematorium\/reservations\/nouvelle/);
    const form = page.getByRole('form', { name: 'Réservation de crémation' });
    await form.getByLabel('Nom du défunt').fill('Delattre');
    await form.getByLabel('Prénoms du défunt').fill('Simone');
    await form.getByLabel('Date du décès').fill(frenchDay(addDays(today, -1)));
    await form.getByLabel('Heure du décès').fill('05:00');
    await form.getByLabel('Commune du décès').fill('Liévin');
    await form.getByLabel('Commune de résidence').fill('Liévin');
    await form.getByLabel('Opérateur funéraire').fill('Pompes funèbres liévinoises');
    await form.getByLabel('Commune de l’autorisation').fill('Liévin');
    await form.getByLabel('Attestation de retrait des prothèses à pile reçue').check();
    await form.getByRole('button', { name: 'Réserver le créneau' }).click();
    await page.waitForURL(/\/crematorium\/cremations\//);
    await page.getByText('Réservation jamais déplacée.').waitFor();

    // the family asks for the next day, in the afternoon, on line 2
    const move = page.getByRole('form', { name: 'Déplacer la réservation' });
    await move.getByLabel('Nouvelle ligne').selectOption({ label: 'Ligne 2' });
    await move.getByLabel('Nouveau jour').fill(frenchDay(tomorrow));
    await move.getByLabel('Nouvelle heure').fill('14:00');
    await move.getByLabel('Motif du déplacement').fill('Demande de la famille E2E');
    await move.getByRole('button', { name: 'Déplacer' }).click();
    await page
      .getByText('Réservation déplacée.')
      .waitFor()
      .catch(async (e: unknown) => {
        // what the agent saw instead (a refusal in the form) makes the failure readable
        throw new Error(`${String(e)}\n${await page.locator('main').innerText()}`);
      });
    const history = page.getByRole('table', { name: 'Historique des déplacements' });
    await history.getByText('Demande de la famille E2E').waitFor();
    await history.getByText(new RegExp(`Ligne 2, ${frenchDay(tomorrow)}.*14:00`)).waitFor();
    await history.getByText(new RegExp(`Ligne \\d, ${frenchDay(today)}`)).waitFor();
    await screenshot(page, 'crematorium-deplacement');

    // cancelled: the record stays, the slot is free again on tomorrow's planning
    const cancel = page.getByRole('form', { name: 'Annuler la réservation' });
    await cancel.getByLabel('Motif de l’annulation').fill('Inhumation finalement choisie');
    await cancel.getByRole('button', { name: 'Annuler la réservation' }).click();
    await page.getByText('Annulée', { exact: true }).waitFor();
    await page.getByText(/Inhumation finalement choisie/).waitFor();
    await page.goto(page.url().replace(/\/crematorium\/cremations\/.*/, `/crematorium?jour=${tomorrow}`));
    await planning.waitFor();
    expect(await planning.getByText(/DELATTRE Simone/).count()).toBe(0);
  }, 240_000);
});
