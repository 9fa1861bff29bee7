import type { MigrationInterface, QueryRunner } from 'typeorm';

export class PretMaterielInit1795895335840 implements MigrationInterface {
  name = 'PretMaterielInit1795895335840';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "pret_intervention" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "service" character varying(120) NOT NULL, "kind" character varying(20) NOT NULL, "done_on" date NOT NULL, "agent_count" integer NOT NULL, "hours" numeric(6,2) NOT NULL, "notes" text, "recorded_by_login" character varying(120) NOT NULL, "recorded_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_d872e22956229a758832a0add63" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "IDX_21ca5bb7ba2036f9a71d5cb240" ON "pret_intervention"  ("done_on") `);
    await q.query(
      `CREATE TABLE "pret_kind" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" character varying(120) NOT NULL, "unit" character varying(10) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_3ba159267c40a0b6f5419afa8b7" UNIQUE ("name"), CONSTRAINT "PK_24ccc209362dd19184af6b5b91b" PRIMARY KEY ("id"))`,
    );
    await q.query(
      `CREATE TABLE "pret_repair" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "kind_id" uuid NOT NULL, "request_id" uuid, "quantity" integer NOT NULL, "cause" character varying(20) NOT NULL, "opened_on" date NOT NULL, "closed_on" date, "outcome" character varying(20), "hours" numeric(6,2), "cost_cents" integer, "notes" text, "version" integer NOT NULL DEFAULT '1', CONSTRAINT "PK_14ca563266b2b67f7cce29a42ff" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "IDX_4cacbc7618b0d761b92fc88bc1" ON "pret_repair"  ("opened_on") `);
    await q.query(
      `CREATE TABLE "pret_request" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "commune_insee" character varying(5) NOT NULL, "event_name" character varying(200) NOT NULL, "event_place" character varying(200), "start_on" date NOT NULL, "end_on" date NOT NULL, "handover" character varying(10) NOT NULL, "status" character varying(20) NOT NULL DEFAULT 'REQUESTED', "requested_on" date NOT NULL, "answered_on" date, "refusal_reason" text, "returned_on" date, "recorded_by_login" character varying(120) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', CONSTRAINT "PK_fab683f92a31c827fd65753ed82" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "IDX_30926556badf4e93fb6032aa74" ON "pret_request"  ("answered_on") `);
    await q.query(`CREATE INDEX "IDX_d6b882553a2ed6ed911fb1a445" ON "pret_request"  ("start_on") `);
    await q.query(
      `CREATE TABLE "pret_request_line" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "request_id" uuid NOT NULL, "kind_id" uuid NOT NULL, "requested" integer NOT NULL, "approved" integer, "returned" integer, "missing" integer, "damaged" integer, CONSTRAINT "PK_85f03368bb269cd5125ae42cd2d" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "IDX_78c1df1c2108ea410348952a85" ON "pret_request_line"  ("kind_id") `);
    await q.query(
      `CREATE UNIQUE INDEX "IDX_84df06238afbc7d3f5587d9bc3" ON "pret_request_line"  ("request_id", "kind_id") `,
    );
    await q.query(
      `CREATE TABLE "pret_stock_movement" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "kind_id" uuid NOT NULL, "moved_on" date NOT NULL, "movement" character varying(20) NOT NULL, "quantity" integer NOT NULL, "cost_cents" integer, "repair_id" uuid, "notes" text, "recorded_by_login" character varying(120) NOT NULL, "recorded_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_5d7b89604ff0dcfa9881d6b0dcb" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "IDX_59c85b3af4453760cfe1d9e1b7" ON "pret_stock_movement"  ("kind_id", "moved_on") `);
    await q.query(
      `ALTER TABLE "pret_repair" ADD CONSTRAINT "FK_40d66e5e35eb0fa7bfa09c64d21" FOREIGN KEY ("kind_id") REFERENCES "pret_kind"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "pret_request_line" ADD CONSTRAINT "FK_f0e2efaf7e1ec27dbe363fdd76b" FOREIGN KEY ("request_id") REFERENCES "pret_request"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "pret_request_line" ADD CONSTRAINT "FK_78c1df1c2108ea410348952a852" FOREIGN KEY ("kind_id") REFERENCES "pret_kind"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "pret_stock_movement" ADD CONSTRAINT "FK_7ba779daaaba778fc96ef1140c3" FOREIGN KEY ("kind_id") REFERENCES "pret_kind"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "pret_stock_movement" DROP CONSTRAINT "FK_7ba779daaaba778fc96ef1140c3"`);
    await q.query(`ALTER TABLE "pret_request_line" DROP CONSTRAINT "FK_78c1df1c2108ea410348952a852"`);
    await q.query(`ALTER TABLE "pret_request_line" DROP CONSTRAINT "FK_f0e2efaf7e1ec27dbe363fdd76b"`);
    await q.query(`ALTER TABLE "pret_repair" DROP CONSTRAINT "FK_40d66e5e35eb0fa7bfa09c64d21"`);
    await q.query(`DROP TABLE "pret_stock_movement"`);
    await q.query(`DROP TABLE "pret_request_line"`);
    await q.query(`DROP TABLE "pret_request"`);
    await q.query(`DROP TABLE "pret_repair"`);
    await q.query(`DROP TABLE "pret_kind"`);
    await q.query(`DROP TABLE "pret_intervention"`);
  }
}
