import type { MigrationInterface, QueryRunner } from 'typeorm';

export class PdlIndicatorDates1795903192000 implements MigrationInterface {
  name = 'PdlIndicatorDates1795903192000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX "IDX_30b5851ebfe26030b2f81ff091" ON "pdl_apd_dossier"  ("final_approval_on") `);
    await q.query(`CREATE INDEX "IDX_4b17c6d8b541a14380e9f09520" ON "pdl_apml_dossier"  ("visited_on") `);
    await q.query(`CREATE INDEX "IDX_2de63a9c1aa3e88f170a9501e9" ON "pdl_sanction"  ("revenue_order_on") `);
    await q.query(`CREATE INDEX "IDX_110d43bb2a56c4ab613fc1b5e4" ON "pdl_sanction"  ("ordered_on") `);
    await q.query(`CREATE INDEX "IDX_f7cca7f1f4cf86b5d44927340f" ON "pdl_sanction"  ("reported_on") `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "IDX_f7cca7f1f4cf86b5d44927340f"`);
    await q.query(`DROP INDEX "IDX_110d43bb2a56c4ab613fc1b5e4"`);
    await q.query(`DROP INDEX "IDX_2de63a9c1aa3e88f170a9501e9"`);
    await q.query(`DROP INDEX "IDX_4b17c6d8b541a14380e9f09520"`);
    await q.query(`DROP INDEX "IDX_30b5851ebfe26030b2f81ff091"`);
  }
}
