import type { MigrationInterface, QueryRunner } from 'typeorm';

export class PdlInit1795894151288 implements MigrationInterface {
  name = 'PdlInit1795894151288';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "pdl_apd_dossier" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "number" character varying(20) NOT NULL, "owner_name" character varying(200) NOT NULL, "street" character varying(200) NOT NULL, "commune_insee" character varying(5) NOT NULL, "dwellings_count" integer NOT NULL, "received_on" date NOT NULL, "tacit_on" date NOT NULL, "decision" character varying(20), "decided_on" date, "final_approval_on" date, "anah_joint" boolean NOT NULL DEFAULT false, "version" integer NOT NULL DEFAULT '1', CONSTRAINT "UQ_15df57b1b4ef7f2ca0d814fa6c4" UNIQUE ("number"), CONSTRAINT "PK_96f602de01f0ec9c5353113e3b2" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "IDX_25be4a3bc94311182ab7c56bfc" ON "pdl_apd_dossier"  ("received_on") `);
    await q.query(
      `CREATE TABLE "pdl_defect" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "dossier_id" uuid NOT NULL, "category" character varying(20) NOT NULL, "severity" character varying(10) NOT NULL, "description" text, CONSTRAINT "PK_f15bfd505acb7eb39488359fc5a" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "IDX_8d7e9c13f4da2347f5fcab22cb" ON "pdl_defect"  ("dossier_id") `);
    await q.query(
      `CREATE TABLE "pdl_apml_dossier" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "number" character varying(20) NOT NULL, "owner_kind" character varying(10) NOT NULL, "owner_name" character varying(200) NOT NULL, "owner_contact" character varying(200), "street" character varying(200) NOT NULL, "commune_insee" character varying(5) NOT NULL, "perimeter_id" uuid NOT NULL, "dwelling_type" character varying(12) NOT NULL, "surface_m2" numeric(7,2) NOT NULL, "floor" integer, "rooms" integer NOT NULL, "letting_context" character varying(16) NOT NULL, "deposited_on" date NOT NULL, "received_on" date NOT NULL, "tacit_on" date NOT NULL, "complete_on" date, "visit_planned_on" date, "inspector" character varying(120), "visited_on" date, "visit_notes" text, "decision" character varying(20), "decided_on" date, "reasons" text, "works" jsonb NOT NULL DEFAULT '[]', "let_on" date, "anah_joint" boolean NOT NULL DEFAULT false, "transferred_on" date, "transferred_to" character varying(200), "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_4b4094eb71e2169b1bde439aed9" UNIQUE ("number"), CONSTRAINT "PK_3edb70056d38c28b0e39f07996d" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "IDX_4a1a78389ec5acdcbbdc3054f0" ON "pdl_apml_dossier"  ("commune_insee") `);
    await q.query(`CREATE INDEX "IDX_2688208d8b68708c572ac9f36c" ON "pdl_apml_dossier"  ("received_on") `);
    await q.query(
      `CREATE TABLE "pdl_contact" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "contact_on" date NOT NULL, "channel" character varying(10) NOT NULL, "person_type" character varying(16) NOT NULL, "subject" character varying(14) NOT NULL, "purpose" character varying(12) NOT NULL, "recorded_by_login" character varying(120) NOT NULL, CONSTRAINT "PK_81f203d254d86a938753c4f8500" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "IDX_7b050140cb546d2d9ccdf54acf" ON "pdl_contact"  ("contact_on") `);
    await q.query(
      `CREATE TABLE "pdl_control_batch" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "partner" character varying(20) NOT NULL, "received_on" date NOT NULL, "file_name" character varying(200) NOT NULL, "imported_by_login" character varying(120) NOT NULL, "imported_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_9a4cbe9451702087aa81d8c44d4" PRIMARY KEY ("id"))`,
    );
    await q.query(
      `CREATE TABLE "pdl_control" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "batch_id" uuid NOT NULL, "street" character varying(200) NOT NULL, "commune_insee" character varying(5) NOT NULL, "controlled_on" date NOT NULL, "outcome" character varying(24) NOT NULL, CONSTRAINT "PK_a9be681d31db0276cd0a45e6809" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "IDX_9a4cbe9451702087aa81d8c44d" ON "pdl_control"  ("batch_id") `);
    await q.query(`CREATE INDEX "IDX_23a109049932d2e346c7d58e35" ON "pdl_control"  ("controlled_on") `);
    await q.query(
      `CREATE TABLE "pdl_perimeter" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "commune_insee" character varying(5) NOT NULL, "kind" character varying(20) NOT NULL, "streets" jsonb NOT NULL DEFAULT '[]', "published_on" date NOT NULL, "valid_from" date NOT NULL, "valid_to" date, "demo" boolean NOT NULL DEFAULT false, "version" integer NOT NULL DEFAULT '1', CONSTRAINT "PK_d705100d7b22db49a7dbcea7a97" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "IDX_a7a8f94d55f387e567dea1eae8" ON "pdl_perimeter"  ("commune_insee", "valid_from") `);
    await q.query(
      `CREATE TABLE "pdl_sanction" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "owner_name" character varying(200) NOT NULL, "street" character varying(200) NOT NULL, "commune_insee" character varying(5) NOT NULL, "offence" character varying(30) NOT NULL, "found_on" date NOT NULL, "authority" character varying(20) NOT NULL, "max_fine" integer NOT NULL, "reported_on" date, "observations_invited_on" date, "ordered_on" date, "amount" integer, "revenue_order_on" date, "paid_on" date, "version" integer NOT NULL DEFAULT '1', CONSTRAINT "PK_ee7197d1de345c5f0b7048cbf5b" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "IDX_99da0d9518d5ed3c5374aa78a1" ON "pdl_sanction"  ("found_on") `);
    await q.query(
      `CREATE TABLE "pdl_number_counter" ("stem" character varying(20) NOT NULL, "last_sequence" integer NOT NULL, CONSTRAINT "PK_5c92c9aa8b2caba41b1ef8253bb" PRIMARY KEY ("stem"))`,
    );
    await q.query(
      `ALTER TABLE "pdl_defect" ADD CONSTRAINT "FK_8d7e9c13f4da2347f5fcab22cbb" FOREIGN KEY ("dossier_id") REFERENCES "pdl_apml_dossier"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "pdl_apml_dossier" ADD CONSTRAINT "FK_4a1a78389ec5acdcbbdc3054f03" FOREIGN KEY ("commune_insee") REFERENCES "commune"("insee_code") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "pdl_control" ADD CONSTRAINT "FK_9a4cbe9451702087aa81d8c44d4" FOREIGN KEY ("batch_id") REFERENCES "pdl_control_batch"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "pdl_control" DROP CONSTRAINT "FK_9a4cbe9451702087aa81d8c44d4"`);
    await q.query(`ALTER TABLE "pdl_apml_dossier" DROP CONSTRAINT "FK_4a1a78389ec5acdcbbdc3054f03"`);
    await q.query(`ALTER TABLE "pdl_defect" DROP CONSTRAINT "FK_8d7e9c13f4da2347f5fcab22cbb"`);
    await q.query(`DROP TABLE "pdl_number_counter"`);
    await q.query(`DROP TABLE "pdl_sanction"`);
    await q.query(`DROP TABLE "pdl_perimeter"`);
    await q.query(`DROP TABLE "pdl_control"`);
    await q.query(`DROP TABLE "pdl_control_batch"`);
    await q.query(`DROP TABLE "pdl_contact"`);
    await q.query(`DROP TABLE "pdl_apml_dossier"`);
    await q.query(`DROP TABLE "pdl_defect"`);
    await q.query(`DROP TABLE "pdl_apd_dossier"`);
  }
}
