import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AdsNumberCounter1795891633867 implements MigrationInterface {
  name = 'AdsNumberCounter1795891633867';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "ads_number_counter" ("stem" character varying(24) NOT NULL, "last_sequence" integer NOT NULL, CONSTRAINT "PK_4f173929607191063210e94246c" PRIMARY KEY ("stem"))`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "ads_number_counter"`);
  }
}
