import fs from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';

const CALL = /\bgraphql\(\s*`([^`]*)`\s*\)/g;
/** A line of the generated map in gql.ts: `"<operation text>": types.<Name>,`. */
const ENTRY = /^\s*("(?:[^"\\]|\\.)*"): types\.(\w+),$/;
/** A generated document in graphql.ts, on one line, fragments it spreads included. */
const DOCUMENT = /^export const (\w+) = (\{"kind":"Document".*\}) as unknown as DocumentNode<.*>;$/;
const PREFIX = 'virtual:call-gql/';

/**
 * Replaces each `graphql(`…`)` of the codegen client preset by the generated document it returns, each document a
 * module of its own. At run time `graphql()` looks its text up in a map of every operation of the app, and
 * graphql.ts holds them all in one module: either way every document would load with the first page. One module per
 * document, a page carries only its own. Each document is still one object shared by all its users; unit tests (not
 * built by Vite) keep the map.
 */
export function graphqlDocuments(gqlDir: string): Plugin {
  let names: Map<string, string> | undefined;
  let documents: Map<string, string> | undefined;
  const read = (file: string) => fs.readFileSync(path.join(gqlDir, file), 'utf8').split('\n');
  const loadNames = () => {
    const map = new Map<string, string>();
    for (const m of read('gql.ts').map((l) => ENTRY.exec(l))) if (m) map.set(JSON.parse(m[1]) as string, m[2]);
    if (map.size === 0)
      throw new Error(`Aucun document GraphQL dans ${gqlDir}/gql.ts : relancez la génération (codegen)`);
    return map;
  };
  const loadDocuments = () => {
    const map = new Map<string, string>();
    for (const m of read('graphql.ts').map((l) => DOCUMENT.exec(l))) if (m) map.set(m[1], m[2]);
    return map;
  };
  return {
    name: 'call-graphql-documents',
    apply: 'build',
    enforce: 'pre',
    resolveId(id) {
      return id.startsWith(PREFIX) ? `\0${id}` : null;
    },
    load(id) {
      if (!id.startsWith(`\0${PREFIX}`)) return null;
      const name = id.slice(PREFIX.length + 1);
      documents ??= loadDocuments();
      const json = documents.get(name);
      if (!json) throw new Error(`Document GraphQL ${name} absent de ${gqlDir}/graphql.ts : relancez la génération`);
      return `export default ${json};\n`;
    },
    transform(code, id) {
      if (!/\.tsx?$/.test(id) || id.startsWith(gqlDir) || !/\bgraphql\(\s*`/.test(code)) return null;
      names ??= loadNames();
      const used = new Set<string>();
      const out = code.replace(CALL, (_call, text: string) => {
        const name = names!.get(text);
        if (!name || text.includes('\\') || text.includes('${')) {
          throw new Error(`${id} : document GraphQL absent de src/gql (relancez la génération, codegen)`);
        }
        used.add(name);
        // as many lines as the call: the rest of the file keeps its positions (no source map to rewrite)
        return `__gql_${name}${'\n'.repeat(text.split('\n').length - 1)}`;
      });
      // imports are hoisted: added at the end, the lines above do not move
      const imports = [...used].map((n) => `import __gql_${n} from ${JSON.stringify(PREFIX + n)};`).join('\n');
      return { code: `${out}\n${imports}\n`, map: null };
    },
  };
}
