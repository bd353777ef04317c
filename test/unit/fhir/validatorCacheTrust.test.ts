// Who may write the compiled-validator cache (scripts/fhir-validate.js): its code runs with the test's or the
// command's rights, so an entry another user could have rewritten (with a recomputed integrity line) is never
// run, and the entries written are owner-only. The pattern served: a cache of executable code trusts only files
// its own user wrote and no one else can change (a shared or /tmp CHARTCODER_CACHE_DIR).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import crypto from 'node:crypto';

type Loaded = { validate: (data: unknown) => boolean; source: 'cache' | 'compiled'; file?: string };
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { loadCachedValidator } = require('../../../scripts/fhir-validate.js') as {
  loadCachedValidator: (spec: { name: string; schema: object; options?: object; dir?: string | null }) => Loaded;
};

const schema = { type: 'object', required: ['resourceType'], properties: { resourceType: { const: 'Condition' } } };
const TRAILER = '\n//# sha256=';

describe('compiled validator cache trusts only owner-only entries', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'validator-trust-'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('writes entries no other user can change, in a directory only the owner can enter', () => {
    const nested = path.join(dir, 'cache');
    const { file } = loadCachedValidator({ name: 't', schema, dir: nested });
    expect(fs.statSync(file!).mode & 0o077).toBe(0);
    expect(fs.statSync(nested).mode & 0o077).toBe(0);
  });

  it('never runs a group- or world-writable entry, even with a valid integrity line, and replaces it', () => {
    const { file } = loadCachedValidator({ name: 't', schema, dir });
    // What a writer who recomputes the integrity line could leave: code that accepts everything.
    const forged = '"use strict";module.exports = () => true;';
    fs.writeFileSync(file!, `${forged}${TRAILER}${crypto.createHash('sha256').update(forged).digest('hex')}\n`);
    fs.chmodSync(file!, 0o666);
    const reloaded = loadCachedValidator({ name: 't', schema, dir });
    expect(reloaded.source).toBe('compiled');
    expect(reloaded.validate({ resourceType: 'Patient' })).toBe(false);
    expect(fs.statSync(file!).mode & 0o077).toBe(0);
    expect(loadCachedValidator({ name: 't', schema, dir }).source).toBe('cache');
  });

  it('runs an owner-only entry with a valid integrity line (the check is on rights, not on content alone)', () => {
    const { file } = loadCachedValidator({ name: 't', schema, dir });
    const forged = '"use strict";module.exports = () => true;';
    fs.writeFileSync(file!, `${forged}${TRAILER}${crypto.createHash('sha256').update(forged).digest('hex')}\n`);
    fs.chmodSync(file!, 0o600);
    const loaded = loadCachedValidator({ name: 't', schema, dir });
    expect(loaded.source).toBe('cache');
    expect(loaded.validate({ resourceType: 'Patient' })).toBe(true);
  });
});
