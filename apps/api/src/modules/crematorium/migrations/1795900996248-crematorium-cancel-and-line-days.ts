import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The view as written on this date (a copy: later changes get their own migration). */
const LINE_DAY_VIEW = `SELECT l.code AS line_code, d.day::date AS day,
  ((split_part(l.closes_at, ':', 1)::int * 60 + split_part(l.closes_at, ':', 2)::int)
    - (split_part(l.opens_at, ':', 1)::int * 60 + split_part(l.opens_at, ':', 2)::int)) / l.slot_minutes AS available_slots,
  (SELECT COUNT(*) FROM crematorium_cremation c
    WHERE c.line_code = l.code AND c.cremation_on = d.day::date AND c.cancelled_at IS NULL)::int AS booked_slots
FROM crematorium_line l
CROSS JOIN generate_series(
  (SELECT date_trunc('year', MIN(cremation_on)) FROM crematorium_cremation),
  (SELECT date_trunc('year', MAX(cremation_on)) + interval '1 year - 1 day' FROM crematorium_cremation),
  interval '1 day') AS d(day)`;

export class CrematoriumCancelAndLineDays1795900996248 implements MigrationInterface {
  name = 'CrematoriumCancelAndLineDays1795900996248';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "crematorium_cremation" ADD "cancelled_at" TIMESTAMP WITH TIME ZONE`);
    await q.query(`ALTER TABLE "crematorium_cremation" ADD "cancellation_reason" character varying(300)`);
    await q.query(`ALTER TABLE "crematorium_cremation" ADD "cancelled_by_login" character varying(120)`);
    await q.query(`CREATE VIEW "crematorium_line_day" AS ${LINE_DAY_VIEW}`);
    // TypeORM compares views with their definition in typeorm_metadata (the generator drops this parameterised insert)
    await q.query(
      `INSERT INTO "typeorm_metadata"("database", "schema", "table", "type", "name", "value") VALUES (DEFAULT, current_schema(), DEFAULT, 'VIEW', 'crematorium_line_day', $1)`,
      [LINE_DAY_VIEW],
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM "typeorm_metadata" WHERE "type" = 'VIEW' AND "name" = 'crematorium_line_day'`);
    await q.query(`DROP VIEW "crematorium_line_day"`);
    await q.query(`ALTER TABLE "crematorium_cremation" DROP COLUMN "cancelled_by_login"`);
    await q.query(`ALTER TABLE "crematorium_cremation" DROP COLUMN "cancellation_reason"`);
    await q.query(`ALTER TABLE "crematorium_cremation" DROP COLUMN "cancelled_at"`);
  }
}
