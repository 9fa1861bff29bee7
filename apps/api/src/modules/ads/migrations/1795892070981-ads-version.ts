import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AdsVersion1795892070981 implements MigrationInterface {
  name = 'AdsVersion1795892070981';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "ads_dossier" ADD "version" integer NOT NULL DEFAULT '1'`);
    await q.query(`ALTER TABLE "ads_consultation" ADD "version" integer NOT NULL DEFAULT '1'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "ads_consultation" DROP COLUMN "version"`);
    await q.query(`ALTER TABLE "ads_dossier" DROP COLUMN "version"`);
  }
}
