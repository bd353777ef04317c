// Owns the reproducible build of data/phi/icd10cm-eponyms.txt.gz (see PROVENANCE.md): the eponyms the official ICD-10-CM
// Index to Diseases and Injuries and Tabular List write ("Klippel-Feil", "Bartholin's", "Pouch of Douglas"), lower case,
// one a line; hyphenated multi-eponyms whole ("klippel-feil") and each single eponym word. Read only by
// src/engine/phi/eponymList.ts (never by the learned model's features), which protects them only in an eponym's position.
// usage: node data/phi/build-eponyms.mjs   (inputs: data/icd10kb/kb_fy2027.json.br, data/icd10cm/icd10cm_fy2027.tsv.br,
// data/phi/english-words.txt.gz)
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

const phiDir = path.dirname(new URL(import.meta.url).pathname);
const kb = JSON.parse(zlib.brotliDecompressSync(fs.readFileSync(path.join(phiDir, '..', 'icd10kb', 'kb_fy2027.json.br'))).toString('utf8'));
const tabular = zlib.brotliDecompressSync(fs.readFileSync(path.join(phiDir, '..', 'icd10cm', 'icd10cm_fy2027.tsv.br'))).toString('utf8');
const english = new Set(zlib.gunzipSync(fs.readFileSync(path.join(phiDir, 'english-words.txt.gz'))).toString('utf8').split('\n').filter(Boolean));

// A capitalised word (or hyphen-joined capitalised words), optionally possessive. An eponym is such a word that is
// possessive, hyphen-joined, or not the first word of its text (the Index capitalises every main term's first word).
const CAPS_RE = /(?<![\p{L}'’-])(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)*)(['’]s)?(?![\p{L}-])/gu;
const out = new Set();
const read = (text) => {
  for (const m of String(text).matchAll(CAPS_RE)) {
    const word = m[1];
    const hyphenated = word.includes('-');
    if (!(hyphenated || m[2] || m.index > 0)) continue;
    const parts = word.toLowerCase().split('-');
    // A part that is an English word ("Type", "Louis-Bar"'s "bar") is no eponym by itself; a compound keeps it whole.
    if (hyphenated) out.add(parts.join('-'));
    for (const p of parts) if (p.length >= 3 && !english.has(p)) out.add(p);
  }
};
// The Index writes an optional co-author in brackets ("Kimmelstiel (-Wilson) disease", "Henoch(-Schönlein)") or as a
// modifier of its own (main term "Kimmelstiel", modifier "-Wilson"): both name the hyphenated compound the notes write.
// Only the compound is added: its single parts include common surnames ("Watson", "Holmes") the Index never writes alone.
const compound = (a, b) => out.add(`${a}-${b}`.toLowerCase());
const OPTIONAL_RE = /(\p{Lu}\p{Ll}+)\s*\(-(\p{Lu}\p{Ll}+)\)/gu;
const readOptional = (text) => {
  for (const m of String(text).matchAll(OPTIONAL_RE)) compound(m[1], m[2]);
};
const LAST_CAPS_RE = /(\p{Lu}\p{Ll}+)(?![\p{L}-])(?!.*\p{Lu}\p{Ll})/u;
for (const entry of kb.index) {
  for (const text of [entry[2], ...(entry[3] ?? [])]) { read(text); readOptional(text); }
  const main = LAST_CAPS_RE.exec(String(entry[2]));
  for (const mod of entry[3] ?? []) {
    const co = /^-(\p{Lu}\p{Ll}+)$/u.exec(String(mod));
    if (main && co) compound(main[1], co[1]);
  }
}
for (const line of tabular.split('\n')) {
  const cols = line.split('\t');
  for (const c of cols.slice(1)) { read(c); readOptional(c); }
}
const words = [...out].sort();
fs.writeFileSync(path.join(phiDir, 'icd10cm-eponyms.txt.gz'), zlib.gzipSync(words.join('\n') + '\n', { level: 9 }));
console.log('icd10cm-eponyms.txt.gz', words.length, words.filter((w) => w.includes('-')).length, 'hyphenated');
