import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AdsClosedIndex1795892519787 implements MigrationInterface {
  name = 'AdsClosedIndex1795892519787';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX "ads_dossier_closed_idx" ON "ads_dossier"  ("closed_on") `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "public"."ads_dossier_closed_idx"`);
  }
}
