import type { MigrationInterface, QueryRunner } from 'typeorm';

export class FourriereVersion1795892074548 implements MigrationInterface {
  name = 'FourriereVersion1795892074548';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "fourriere_animal" ADD "version" integer NOT NULL DEFAULT '1'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "fourriere_animal" DROP COLUMN "version"`);
  }
}
