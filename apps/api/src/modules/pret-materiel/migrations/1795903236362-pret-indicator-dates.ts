import type { MigrationInterface, QueryRunner } from 'typeorm';

export class PretIndicatorDates1795903236362 implements MigrationInterface {
  name = 'PretIndicatorDates1795903236362';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX "IDX_87abbdbea165d9dd195a0dc4bb" ON "pret_repair"  ("closed_on") `);
    await q.query(`CREATE INDEX "IDX_6e37ac12dc074fcdf14a3414be" ON "pret_request"  ("requested_on") `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "IDX_6e37ac12dc074fcdf14a3414be"`);
    await q.query(`DROP INDEX "IDX_87abbdbea165d9dd195a0dc4bb"`);
  }
}
