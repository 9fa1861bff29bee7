// Starting the built API (and the peer) as child processes on free loopback ports, and talking GraphQL to them.
import { spawn } from 'node:child_process';
import http from 'node:http';
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

/**
 * The built API on a free port: PostgreSQL when `databaseUrl`, else the embedded database in `dataDir`. It runs as
 * deployed (docker/ sets NODE_ENV=production: graphql-js drops its development checks).
 */
export async function startApi({ databaseUrl, dataDir, env = {} }) {
  const port = await freePort();
  const child = await startChild(
    'API',
    ['apps/api/dist/main.js'],
    {
      PORT: String(port),
      HOST: '127.0.0.1',
      PRINT_DEMO_LOGINS: '0',
      NODE_ENV: 'production',
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

// the timed calls' client: node:http on kept-alive sockets, as autocannon and the pg driver keep theirs (Node's fetch
// adds about 0.3 ms of the benchmark's own CPU to every call on a 2-core machine, which a 1 ms floor would count)
const agent = new http.Agent({ keepAlive: true });

function post(url, body, cookie) {
  return new Promise((resolve, reject) => {
    const req = http.request(
      url,
      {
        method: 'POST',
        agent,
        headers: {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(body),
          ...(cookie ? { cookie } : {}),
        },
      },
      (res) => {
        const chunks = [];
        res.on('data', (c) => chunks.push(c));
        res.on('end', () => {
          try {
            resolve(JSON.parse(Buffer.concat(chunks).toString('utf8')));
          } catch (e) {
            reject(new Error(`réponse HTTP ${res.statusCode} illisible : ${e.message}`));
          }
        });
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

/** POST a GraphQL operation; throws on GraphQL errors unless `raw` (then also gives the fetch response). */
export async function gql(url, query, variables, cookie, raw = false) {
  const payload = JSON.stringify({ query, variables });
  if (!raw) {
    const body = await post(url, payload, cookie);
    if (body.errors) throw new Error(JSON.stringify(body.errors).slice(0, 500));
    return body.data;
  }
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
    body: payload,
  });
  return { body: await res.json(), res };
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
