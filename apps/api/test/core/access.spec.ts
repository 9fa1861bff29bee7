import { Authorized, Query, Resolver } from 'type-graphql';
import { startTestApp, type TestApp } from '../support/test-app';
import { productSchema } from '../../src/core/app';

@Resolver()
class UnguardedResolver {
  @Query(() => String, { description: 'test only: a field that forgot its rule' })
  forgottenRule(): string {
    return 'secret';
  }
}

@Resolver()
class GuardedResolver {
  @Authorized('SIGNED_IN')
  @Query(() => String)
  rememberedRule(): string {
    return 'ok';
  }
}

const ME = `query { me { login role directorates } directorates { key canWrite canDeclare hasModule } }`;

describe('sign-in and roles', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({
      extraResolvers: [
        { cls: UnguardedResolver, instance: new UnguardedResolver() },
        { cls: GuardedResolver, instance: new GuardedResolver() },
      ],
    });
  });
  afterAll(() => t.close());

  it('should guard every root field of the real schema', async () => {
    const { schema, unguarded } = await productSchema();
    expect(unguarded).toEqual([]);
    const fields =
      Object.keys(schema.getQueryType()!.getFields()).length +
      Object.keys(schema.getMutationType()!.getFields()).length;
    expect(fields).toBeGreaterThan(5);
    // subscriptions are walked too (test/live proves one without a rule is listed and refused)
    expect(Object.keys(schema.getSubscriptionType()!.getFields())).toContain('indicatorsChanged');
  });

  it('should refuse a resolver without a rule, even to the DGS and the admin', async () => {
    expect(t.app.unguarded).toEqual(['Query.forgottenRule']);
    for (const login of ['dgs', 'admin', undefined]) {
      const c = await t.as(login);
      const r = await c.request(`query { forgottenRule }`);
      expect(r.data).toBeNull();
      expect(r.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    }
    expect((await (await t.as('agent.ads')).ok(`query { rememberedRule }`)).rememberedRule).toBe('ok');
  });

  it('should refuse a wrong password in French, the same way as an unknown login', async () => {
    const anon = await t.as();
    const wrong = await anon.request(`mutation { login(input: { login: "dgs", password: "nope" }) { id } }`);
    const unknown = await anon.request(`mutation { login(input: { login: "personne", password: "nope" }) { id } }`);
    expect(wrong.errors?.[0]).toMatchObject({
      message: 'Identifiant ou mot de passe incorrect.',
      extensions: { code: 'UNAUTHENTICATED' },
    });
    expect(unknown.errors?.[0].message).toBe(wrong.errors?.[0].message);
    const empty = await anon.request(`mutation { login(input: { login: "", password: "x" }) { id } }`);
    expect(empty.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'login' } });
    expect(empty.errors?.[0].message).toBe('Identifiant : L’identifiant est obligatoire.');
  });

  it('should stop password guessing on a login after five failures', async () => {
    const anon = await t.as();
    const attempt = (password: string) =>
      anon.request(`mutation($p: String!) { login(input: { login: "directeur.rh", password: $p }) { id } }`, {
        p: password,
      });
    for (let i = 0; i < 5; i++)
      expect((await attempt(`essai-${i}`)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const blocked = await attempt('demo-call-2023');
    expect(blocked.errors?.[0]).toMatchObject({ extensions: { code: 'RATE_LIMITED' } });
    expect(blocked.errors?.[0].message).toMatch(
      /^Trop de tentatives de connexion pour cet identifiant : réessayez dans 15 minutes\.$/,
    );
    // the others are not locked out
    expect((await (await t.as('directeur.ads')).ok(`query { me { login } }`)).me.login).toBe('directeur.ads');
  });

  it('should answer me = null and refuse everything else when signed out', async () => {
    const anon = await t.as();
    expect((await anon.ok(`query { me { id } }`)).me).toBeNull();
    const r = await anon.request(`query { communes { name } }`);
    expect(r.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('should show each role what it may see', async () => {
    const seen = async (login: string) =>
      (await t.as(login)).ok<{
        me: { role: string };
        directorates: { key: string; canWrite: boolean; canDeclare: boolean }[];
      }>(ME);
    const agent = await seen('agent.ads');
    expect(agent.me.role).toBe('AGENT');
    expect(agent.directorates).toEqual([
      { key: 'ads', canWrite: true, canDeclare: false, hasModule: expect.any(Boolean) },
    ]);
    const director = await seen('directeur.fourriere');
    expect(director.directorates).toEqual([
      { key: 'fourriere', canWrite: true, canDeclare: true, hasModule: expect.any(Boolean) },
    ]);
    const dgs = await seen('dgs');
    expect(dgs.directorates).toHaveLength(9);
    expect(dgs.directorates.every((d) => !d.canWrite && d.canDeclare)).toBe(true);
    const admin = await seen('admin');
    expect(admin.directorates).toEqual([]);
  });

  it('should keep users to the admin', async () => {
    const admin = await t.as('admin');
    expect((await admin.ok(`query { users { login } }`)).users).toHaveLength(20);
    for (const login of ['dgs', 'directeur.ads', 'agent.ads']) {
      const r = await (await t.as(login)).request(`query { users { login } }`);
      expect(r.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      expect(r.errors?.[0].message).toBe("Vous n'avez pas accès à cette ressource.");
    }
    const create = `mutation($i: CreateUserInput!) { createUser(input: $i) { login role directorates } }`;
    const ok = await admin.ok(create, {
      i: {
        login: 'nouvel.agent',
        displayName: 'Nouvel agent',
        password: 'motdepasse-long',
        role: 'AGENT',
        directorates: ['ads'],
      },
    });
    expect(ok.createUser).toEqual({ login: 'nouvel.agent', role: 'AGENT', directorates: ['ads'] });
    const dup = await admin.request(create, {
      i: {
        login: 'nouvel.agent',
        displayName: 'Xavier',
        password: 'motdepasse-long',
        role: 'AGENT',
        directorates: ['ads'],
      },
    });
    expect(dup.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', field: 'login' });
    const noDir = await admin.request(create, {
      i: {
        login: 'sans.direction',
        displayName: 'Xavier',
        password: 'motdepasse-long',
        role: 'AGENT',
        directorates: [],
      },
    });
    expect(noDir.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'directorates' });
    const short = await admin.request(create, {
      i: { login: 'mdp.court', displayName: 'Xavier', password: 'court', role: 'DGS' },
    });
    expect(short.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'password' });
    // the refused ones left nothing behind, the created one left a trail
    expect((await admin.ok(`query { users { login } }`)).users).toHaveLength(21);
    const trail = await t.app.db.read((em) =>
      em.query(`SELECT user_login, action FROM audit_entry WHERE entity = 'User' AND action = 'create'`),
    );
    expect(trail).toEqual([{ user_login: 'admin', action: 'create' }]);
  });

  it('should sign out', async () => {
    const c = await t.as('agent.ads');
    expect((await c.ok(`query { me { login } }`)).me.login).toBe('agent.ads');
    await c.ok(`mutation { logout }`);
    expect((await c.ok(`query { me { login } }`)).me).toBeNull();
  });
});
