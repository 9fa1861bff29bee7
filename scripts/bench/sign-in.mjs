// Benchmark: what sign-in costs and what it costs the others.
//  1. wrong password on a known login vs an unknown login (they should take the same time: no enumeration);
//  2. 200 parallel wrong guesses on one login: how many passwords were actually checked (≤ 5), how long,
//     and how long another signed-in user's request waited meanwhile (the hash runs outside the database lock).
// Usage (after `npm run build`): node scripts/bench/sign-in.mjs [runs]   — PGlite in memory, or DATABASE_URL.
// Prints figures; it asserts nothing.
import { createRequire } from 'node:module';
import { performance } from 'node:perf_hooks';

const require = createRequire(new URL('../../apps/api/package.json', import.meta.url));
require('reflect-metadata');
const { createApp } = require('./dist/core/app.js');
const { seed, DEMO_PASSWORD } = require('./dist/core/seed.js');
const { MODULES } = require('./dist/modules/index.js');
const password = require('./dist/core/auth/password.js');

const runs = Number(process.argv[2] ?? 20);
const database = process.env.DATABASE_URL ? undefined : { kind: 'pglite', dataDir: null };
const app = await createApp({ database });
await seed(app.db, MODULES, { demo: true, activity: false });
const server = await app.listen(0, '127.0.0.1');
const url = `http://127.0.0.1:${server.address().port}/graphql`;
const post = async (query, variables, cookie) => {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return { body: await res.json(), cookie: res.headers.get('set-cookie')?.split(';')[0] };
};
const LOGIN = 'mutation($i: LoginInput!) { login(input: $i) { id } }';
const login = (l, p) => post(LOGIN, { i: { login: l, password: p } });
const stats = (times) => {
  const s = [...times].sort((a, b) => a - b);
  const pct = (p) => s[Math.min(s.length - 1, Math.floor(p * s.length))].toFixed(1);
  return `médiane ${pct(0.5)} ms, p95 ${pct(0.95)} ms`;
};

// a different login each time (agents of each directorate), so the throttle does not interfere
const known = [];
const unknown = [];
for (let i = 0; i < runs; i++) {
  let t0 = performance.now();
  await login(i % 2 ? 'dgs' : 'admin', `mauvais-${i}`);
  known.push(performance.now() - t0);
  await login(i % 2 ? 'dgs' : 'admin', DEMO_PASSWORD); // forgives the failure
  t0 = performance.now();
  await login(`personne.${i}`, `mauvais-${i}`);
  unknown.push(performance.now() - t0);
}
console.log(`identifiant connu, mauvais mot de passe : ${stats(known)} (${runs} essais)`);
console.log(`identifiant inconnu                     : ${stats(unknown)} (${runs} essais)`);

const { cookie } = await login('directeur.ads', DEMO_PASSWORD);
let checked = 0;
const real = password.verifyPassword;
password.verifyPassword = async (...a) => {
  checked++;
  return real(...a);
};
const waits = [];
let attacking = true;
const reader = (async () => {
  while (attacking) {
    const t0 = performance.now();
    await post('query { me { login } }', {}, cookie);
    waits.push(performance.now() - t0);
  }
})();
const t0 = performance.now();
const answers = await Promise.all(Array.from({ length: 200 }, (_, i) => login('agent.rh', `essai-${i}`)));
const attack = performance.now() - t0;
attacking = false;
await reader;
const refused = answers.filter((a) => a.body.errors?.[0]?.extensions?.code === 'RATE_LIMITED').length;
console.log(
  `200 essais parallèles sur un identifiant : ${checked} mots de passe vérifiés, ${refused} refusés sans vérification, ${attack.toFixed(0)} ms au total`,
);
console.log(
  `pendant ce temps, un autre utilisateur : ${stats(waits)}, max ${Math.max(...waits).toFixed(1)} ms (${waits.length} requêtes)`,
);
server.close();
await app.close();
