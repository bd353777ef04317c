// Owns the official eponym list of the protected-term rules: the eponyms the ICD-10-CM Index and Tabular List write
// (data/phi/icd10cm-eponyms.txt.gz, built by data/phi/build-eponyms.mjs; public domain, CMS/NCHS). Read only by
// protectedTerms.ts, never by the learned model's features: an eponym word is protected only in an eponym's position.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { findPhiDataDir } from './lexicon';

export const ICD_EPONYMS_FILE = 'icd10cm-eponyms.txt.gz';

let cached: ReadonlySet<string> | undefined;

/** Lower-case eponyms of the ICD-10-CM Index and Tabular: single words and hyphen-joined multi-eponyms ("klippel-feil"). */
export function icdEponyms(): ReadonlySet<string> {
  if (!cached) {
    const text = gunzipSync(readFileSync(join(findPhiDataDir(), ICD_EPONYMS_FILE))).toString('utf8');
    cached = new Set(text.split('\n').filter((w) => w.length > 0));
  }
  return cached;
}
