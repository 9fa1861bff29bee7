import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CrematoriumAshesIndex1795903215553 implements MigrationInterface {
  name = 'CrematoriumAshesIndex1795903215553';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX "IDX_806e3ffc6effd835d0c7adf1e2" ON "crematorium_cremation"  ("ashes_on") `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "IDX_806e3ffc6effd835d0c7adf1e2"`);
  }
}
