// The shape of the floor's statements: one table read once for two years, FILTER per indicator, GROUPING SETS per
// breakdown; breakdowns are grouped for the requested year only (the previous year's rows fall into a NULL member).
// $1 previous year's first day, $2 the year's first day, $3 next year's first day.

/** `dim(expr)`: the breakdown member, for the requested year only. */
export const dims = (time, list) =>
  Object.fromEntries(
    Object.entries(list).map(([k, e]) => [k, `CASE WHEN ${time} >= $2::date THEN CAST(${e} AS text) END`]),
  );

export function groupingSql({ select, from, where, time, dims: d, measures }) {
  const yr = `date_part('year', ${time})::int`;
  const dimCols = Object.entries(d).flatMap(([k, e]) => [`${e} AS "d_${k}"`, `GROUPING(${e}) AS "g_${k}"`]);
  const sets = ['(' + yr + ')', ...Object.values(d).map((e) => `(${yr}, ${e})`)];
  return `SELECT ${select ?? yr} AS yr, ${[...dimCols, ...Object.entries(measures).map(([k, e]) => `${e} AS "${k}"`)].join(', ')}
    FROM ${from} WHERE ${where} GROUP BY GROUPING SETS (${sets.join(', ')})`;
}

export const month = (t) => `date_part('month', ${t})::int`;

/** Records in force at 31 December of each of the two years (a snapshot), as `p.yr` and `p.ye`. */
export const YEAR_ENDS = `(VALUES (date_part('year', $1::date)::int, $2::date - 1), (date_part('year', $2::date)::int, $3::date - 1)) p(yr, ye)`;
