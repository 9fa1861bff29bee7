import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Accounts1795890423150 implements MigrationInterface {
  name = 'Accounts1795890423150';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "app_login_attempt" ("login" character varying(120) NOT NULL, "attempts" integer NOT NULL, "window_start" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_25a2d6a5295463302339a8f51ea" PRIMARY KEY ("login"))`,
    );
    await q.query(`ALTER TABLE "app_user" ADD "must_change_password" boolean NOT NULL DEFAULT false`);
    await q.query(`ALTER TABLE "app_session" ADD "last_seen_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now()`);
    await q.query(`CREATE INDEX "IDX_9d18bd4a32fc0cd8ff82b12037" ON "audit_entry"  ("at") `);
    // The trail is append-only for the application's role: UPDATE, DELETE and TRUNCATE raise. The one
    // update allowed erases the identity of an actor whose retention has passed (RGPD), nothing else.
    await q.query(`CREATE FUNCTION audit_entry_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'UPDATE' THEN
          IF NEW.user_id IS NULL AND NEW.user_login = 'anonymisé'
             AND (NEW.id, NEW.at, NEW.entity, NEW.entity_id, NEW.action)
                 IS NOT DISTINCT FROM (OLD.id, OLD.at, OLD.entity, OLD.entity_id, OLD.action) THEN
            RETURN NEW;
          END IF;
        END IF;
        RAISE EXCEPTION 'Le journal d''audit ne peut être ni modifié ni effacé (%).', TG_OP
          USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await q.query(
      `CREATE TRIGGER audit_entry_append_only BEFORE UPDATE OR DELETE ON audit_entry FOR EACH ROW EXECUTE FUNCTION audit_entry_append_only()`,
    );
    await q.query(
      `CREATE TRIGGER audit_entry_no_truncate BEFORE TRUNCATE ON audit_entry FOR EACH STATEMENT EXECUTE FUNCTION audit_entry_append_only()`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER audit_entry_no_truncate ON audit_entry`);
    await q.query(`DROP TRIGGER audit_entry_append_only ON audit_entry`);
    await q.query(`DROP FUNCTION audit_entry_append_only()`);
    await q.query(`DROP INDEX "public"."IDX_9d18bd4a32fc0cd8ff82b12037"`);
    await q.query(`ALTER TABLE "app_session" DROP COLUMN "last_seen_at"`);
    await q.query(`ALTER TABLE "app_user" DROP COLUMN "must_change_password"`);
    await q.query(`DROP TABLE "app_login_attempt"`);
  }
}
