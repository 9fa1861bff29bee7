/**
 * @jest-environment node
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

// Re-runs codegen from the committed schema and operations into a temporary folder and compares it
// with the committed src/gql: changing the schema or an operation without `pnpm codegen` fails here.
// (A child process, because the codegen CLI loads ESM-only packages that jest's CommonJS runtime cannot.)
const committedDir = resolve(__dirname, '../src/gql');

describe('generated GraphQL types', () => {
  let outDir: string;
  beforeAll(() => {
    outDir = mkdtempSync(join(tmpdir(), 'call-web-codegen-'));
  });
  afterAll(() => rmSync(outDir, { recursive: true, force: true }));

  it('should be identical to a fresh codegen run when the schema and operations are unchanged', () => {
    execFileSync(resolve(__dirname, '../node_modules/.bin/graphql-codegen'), ['--config', 'codegen.ts', '--silent'], {
      cwd: resolve(__dirname, '..'),
      env: { ...process.env, CODEGEN_OUT_DIR: `${outDir}/` },
      stdio: 'pipe',
    });
    const fresh = readdirSync(outDir).sort();
    expect(readdirSync(committedDir).sort()).toEqual(fresh);
    const stale = fresh.filter(
      (f) => readFileSync(join(outDir, f), 'utf8') !== readFileSync(join(committedDir, f), 'utf8'),
    );
    // run `pnpm --filter @call/web codegen` and commit src/gql when this fails
    expect(stale).toEqual([]);
  }, 120_000);
});
