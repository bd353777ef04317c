import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { main } from '../../../src/cli/main';
import { LocalTokenVerifier, loadOrCreateLocalSecret } from '../../../src/auth';

function capture(): { stream: PassThrough; text: () => string } {
  const stream = new PassThrough();
  const chunks: Buffer[] = [];
  stream.on('data', (c: Buffer) => chunks.push(c));
  return { stream, text: () => Buffer.concat(chunks).toString('utf8') };
}

describe('chartcoder token', () => {
  let dir: string;
  const saved = process.env.DATA_DIR;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cc-token-'));
    process.env.DATA_DIR = dir;
  });
  afterEach(() => {
    if (saved === undefined) delete process.env.DATA_DIR;
    else process.env.DATA_DIR = saved;
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('prints only a token, signed with the secret in DATA_DIR, carrying tenant and roles', async () => {
    const out = capture();
    expect(await main(['token', '--tenant', 'demo', '--roles', 'submitter,reader'], { stdout: out.stream, stderr: capture().stream })).toBe(0);
    const printed = out.text();
    expect(printed).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+\n$/);
    const principal = await new LocalTokenVerifier(loadOrCreateLocalSecret(dir)).verify(printed.trim());
    expect(principal.tenant).toBe('demo');
    expect([...principal.roles].sort()).toEqual(['reader', 'submitter']);
  });

  it('rejects unknown roles and missing options', async () => {
    const err = capture();
    expect(await main(['token', '--tenant', 'demo', '--roles', 'root'], { stdout: capture().stream, stderr: err.stream })).toBe(1);
    expect(err.text()).toContain('BAD_USER_INPUT');
    expect(await main(['token', '--tenant', 'demo'], { stdout: capture().stream, stderr: capture().stream })).toBe(2);
  });
});
