import { SESSION_COOKIE } from '../../src/core/auth/auth.service';
import { startTestApp, type TestApp } from '../support/test-app';

const LOGIN = `mutation($l: String!, $p: String!) { login(input: { login: $l, password: $p }) { login } }`;

/**
 * GraphQL's JSON POSTs are answered without express's router (core/http/graphql-endpoint.ts); GraphQL sent any other
 * way still goes through it. Both must answer alike: same security headers, same cookies, same refusals.
 */
describe('the GraphQL endpoint', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ modules: [] });
  });
  afterAll(() => t.close());

  const post = (body: string, headers: Record<string, string> = {}) =>
    fetch(t.url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
  const securityHeaders = (h: Headers) =>
    [...h.entries()].filter(
      ([k]) => !/^(content-(type|length)|date|etag|connection|keep-alive|vary|transfer-encoding)$/.test(k),
    );

  it('should send the security headers of every other route', async () => {
    const direct = await post(JSON.stringify({ query: '{ me { id } }' }));
    const health = await fetch(t.url.replace('/graphql', '/healthz'));
    expect(direct.status).toBe(200);
    expect(securityHeaders(direct.headers)).toEqual(securityHeaders(health.headers));
    expect(securityHeaders(direct.headers).map(([k]) => k)).toEqual(
      expect.arrayContaining(['content-security-policy', 'strict-transport-security', 'x-frame-options']),
    );
    expect(direct.headers.get('content-type')).toMatch(/^application\/(graphql-response\+)?json/);
  });

  it('should still serve GraphQL sent otherwise (GET, another charset) through express, with the same headers', async () => {
    const get = await fetch(`${t.url}?query=${encodeURIComponent('{ me { id } }')}`, {
      headers: { 'apollo-require-preflight': '1' },
    });
    expect(get.status).toBe(200);
    expect(await get.json()).toEqual({ data: { me: null } });
    const latin = await post(JSON.stringify({ query: '{ me { id } }' }), {
      'content-type': 'application/json; charset=iso-8859-1',
    });
    expect(latin.status).toBe(415);
    const direct = await post(JSON.stringify({ query: '{ me { id } }' }));
    expect(securityHeaders(get.headers)).toEqual(securityHeaders(direct.headers));
  });

  it('should set the session cookie, Secure behind a local HTTPS proxy only', async () => {
    const signIn = async (headers: Record<string, string> = {}) => {
      const res = await post(JSON.stringify({ query: LOGIN, variables: { l: 'dgs', p: 'demo-call-2023' } }), headers);
      expect(await res.json()).toEqual({ data: { login: { login: 'dgs' } } });
      return res.headers.get('set-cookie') ?? '';
    };
    const plain = await signIn();
    expect(plain).toMatch(new RegExp(`^${SESSION_COOKIE}=[^;]+; Path=/; Expires=.+; HttpOnly; SameSite=Strict$`));
    expect(await signIn({ 'x-forwarded-proto': 'https' })).toMatch(/; Secure/);
    // the cookie opens the session on the next request
    const me = await post(JSON.stringify({ query: '{ me { login } }' }), { cookie: plain.split(';')[0] });
    expect(await me.json()).toEqual({ data: { me: { login: 'dgs' } } });
  });

  it('should refuse what is not a JSON object in French, without a stack', async () => {
    for (const body of ['{"query":', '"{ me { id } }"', 'null']) {
      const res = await post(body);
      expect(res.status).toBe(400);
      expect(await res.json()).toEqual({
        errors: [{ message: 'Requête mal formée (JSON invalide ?).', extensions: { code: 'BAD_REQUEST' } }],
      });
    }
  });
});
