import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CrematoriumInit1795895080616 implements MigrationInterface {
  name = 'CrematoriumInit1795895080616';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "crematorium_line" ("code" character varying(10) NOT NULL, "name" character varying(80) NOT NULL, "opens_at" character varying(5) NOT NULL DEFAULT '08:00', "closes_at" character varying(5) NOT NULL DEFAULT '18:00', "slot_minutes" integer NOT NULL DEFAULT '120', CONSTRAINT "PK_90f3832f11201e08400eacd0f77" PRIMARY KEY ("code"))`,
    );
    await q.query(
      `CREATE TABLE "crematorium_cremation" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "number" SERIAL NOT NULL, "version" integer NOT NULL DEFAULT '1', "line_code" character varying(10) NOT NULL, "starts_at" TIMESTAMP WITH TIME ZONE NOT NULL, "ends_at" TIMESTAMP WITH TIME ZONE NOT NULL, "cremation_on" date NOT NULL, "kind" character varying(20) NOT NULL, "deceased_last_name" character varying(120) NOT NULL, "deceased_first_names" character varying(200) NOT NULL, "birth_on" date, "death_at" TIMESTAMP WITH TIME ZONE NOT NULL, "death_commune_insee" character varying(5), "death_commune_name" character varying(120) NOT NULL, "residence_commune_name" character varying(120) NOT NULL, "operator_name" character varying(160) NOT NULL, "authorisation_on" date NOT NULL, "authorisation_commune" character varying(120) NOT NULL, "prosthesis_certificate" boolean NOT NULL, "ceremony_room" boolean NOT NULL DEFAULT false, "derogation_ref" character varying(120), "completed_at" TIMESTAMP WITH TIME ZONE, "ashes_fate" character varying(20), "ashes_on" date, "ashes_person" character varying(200), "booked_by_login" character varying(120) NOT NULL, "booked_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_95bfede13b4a9e0ec203bb64f41" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "IDX_260ae7d2ea18be385f6674d371" ON "crematorium_cremation"  ("cremation_on") `);
    await q.query(
      `CREATE INDEX "IDX_73ba0f1261b6d873230e410bcc" ON "crematorium_cremation"  ("line_code", "starts_at") `,
    );
    await q.query(
      `CREATE TABLE "crematorium_metal_lot" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "collected_on" date NOT NULL, "weight_kg" numeric(10,2) NOT NULL, "buyer" character varying(160) NOT NULL, "proceeds_cents" integer NOT NULL, "recorded_by_login" character varying(120) NOT NULL, "recorded_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_3904bbfa990ece873dc04bbbd8d" PRIMARY KEY ("id"))`,
    );
    await q.query(
      `CREATE TABLE "crematorium_metal_allocation" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "allocated_on" date NOT NULL, "purpose" character varying(32) NOT NULL, "beneficiary" character varying(200) NOT NULL, "amount_cents" integer NOT NULL, "recorded_by_login" character varying(120) NOT NULL, "recorded_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_590db340495813b2680357208e9" PRIMARY KEY ("id"))`,
    );
    await q.query(
      `CREATE TABLE "crematorium_reschedule" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "cremation_id" uuid NOT NULL, "from_line_code" character varying(10) NOT NULL, "from_starts_at" TIMESTAMP WITH TIME ZONE NOT NULL, "to_line_code" character varying(10) NOT NULL, "to_starts_at" TIMESTAMP WITH TIME ZONE NOT NULL, "reason" character varying(300) NOT NULL, "recorded_by_login" character varying(120) NOT NULL, "recorded_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_09e065379a7ddc312709c5cb915" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "IDX_f1f3598573d0d969cb06097932" ON "crematorium_reschedule"  ("cremation_id") `);
    await q.query(
      `CREATE TABLE "crematorium_scan" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "cremation_id" uuid NOT NULL, "scanned_at" TIMESTAMP WITH TIME ZONE NOT NULL, "scanned_on" date NOT NULL, "result" character varying(12) NOT NULL, "object_type" character varying(24), "authorised_by" character varying(160), "witnesses" character varying(300), "family_informed_at" TIMESTAMP WITH TIME ZONE, "opened_at" TIMESTAMP WITH TIME ZONE, "object_removed" character varying(200), "delay_minutes" integer, "closed_at" TIMESTAMP WITH TIME ZONE, "recorded_by_login" character varying(120) NOT NULL, "recorded_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_5d01b77669334252b62427dd3f7" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "IDX_132c1dfec76aa611a15da67f9d" ON "crematorium_scan"  ("scanned_on") `);
    await q.query(`CREATE INDEX "IDX_6bcc5272aaf43dbc56b6b9d004" ON "crematorium_scan"  ("cremation_id") `);
    await q.query(
      `ALTER TABLE "crematorium_cremation" ADD CONSTRAINT "FK_f30ac264e422ba54d6d5796cb89" FOREIGN KEY ("line_code") REFERENCES "crematorium_line"("code") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "crematorium_cremation" ADD CONSTRAINT "FK_bc971da6e141784323bf0f50a35" FOREIGN KEY ("death_commune_insee") REFERENCES "commune"("insee_code") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "crematorium_reschedule" ADD CONSTRAINT "FK_f1f3598573d0d969cb060979322" FOREIGN KEY ("cremation_id") REFERENCES "crematorium_cremation"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "crematorium_scan" ADD CONSTRAINT "FK_6bcc5272aaf43dbc56b6b9d004e" FOREIGN KEY ("cremation_id") REFERENCES "crematorium_cremation"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    // the two lines of Vendin-le-Vieil; hours and slot length are the service's to change
    await q.query(
      `INSERT INTO "crematorium_line" ("code", "name", "opens_at", "closes_at", "slot_minutes") VALUES ('L1', 'Ligne 1', '08:00', '18:00', 120), ('L2', 'Ligne 2', '08:00', '18:00', 120)`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "crematorium_scan" DROP CONSTRAINT "FK_6bcc5272aaf43dbc56b6b9d004e"`);
    await q.query(`ALTER TABLE "crematorium_reschedule" DROP CONSTRAINT "FK_f1f3598573d0d969cb060979322"`);
    await q.query(`ALTER TABLE "crematorium_cremation" DROP CONSTRAINT "FK_bc971da6e141784323bf0f50a35"`);
    await q.query(`ALTER TABLE "crematorium_cremation" DROP CONSTRAINT "FK_f30ac264e422ba54d6d5796cb89"`);
    await q.query(`DROP TABLE "crematorium_scan"`);
    await q.query(`DROP TABLE "crematorium_reschedule"`);
    await q.query(`DROP TABLE "crematorium_metal_allocation"`);
    await q.query(`DROP TABLE "crematorium_metal_lot"`);
    await q.query(`DROP TABLE "crematorium_cremation"`);
    await q.query(`DROP TABLE "crematorium_line"`);
  }
}
