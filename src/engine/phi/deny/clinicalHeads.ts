// Owns the official clinical head nouns of the protected-term grammar: the nouns that end the condition phrases of the
// ICD-10-CM FY2027 code titles and that the Index writes after an eponym ("lesion", "neuropathy", "lymphoma"; data/phi/icd10cm-heads.txt.gz, built
// by data/phi/build-clinical-heads.mjs; public domain, CMS/NCHS). Read only by protectedTerms.ts, never by the learned
// model's features: a head protects the capitalised run right before it ("Kimmelstiel-Wilson glomerulosclerosis").
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { findPhiDataDir } from '../lexicon';

export const ICD_HEADS_FILE = 'icd10cm-heads.txt.gz';

let cached: ReadonlySet<string> | undefined;

/** Lower-case head nouns of the ICD-10-CM code titles' condition phrases that follow an eponym in the Index or titles. */
export function icdClinicalHeads(): ReadonlySet<string> {
  if (!cached) {
    const text = gunzipSync(readFileSync(join(findPhiDataDir(), ICD_HEADS_FILE))).toString('utf8');
    cached = new Set(text.split('\n').filter((w) => w.length > 0));
  }
  return cached;
}
