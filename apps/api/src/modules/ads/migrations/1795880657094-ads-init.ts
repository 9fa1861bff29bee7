import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AdsInit1795880657094 implements MigrationInterface {
  name = 'AdsInit1795880657094';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "ads_act_weight" ("dossier_type" character varying(4) NOT NULL, "valid_from" date NOT NULL, "weight" numeric(6,2) NOT NULL, "updated_by" character varying(120), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_ecbf8b817285068e9e037c0f13a" PRIMARY KEY ("dossier_type", "valid_from"))`,
    );
    await q.query(
      `CREATE TABLE "ads_dossier" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "number" character varying(40) NOT NULL, "initial_dossier_id" uuid, "type" character varying(4) NOT NULL, "commune_insee" character varying(5) NOT NULL, "deposited_on" date NOT NULL, "channel" character varying(12) NOT NULL, "applicant_kind" character varying(10) NOT NULL, "applicant_name" character varying(200) NOT NULL, "land_address" character varying(300) NOT NULL, "cadastral_parcels" text array NOT NULL DEFAULT '{}', "project_nature" text NOT NULL, "floor_area_created" integer NOT NULL DEFAULT '0', "dwellings_created" integer NOT NULL DEFAULT '0', "instructor_id" uuid, "tacit_refusal_case" boolean NOT NULL DEFAULT false, "status" character varying(24) NOT NULL, "status_on" date NOT NULL, "pieces_requested_on" date, "pieces_received_on" date, "complete_on" date, "delay_months" integer NOT NULL, "pieces_due_on" date, "deadline" date, "outcome" character varying(32), "decided_on" date, "closed_on" date, "doc_on" date, "daact_on" date, "conformity_on" date, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_bb000e639d82ff95bb7ee43d7db" UNIQUE ("number"), CONSTRAINT "PK_6baf578c5a92d9e1c3dd88403a4" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "ads_dossier_decided_idx" ON "ads_dossier"  ("decided_on") `);
    await q.query(`CREATE INDEX "ads_dossier_instructor_idx" ON "ads_dossier"  ("instructor_id") `);
    await q.query(`CREATE INDEX "ads_dossier_commune_idx" ON "ads_dossier"  ("commune_insee") `);
    await q.query(`CREATE INDEX "ads_dossier_deposited_idx" ON "ads_dossier"  ("deposited_on") `);
    await q.query(`CREATE INDEX "ads_dossier_status_deadline_idx" ON "ads_dossier"  ("status", "deadline") `);
    await q.query(
      `CREATE TABLE "ads_consultation" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "dossier_id" uuid NOT NULL, "service" character varying(32) NOT NULL, "service_detail" character varying(200), "sent_on" date NOT NULL, "due_on" date NOT NULL, "opinion" character varying(16), "opinion_on" date, "comment" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_b4f6631cb01af06f4098dcc89d2" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "ads_consultation_dossier_idx" ON "ads_consultation"  ("dossier_id") `);
    await q.query(
      `CREATE TABLE "ads_dossier_event" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "dossier_id" uuid NOT NULL, "kind" character varying(32) NOT NULL, "event_on" date NOT NULL, "from_status" character varying(24), "to_status" character varying(24), "actor_id" uuid, "actor_login" character varying(120) NOT NULL, "summary" text NOT NULL, "details" jsonb, "recorded_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_d7a63acdbaafcc09e25b3890381" PRIMARY KEY ("id"))`,
    );
    await q.query(
      `CREATE INDEX "ads_dossier_event_dossier_idx" ON "ads_dossier_event"  ("dossier_id", "recorded_at") `,
    );
    await q.query(
      `CREATE TABLE "ads_majoration" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "dossier_id" uuid NOT NULL, "kind" character varying(16) NOT NULL, "notified_on" date NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_f627d9787730dca031974b1bbaf" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "ads_majoration_dossier_idx" ON "ads_majoration"  ("dossier_id") `);
    await q.query(
      `ALTER TABLE "ads_dossier" ADD CONSTRAINT "FK_e45912e1b97f29e8bd7aac9df7d" FOREIGN KEY ("initial_dossier_id") REFERENCES "ads_dossier"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "ads_dossier" ADD CONSTRAINT "FK_a1b0cd284c7bd69f9f668badb58" FOREIGN KEY ("commune_insee") REFERENCES "commune"("insee_code") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "ads_consultation" ADD CONSTRAINT "FK_06e36741ff2376c34b062ca5e91" FOREIGN KEY ("dossier_id") REFERENCES "ads_dossier"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "ads_dossier_event" ADD CONSTRAINT "FK_df4a8e37e7fb454eb6aed05dce3" FOREIGN KEY ("dossier_id") REFERENCES "ads_dossier"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "ads_majoration" ADD CONSTRAINT "FK_73afba117643d44358a601728db" FOREIGN KEY ("dossier_id") REFERENCES "ads_dossier"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    // default "équivalent PC" scale of the actes quantifiés (ADS_DEFAULT_ACT_WEIGHTS in @call/domain at the time of writing),
    // in force from the start of the service mutualisé's instruction (option 1 from 2015-07-01, the first deposits it instructs);
    // written here, not imported, so this migration keeps its meaning if the domain default changes later
    await q.query(
      `INSERT INTO "ads_act_weight" ("dossier_type", "valid_from", "weight", "updated_by") VALUES ('CUa', '2015-07-01', 0.2, 'barème par défaut'), ('CUb', '2015-07-01', 0.4, 'barème par défaut'), ('DP', '2015-07-01', 0.7, 'barème par défaut'), ('PCMI', '2015-07-01', 0.8, 'barème par défaut'), ('PC', '2015-07-01', 1, 'barème par défaut'), ('PA', '2015-07-01', 1.2, 'barème par défaut'), ('PD', '2015-07-01', 0.8, 'barème par défaut')`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "ads_majoration" DROP CONSTRAINT "FK_73afba117643d44358a601728db"`);
    await q.query(`ALTER TABLE "ads_dossier_event" DROP CONSTRAINT "FK_df4a8e37e7fb454eb6aed05dce3"`);
    await q.query(`ALTER TABLE "ads_consultation" DROP CONSTRAINT "FK_06e36741ff2376c34b062ca5e91"`);
    await q.query(`ALTER TABLE "ads_dossier" DROP CONSTRAINT "FK_a1b0cd284c7bd69f9f668badb58"`);
    await q.query(`ALTER TABLE "ads_dossier" DROP CONSTRAINT "FK_e45912e1b97f29e8bd7aac9df7d"`);
    await q.query(`DROP INDEX "public"."ads_majoration_dossier_idx"`);
    await q.query(`DROP TABLE "ads_majoration"`);
    await q.query(`DROP INDEX "public"."ads_dossier_event_dossier_idx"`);
    await q.query(`DROP TABLE "ads_dossier_event"`);
    await q.query(`DROP INDEX "public"."ads_consultation_dossier_idx"`);
    await q.query(`DROP TABLE "ads_consultation"`);
    await q.query(`DROP INDEX "public"."ads_dossier_status_deadline_idx"`);
    await q.query(`DROP INDEX "public"."ads_dossier_deposited_idx"`);
    await q.query(`DROP INDEX "public"."ads_dossier_commune_idx"`);
    await q.query(`DROP INDEX "public"."ads_dossier_instructor_idx"`);
    await q.query(`DROP INDEX "public"."ads_dossier_decided_idx"`);
    await q.query(`DROP TABLE "ads_dossier"`);
    await q.query(`DROP TABLE "ads_act_weight"`);
  }
}
