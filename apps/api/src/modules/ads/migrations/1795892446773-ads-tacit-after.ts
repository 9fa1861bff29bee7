import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AdsTacitAfter1795892446773 implements MigrationInterface {
  name = 'AdsTacitAfter1795892446773';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "ads_dossier" ADD "tacit_certificate_on" date`);
    await q.query(`ALTER TABLE "ads_dossier" ADD "after_tacit_kind" character varying(12)`);
    await q.query(`ALTER TABLE "ads_dossier" ADD "after_tacit_outcome" character varying(32)`);
    await q.query(`ALTER TABLE "ads_dossier" ADD "after_tacit_on" date`);
    await q.query(`ALTER TABLE "ads_dossier" ADD "withdrawal_procedure_on" date`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "ads_dossier" DROP COLUMN "withdrawal_procedure_on"`);
    await q.query(`ALTER TABLE "ads_dossier" DROP COLUMN "after_tacit_on"`);
    await q.query(`ALTER TABLE "ads_dossier" DROP COLUMN "after_tacit_outcome"`);
    await q.query(`ALTER TABLE "ads_dossier" DROP COLUMN "after_tacit_kind"`);
    await q.query(`ALTER TABLE "ads_dossier" DROP COLUMN "tacit_certificate_on"`);
  }
}
