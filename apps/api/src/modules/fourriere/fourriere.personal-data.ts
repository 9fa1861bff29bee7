import type { PersonalDataHook } from '../../core/module';

const A = 'anonymisé';
const erase = (col: string) => `${col} = CASE WHEN ${col} IS NULL THEN NULL ELSE $2 END`;

/**
 * Owners, adopters and payers of animals that left the pound before the cutoff. Species, dates, commune,
 * chip number (the animal's, which the indicators break down by), outcome kind and amounts stay.
 */
export const fourrierePersonalData: PersonalDataHook = {
  retention: 'fourriere',
  async anonymiseBefore(em, cutoff) {
    const [row] = await em.query<{ n: number }[]>(
      `WITH gone AS (SELECT animal_id FROM fourriere_outcome WHERE outcome_on < $1::date),
       o AS (
         UPDATE fourriere_outcome SET ${erase('owner_name')}, ${erase('owner_contact')}, ${erase('adopter_name')}
         WHERE animal_id IN (SELECT animal_id FROM gone)
           AND (owner_name <> $2 OR owner_contact <> $2 OR adopter_name <> $2) RETURNING animal_id),
       s AS (
         UPDATE fourriere_owner_search SET ${erase('owner_name')}, ${erase('owner_phone')}, ${erase('owner_address')},
                ${erase('notes')}
         WHERE animal_id IN (SELECT animal_id FROM gone)
           AND (owner_name <> $2 OR owner_phone <> $2 OR owner_address <> $2 OR notes <> $2) RETURNING animal_id),
       p AS (
         UPDATE fourriere_payment SET payer_name = $2
         WHERE animal_id IN (SELECT animal_id FROM gone) AND payer_name <> $2 RETURNING animal_id)
       SELECT count(DISTINCT animal_id)::int AS n FROM (SELECT animal_id FROM o UNION SELECT animal_id FROM s
         UNION SELECT animal_id FROM p) x`,
      [cutoff, A],
    );
    return Number(row.n);
  },
  async exportFor(em, { pattern, limit }) {
    const outcomes = await em.query<Record<string, unknown>[]>(
      `SELECT a.number AS "animal", o.type, o.outcome_on AS "outcomeOn", o.owner_name AS "ownerName",
              o.owner_contact AS "ownerContact", o.adopter_name AS "adopterName"
       FROM fourriere_outcome o JOIN fourriere_animal a ON a.id = o.animal_id
       WHERE o.owner_name ILIKE $1 OR o.owner_contact ILIKE $1 OR o.adopter_name ILIKE $1
       ORDER BY o.outcome_on DESC LIMIT $2`,
      [pattern, limit],
    );
    const searches = await em.query<Record<string, unknown>[]>(
      `SELECT a.number AS "animal", s.done_on AS "doneOn", s.kind, s.result, s.owner_name AS "ownerName",
              s.owner_phone AS "ownerPhone", s.owner_address AS "ownerAddress", s.notes
       FROM fourriere_owner_search s JOIN fourriere_animal a ON a.id = s.animal_id
       WHERE s.owner_name ILIKE $1 OR s.owner_phone ILIKE $1 OR s.owner_address ILIKE $1
       ORDER BY s.done_on DESC LIMIT $2`,
      [pattern, limit],
    );
    const payments = await em.query<Record<string, unknown>[]>(
      `SELECT a.number AS "animal", p.paid_on AS "paidOn", p.amount_cents AS "amountCents", p.payer_name AS "payerName"
       FROM fourriere_payment p JOIN fourriere_animal a ON a.id = p.animal_id
       WHERE p.payer_name ILIKE $1 ORDER BY p.paid_on DESC LIMIT $2`,
      [pattern, limit],
    );
    return [
      { label: 'Fourrière : sorties (propriétaire, adoptant)', rows: outcomes },
      { label: 'Fourrière : recherches de propriétaire', rows: searches },
      { label: 'Fourrière : paiements', rows: payments },
    ];
  },
};
