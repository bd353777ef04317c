// Owns the layering rules between the shipped code and the test tree: nothing under the production
// roots imports from test/ (the image's build context has no test/, and test helpers may use dev
// dependencies), and the service's entry points never reach the dev tooling in src/devtools.
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';

const ROOT = path.resolve(__dirname, '../../..');
const PRODUCTION_ROOTS = ['src/', 'workers/', 'resolvers/', 'schema/', 'bin/'];
const ENTRY_POINTS = ['src/main.ts', 'workers/lambda.ts'];
const SPECIFIER = /(?:\bfrom\s+|\bimport\s*\(\s*|\brequire\s*\(\s*|^\s*import\s+)['"]([^'"]+)['"]/gm;

function specifiers(text: string): string[] {
  return [...text.matchAll(SPECIFIER)].map((m) => m[1]!);
}

function resolveLocal(fromFile: string, spec: string): string | undefined {
  const base = path.join(path.dirname(path.join(ROOT, fromFile)), spec);
  for (const c of [`${base}.ts`, `${base}.js`, path.join(base, 'index.ts'), path.join(base, 'index.js')]) {
    if (fs.existsSync(c)) return path.relative(ROOT, c);
  }
  return undefined;
}

const tracked = execFileSync('git', ['ls-files'], { cwd: ROOT, encoding: 'utf8' }).split('\n').filter(Boolean);
const sources = tracked.filter((f) => PRODUCTION_ROOTS.some((r) => f.startsWith(r)) && /\.(ts|js)$/.test(f) && fs.existsSync(path.join(ROOT, f)));

describe('layering', () => {
  test('no production source imports from test/', () => {
    expect(sources.length).toBeGreaterThan(100);
    const offenders: string[] = [];
    for (const file of sources) {
      for (const spec of specifiers(fs.readFileSync(path.join(ROOT, file), 'utf8'))) {
        if (!spec.startsWith('.')) continue;
        const target = path.relative(ROOT, path.join(path.dirname(path.join(ROOT, file)), spec));
        if (target === 'test' || target.startsWith(`test${path.sep}`)) offenders.push(`${file} -> ${spec}`);
      }
    }
    expect(offenders).toEqual([]);
  });

  test('the rule sees a test/ import when there is one', () => {
    const target = path.relative(ROOT, path.join(ROOT, 'src/cli', specifiers("import { X } from '../../test/helpers/x';")[0]!));
    expect(target.startsWith('test')).toBe(true);
  });

  test.each(ENTRY_POINTS)('%s never reaches src/devtools (test doubles are not part of the service)', (entry) => {
    const seen = new Set<string>();
    const queue = [entry];
    while (queue.length) {
      const file = queue.pop()!;
      if (seen.has(file)) continue;
      seen.add(file);
      for (const spec of specifiers(fs.readFileSync(path.join(ROOT, file), 'utf8'))) {
        if (!spec.startsWith('.')) continue;
        const local = resolveLocal(file, spec);
        if (local) queue.push(local);
      }
    }
    expect(seen.size).toBeGreaterThan(50);
    expect([...seen].filter((f) => f.startsWith('src/devtools/'))).toEqual([]);
  });
});
