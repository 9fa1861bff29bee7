import type { PersonalDataHook } from '../../core/module';

const A = 'anonymisé';

/**
 * The applicant's identity and the land's address are personal data (a private applicant); what the
 * indicators count — type, commune, dates, channel, applicant kind, areas, outcome — stays.
 */
export const adsPersonalData: PersonalDataHook = {
  retention: 'ads',
  async anonymiseBefore(em, cutoff) {
    const [row] = await em.query<{ n: number; events: number }[]>(
      `WITH d AS (
         UPDATE ads_dossier SET applicant_name = $2, land_address = $2, project_nature = $2
         WHERE closed_on < $1::date AND applicant_name <> $2 RETURNING id),
       e AS (
         UPDATE ads_dossier_event SET details = NULL
         WHERE details IS NOT NULL AND dossier_id IN (SELECT id FROM d) RETURNING 1)
       SELECT (SELECT count(*) FROM d)::int AS n, (SELECT count(*) FROM e)::int AS events`,
      [cutoff, A],
    );
    return Number(row.n);
  },
  async exportFor(em, { pattern, limit }) {
    const rows = await em.query<Record<string, unknown>[]>(
      `SELECT number, type, commune_insee AS "communeInsee", deposited_on AS "depositedOn",
              applicant_kind AS "applicantKind", applicant_name AS "applicantName", land_address AS "landAddress",
              project_nature AS "projectNature", status, closed_on AS "closedOn"
       FROM ads_dossier WHERE applicant_name ILIKE $1 OR land_address ILIKE $1
       ORDER BY deposited_on DESC LIMIT $2`,
      [pattern, limit],
    );
    return [{ label: 'Dossiers ADS (demandeur ou adresse du terrain)', rows }];
  },
};
