// The content-addressed cache of compiled ajv validators (scripts/fhir-validate.js): a cold cache compiles
// and stores standalone code, a warm one loads it with the same verdicts and errors, any change to an input
// of the compilation (schema, options) is another entry, and a damaged entry is never run.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

type Verdict = ((data: unknown) => boolean) & { errors?: Array<{ instancePath: string; message?: string }> | null };
type Loaded = { validate: Verdict; source: 'cache' | 'compiled'; file?: string };
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { loadCachedValidator, warmFhirValidatorCache, fhirValidatorFile } = require('../../../scripts/fhir-validate.js') as {
  loadCachedValidator: (spec: { name: string; schema: object; metaSchemas?: object[]; options?: object; dir?: string | null }) => Loaded;
  warmFhirValidatorCache: (options?: { dir?: string | null }) => boolean;
  fhirValidatorFile: (options?: { dir?: string | null }) => string | undefined;
};

// A draft-07 schema with the keywords whose standalone code needs ajv's runtime helpers (deep equality, unicode length).
const schema = {
  type: 'object',
  required: ['resourceType', 'code'],
  properties: {
    resourceType: { const: 'Condition' },
    code: { type: 'string', minLength: 3, pattern: '^[A-Z][0-9]' },
    status: { enum: [{ coding: 'active' }, { coding: 'resolved' }] },
  },
  additionalProperties: false,
};
const options = { strict: false, allErrors: true };
const samples: unknown[] = [
  { resourceType: 'Condition', code: 'E11.9' },
  { resourceType: 'Condition', code: 'E1', status: { coding: 'active' } },
  { resourceType: 'Patient', code: 'x', extra: true, status: { coding: 'gone' } },
  { resourceType: 'Condition', code: 'I10', status: { coding: 'resolved' } },
  'not an object',
];
const verdicts = (validate: Verdict) => samples.map((s) => ({ ok: validate(s), errors: (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`) }));

describe('cached ajv validators', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'validator-cache-'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('compiles on a cold cache, then loads standalone code with the same verdicts and errors', () => {
    const cold = loadCachedValidator({ name: 't', schema, options, dir });
    expect(cold.source).toBe('compiled');
    expect(fs.existsSync(cold.file!)).toBe(true);
    const warm = loadCachedValidator({ name: 't', schema, options, dir });
    expect(warm.source).toBe('cache');
    expect(warm.file).toBe(cold.file);
    const expected = verdicts(cold.validate);
    expect(expected.map((v) => v.ok)).toEqual([true, false, false, true, false]);
    expect(verdicts(warm.validate)).toEqual(expected);
  });

  it('keys entries by the schema and the options, so a changed input never meets a stale validator', () => {
    const first = loadCachedValidator({ name: 't', schema, options, dir });
    const widened = { ...schema, additionalProperties: true };
    const changedSchema = loadCachedValidator({ name: 't', schema: widened, options, dir });
    expect(changedSchema.source).toBe('compiled');
    expect(changedSchema.file).not.toBe(first.file);
    expect(changedSchema.validate({ resourceType: 'Condition', code: 'I10', extra: 1 })).toBe(true);
    const firstErrorOnly = loadCachedValidator({ name: 't', schema, options: { ...options, allErrors: false }, dir });
    expect(firstErrorOnly.source).toBe('compiled');
    firstErrorOnly.validate(samples[2]);
    expect(firstErrorOnly.validate.errors).toHaveLength(1);
  });

  it('never runs a truncated or altered entry: it compiles again and replaces it', () => {
    const { file } = loadCachedValidator({ name: 't', schema, options, dir });
    const text = fs.readFileSync(file!, 'utf8');
    fs.writeFileSync(file!, text.slice(0, Math.floor(text.length / 2)));
    expect(loadCachedValidator({ name: 't', schema, options, dir }).source).toBe('compiled');
    // Code that would accept everything, under the old integrity line: refused.
    const trailer = text.slice(text.lastIndexOf('\n//# sha256='));
    fs.writeFileSync(file!, `"use strict";module.exports = () => true;${trailer}`);
    const reloaded = loadCachedValidator({ name: 't', schema, options, dir });
    expect(reloaded.source).toBe('compiled');
    expect(reloaded.validate(samples[2])).toBe(false);
    expect(loadCachedValidator({ name: 't', schema, options, dir }).source).toBe('cache');
  });

  it('compiles every time without a cache directory', () => {
    expect(loadCachedValidator({ name: 't', schema, options, dir: null }).source).toBe('compiled');
    expect(loadCachedValidator({ name: 't', schema, options, dir: null }).file).toBeUndefined();
  });

  it('warming the FHIR validator leaves an entry that is this user\'s and unwritable by others to its readers', () => {
    // Every reader checks the entry's integrity line before running it: the warm-up (before the workers start) only
    // asks whether there is an entry to check, so it neither reads nor compiles a trusted one, whatever it holds.
    const file = fhirValidatorFile({ dir })!;
    expect(path.dirname(file)).toBe(dir);
    fs.writeFileSync(file, 'placeholder\n', { mode: 0o600 });
    expect(warmFhirValidatorCache({ dir })).toBe(false);
    expect(fs.readFileSync(file, 'utf8')).toBe('placeholder\n');
  });

  it('warming the FHIR validator with nowhere to store it does nothing', () => {
    // Compiling the R4 schema would cost seconds and store nothing: warming needs a cache directory.
    expect(warmFhirValidatorCache({ dir: null })).toBe(false);
  });
});
