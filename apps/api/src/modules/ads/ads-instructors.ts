import type { EntityManager } from 'typeorm';

export interface InstructorRow {
  id: string;
  displayName: string;
  login: string;
}

// The core has no public "users of a directorate" helper yet: this reads the core's user table (see report).
export async function adsInstructors(em: EntityManager): Promise<InstructorRow[]> {
  const rows: { id: string; display_name: string; login: string }[] = await em.query(
    `SELECT id, display_name, login FROM app_user WHERE active AND role IN ('AGENT', 'DIRECTOR') AND 'ads' = ANY(directorates) ORDER BY display_name`,
  );
  return rows.map((r) => ({ id: r.id, displayName: r.display_name, login: r.login }));
}

export async function instructorNames(em: EntityManager, ids: readonly string[]): Promise<Map<string, string>> {
  const unique = [...new Set(ids)];
  if (!unique.length) return new Map();
  const rows: { id: string; display_name: string }[] = await em.query(`SELECT id, display_name FROM app_user WHERE id = ANY($1::uuid[])`, [unique]);
  return new Map(rows.map((r) => [r.id, r.display_name]));
}

export async function isAdsInstructor(em: EntityManager, id: string): Promise<boolean> {
  const rows = await em.query(`SELECT 1 FROM app_user WHERE id = $1 AND active AND role IN ('AGENT', 'DIRECTOR') AND 'ads' = ANY(directorates)`, [id]);
  return rows.length > 0;
}
