import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { startTestApp, type TestApp } from '../support/test-app';

interface Raw {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
}

/** A raw GET (node's fetch would decompress and hide the encoding). */
function get(base: string, urlPath: string, acceptEncoding?: string): Promise<Raw> {
  return new Promise((resolve, reject) => {
    const req = http.get(`${base}${urlPath}`, { headers: acceptEncoding ? { 'accept-encoding': acceptEncoding } : {} });
    req.on('response', (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
  });
}

describe('the built web, served by the API', () => {
  let t: TestApp;
  let base: string;
  // a build as Vite and its precompress plugin leave it: hashed assets with their .br and .gz siblings
  const dist = fs.mkdtempSync(path.join(os.tmpdir(), 'call-web-'));
  const script = `export const signIn = ${JSON.stringify('Se connecter '.repeat(400))};\n`;
  const shell = `<!doctype html><html lang="fr"><head><script type="module" src="/assets/index-Ab12.js"></script></head><body>${'<!-- -->'.repeat(200)}</body></html>`;

  beforeAll(async () => {
    fs.mkdirSync(path.join(dist, 'assets'));
    for (const [name, text] of [
      ['index.html', shell],
      ['assets/index-Ab12.js', script],
    ]) {
      const file = path.join(dist, name);
      fs.writeFileSync(file, text);
      fs.writeFileSync(`${file}.gz`, zlib.gzipSync(text));
      fs.writeFileSync(`${file}.br`, zlib.brotliCompressSync(text));
    }
    fs.writeFileSync(path.join(dist, 'assets/logo-Cd34.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
    t = await startTestApp({ webDist: dist });
    base = t.url.replace(/\/graphql$/, '');
  });
  afterAll(async () => {
    await t.close();
    fs.rmSync(dist, { recursive: true, force: true });
  });

  it('should send the JavaScript in brotli, else gzip, cached for a year as immutable', async () => {
    const br = await get(base, '/assets/index-Ab12.js', 'gzip, deflate, br');
    expect(br.status).toBe(200);
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers['content-type']).toMatch(/^text\/javascript/);
    expect(br.headers['vary']).toMatch(/Accept-Encoding/i);
    expect(br.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(zlib.brotliDecompressSync(br.body).toString()).toBe(script);
    expect(br.body.length).toBeLessThan(script.length / 10);

    const gz = await get(base, '/assets/index-Ab12.js', 'gzip');
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(zlib.gunzipSync(gz.body).toString()).toBe(script);

    const plain = await get(base, '/assets/index-Ab12.js');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString()).toBe(script);
    // a client that refuses brotli explicitly gets gzip
    expect((await get(base, '/assets/index-Ab12.js', 'br;q=0, gzip')).headers['content-encoding']).toBe('gzip');
  });

  it('should answer every route of the app with the shell, compressed and revalidated', async () => {
    for (const route of ['/', '/connexion', '/ads/dossiers?statut=DEPOSE', '/index.html']) {
      const res = await get(base, route, 'gzip, br');
      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toMatch(/^text\/html/);
      expect(res.headers['content-encoding']).toBe('br');
      expect(res.headers['cache-control']).toBe('no-cache');
      expect(zlib.brotliDecompressSync(res.body).toString()).toBe(shell);
    }
  });

  it('should serve a file without a compressed sibling as it is, and refuse what lies outside the build', async () => {
    const svg = await get(base, '/assets/logo-Cd34.svg', 'gzip, br');
    expect(svg.headers['content-encoding']).toBeUndefined();
    expect(svg.headers['content-type']).toMatch(/^image\/svg\+xml/);
    expect(svg.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    // an asset name from a previous deployment: a 404, not the shell read as JavaScript
    expect((await get(base, '/assets/index-Old0.js', 'br')).status).toBe(404);
    for (const probe of ['/../package.json', '/%2e%2e/%2e%2e/package.json', '/assets/..%2f..%2fetc%2fpasswd']) {
      const res = await get(base, probe);
      expect(res.body.toString()).not.toMatch(/"name"|root:/);
    }
  });

  it('should leave GraphQL to the API', async () => {
    const anon = await t.as();
    expect((await anon.request('{ __typename }')).data).toEqual({ __typename: 'Query' });
  });
});
