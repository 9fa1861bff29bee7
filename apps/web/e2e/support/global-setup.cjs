// Starts the built API (serving the built web) on a fresh embedded PGlite database with the demo seed.
const { spawn, execFileSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const net = require('node:net');

const root = path.resolve(__dirname, '../../../..');

function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
    srv.on('error', reject);
  });
}

module.exports = async () => {
  for (const f of ['apps/api/dist/main.js', 'apps/web/dist/index.html']) {
    if (!fs.existsSync(path.join(root, f))) throw new Error(`${f} manque : construisez d'abord (turbo run build)`);
  }
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'call-e2e-'));
  const port = await freePort();
  // always the embedded database: the journey must work on the quick start's default
  const env = {
    ...process.env,
    PGLITE_DATA_DIR: path.join(dataDir, 'pglite'),
    PORT: String(port),
    PRINT_DEMO_LOGINS: '0',
  };
  delete env.DATABASE_URL;
  execFileSync(process.execPath, [path.join(root, 'apps/api/dist/scripts/seed.js')], { env, stdio: 'inherit' });
  const server = spawn(process.execPath, [path.join(root, 'apps/api/dist/main.js')], {
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  server.stdout.on('data', (d) => (log += d));
  server.stderr.on('data', (d) => (log += d));
  const url = `http://127.0.0.1:${port}`;
  // generous: a loaded 2-core CI machine has taken close to a minute to open the database and build the schema
  const deadline = Date.now() + 180000;
  for (;;) {
    try {
      const r = await fetch(`${url}/healthz`);
      if (r.ok) break;
    } catch {}
    if (server.exitCode !== null || Date.now() > deadline) throw new Error(`L'API n'a pas démarré :\n${log}`);
    await new Promise((r) => setTimeout(r, 250));
  }
  process.env.E2E_URL = url;
  globalThis.__E2E__ = { server, dataDir };
};
