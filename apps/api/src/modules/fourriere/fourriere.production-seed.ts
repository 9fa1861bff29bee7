import { readFileSync } from 'node:fs';
import { FOURRIERE_SPECIES, isLocalDate, type FourriereTariff } from '@call/domain';
import type { ProductionSeedContext } from '../../core/module';
import { FourriereTariffRow } from './entities';

const AMOUNTS = ['captureCents', 'boardingPerDayCents', 'identificationCents', 'vetVisitCents'] as const;
const MAX_ROWS = 100;

/**
 * The voted price list, read from a JSON file at installation (`FOURRIERE_TARIFFS_FILE`): an array of
 * `{ validFrom, species, captureCents, boardingPerDayCents, identificationCents, vetVisitCents, note? }`.
 * Rows already present (same date and species) are kept: running the seed again changes nothing.
 */
export function parseTariffFile(text: string, file: string): (FourriereTariff & { note: string | null })[] {
  const fail = (why: string): never => {
    throw new Error(`Grille tarifaire ${file} : ${why}`);
  };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return fail('JSON illisible.');
  }
  if (!Array.isArray(data) || !data.length) return fail('un tableau de tarifs est attendu.');
  if (data.length > MAX_ROWS) return fail(`${MAX_ROWS} lignes au plus.`);
  return data.map((row: Record<string, unknown>, i) => {
    const at = `ligne ${i + 1}`;
    if (typeof row.validFrom !== 'string' || !isLocalDate(row.validFrom) || row.validFrom < '2000-01-01')
      fail(`${at} : validFrom doit être une date AAAA-MM-JJ.`);
    if (!FOURRIERE_SPECIES.some((s) => s.code === row.species)) fail(`${at} : species doit être DOG ou CAT.`);
    for (const k of AMOUNTS)
      if (!Number.isInteger(row[k]) || (row[k] as number) < 0 || (row[k] as number) > 1_000_000)
        fail(`${at} : ${k} doit être un montant en centimes (entier de 0 à 1 000 000).`);
    return {
      validFrom: row.validFrom as string,
      species: row.species as FourriereTariff['species'],
      captureCents: row.captureCents as number,
      boardingPerDayCents: row.boardingPerDayCents as number,
      identificationCents: row.identificationCents as number,
      vetVisitCents: row.vetVisitCents as number,
      note: typeof row.note === 'string' && row.note.trim() ? row.note.trim() : null,
    };
  });
}

export async function seedFourriereProduction({ em, env }: ProductionSeedContext): Promise<void> {
  const file = env.FOURRIERE_TARIFFS_FILE;
  if (!file) return;
  const rows = parseTariffFile(readFileSync(file, 'utf8'), file);
  await em
    .createQueryBuilder()
    .insert()
    .into(FourriereTariffRow)
    .values(rows.map((r) => ({ ...r, recordedByLogin: 'installation' })))
    .orIgnore()
    .execute();
}
