// Owns warming the coding lexicon's disk cache (src/engine/coding/lexiconCache.ts) before the unit and corpus
// workers start: with a cold cache (a fresh checkout, or any change to the coding sources) every worker's first
// engine test would build the same lexicon at the same time, seconds of CPU each. A warm cache costs a hash of
// the sources here. Any doubt (another key, no cache directory) leaves the build to the workers, as before.
// The same for the FHIR R4 validator's compiled code (scripts/fhir-validate.js), two CPU-seconds to compile.
import fs from 'node:fs';
import { loadCodeSet, readManifest } from '../../src/engine/icd10';
import { cacheDir, compactLexiconFile, lexiconCacheKey } from '../../src/engine/coding/lexiconCache';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { warmFhirValidatorCache } = require('../../scripts/fhir-validate.js') as { warmFhirValidatorCache: () => boolean };

export default function warmCaches(): void {
  warmFhirValidatorCache();
  warmLexiconCache();
}

/**
 * The file buildLexicon reads for the default code set and its knowledge base under Jest (.ts sources): its key
 * and scope, and the name the cache itself gives them (a name spelled here once went stale, and every run built
 * the coder again before any worker started). Undefined without a cache directory.
 */
export function defaultLexiconCacheFile(): string | undefined {
  const fiscalYear = readManifest().defaultFiscalYear;
  const key = lexiconCacheKey([`ICD-10-CM FY${fiscalYear}`, String(fiscalYear), `kb${fiscalYear}`]);
  return compactLexiconFile(`fy${fiscalYear}-ts`, key, cacheDir());
}

function warmLexiconCache(): void {
  const file = defaultLexiconCacheFile();
  if (!file || fs.existsSync(file)) return;
  // Required here only: the coder's modules are not loaded when the cache is warm.
  const { Coder } = require('../../src/engine/coding') as typeof import('../../src/engine/coding');
  new Coder(loadCodeSet(readManifest().defaultFiscalYear));
}
