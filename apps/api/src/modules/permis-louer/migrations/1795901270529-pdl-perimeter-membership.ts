import type { MigrationInterface, QueryRunner } from 'typeorm';

export class PdlPerimeterMembership1795901270529 implements MigrationInterface {
  name = 'PdlPerimeterMembership1795901270529';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "pdl_perimeter" ADD "membership_id" uuid`);
    await q.query(`ALTER TABLE "pdl_perimeter" ALTER COLUMN "published_on" DROP NOT NULL`);
    await q.query(`CREATE INDEX "IDX_9317878435355c16fb7fd2e734" ON "pdl_perimeter"  ("membership_id") `);
    await q.query(
      `ALTER TABLE "pdl_perimeter" ADD CONSTRAINT "FK_9317878435355c16fb7fd2e734f" FOREIGN KEY ("membership_id") REFERENCES "service_membership"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    // perimeters recorded before the link: the commune's membership in force on their first day, if any
    await q.query(`UPDATE "pdl_perimeter" p SET "membership_id" = m."id" FROM "service_membership" m
      WHERE p."membership_id" IS NULL AND m."service" = 'permis_louer' AND m."commune_insee" = p."commune_insee"
        AND m."valid_from" <= p."valid_from" AND (m."valid_to" IS NULL OR m."valid_to" >= p."valid_from")`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "pdl_perimeter" DROP CONSTRAINT "FK_9317878435355c16fb7fd2e734f"`);
    await q.query(`ALTER TABLE "pdl_perimeter" ALTER COLUMN "published_on" SET NOT NULL`);
    await q.query(`ALTER TABLE "pdl_perimeter" DROP COLUMN "membership_id"`);
  }
}
