// What can be checked of the container image without a Docker engine: the Dockerfile's stages (Node LTS slim,
// production dependencies only, non-root, tini, health check, ROLE), the build context the .dockerignore
// allow-list lets through, and that the service entry point reaches only files in that context and only
// production dependencies (a devDependency import would crash the `npm ci --omit=dev` image at start).
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join, relative } from 'node:path';

const root = join(__dirname, '..', '..', '..');
const dockerfile = readFileSync(join(root, 'Dockerfile'), 'utf8');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };

interface Stage { from: string; name?: string; lines: string[] }
function stages(text: string): Stage[] {
  const out: Stage[] = [];
  const args: Record<string, string> = {};
  for (const raw of text.replace(/\\\n/g, ' ').split('\n')) {
    const line = raw.trim();
    if (!line || line.startsWith('#')) continue;
    const arg = /^ARG\s+(\w+)=(\S+)/.exec(line);
    if (arg && out.length === 0) args[arg[1]!] = arg[2]!;
    const from = /^FROM\s+(\S+)(?:\s+AS\s+(\S+))?/i.exec(line);
    if (from) out.push({ from: from[1]!.replace(/\$\{(\w+)\}/g, (_, k: string) => args[k] ?? ''), ...(from[2] ? { name: from[2] } : {}), lines: [] });
    else out.at(-1)?.lines.push(line);
  }
  return out;
}

/** Docker's .dockerignore semantics for the patterns used here: last match wins, `!` re-includes. */
function contextFilter(patterns: string[]): (file: string) => boolean {
  const rules = patterns.map((p) => p.trim()).filter((p) => p && !p.startsWith('#')).map((p) => {
    const negate = p.startsWith('!');
    const body = negate ? p.slice(1) : p;
    const re = body === '*'
      ? /^.*$/
      : new RegExp('^' + body.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*\*\//g, '(?:.*/)?').replace(/\*/g, '[^/]*') + (body.endsWith('/') ? '.*' : '(?:/.*)?') + '$');
    return { negate, re };
  });
  return (file) => {
    let included = true;
    for (const r of rules) if (r.re.test(file)) included = r.negate;
    return included;
  };
}

const tracked = execFileSync('git', ['ls-files'], { cwd: root, encoding: 'utf8' }).split('\n').filter(Boolean);
const inContext = contextFilter(readFileSync(join(root, '.dockerignore'), 'utf8').split('\n'));
const context = new Set(tracked.filter(inContext));

describe('Dockerfile', () => {
  const all = stages(dockerfile);
  const runtime = all.find((s) => s.name === 'runtime')!;

  test('multi-stage on a Node LTS slim base; production dependencies installed with npm ci --omit=dev', () => {
    expect(all.length).toBeGreaterThanOrEqual(3);
    expect(runtime.from).toMatch(/^node:(22|24)[\w.-]*-slim$/);
    const prodDeps = all.find((s) => s.name === 'prod-deps')!;
    expect(prodDeps.lines.join('\n')).toMatch(/npm ci --omit=dev/);
    expect(runtime.lines.join('\n')).not.toMatch(/npm (ci|install)/);
    // The default build target is the service image, not the Lambda variant.
    expect(all.at(-1)!.from).toBe('runtime');
  });

  test('runtime: non-root user, tini as PID 1, a health check, the role from ROLE', () => {
    const text = runtime.lines.join('\n');
    const user = /^USER\s+(\S+)/m.exec(text)?.[1];
    expect(user).toBeDefined();
    expect(['root', '0', '0:0']).not.toContain(user);
    expect(text).toMatch(/^ENTRYPOINT \["\/usr\/bin\/tini", "--"\]/m);
    expect(text).toMatch(/^HEALTHCHECK .*CMD \["node", "\/app\/healthcheck\.js"\]/m);
    expect(text).toMatch(/^CMD .*dist\/src\/main\.js \\"\$ROLE\\"/m);
    // Writes go to /tmp only: the lexicon cache is baked in, read-only.
    expect(text).toMatch(/CHARTCODER_CACHE_DIR=\/app\/cache/);
  });

  test('every file copied from the build context is in it', () => {
    for (const s of all) {
      for (const line of s.lines) {
        const m = /^COPY\s+(?!--from)(.+)\s+\S+$/.exec(line);
        if (!m) continue;
        for (const src of m[1]!.trim().split(/\s+/)) {
          const inside = [...context].some((f) => f === src || f.startsWith(src.replace(/\/?$/, '/')) || (src === '.' && f.length > 0));
          expect(inside).toBe(true);
        }
      }
    }
  });
});

describe('build context (.dockerignore allow-list)', () => {
  test('holds the sources, vendored data and lockfile the build needs', () => {
    for (const f of ['package.json', 'package-lock.json', 'tsconfig.build.json', 'src/main.ts', 'workers/consumer.ts', 'infra/container/healthcheck.js', 'src/devtools/bedrockDouble.ts']) {
      expect(context.has(f)).toBe(true);
    }
    expect([...context].some((f) => f.startsWith('data/icd10cm/'))).toBe(true);
  });

  test('keeps out tests, the CDK app, local state and anything secret-looking', () => {
    for (const f of context) {
      expect(f).not.toMatch(/^test\/|\.test\.ts$|^infra\/(lib|bin)\/|^node_modules\/|\.chartcoder\/|\.pem$|(^|\/)\.env/);
    }
  });
});

describe('the entry point from the production file set', () => {
  const deps = new Set(Object.keys(pkg.dependencies));
  const builtins = new Set(builtinModules);
  const IMPORT = /(?:^|\n)\s*(import|export)\s+(type\s+)?(?:[^'";]*?\s+from\s+)?['"]([^'"]+)['"]|require\(\s*['"]([^'"]+)['"]\s*\)|import\(\s*['"]([^'"]+)['"]\s*\)/g;

  function resolveLocal(fromFile: string, spec: string): string | undefined {
    const base = join(dirname(join(root, fromFile)), spec);
    for (const c of [`${base}.ts`, `${base}.js`, join(base, 'index.ts'), join(base, 'index.js'), base]) {
      if (existsSync(c) && !c.endsWith('/')) {
        const rel = relative(root, c);
        if (/\.(ts|js|json)$/.test(rel)) return rel;
      }
    }
    return undefined;
  }

  test('src/main.ts reaches only files in the context and packages in "dependencies"', () => {
    const seen = new Set<string>();
    const packages = new Set<string>();
    const missing: string[] = [];
    const queue = ['src/main.ts'];
    while (queue.length) {
      const file = queue.pop()!;
      if (seen.has(file)) continue;
      seen.add(file);
      if (!context.has(file)) missing.push(file);
      if (file.endsWith('.json')) continue;
      const text = readFileSync(join(root, file), 'utf8');
      for (const m of text.matchAll(IMPORT)) {
        if (m[2]) continue; // `import type` is erased by the compiler
        const spec = m[3] ?? m[4] ?? m[5]!;
        if (spec.startsWith('.')) {
          const local = resolveLocal(file, spec);
          if (local) queue.push(local);
          else missing.push(`${file} -> ${spec}`);
        } else {
          const name = spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0]!;
          if (!builtins.has(name) && !name.startsWith('node:')) packages.add(name);
        }
      }
    }
    expect(seen.size).toBeGreaterThan(50);
    expect(missing).toEqual([]);
    expect([...packages].filter((p) => !deps.has(p))).toEqual([]);
  });
});
