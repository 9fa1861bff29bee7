import { startTestApp, type TestApp } from '../support/test-app';

const SEARCH = `query($f: AuditFilter) { auditEntries(filter: $f) { total items { userLogin entity entityId action at } } }`;

describe('audit trail', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
    // a few records of two directorates, written as the modules do
    await t.app.db.transaction((em) =>
      em.query(
        `INSERT INTO audit_entry (user_login, entity, entity_id, action, at) VALUES
          ('agent.ads', 'AdsDossier', 'd1', 'create', now() - interval '3 days'),
          ('agent.ads', 'AdsDossier', 'd1', 'update', now() - interval '1 day'),
          ('agent.ads', 'AdsConsultation', 'c1', 'create', now()),
          ('agent.fourriere', 'FourriereAnimal', 'a1', 'create', now())`,
      ),
    );
  });
  afterAll(() => t.close());

  it('should show the administrator everything, sign-in events included, newest first and paged', async () => {
    const admin = await t.as('admin');
    const all = await admin.ok(SEARCH, { f: { limit: 2 } });
    expect(all.auditEntries.total).toBeGreaterThanOrEqual(5);
    expect(all.auditEntries.items).toHaveLength(2);
    const next = await admin.ok(SEARCH, { f: { limit: 2, offset: 2 } });
    expect(next.auditEntries.items[0].at <= all.auditEntries.items[1].at).toBe(true);
    const logins = await admin.ok(SEARCH, { f: { userLogin: 'admin', entity: 'User' } });
    expect(logins.auditEntries.items.map((i: { action: string }) => i.action)).toContain('login');
  });

  it('should filter by record, user and dates', async () => {
    const admin = await t.as('admin');
    const record = await admin.ok(SEARCH, { f: { entity: 'AdsDossier', entityId: 'd1' } });
    expect(record.auditEntries.items.map((i: { action: string }) => i.action)).toEqual(['update', 'create']);
    const user = await admin.ok(SEARCH, { f: { userLogin: 'agent.fourriere' } });
    expect(user.auditEntries.total).toBe(1);
    const day = new Date(Date.now() - 3 * 86_400_000).toLocaleDateString('sv-SE', { timeZone: 'Europe/Paris' });
    const dated = await admin.ok(SEARCH, { f: { entity: 'AdsDossier', from: day, to: day } });
    expect(dated.auditEntries.items.map((i: { action: string }) => i.action)).toEqual(['create']);
    const bad = await admin.request(SEARCH, { f: { from: '2025-02-01', to: '2025-01-01' } });
    expect(bad.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'to' });
    const big = await admin.request(SEARCH, { f: { limit: 5000 } });
    expect(big.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('should show a director only their directorate, and refuse agents', async () => {
    const dir = await t.as('directeur.ads');
    const seen = await dir.ok(SEARCH, { f: { limit: 100 } });
    expect(new Set(seen.auditEntries.items.map((i: { entity: string }) => i.entity))).toEqual(
      new Set(['AdsDossier', 'AdsConsultation']),
    );
    const other = await dir.ok(SEARCH, { f: { entity: 'FourriereAnimal' } });
    expect(other.auditEntries.total).toBe(0);
    const agent = await t.as('agent.ads');
    expect((await agent.request(SEARCH)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('should refuse the application’s own connection to update or delete audit rows', async () => {
    const before = await t.app.db.read((em) => em.query(`SELECT count(*)::int AS n FROM audit_entry`));
    await expect(t.app.db.transaction((em) => em.query(`DELETE FROM audit_entry`))).rejects.toThrow(
      /ni modifié ni effacé/,
    );
    await expect(
      t.app.db.transaction((em) => em.query(`UPDATE audit_entry SET action = 'rien' WHERE entity_id = 'd1'`)),
    ).rejects.toThrow(/ni modifié ni effacé/);
    await expect(t.app.db.transaction((em) => em.query(`TRUNCATE audit_entry`))).rejects.toThrow(
      /ni modifié ni effacé/,
    );
    const after = await t.app.db.read((em) => em.query(`SELECT count(*)::int AS n FROM audit_entry`));
    expect(after).toEqual(before);
    // the one change allowed: erasing an actor's identity (RGPD), nothing else of the row
    await t.app.db.transaction((em) =>
      em.query(`UPDATE audit_entry SET user_id = NULL, user_login = 'anonymisé' WHERE entity_id = 'a1'`),
    );
    await expect(
      t.app.db.transaction((em) =>
        em.query(
          `UPDATE audit_entry SET user_id = NULL, user_login = 'anonymisé', action = 'x' WHERE entity_id = 'c1'`,
        ),
      ),
    ).rejects.toThrow(/ni modifié ni effacé/);
  });
});
