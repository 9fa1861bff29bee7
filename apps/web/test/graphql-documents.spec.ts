/**
 * @jest-environment node
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { graphqlDocuments } from '../build/graphql-documents';
import { graphql } from '../src/gql';

// The build replaces each graphql() call by a module holding its document: it must be the very document the
// codegen map returns, for every operation of the app.
const src = resolve(__dirname, '../src');
const gqlDir = join(src, 'gql');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'gql' ? [] : files(path);
    return /\.tsx?$/.test(name) && !/\.spec\.tsx?$/.test(name) ? [path] : [];
  });
}

type Hook = (this: unknown, ...args: string[]) => unknown;
const call = (hook: Plugin['transform'] | Plugin['load'], ...args: string[]) => (hook as Hook).call({}, ...args);

describe('the GraphQL documents of the build', () => {
  const plugin = graphqlDocuments(gqlDir);

  it('should give every graphql() call the document the generated map returns, one module each', () => {
    const operations = files(src).filter((f) => readFileSync(f, 'utf8').includes('graphql(`'));
    expect(operations.length).toBeGreaterThan(50);
    for (const file of operations) {
      const code = readFileSync(file, 'utf8');
      const out = call(plugin.transform, code, file) as { code: string };
      expect(out.code).not.toMatch(/\bgraphql\(\s*`/);
      const texts = [...code.matchAll(/\bgraphql\(\s*`([^`]*)`\s*\)/g)].map((m) => m[1]);
      const names = [...out.code.matchAll(/\b__gql_(\w+)\n/g)].map((m) => m[1]);
      expect(names).toHaveLength(texts.length);
      // the same lines, then one import per document (no source map to rewrite)
      expect(out.code.split('\n')).toHaveLength(code.split('\n').length + new Set(names).size + 1);
      texts.forEach((text, i) => {
        const module = call(plugin.load, `\0virtual:call-gql/${names[i]}`) as string;
        const document: unknown = JSON.parse(module.replace(/^export default /, '').replace(/;\n$/, ''));
        expect(document).toEqual(graphql(text as never));
      });
    }
  });

  it('should refuse an operation that codegen has not generated', () => {
    const code = 'const Q = graphql(`\n  query Nowhere {\n    me {\n      id\n    }\n  }\n`);\n';
    expect(() => call(plugin.transform, code, join(src, 'nowhere.query.ts'))).toThrow('document GraphQL absent');
  });
});
