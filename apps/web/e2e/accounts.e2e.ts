import type { Browser } from 'playwright-core';
import { baseUrl, launchBrowser, newPage, screenshot, signIn } from './support/browser';

describe('accounts, passwords and the audit trail in chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser?.close());

  it('should let the admin reset a password, and make the user change it before anything else', async () => {
    const admin = await newPage(browser);
    await signIn(admin, 'admin');
    await admin.getByRole('navigation').getByText('Administration').first().click();
    await admin.getByRole('link', { name: 'Agent — Ressources et relations humaines' }).click();
    await admin.getByRole('heading', { name: 'Agent — Ressources et relations humaines' }).waitFor();
    await admin.getByRole('button', { name: 'Réinitialiser le mot de passe' }).click();
    await admin.getByRole('dialog').getByRole('button', { name: 'Réinitialiser' }).click();
    const temporary = (await admin.getByTestId('temporary-password').textContent())!;
    expect(temporary).toMatch(/^\w{4}-\w{4}-\w{4}-\w{4}$/);
    await screenshot(admin, 'accounts-mot-de-passe-temporaire');

    const user = await newPage(browser);
    await signIn(user, 'agent.rh', temporary);
    await user.waitForURL(/\/mot-de-passe/);
    await user.getByText('Votre mot de passe a été réinitialisé').waitFor();
    await user.getByLabel('Mot de passe temporaire').fill(temporary);
    await user.getByLabel('Nouveau mot de passe', { exact: true }).fill('agent');
    await user.getByRole('button', { name: 'Enregistrer' }).click();
    await user.getByText('Le mot de passe doit faire au moins 12 caractères.').waitFor();
    await screenshot(user, 'accounts-changement-impose');
    await user.getByLabel('Nouveau mot de passe', { exact: true }).fill('une phrase assez longue');
    await user.getByLabel('Confirmation du nouveau mot de passe').fill('une phrase assez longue');
    await user.getByRole('button', { name: 'Enregistrer' }).click();
    await user.waitForURL((u) => u.pathname === '/');
    await user.getByRole('navigation').waitFor();

    // the trail shows it, filtered by user
    await admin.goto(`${baseUrl()}/journal`);
    await admin.getByLabel('Utilisateur (identifiant)').fill('agent.rh');
    await admin.getByRole('button', { name: 'Filtrer' }).click();
    await admin.getByRole('cell', { name: 'Mot de passe changé' }).waitFor();
    await admin.getByRole('cell', { name: 'Connexion', exact: true }).first().waitFor();
    await screenshot(admin, 'accounts-journal-admin');
  });

  it('should deactivate an account from its page', async () => {
    const admin = await newPage(browser);
    await signIn(admin, 'admin');
    await admin.goto(`${baseUrl()}/administration`);
    await admin.getByRole('link', { name: 'Agent — Communication' }).click();
    await admin.getByRole('button', { name: 'Désactiver le compte' }).click();
    await admin.getByText('Désactivé', { exact: true }).waitFor();
    await admin.getByRole('button', { name: 'Réactiver le compte' }).waitFor();
    await screenshot(admin, 'accounts-compte-desactive');
  });

  it('should let a user change their own password from the menu', async () => {
    const page = await newPage(browser);
    await signIn(page, 'directeur.ads');
    await page.getByRole('link', { name: 'Changer mon mot de passe' }).click();
    await page.getByLabel('Mot de passe actuel').fill('pas le bon');
    await page.getByLabel('Nouveau mot de passe', { exact: true }).fill('un secret de directeur');
    await page.getByLabel('Confirmation du nouveau mot de passe').fill('un secret de directeur');
    await page.getByRole('button', { name: 'Enregistrer' }).click();
    await page.getByText('Le mot de passe actuel est incorrect.').waitFor();
    await screenshot(page, 'accounts-changer-mon-mot-de-passe');
    // the director's journal: their directorate only
    await page.goto(`${baseUrl()}/journal`);
    await page.getByRole('heading', { name: 'Journal d’audit' }).waitFor();
    await page.getByRole('table', { name: 'Journal d’audit' }).waitFor();
    await screenshot(page, 'accounts-journal-directeur');
  });

  it('should find what is held about a person and run the anonymisation', async () => {
    const admin = await newPage(browser);
    await signIn(admin, 'admin');
    await admin.goto(`${baseUrl()}/administration/donnees-personnelles`);
    await admin.getByLabel('Nom, identifiant ou contact').fill('agent.ads');
    await admin.getByRole('button', { name: 'Rechercher' }).click();
    await admin.getByRole('table', { name: 'Comptes utilisateurs' }).getByText('agent.ads').first().waitFor();
    await admin.getByRole('button', { name: 'Anonymiser ce qui a dépassé sa durée de conservation' }).click();
    await admin.getByText(/Journal d’audit : auteur.*anonymisé/).waitFor();
    await screenshot(admin, 'accounts-donnees-personnelles');
  });
});
