import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Report1795901373881 implements MigrationInterface {
  name = 'Report1795901373881';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "report_chapter" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "year" integer NOT NULL, "part_id" uuid NOT NULL, "position" integer NOT NULL, "title" character varying(200) NOT NULL, "directorate" character varying(40), "indicator_keys" jsonb NOT NULL DEFAULT '[]', "tables" jsonb NOT NULL DEFAULT '[]', "charts" jsonb NOT NULL DEFAULT '[]', "highlights" text NOT NULL DEFAULT '', "outlook" text NOT NULL DEFAULT '', "status" character varying(20) NOT NULL DEFAULT 'MISSING', "review_comment" text, "version" integer NOT NULL DEFAULT '1', CONSTRAINT "PK_27c22fbfa65e30bd18ff73f110d" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "report_chapter_year_idx" ON "report_chapter"  ("year", "part_id", "position") `);
    await q.query(
      `CREATE TABLE "report_figure_snapshot" ("year" integer NOT NULL, "indicator_key" character varying(120) NOT NULL, "label" character varying(300) NOT NULL, "unit" character varying(20) NOT NULL, "value" double precision, "previous_value" double precision, "breakdowns" jsonb NOT NULL DEFAULT '[]', "definition_version" integer NOT NULL, "declared" boolean NOT NULL DEFAULT false, "source" text, "computed_at" TIMESTAMP WITH TIME ZONE NOT NULL, "acknowledged_value" double precision, "acknowledged_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_ef146d242056546e3a586cceaf5" PRIMARY KEY ("year", "indicator_key"))`,
    );
    await q.query(
      `CREATE TABLE "report_part" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "year" integer NOT NULL, "position" integer NOT NULL, "title" character varying(200) NOT NULL, CONSTRAINT "PK_13375ba88bb287663974842ed53" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "report_part_year_idx" ON "report_part"  ("year", "position") `);
    await q.query(
      `CREATE TABLE "report_year" ("year" integer NOT NULL, "status" character varying(12) NOT NULL DEFAULT 'OPEN', "closed_at" TIMESTAMP WITH TIME ZONE, "closed_by" character varying(80), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', CONSTRAINT "PK_726cc19abedbb5fe9b16fba0776" PRIMARY KEY ("year"))`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "report_year"`);
    await q.query(`DROP INDEX "public"."report_part_year_idx"`);
    await q.query(`DROP TABLE "report_part"`);
    await q.query(`DROP TABLE "report_figure_snapshot"`);
    await q.query(`DROP INDEX "public"."report_chapter_year_idx"`);
    await q.query(`DROP TABLE "report_chapter"`);
  }
}
