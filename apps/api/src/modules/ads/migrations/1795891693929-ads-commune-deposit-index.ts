import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AdsCommuneDepositIndex1795891693929 implements MigrationInterface {
  name = 'AdsCommuneDepositIndex1795891693929';

  async up(q: QueryRunner): Promise<void> {
    // a commune's queue by deposit date and its count read this index alone;
    // it leads with the commune, so it replaces the commune-only index
    await q.query(`DROP INDEX "ads_dossier_commune_idx"`);
    await q.query(
      `CREATE INDEX "ads_dossier_commune_deposited_idx" ON "ads_dossier"  ("commune_insee", "deposited_on", "number") `,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "ads_dossier_commune_deposited_idx"`);
    await q.query(`CREATE INDEX "ads_dossier_commune_idx" ON "ads_dossier" USING btree ("commune_insee") `);
  }
}
