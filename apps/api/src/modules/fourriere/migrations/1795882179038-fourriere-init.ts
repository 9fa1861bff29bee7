import type { MigrationInterface, QueryRunner } from 'typeorm';

export class FourriereInit1795882179038 implements MigrationInterface {
  name = 'FourriereInit1795882179038';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "fourriere_outcome" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "animal_id" uuid NOT NULL, "type" character varying(20) NOT NULL, "outcome_on" date NOT NULL, "owner_name" character varying(200), "owner_contact" character varying(300), "association_name" character varying(200), "adopter_name" character varying(200), "reason" text, "stay_cost_cents" integer NOT NULL, "recorded_by_login" character varying(120) NOT NULL, "recorded_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "REL_3c75c67c61ca5a3ac7d6ea0701" UNIQUE ("animal_id"), CONSTRAINT "PK_296354733ce1053b19fd08b39cd" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "IDX_a7aff8e65e0d45a8954b264c71" ON "fourriere_outcome"  ("outcome_on") `);
    await q.query(
      `CREATE TABLE "fourriere_animal" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "number" SERIAL NOT NULL, "species" character varying(10) NOT NULL, "origin" character varying(20) NOT NULL, "intake_at" TIMESTAMP WITH TIME ZONE NOT NULL, "intake_on" date NOT NULL, "commune_insee" character varying(5) NOT NULL, "place" character varying(300), "breed" character varying(120), "sex" character varying(10) NOT NULL DEFAULT 'UNKNOWN', "colour" character varying(120), "estimated_age" character varying(60), "litter_id" uuid, "identification_kind" character varying(10) NOT NULL DEFAULT 'NONE', "identification_number" character varying(20), "health_notes" text, "contractor_ref" character varying(60), "requisition_ref" character varying(120), "holding_end_on" date, "court_decided_on" date, "court_ruling" character varying(20), "court_decision" text, "recorded_by_login" character varying(120) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_c5846e0e146d75c08d26d32a8b2" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "IDX_fedb6c0f44e9bfff15b1641828" ON "fourriere_animal"  ("identification_number") `);
    await q.query(`CREATE INDEX "IDX_a2c62b3cfa8c8e877e477ae1dd" ON "fourriere_animal"  ("intake_on") `);
    await q.query(
      `CREATE TABLE "fourriere_calendar" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "valid_from" date NOT NULL, "worked_holidays" jsonb NOT NULL, "extra_closed_days" jsonb NOT NULL, "recorded_by_login" character varying(120) NOT NULL, "recorded_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_3a4439e40b3e2e8a38f56f6e2c2" UNIQUE ("valid_from"), CONSTRAINT "PK_2bed0bc797e6580090e2ff6490f" PRIMARY KEY ("id"))`,
    );
    await q.query(
      `CREATE TABLE "fourriere_owner_search" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "animal_id" uuid NOT NULL, "done_on" date NOT NULL, "kind" character varying(20) NOT NULL, "result" character varying(20) NOT NULL, "owner_name" character varying(200), "owner_phone" character varying(40), "owner_address" character varying(300), "notes" text, "recorded_by_login" character varying(120) NOT NULL, "recorded_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_959b8b160a1f0b4cbf87dc4fce4" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "IDX_4ddb27dc411e482e46a1cc21ae" ON "fourriere_owner_search"  ("animal_id") `);
    await q.query(
      `CREATE TABLE "fourriere_payment" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "animal_id" uuid NOT NULL, "paid_on" date NOT NULL, "amount_cents" integer NOT NULL, "method" character varying(20) NOT NULL, "receipt_number" character varying(60), "payer_name" character varying(200) NOT NULL, "lines" jsonb NOT NULL, "recorded_by_login" character varying(120) NOT NULL, "recorded_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_17bd7a2a1f58b416cc92d8d014d" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "IDX_b0ec8c6fa6b85e7d9235b7d034" ON "fourriere_payment"  ("paid_on") `);
    await q.query(`CREATE INDEX "IDX_12279028adea019fc02fc655f5" ON "fourriere_payment"  ("animal_id") `);
    await q.query(
      `CREATE TABLE "fourriere_tariff" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "valid_from" date NOT NULL, "species" character varying(10) NOT NULL, "capture_cents" integer NOT NULL, "boarding_per_day_cents" integer NOT NULL, "identification_cents" integer NOT NULL, "vet_visit_cents" integer NOT NULL, "note" text, "recorded_by_login" character varying(120) NOT NULL, "recorded_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_26dc03619ee3a9e8162e10c25c2" UNIQUE ("valid_from", "species"), CONSTRAINT "PK_0f57a290a224e72b93d014b9fce" PRIMARY KEY ("id"))`,
    );
    await q.query(
      `CREATE TABLE "fourriere_vet_act" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "animal_id" uuid NOT NULL, "act_on" date NOT NULL, "kind" character varying(20) NOT NULL, "amount_cents" integer NOT NULL, "notes" text, "recorded_by_login" character varying(120) NOT NULL, "recorded_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_d0f4f76c098de07f7fb8ca1bbd1" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "IDX_135f42fb58eef6520929998fb6" ON "fourriere_vet_act"  ("animal_id") `);
    await q.query(
      `ALTER TABLE "fourriere_outcome" ADD CONSTRAINT "FK_3c75c67c61ca5a3ac7d6ea07014" FOREIGN KEY ("animal_id") REFERENCES "fourriere_animal"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "fourriere_animal" ADD CONSTRAINT "FK_835acf678d94e6eb876f025e920" FOREIGN KEY ("commune_insee") REFERENCES "commune"("insee_code") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "fourriere_owner_search" ADD CONSTRAINT "FK_4ddb27dc411e482e46a1cc21ae1" FOREIGN KEY ("animal_id") REFERENCES "fourriere_animal"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "fourriere_payment" ADD CONSTRAINT "FK_12279028adea019fc02fc655f55" FOREIGN KEY ("animal_id") REFERENCES "fourriere_animal"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "fourriere_vet_act" ADD CONSTRAINT "FK_135f42fb58eef6520929998fb63" FOREIGN KEY ("animal_id") REFERENCES "fourriere_animal"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    // the default working calendar (DEFAULT_WORKING_CALENDAR: Monday–Friday, every public holiday closed); written here, not
    // imported, so this migration keeps its meaning if the domain default changes later
    await q.query(
      `INSERT INTO "fourriere_calendar" ("valid_from", "worked_holidays", "extra_closed_days", "recorded_by_login") VALUES ('2015-01-01', '[]', '[]', 'calendrier par défaut')`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "fourriere_vet_act" DROP CONSTRAINT "FK_135f42fb58eef6520929998fb63"`);
    await q.query(`ALTER TABLE "fourriere_payment" DROP CONSTRAINT "FK_12279028adea019fc02fc655f55"`);
    await q.query(`ALTER TABLE "fourriere_owner_search" DROP CONSTRAINT "FK_4ddb27dc411e482e46a1cc21ae1"`);
    await q.query(`ALTER TABLE "fourriere_animal" DROP CONSTRAINT "FK_835acf678d94e6eb876f025e920"`);
    await q.query(`ALTER TABLE "fourriere_outcome" DROP CONSTRAINT "FK_3c75c67c61ca5a3ac7d6ea07014"`);
    await q.query(`DROP TABLE "fourriere_vet_act"`);
    await q.query(`DROP TABLE "fourriere_tariff"`);
    await q.query(`DROP TABLE "fourriere_payment"`);
    await q.query(`DROP TABLE "fourriere_owner_search"`);
    await q.query(`DROP TABLE "fourriere_calendar"`);
    await q.query(`DROP TABLE "fourriere_animal"`);
    await q.query(`DROP TABLE "fourriere_outcome"`);
  }
}
