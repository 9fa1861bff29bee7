// Shared helpers of the benchmark scripts.
import { createRequire } from 'node:module';

/** Resolves packages and built files as the API does (they are its dependencies): `apiRequire('./dist/…')`. */
export const apiRequire = createRequire(new URL('../../../apps/api/package.json', import.meta.url));
/** The bench package's own dev dependencies (postgraphile, autocannon). */
export const benchRequire = createRequire(new URL('../package.json', import.meta.url));

/** `--name value` and `--flag` options; the rest in `_`. */
export function parseArgs(argv, defaults = {}) {
  const out = { ...defaults, _: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (!a.startsWith('--')) out._.push(a);
    else if (i + 1 < argv.length && !argv[i + 1].startsWith('--')) out[a.slice(2)] = argv[++i];
    else out[a.slice(2)] = true;
  }
  return out;
}

export async function withDatabase(Client, url, fn) {
  const c = new Client({ connectionString: url });
  c.on('error', () => {});
  await c.connect();
  try {
    return await fn(c);
  } finally {
    await c.end();
  }
}

/** Median, p95, p99 of a list of milliseconds. */
export function stats(times) {
  const s = [...times].sort((a, b) => a - b);
  const at = (p) => s[Math.min(s.length - 1, Math.floor(p * s.length))];
  return { n: s.length, median: at(0.5), p95: at(0.95), p99: at(0.99), max: s.at(-1) };
}
