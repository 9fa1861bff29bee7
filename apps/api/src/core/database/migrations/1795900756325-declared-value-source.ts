import type { MigrationInterface, QueryRunner } from 'typeorm';

export class DeclaredValueSource1795900756325 implements MigrationInterface {
  name = 'DeclaredValueSource1795900756325';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "declared_indicator_value" ADD "source" character varying(300)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "declared_indicator_value" DROP COLUMN "source"`);
  }
}
