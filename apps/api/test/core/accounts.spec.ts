import { startTestApp, type GqlClient, type TestApp } from '../support/test-app';

const USER_ID = `query { users { id login } }`;
const ME = `query { me { login mustChangePassword } }`;

/** Signs in with any password; returns the client and the raw answer. */
async function signIn(t: TestApp, login: string, password: string) {
  const res = await fetch(t.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: `mutation($i: LoginInput!) { login(input: $i) { login mustChangePassword } }`,
      variables: { i: { login, password } },
    }),
  });
  const body = (await res.json()) as { data?: any; errors?: any[] };
  const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0];
  const request = async (query: string, variables?: Record<string, unknown>) => {
    const r = await fetch(t.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie },
      body: JSON.stringify({ query, variables }),
    });
    return (await r.json()) as { data?: any; errors?: any[] };
  };
  return { body, request };
}

describe('accounts and sessions', () => {
  let t: TestApp;
  let admin: GqlClient;
  let ids: Map<string, string>;
  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.as('admin');
    const { users } = await admin.ok(USER_ID);
    ids = new Map(users.map((u: { id: string; login: string }) => [u.login, u.id]));
  });
  afterAll(() => t.close());

  it('should end the sessions of a deactivated user at once, and let them back after reactivation', async () => {
    const agent = await t.as('agent.fourriere');
    expect((await agent.ok(ME)).me.login).toBe('agent.fourriere');
    const id = ids.get('agent.fourriere');
    const off = await admin.ok(`mutation($id: ID!) { setUserActive(id: $id, active: false) { active } }`, { id });
    expect(off.setUserActive.active).toBe(false);
    expect((await agent.ok(ME)).me).toBeNull();
    await expect(t.as('agent.fourriere')).rejects.toThrow(/Identifiant ou mot de passe incorrect/);
    await admin.ok(`mutation($id: ID!) { setUserActive(id: $id, active: true) { active } }`, { id });
    expect((await (await t.as('agent.fourriere')).ok(ME)).me.login).toBe('agent.fourriere');
    // an administrator cannot lock themselves out
    const self = await admin.request(`mutation($id: ID!) { setUserActive(id: $id, active: false) { id } }`, {
      id: ids.get('admin'),
    });
    expect(self.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('should edit name, role and directorate, and refuse an agent without directorate', async () => {
    const id = ids.get('agent.juridique');
    const edit = `mutation($id: ID!, $i: UpdateUserInput!) { updateUser(id: $id, input: $i) { displayName role directorates } }`;
    const ok = await admin.ok(edit, {
      id,
      i: { displayName: 'Camille Martin', role: 'DIRECTOR', directorates: ['juridique'] },
    });
    expect(ok.updateUser).toEqual({ displayName: 'Camille Martin', role: 'DIRECTOR', directorates: ['juridique'] });
    const bad = await admin.request(edit, {
      id,
      i: { displayName: 'Camille Martin', role: 'AGENT', directorates: [] },
    });
    expect(bad.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'directorates' });
    const agent = await t.as('agent.ads');
    expect(
      (await agent.request(edit, { id, i: { displayName: 'X Y', role: 'ADMIN' } })).errors?.[0].extensions?.code,
    ).toBe('FORBIDDEN');
  });

  it('should reset a password to a temporary one that must be changed before anything else', async () => {
    const old = await t.as('agent.communication');
    const reset = await admin.ok(
      `mutation($id: ID!) { resetUserPassword(id: $id) { temporaryPassword user { mustChangePassword } } }`,
      { id: ids.get('agent.communication') },
    );
    const temp: string = reset.resetUserPassword.temporaryPassword;
    expect(temp).toMatch(/^[\w]{4}-[\w]{4}-[\w]{4}-[\w]{4}$/);
    expect((await old.ok(ME)).me).toBeNull(); // the old sessions ended
    const s = await signIn(t, 'agent.communication', temp);
    expect(s.body.data.login.mustChangePassword).toBe(true);
    expect((await s.request(ME)).data.me.mustChangePassword).toBe(true);
    const blocked = await s.request(`query { directorates { key } }`);
    expect(blocked.errors?.[0]).toMatchObject({
      message: 'Votre mot de passe est temporaire : changez-le avant de continuer.',
      extensions: { code: 'PASSWORD_CHANGE_REQUIRED' },
    });
    const change = `mutation($i: ChangePasswordInput!) { changeMyPassword(input: $i) { mustChangePassword } }`;
    const weak = await s.request(change, { i: { currentPassword: temp, newPassword: 'court' } });
    expect(weak.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'newPassword' });
    const done = await s.request(change, { i: { currentPassword: temp, newPassword: 'un nouveau secret bien long' } });
    expect(done.data.changeMyPassword.mustChangePassword).toBe(false);
    expect((await s.request(`query { directorates { key } }`)).errors).toBeUndefined();
    expect((await signIn(t, 'agent.communication', 'un nouveau secret bien long')).body.errors).toBeUndefined();
  });

  it('should require the current password to change one’s own, and end the other sessions', async () => {
    const a = await signIn(t, 'agent.finances', 'demo-call-2023');
    const b = await signIn(t, 'agent.finances', 'demo-call-2023');
    const change = `mutation($i: ChangePasswordInput!) { changeMyPassword(input: $i) { login } }`;
    const wrong = await a.request(change, {
      i: { currentPassword: 'pas-le-bon-mdp', newPassword: 'encore un autre secret' },
    });
    expect(wrong.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'currentPassword' });
    await a.request(change, { i: { currentPassword: 'demo-call-2023', newPassword: 'encore un autre secret' } });
    expect((await a.request(ME)).data.me.login).toBe('agent.finances');
    expect((await b.request(ME)).data.me).toBeNull();
  });

  it('should throttle guesses of the current password like sign-in', async () => {
    const a = await signIn(t, 'directeur.finances', 'demo-call-2023');
    const change = `mutation($i: ChangePasswordInput!) { changeMyPassword(input: $i) { login } }`;
    const codes = [];
    for (let i = 0; i < 6; i++)
      codes.push(
        (await a.request(change, { i: { currentPassword: `essai-${i}`, newPassword: 'encore un autre secret' } }))
          .errors?.[0].extensions?.code,
      );
    expect(codes).toEqual([...Array(5).fill('BAD_USER_INPUT'), 'RATE_LIMITED']);
  });

  it('should end a session past its absolute lifetime or idle for too long', async () => {
    const idle = await t.as('agent.rh');
    const old = await t.as('directeur.rh');
    await t.app.db.transaction(async (em) => {
      await em.query(`UPDATE app_session SET last_seen_at = now() - interval '121 minutes' WHERE user_id = $1`, [
        ids.get('agent.rh'),
      ]);
      await em.query(`UPDATE app_session SET expires_at = now() - interval '1 second' WHERE user_id = $1`, [
        ids.get('directeur.rh'),
      ]);
    });
    expect((await idle.ok(ME)).me).toBeNull();
    expect((await old.ok(ME)).me).toBeNull();
    // an active session is kept alive by its requests
    const busy = await t.as('agent.pret_materiel');
    await t.app.db.transaction((em) =>
      em.query(`UPDATE app_session SET last_seen_at = now() - interval '100 minutes' WHERE user_id = $1`, [
        ids.get('agent.pret_materiel'),
      ]),
    );
    expect((await busy.ok(ME)).me.login).toBe('agent.pret_materiel');
    const [row] = await t.app.db.read((em) =>
      em.query(`SELECT now() - last_seen_at < interval '1 minute' AS fresh FROM app_session WHERE user_id = $1`, [
        ids.get('agent.pret_materiel'),
      ]),
    );
    expect(row.fresh).toBe(true);
  });
});
