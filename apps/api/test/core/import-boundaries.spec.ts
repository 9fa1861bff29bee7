import fs from 'node:fs';
import path from 'node:path';

// Import direction is architecture: the core imports no module (only the manifest list, to wire them),
// a module imports no other module, and packages never import apps.
const root = path.resolve(__dirname, '../..');
const repo = path.resolve(root, '../..');

function files(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? files(p) : /\.tsx?$/.test(e.name) ? [p] : [];
  });
}

function imports(file: string): string[] {
  const src = fs.readFileSync(file, 'utf8');
  return [...src.matchAll(/(?:from|import)\s*\(?\s*['"]([^'"]+)['"]/g)].map((m) => m[1]);
}

const resolved = (file: string, spec: string) => (spec.startsWith('.') ? path.resolve(path.dirname(file), spec) : spec);

describe('import boundaries', () => {
  it('should keep the core free of module internals', () => {
    const modulesDir = path.join(root, 'src/modules');
    const wiring = new Set(['app.ts'].map((f) => path.join(root, 'src/core', f)));
    const offenders = files(path.join(root, 'src/core')).flatMap((f) =>
      imports(f)
        .map((s) => resolved(f, s))
        .filter((target) => target.startsWith(modulesDir) && !(wiring.has(f) && target === modulesDir))
        .map((target) => `${path.relative(root, f)} → ${path.relative(root, target)}`),
    );
    expect(offenders).toEqual([]);
  });

  it('should keep modules apart', () => {
    const modulesDir = path.join(root, 'src/modules');
    const offenders: string[] = [];
    for (const mod of fs.readdirSync(modulesDir, { withFileTypes: true }).filter((e) => e.isDirectory())) {
      for (const f of files(path.join(modulesDir, mod.name))) {
        for (const target of imports(f).map((s) => resolved(f, s))) {
          if (
            target.startsWith(modulesDir + path.sep) &&
            !target.startsWith(path.join(modulesDir, mod.name) + path.sep) &&
            target !== path.join(modulesDir, mod.name)
          ) {
            offenders.push(`${path.relative(root, f)} → ${path.relative(root, target)}`);
          }
        }
      }
    }
    expect(offenders).toEqual([]);
  });

  it('should keep packages/domain pure: no apps, no I/O', () => {
    const offenders = files(path.join(repo, 'packages/domain/src')).flatMap((f) =>
      imports(f)
        .filter(
          (s) =>
            s.includes('apps/') ||
            s.startsWith('@call/api') ||
            s.startsWith('@call/web') ||
            /^(node:)?(fs|net|http|child_process)$/.test(s) ||
            s === 'typeorm' ||
            s === 'pg',
        )
        .map((s) => `${path.relative(repo, f)} → ${s}`),
    );
    expect(offenders).toEqual([]);
  });
});
