// Owns warming the coding lexicon's disk cache (src/engine/coding/lexiconCache.ts) before the unit and corpus
// workers start: with a cold cache (a fresh checkout, or any change to the coding sources) every worker's first
// engine test would build the same lexicon at the same time, seconds of CPU each. A warm cache costs a hash of
// the sources here. Any doubt (another key, no cache directory) leaves the build to the workers, as before.
// The same for the FHIR R4 validator's compiled code (scripts/fhir-validate.js), two CPU-seconds to compile.
import fs from 'node:fs';
import path from 'node:path';
import { loadCodeSet, readManifest } from '../../src/engine/icd10';
import { cacheDir, lexiconCacheKey } from '../../src/engine/coding/lexiconCache';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { warmFhirValidatorCache } = require('../../scripts/fhir-validate.js') as { warmFhirValidatorCache: () => boolean };

export default function warmCaches(): void {
  warmFhirValidatorCache();
  warmLexiconCache();
}

function warmLexiconCache(): void {
  const dir = cacheDir();
  if (!dir) return;
  const fiscalYear = readManifest().defaultFiscalYear;
  // The key and file name buildLexicon uses for the default code set and its knowledge base under Jest (.ts sources).
  const key = lexiconCacheKey([`ICD-10-CM FY${fiscalYear}`, String(fiscalYear), `kb${fiscalYear}`]);
  if (fs.existsSync(path.join(dir, `lexicon-fy${fiscalYear}-ts-${key}.json`))) return;
  // Required here only: the coder's modules are not loaded when the cache is warm.
  const { Coder } = require('../../src/engine/coding') as typeof import('../../src/engine/coding');
  new Coder(loadCodeSet(fiscalYear));
}
