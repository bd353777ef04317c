// Owns the reproducible build of data/phi/clinical-index-words.txt.gz (see PROVENANCE.md): the words the official
// ICD-10-CM Index to Diseases and Injuries writes in lower case (common nouns and adjectives such as "osteopenia",
// which no Tabular description holds), read from the project's committed coding knowledge base. Words the Index only
// capitalises (eponyms, places) are left out, and so are words the census name lists or the US city list hold, so the
// allow-list never swallows a person's or a town's name.
// usage: node data/phi/build-index-words.mjs   (inputs: data/icd10kb/kb_fy2027.json.br and the lists in data/phi)
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

const phiDir = path.dirname(new URL(import.meta.url).pathname);
const kbFile = path.join(phiDir, '..', 'icd10kb', 'kb_fy2027.json.br');
const kb = JSON.parse(zlib.brotliDecompressSync(fs.readFileSync(kbFile)).toString('utf8'));
const read = (name) => new Set(zlib.gunzipSync(fs.readFileSync(path.join(phiDir, name))).toString('utf8').split('\n').filter(Boolean));
const known = ['clinical-words.txt.gz', 'english-words.txt.gz'].map(read);
const names = ['first-names.txt.gz', 'surnames.txt.gz', 'us-cities.txt.gz'].map(read);

const lower = new Set();
// An index entry is [parent, level, term, nonessential modifiers, code, ...]: the term and its modifiers are read.
for (const entry of kb.index) {
  for (const text of [entry[2], ...(entry[3] ?? [])]) {
    for (const m of String(text).matchAll(/(?<![A-Za-z'])[a-z]{3,}(?![A-Za-z'])/g)) lower.add(m[0]);
  }
}
const words = [...lower].filter((w) => !known.some((s) => s.has(w)) && !names.some((s) => s.has(w))).sort();
fs.writeFileSync(path.join(phiDir, 'clinical-index-words.txt.gz'), zlib.gzipSync(words.join('\n') + '\n', { level: 9 }));
console.log('clinical-index-words.txt.gz', words.length);
