import type { EntityManager } from 'typeorm';
import {
  adsNumberPlace,
  adsTypeInfo,
  buildAdsDossierNumber,
  parseAdsDossierNumber,
  type AdsDossierType,
} from '@call/domain';

// the A series written by the service: 'PC 062 498 23 A0013' (a modificatif's suffix is not part of it)
const A_SERIES = '^[A-Z]{2} \\d{3} \\d{3} \\d{2} A\\d{4}';

const stemOf = (type: AdsDossierType, communeInsee: string, depositedOn: string) => {
  const place = adsNumberPlace(communeInsee);
  return `${adsTypeInfo(type).numberPrefix} ${place.departement} ${place.commune} ${depositedOn.slice(2, 4)} A`;
};

/** Highest sequence already used for a stem, for a counter row created after dossiers were loaded. */
const highestUsed = (stemParam: string) =>
  `COALESCE((SELECT MAX(CAST(SUBSTRING(number FROM ${'$' + stemParam}::int FOR 4) AS int)) FROM ads_dossier WHERE number LIKE $1::varchar || '%' AND number ~ '${A_SERIES}'), 0)`;

/**
 * Next number of the A series for the type's prefix, commune and year (e.g. PC 062 498 23 A0013). One
 * statement takes the counter row's lock until the transaction ends: concurrent registrations get
 * distinct numbers, on PostgreSQL as on PGlite.
 */
export async function allocateAdsNumber(
  em: EntityManager,
  type: AdsDossierType,
  communeInsee: string,
  depositedOn: string,
): Promise<string> {
  const stem = stemOf(type, communeInsee, depositedOn);
  const [row]: { last_sequence: number }[] = await em.query(
    `INSERT INTO ads_number_counter (stem, last_sequence) VALUES ($1::varchar, ${highestUsed('2')} + 1)
     ON CONFLICT (stem) DO UPDATE SET last_sequence = ads_number_counter.last_sequence + 1
     RETURNING last_sequence`,
    [stem, stem.length + 1],
  );
  return buildAdsDossierNumber(type, communeInsee, depositedOn, Number(row.last_sequence));
}

/** A number typed or imported in the A series moves the counter past it, so no later allocation reuses it. */
export function reserveAdsNumber(em: EntityManager, number: string): Promise<void> {
  return reserveAdsNumbers(em, [number]);
}

/** The same for many numbers (an import): one statement per stem, with the highest sequence used in it. */
export async function reserveAdsNumbers(em: EntityManager, numbers: readonly string[]): Promise<void> {
  const highest = new Map<string, number>();
  for (const number of numbers) {
    const n = parseAdsDossierNumber(number);
    if (!n || n.suffix || !/^A\d{4}$/.test(n.sequence)) continue;
    const stem = `${n.prefix} ${n.departement} ${n.commune} ${n.year} A`;
    highest.set(stem, Math.max(highest.get(stem) ?? 0, Number(n.sequence.slice(1))));
  }
  for (const [stem, sequence] of highest)
    await em.query(
      `INSERT INTO ads_number_counter (stem, last_sequence) VALUES ($1::varchar, GREATEST($3::int, ${highestUsed('2')}))
       ON CONFLICT (stem) DO UPDATE SET last_sequence = GREATEST(ads_number_counter.last_sequence, EXCLUDED.last_sequence)`,
      [stem, stem.length + 1, sequence],
    );
}
