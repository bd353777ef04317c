// Owns the offline dependency and secret hygiene checks: the README justifies exactly the runtime
// dependencies, the lockfile holds one copy of graphql, every install script has a reviewed allowScripts
// decision, and no secret or private key is committed.
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';

const ROOT = path.resolve(__dirname, '../../..');
const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
  dependencies: Record<string, string>;
  allowScripts?: Record<string, boolean>;
};
const lock = JSON.parse(fs.readFileSync(path.join(ROOT, 'package-lock.json'), 'utf8')) as {
  packages: Record<string, { version?: string; hasInstallScript?: boolean }>;
};

function packageName(lockPath: string): string {
  return lockPath.slice(lockPath.lastIndexOf('node_modules/') + 'node_modules/'.length);
}

describe('dependency hygiene', () => {
  it('README justifies exactly the runtime dependencies of package.json', () => {
    const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    const section = readme.slice(readme.indexOf('## Runtime dependencies'), readme.indexOf('\n## ', readme.indexOf('## Runtime dependencies') + 1));
    const rows = section.split('\n').filter((l) => l.startsWith('| `'));
    const named = new Set(rows.flatMap((r) => [...r.split('|')[1].matchAll(/`([^`]+)`/g)].map((m) => (m[1].startsWith('client-') ? `@aws-sdk/${m[1]}` : m[1]))));
    expect([...named].sort()).toEqual(Object.keys(pkg.dependencies).sort());
  });

  it('versions are pinned exactly', () => {
    for (const [name, version] of Object.entries(pkg.dependencies)) expect({ name, version }).toEqual({ name, version: expect.stringMatching(/^\d+\.\d+\.\d+(-[\w.]+)?$/) });
  });

  it('the lockfile holds exactly one copy of graphql', () => {
    const copies = Object.keys(lock.packages).filter((p) => packageName(p) === 'graphql');
    expect(copies).toEqual(['node_modules/graphql']);
  });

  it('every package with an install script has a reviewed allowScripts decision', () => {
    const withScripts = [...new Set(Object.entries(lock.packages).filter(([, v]) => v.hasInstallScript).map(([p]) => packageName(p)))];
    const reviewed = pkg.allowScripts ?? {};
    expect(withScripts.filter((n) => !(n in reviewed))).toEqual([]);
  });
});

// Patterns are assembled from parts so this file does not match itself.
const SECRET_PATTERNS: Array<[string, RegExp]> = [
  ['private key', new RegExp(['-----BEGIN ', '(?:RSA |EC |DSA |OPENSSH |ENCRYPTED )?', 'PRIVATE KEY-----'].join(''))],
  ['AWS access key id', new RegExp(['\\b(?:AKIA|ASIA)', '[0-9A-Z]{16}\\b'].join(''))],
  ['AWS secret access key', new RegExp(['aws_secret_access_key', '\\s*[:=]\\s*\\S{20,}'].join(''), 'i')],
  ['GitHub token', new RegExp(['\\bgh[pousr]_', '[A-Za-z0-9]{36,}'].join(''))],
  ['Slack token', new RegExp(['\\bxox[abpr]-', '[A-Za-z0-9-]{10,}'].join(''))],
  ['signed JWT', new RegExp(['\\beyJ[A-Za-z0-9_-]{10,}\\.', 'eyJ[A-Za-z0-9_-]{10,}\\.', '[A-Za-z0-9_-]{20,}'].join(''))],
  ['assigned password or secret', new RegExp(['(?:password|passwd|secret|api[_-]?key)["\']?\\s*[:=]\\s*', '["\'][^"\'\\s]{12,}["\']'].join(''), 'i')],
];
const BINARY = /\.(?:br|gz|zip|png|jpg|jar|bin)$/;

describe('secret scan', () => {
  it('no committed file carries a secret or a private key', () => {
    const files = execFileSync('git', ['ls-files', '-z'], { cwd: ROOT, encoding: 'utf8' }).split('\0').filter((f) => f && !BINARY.test(f));
    expect(files.length).toBeGreaterThan(50);
    const hits: string[] = [];
    for (const f of files) {
      const full = path.join(ROOT, f);
      if (!fs.existsSync(full)) continue;
      const text = fs.readFileSync(full, 'utf8');
      for (const [name, re] of SECRET_PATTERNS) if (re.test(text)) hits.push(`${f}: ${name}`);
    }
    expect(hits).toEqual([]);
  });

  it('the scanner recognises each kind it looks for', () => {
    const samples = [
      ['-----BEGIN ', 'RSA PRIVATE KEY-----'].join(''),
      ['AKIA', 'ABCDEFGHIJKLMNOP'].join(''),
      ['aws_secret_access_key', ' = abcdefghijklmnopqrstuvwxyz0123'].join(''),
      ['ghp_', 'a'.repeat(36)].join(''),
      ['xoxb-', '1234567890-abc'].join(''),
      ['eyJ', 'hbGciOiJIUzI1NiJ9.', 'eyJ', 'zdWIiOiIxMjM0NTY3ODkwIn0.', 'a'.repeat(30)].join(''),
      ['password', ': "hunter2hunter2"'].join(''),
    ];
    samples.forEach((s, i) => expect({ i, hit: SECRET_PATTERNS[i][1].test(s) }).toEqual({ i, hit: true }));
  });
});
