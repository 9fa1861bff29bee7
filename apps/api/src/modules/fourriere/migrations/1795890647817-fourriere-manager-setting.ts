import type { MigrationInterface, QueryRunner } from 'typeorm';

export class FourriereManagerSetting1795890647817 implements MigrationInterface {
  name = 'FourriereManagerSetting1795890647817';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "fourriere_manager_setting" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "valid_from" date NOT NULL, "manager_name" character varying(200) NOT NULL, "refuge_association" boolean NOT NULL, "note" text, "recorded_by_login" character varying(120) NOT NULL, "recorded_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_814939a4ca4e032ddadd09aeb51" UNIQUE ("valid_from"), CONSTRAINT "PK_e222197b32fedefbb6b52e18e31" PRIMARY KEY ("id"))`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "fourriere_manager_setting"`);
  }
}
