import type { EntityManager } from 'typeorm';

/** Next dossier number of a kind and year (APML-2023-00042), distinct under concurrent deposits. */
export async function allocatePdlNumber(em: EntityManager, kind: 'APML' | 'APD', day: string): Promise<string> {
  const stem = `${kind}-${day.slice(0, 4)}-`;
  const [row]: { last_sequence: number }[] = await em.query(
    `INSERT INTO pdl_number_counter (stem, last_sequence) VALUES ($1::varchar, 1)
     ON CONFLICT (stem) DO UPDATE SET last_sequence = pdl_number_counter.last_sequence + 1
     RETURNING last_sequence`,
    [stem],
  );
  return `${stem}${String(row.last_sequence).padStart(5, '0')}`;
}
