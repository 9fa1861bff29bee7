// Shared pieces of the bulk-SQL generators of ../generators/.
import { apiRequire } from './common.mjs';

/** The domain's choice lists and the modules' seed plans, from the API build: one source for codes and shares. */
export const domain = apiRequire('@call/domain');
export const pdlPlan = apiRequire('./dist/modules/permis-louer/permis-louer.seed-plan.js');

const quote = (x) => `'${String(x).replace(/'/g, "''")}'`;

/** One element of a list, drawn by the uniform `r` (an SQL expression). */
export const pick = (list, r) => `(ARRAY[${list.map(quote).join(',')}])[1 + floor(${r} * ${list.length})::int]`;

/** A value drawn by `r` in proportion to the counts of a seed plan's `[value, count]` runs. */
export function share(runs, r) {
  const total = runs.reduce((s, [, n]) => s + n, 0);
  let acc = 0;
  const arms = runs.slice(0, -1).map(([v, n]) => `WHEN ${r} < ${((acc += n) / total).toFixed(6)} THEN ${quote(v)}`);
  return `CASE ${arms.join(' ')} ELSE ${quote(runs.at(-1)[0])} END`;
}

/** Row counts of tables, to print. */
export async function counts(c, tables) {
  const out = {};
  for (const t of tables) out[t] = (await c.query(`SELECT count(*) FROM ${t}`)).rows[0].count;
  return out;
}
