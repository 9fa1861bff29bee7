import { writtenTables } from './touched-tables';

describe('writtenTables', () => {
  it('should name the tables the ORM writes, schema-qualified or not', () => {
    expect(writtenTables('INSERT INTO "ads_dossier"("id", "number") VALUES ($1, $2) RETURNING "id"')).toEqual([
      'ads_dossier',
    ]);
    expect(writtenTables('INSERT INTO "t_1_ab"."fourriere_animal"("id") VALUES (DEFAULT)')).toEqual([
      'fourriere_animal',
    ]);
    expect(writtenTables('UPDATE "fourriere_tariff" SET "capture_cents" = $1 WHERE "id" IN ($2)')).toEqual([
      'fourriere_tariff',
    ]);
    expect(writtenTables('DELETE FROM "app_session" WHERE "token_hash" = $1')).toEqual(['app_session']);
    expect(
      writtenTables(
        'INSERT INTO "ads_act_weight"("type") VALUES ($1) ON CONFLICT ( "type" ) DO UPDATE SET "weight" = 1',
      ),
    ).toEqual(['ads_act_weight', 'set']);
  });

  it('should name the tables of raw SQL, CTEs and truncations too', () => {
    expect(
      writtenTables('with moved as (update probe_record set amount = 2 returning id) select * from moved'),
    ).toEqual(['probe_record']);
    expect(writtenTables('TRUNCATE TABLE public.commune')).toEqual(['commune']);
    expect(writtenTables('merge into "Mixed_Case" m using x on true when matched then do nothing')).toEqual([
      'Mixed_Case',
    ]);
  });

  it('should name nothing for reads, row locks and the notification itself', () => {
    expect(writtenTables('SELECT "a"."updated_at" FROM "fourriere_animal" "a" WHERE "a"."id" = $1 FOR UPDATE')).toEqual(
      [],
    );
    expect(writtenTables('SELECT pg_notify($1, $2)')).toEqual([]);
  });
});
