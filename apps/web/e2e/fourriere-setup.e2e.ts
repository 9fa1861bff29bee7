import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { launchBrowser, newPage, screenshot } from './support/browser';

const root = path.resolve(__dirname, '../../..');
const ADMIN_PASSWORD = 'premier-mot-de-passe-installation';
const DIRECTOR = { login: 'directrice.fourriere', password: 'mot-de-passe-directrice' };

const freePort = () =>
  new Promise<number>((resolve) => {
    const srv = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });

/** A real installation: migrations and referentials only (SEED_DEMO=0), the first administrator, nothing else. */
async function startFreshInstallation(): Promise<{ url: string; server: ChildProcess; dataDir: string }> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'call-fresh-'));
  const port = await freePort();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PGLITE_DATA_DIR: path.join(dataDir, 'pglite'),
    PORT: String(port),
    SEED_DEMO: '0',
  };
  delete env.DATABASE_URL;
  execFileSync(process.execPath, [path.join(root, 'apps/api/dist/scripts/seed.js')], {
    env: { ...env, ADMIN_PASSWORD },
    stdio: 'inherit',
  });
  const server = spawn(process.execPath, [path.join(root, 'apps/api/dist/main.js')], { env, stdio: 'ignore' });
  const url = `http://127.0.0.1:${port}`;
  for (const deadline = Date.now() + 60000; ;) {
    if (
      await fetch(`${url}/healthz`).then(
        (r) => r.ok,
        () => false,
      )
    )
      break;
    if (server.exitCode !== null || Date.now() > deadline) throw new Error('L’API n’a pas démarré');
    await new Promise((r) => setTimeout(r, 250));
  }
  return { url, server, dataDir };
}

async function gql(url: string, query: string, variables: object, cookie = ''): Promise<string> {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { errors?: { message: string }[] };
  if (body.errors) throw new Error(body.errors[0].message);
  return (res.headers.get('set-cookie') ?? '').split(';')[0];
}

describe('a fresh installation in chromium', () => {
  let browser: Browser;
  let fresh: Awaited<ReturnType<typeof startFreshInstallation>>;
  beforeAll(async () => {
    fresh = await startFreshInstallation();
    browser = await launchBrowser();
    // the administrator's first step: an account for the pound's director
    const cookie = await gql(fresh.url, 'mutation($i: LoginInput!) { login(input: $i) { id } }', {
      i: { login: 'admin', password: ADMIN_PASSWORD },
    });
    await gql(
      fresh.url,
      'mutation($i: CreateUserInput!) { createUser(input: $i) { id } }',
      {
        i: {
          ...DIRECTOR,
          displayName: 'Directrice de la fourrière',
          role: 'DIRECTOR',
          directorates: ['fourriere'],
        },
      },
      cookie,
    );
  });
  afterAll(async () => {
    await browser?.close();
    fresh?.server.kill();
    if (fresh) fs.rmSync(fresh.dataDir, { recursive: true, force: true });
  });

  it('should show the director what to set before the first return, with a link to set it', async () => {
    const page = await newPage(browser);
    await page.goto(`${fresh.url}/connexion`);
    await page.getByLabel('Identifiant').fill(DIRECTOR.login);
    await page.getByLabel('Mot de passe').fill(DIRECTOR.password);
    await page.getByRole('button', { name: /se connecter/i }).click();
    await page.waitForURL((u) => !u.pathname.startsWith('/connexion'));

    const home = page.getByRole('region', { name: 'Fourrière : réglages à faire' });
    await home.getByText('Fourrière : à régler avant la première restitution').waitFor();
    await home.getByText(/Aucun tarif de fourrière en vigueur .* pour : chien, chat/).waitFor();
    await home.getByText(/Calendrier des jours ouvrés non confirmé/).waitFor();
    await screenshot(page, 'installation-accueil-directeur');

    await page.getByRole('navigation').getByText('Fourrière').first().click();
    await page.waitForURL(/\/fourriere$/);
    const board = page.getByRole('region', { name: 'Fourrière : réglages à faire' });
    await board.getByText(/Toute restitution à un propriétaire sera refusée/).waitFor();
    await screenshot(page, 'installation-tableau-fourriere');
    await board.getByRole('link', { name: 'Saisir la grille tarifaire' }).click();
    await page.waitForURL(/\/fourriere\/tarifs$/);
  });

  it('should refuse a chip already present in the pound and link to that animal', async () => {
    const page = await newPage(browser);
    await page.goto(`${fresh.url}/connexion`);
    await page.getByLabel('Identifiant').fill(DIRECTOR.login);
    await page.getByLabel('Mot de passe').fill(DIRECTOR.password);
    await page.getByRole('button', { name: /se connecter/i }).click();
    await page.waitForURL((u) => !u.pathname.startsWith('/connexion'));
    const enter = async () => {
      await page.goto(`${fresh.url}/fourriere/entrees/nouvelle`);
      const intake = page.getByRole('form', { name: 'Nouvelle entrée en fourrière' });
      await intake.getByLabel('Commune de capture').selectOption({ label: 'Lens' });
      await intake.getByLabel('Identification', { exact: true }).selectOption({ label: 'Puce électronique' });
      await intake.getByLabel('Numéro d’identification').fill('250269604555001');
      await intake.getByRole('button', { name: 'Enregistrer l’entrée' }).click();
      return intake;
    };
    await enter();
    await page.waitForURL(/\/fourriere\/animaux\//);
    const firstUrl = page.url();
    const again = await enter();
    await again
      .getByText(/Ce numéro d’identification est déjà celui de l’animal FR-\d{6}, présent en fourrière/)
      .first()
      .waitFor();
    await screenshot(page, 'fourriere-puce-deja-presente');
    await again.getByRole('link', { name: 'Ouvrir la fiche de l’animal déjà présent' }).click();
    await page.waitForURL(firstUrl);
  });
});
