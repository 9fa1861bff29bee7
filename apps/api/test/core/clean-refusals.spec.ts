import { Authorized, Query, Resolver } from 'type-graphql';
import { Rule } from '../../src/core/auth/rules';
import { SESSION_COOKIE } from '../../src/core/auth/auth.service';
import { adsModule } from '../../src/modules/ads/ads.module';
import { probeModule } from '../support/probe-module';
import { startTestApp, type GqlClient, type TestApp } from '../support/test-app';

/** A resolver that fails the way a bug would, with details a user must never see. */
@Resolver()
class ExplodingResolver {
  @Authorized(Rule.signedIn)
  @Query(() => String)
  explode(): string {
    throw new Error('secret: relation "app_user" at /srv/api/dist/core/app.js:42');
  }
}

const ADD = `mutation($i: ProbeInput!) { addProbeRecord(input: $i) { id } }`;
const good = { happenedOn: '2024-03-01', category: 'a', communeInsee: '62498', amount: 3 };

describe('clean refusals', () => {
  let t: TestApp;
  let rh: GqlClient;
  beforeAll(async () => {
    t = await startTestApp({
      modules: [adsModule, probeModule],
      extraResolvers: [{ cls: ExplodingResolver, instance: new ExplodingResolver() }],
    });
    rh = await t.as('agent.rh');
  });
  afterAll(() => t.close());

  const refusal = async (c: GqlClient, query: string, variables?: Record<string, unknown>) => {
    const r = await c.request(query, variables);
    expect(r.data?.addProbeRecord ?? null).toBeNull();
    return {
      message: r.errors?.[0].message,
      code: r.errors?.[0].extensions?.code,
      field: r.errors?.[0].extensions?.field,
    };
  };

  it('should refuse bad ids, NUL bytes, blank text and far dates in French, naming the field', async () => {
    const ads = await t.as('agent.ads');
    expect(await refusal(ads, '{ adsDossier(id: "12") { id } }')).toEqual({
      message: 'Identifiant : identifiant mal formé.',
      code: 'BAD_USER_INPUT',
      field: 'id',
    });
    expect(await refusal(rh, ADD, { i: { ...good, category: 'a\u0000b' } })).toEqual({
      message: 'Catégorie de test : caractère nul interdit.',
      code: 'BAD_USER_INPUT',
      field: 'category',
    });
    expect(await refusal(rh, ADD, { i: { ...good, category: '   ' } })).toMatchObject({
      message: 'Catégorie de test : valeur obligatoire (des espaces seuls ne suffisent pas).',
      code: 'BAD_USER_INPUT',
    });
    for (const day of ['0100-01-01', '2101-01-01'])
      expect(await refusal(rh, ADD, { i: { ...good, happenedOn: day } })).toMatchObject({
        message: 'happenedOn : date hors limites (années 1900 à 2100).',
        code: 'BAD_USER_INPUT',
      });
  });

  it('should translate GraphQL’s own coercion errors, without suggestions', async () => {
    const dgs = await t.as('dgs');
    const cases: [GqlClient, string, Record<string, unknown> | undefined, string][] = [
      [
        dgs,
        'query($year: Int!) { indicators(year: $year) { key } }',
        { year: 99999999999 },
        'Année : nombre hors limites (entier de -2147483648 à 2147483647).',
      ],
      [
        dgs,
        'query($year: Int!) { indicators(year: $year) { key } }',
        { year: 'abc' },
        'Année : nombre entier attendu.',
      ],
      [
        dgs,
        '{ indicators(year: 99999999999) { key } }',
        undefined,
        'Année : nombre hors limites (entier de -2147483648 à 2147483647).',
      ],
      [
        dgs,
        '{ indicators(year: 2023, directorate: adz) { key } }',
        undefined,
        'Direction : valeur non prévue dans la liste.',
      ],
      [rh, ADD, { i: { ...good, amount: undefined } }, 'amount : valeur obligatoire.'],
      [rh, ADD, { i: { ...good, happenedOn: '2024-13-45' } }, 'happenedOn : date invalide (format AAAA-MM-JJ).'],
      [dgs, '{ indicatorz(year: 2023) { key } }', undefined, 'Saisie invalide : champ inconnu « indicatorz ».'],
    ];
    for (const [c, q, v, message] of cases) {
      const r = await c.request(q, v);
      expect(r.errors?.[0]).toMatchObject({ message, extensions: { code: 'BAD_USER_INPUT' } });
      expect(JSON.stringify(r)).not.toMatch(/Did you mean|cannot represent/);
    }
  });

  it('should hide an internal error behind a generic French message, without stack trace', async () => {
    const r = await rh.request('{ explode }');
    expect(r.errors).toEqual([
      {
        message: 'Une erreur interne est survenue. Réessayez ; si elle persiste, prévenez le support.',
        path: ['explode'],
        extensions: { code: 'INTERNAL_SERVER_ERROR' },
      },
    ]);
    expect(JSON.stringify(r)).not.toMatch(/secret|stacktrace|app\.js/);
  });

  it('should treat a malformed session cookie as anonymous and send security headers', async () => {
    const res = await fetch(t.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: `${SESSION_COOKIE}=%E0%A4%A` },
      body: JSON.stringify({ query: '{ me { id } }' }),
    });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ data: { me: null } });
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(res.headers.get('x-powered-by')).toBeNull();
    const bad = await fetch(t.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"query":',
    });
    expect(bad.status).toBe(400);
    expect(await bad.text()).not.toMatch(/at .*\.js|<pre>/);
  });

  it('should neutralise formulas in exported CSV cells', async () => {
    const ads = await t.as('agent.ads');
    const header =
      'numero;type;commune_insee;date_depot;mode_depot;demandeur;type_demandeur;adresse_terrain;parcelles;nature_projet;surface_plancher;logements';
    const row =
      'DP 062 498 24 A0101;DP;62498;2024-02-14;papier;"=HYPERLINK(""http://x"";""y"")";particulier;@SUM(A1);AC 40;+Clôture;0;0';
    const csv = Buffer.from(`${header}\n${row}`).toString('base64');
    const imported = await ads.ok(
      `mutation($b: String!) { importAdsDossiers(filename: "e.csv", base64: $b) { committed imported } }`,
      { b: csv },
    );
    expect(imported.importAdsDossiers).toEqual({ committed: true, imported: 1 });
    const out = await ads.ok('{ adsDossierExport(format: CSV) { base64 } }');
    const text = Buffer.from(out.adsDossierExport.base64, 'base64').toString('utf8');
    expect(text).toContain(`;"'=HYPERLINK(""http://x"";""y"")";`);
    expect(text).not.toMatch(/;[=@+]/);
  });
});
