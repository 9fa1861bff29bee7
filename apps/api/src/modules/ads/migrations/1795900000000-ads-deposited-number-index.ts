import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The whole list by deposit date, ties by number, reads the index in either direction and stops at the page. */
export class AdsDepositedNumberIndex1795900000000 implements MigrationInterface {
  name = 'AdsDepositedNumberIndex1795900000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "ads_dossier_deposited_idx"`);
    await q.query(`CREATE INDEX "ads_dossier_deposited_idx" ON "ads_dossier" ("deposited_on", "number")`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "ads_dossier_deposited_idx"`);
    await q.query(`CREATE INDEX "ads_dossier_deposited_idx" ON "ads_dossier" ("deposited_on")`);
  }
}
