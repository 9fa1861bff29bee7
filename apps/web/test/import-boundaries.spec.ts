/**
 * @jest-environment node
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';

// Import direction is architecture (see shared/guides/style.md): checked here on day one.
const src = resolve(__dirname, '../src');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'gql' ? [] : files(path);
    return /\.tsx?$/.test(name) && !/\.spec\.tsx?$/.test(name) ? [path] : [];
  });
}

function imports(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/(?:from\s+|import\s*\()\s*['"](\.[^'"]+)['"]/g)].map((m) =>
    relative(src, resolve(file, '..', m[1]))
      .split(sep)
      .join('/'),
  );
}

const area = (path: string) => path.split('/')[0];
const feature = (path: string) => (path.startsWith('features/') ? path.split('/')[1] : undefined);

describe('import boundaries', () => {
  const all = files(src).map((f) => ({ file: relative(src, f).split(sep).join('/'), targets: imports(f) }));

  it('should keep shared/ and auth/ free of app/ and features/', () => {
    const bad = all.flatMap(({ file, targets }) =>
      ['shared', 'auth'].includes(area(file))
        ? targets.filter((t) => ['app', 'features'].includes(area(t))).map((t) => `${file} → ${t}`)
        : [],
    );
    expect(bad).toEqual([]);
  });

  it('should let a feature reach another feature only through its index', () => {
    const bad = all.flatMap(({ file, targets }) => {
      const own = feature(file);
      if (!own) return [];
      return targets
        .filter((t) => {
          const other = feature(t);
          return (
            other &&
            other !== own &&
            !['registry', 'types'].includes(other) &&
            t !== `features/${other}` &&
            t !== `features/${other}/index`
          );
        })
        .map((t) => `${file} → ${t}`);
    });
    expect(bad).toEqual([]);
  });

  it('should never import app/ from a feature', () => {
    const bad = all.flatMap(({ file, targets }) =>
      feature(file) ? targets.filter((t) => area(t) === 'app').map((t) => `${file} → ${t}`) : [],
    );
    expect(bad).toEqual([]);
  });
});
