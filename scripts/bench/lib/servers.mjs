// Starting the built API (and the peer) as child processes on free loopback ports, and talking GraphQL to them.
import { spawn } from 'node:child_process';
import net from 'node:net';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

export function freePort() {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.on('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

// a benchmark that fails half-way leaves no server behind
const children = new Set();
process.on('exit', () => {
  for (const c of children) if (c.exitCode === null) c.kill('SIGKILL');
});

/** Spawns `node args…` and resolves once a line of its output matches `ready`. */
export function startChild(name, args, env, ready = /prêt/) {
  const child = spawn(process.execPath, args, {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.add(child);
  let log = '';
  return new Promise((resolve, reject) => {
    const onData = (d) => {
      log += d;
      if (ready.test(log)) resolve(child);
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', (d) => (log += d));
    child.on('exit', (code) => reject(new Error(`${name} s’est arrêté (code ${code}) :\n${log.slice(-2000)}`)));
    setTimeout(() => reject(new Error(`${name} : pas prêt après 120 s\n${log.slice(-2000)}`)), 120_000).unref();
  });
}

/** The built API on a free port: PostgreSQL when `databaseUrl`, else the embedded database in `dataDir`. */
export async function startApi({ databaseUrl, dataDir, env = {} }) {
  const port = await freePort();
  const child = await startChild(
    'API',
    ['apps/api/dist/main.js'],
    {
      PORT: String(port),
      HOST: '127.0.0.1',
      PRINT_DEMO_LOGINS: '0',
      WEB_DIST: '/nonexistent',
      ...(databaseUrl ? { DATABASE_URL: databaseUrl } : { DATABASE_URL: '', PGLITE_DATA_DIR: dataDir }),
      ...env,
    },
    /Back-office CALL prêt/,
  );
  return { child, port, url: `http://127.0.0.1:${port}/graphql` };
}

export function stopChild(child) {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve();
    child.removeAllListeners('exit');
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
    setTimeout(() => child.kill('SIGKILL'), 10_000).unref();
  });
}

/** POST a GraphQL operation; throws on GraphQL errors unless `raw`. */
export async function gql(url, query, variables, cookie, raw = false) {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = await res.json();
  if (!raw && body.errors) throw new Error(JSON.stringify(body.errors).slice(0, 500));
  return raw ? { body, res } : body.data;
}

export async function signIn(url, login, password) {
  const { body, res } = await gql(
    url,
    'mutation($i: LoginInput!) { login(input: $i) { id } }',
    { i: { login, password } },
    undefined,
    true,
  );
  if (body.errors) throw new Error(`connexion de ${login} refusée : ${JSON.stringify(body.errors)}`);
  return res.headers.get('set-cookie').split(';')[0];
}
