// What can be checked of the container image without a Docker engine: the Dockerfile's stages (Node LTS slim,
// production dependencies only, non-root, tini, health check, ROLE), the files both stages carry (the set
// `bench lambda` measures on, and every run-time asset tsc does not emit), the build context the .dockerignore
// allow-list lets through, and that the entry points reach only files in that context and only production
// dependencies, statically and by loading them from a copy (a devDependency import would crash the
// `npm ci --omit=dev` image at start).
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { IMAGE_FILES, linkProductionModules } from '../../../src/cli/benchLambda';

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

describe('files the image carries (runtime and lambda stages)', () => {
  /** `COPY --from=build /src/<from> <to>` of a stage, `to` relative to the stage's task root. */
  function buildCopies(stage: Stage, taskRoot: RegExp): Array<{ from: string; to: string }> {
    return stage.lines
      .map((l) => /^COPY --from=build \/src\/(\S+) (\S+)$/.exec(l))
      .filter((m): m is RegExpExecArray => m !== null)
      .map((m) => ({ from: m[1]!, to: m[2]!.replace(taskRoot, '') }))
      .filter((c) => c.from !== '.lexicon-cache');
  }
  const sorted = (xs: ReadonlyArray<{ from: string; to: string }>) => [...xs].map((x) => `${x.from} -> ${x.to}`).sort();

  test('both stages copy exactly the file set `bench lambda` measures the cold start on', () => {
    const all = stages(dockerfile);
    expect(sorted(buildCopies(all.find((s) => s.name === 'lambda')!, /^\$\{LAMBDA_TASK_ROOT\}\//))).toEqual(sorted(IMAGE_FILES));
    expect(sorted(buildCopies(all.find((s) => s.name === 'runtime')!, /^\.\//))).toEqual(sorted(IMAGE_FILES));
  });

  test('every file of the source tree that tsc does not emit is carried (assets read at run time)', () => {
    const assets = tracked.filter((f) => /^(src|workers|resolvers)\//.test(f) && !/\.(ts|tsx)$/.test(f));
    const globs = IMAGE_FILES.map((c) => new RegExp('^' + c.from.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*') + '$'));
    expect(assets.filter((f) => !globs.some((g) => g.test(f)))).toEqual([]);
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

describe('the entry points load from a copy of the build context with production packages only', () => {
  // The image runs compiled code; here the copied sources run through the same swc compile jest uses (the
  // hook lives outside the copy), so every module the entry points load at start must resolve from the
  // context's files and the `npm ci --omit=dev` package set: a devDependency reached at run time fails here.
  let copy: string;
  beforeAll(() => {
    copy = mkdtempSync(join(tmpdir(), 'cc-prodset-'));
    for (const f of context) {
      if (/^(src|workers|resolvers|schema|data)\//.test(f) || f === 'package.json') cpSync(join(root, f), join(copy, f));
    }
    linkProductionModules(root, copy);
  });
  afterAll(() => rmSync(copy, { recursive: true, force: true }));

  const node = (args: string[]) =>
    spawnSync(process.execPath, ['-r', join(root, 'test/helpers/tsRequire.js'), ...args], {
      cwd: copy,
      encoding: 'utf8',
      timeout: 120_000,
      env: { PATH: process.env.PATH, LOG_LEVEL: 'silent', CHARTCODER_CACHE_DIR: join(copy, 'cache') },
    });

  test('src/main.ts loads its whole module graph and reaches its role check', () => {
    const r = node(['src/main.ts', 'no-such-role']);
    expect(r.stderr).not.toMatch(/Cannot find module/);
    expect(r.stderr).toMatch(/unknown role "no-such-role"/);
    expect(r.status).toBe(1);
  });

  test('workers/lambda.ts loads and exports the handler and its init', () => {
    const r = node(['-e', "const l = require('./workers/lambda.ts'); process.stdout.write(typeof l.handler + ' ' + typeof l.init)"]);
    expect(r.stderr).not.toMatch(/Cannot find module/);
    expect(r.stdout).toBe('function function');
    expect(r.status).toBe(0);
  });
});
