// Owns the reproducible build of data/phi/icd10cm-heads.txt.gz (see PROVENANCE.md): the head nouns of the official ICD-10-CM
// FY2027 code titles — the last word of each condition phrase of a title ("Diabetic *nephropathy*", "Kimmelstiel-Wilson
// *disease*", "... with *glomerulosclerosis*") — that end at least MIN_TITLES distinct titles, lower case, one a line.
// A condition phrase is a title's clause (split at "with" and "without") up to its first comma, bracket or preposition,
// each of its coordinated heads ("and", "or") counted; a word written more often as a title's anatomical site than as a
// head ("of left elbow") is left out, and so are the titles' qualifiers (NOT_HEADS) and adjectives by their ending. Chapters of injuries' external causes (V-Y) and of encounters and status (Z) are left
// out: their titles end in people and circumstances ("Pedestrian injured", "Personal history"), not conditions.
// Read only by src/engine/phi/deny/clinicalHeads.ts for the protected-term grammar (never by the learned model's features).
// Of those heads only the ones the official Index or titles write after an eponym at least MIN_EPONYM_USES times are kept
// ("Dieulafoy lesion", "Disease, Castleman", "Hodgkin's lymphoma"): a symptom noun follows a patient's name in a hand-off
// ("Bed 4 Lindqvist delirium") and is never an eponym's head.
// usage: node data/phi/build-clinical-heads.mjs   (inputs: data/icd10cm/icd10cm_fy2027.tsv.br, data/icd10kb/kb_fy2027.json.br)
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

const MIN_TITLES = 3;
const MIN_EPONYM_USES = 2;
const MIN_LETTERS = 4;
const phiDir = path.dirname(new URL(import.meta.url).pathname);
const kb = JSON.parse(zlib.brotliDecompressSync(fs.readFileSync(path.join(phiDir, '..', 'icd10kb', 'kb_fy2027.json.br'))).toString('utf8'));
const tabular = zlib.brotliDecompressSync(fs.readFileSync(path.join(phiDir, '..', 'icd10cm', 'icd10cm_fy2027.tsv.br'))).toString('utf8');
// Words that end a condition phrase of a title but follow a person's name in notes as often ("Mary's history", "Smith
// family", "Okafor status"): the titles' own qualifiers, roles and circumstances.
const NOT_HEADS = new Set(`unspecified other specified type site sites part parts side status history care use abuse family person persons
  mother newborn child fetus infant female male patient complication complications conditions condition problems problem
  encounter examination counseling screening observation contact exposure effects effect findings finding result results
  level levels region area areas case cases time times period stage stages episode episodes degree left right only zero plus
  found mention mild small third fourth fifth sixth numbers count severity types study supervision technology therapy surgery
  animals amphibian fish frog toad stingray jellyfish food light color voice mole return shift storm suspect object mode lack sector
  sounds forms features evidence contents primarily predominantly magna change changes gain loss length drop break breaks hole
  factor factors attempt cycle complex connection extension response responder sensation vision speech markers
  discharge delivery labor glucose sedation intubation resuscitation restoration termination acute subacute endocrine uterine tricuspid`.split(/\s+/).filter(Boolean));
// Where a condition phrase ends: the title's qualifiers and places follow these.
const PHRASE_END_RE = /,|\(|\[|\s(?:of|in|on|at|from|to|by|for|as|into|involving|affecting|complicating|following|during|after|before|without|not|than|under|classified|elsewhere)\s/;
const WORD_RE = /^\p{Ll}+$/u;
const counts = new Map();
const eponymUses = new Map();
const useAsEponymHead = (h) => eponymUses.set(h, (eponymUses.get(h) ?? 0) + 1);
// An eponym: a capitalised word (hyphen-joined parts allowed), possibly possessive.
const EPONYM_RE = /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)*(?:['’]s?)?$/u;
// Anatomical sites end the phrase after "of", "in" or "on" ("Contusion of left *elbow*"): a word written there more often
// than as a condition's head is a body part, and "Mary's elbow" is a person's.
const SITE_RE = /\s(?:of|in|on)\s+([^,()\[\]]+?)(?=,|\s\(|\s(?:with|without|and|or|due|of|in|on)\s|$)/g;
const sites = new Map();
// A title's condition clauses are joined by "with", "without" and "due to"; each clause's condition phrase ends before
// its first comma, bracket or preposition, and may coordinate heads ("Burn of ankle and foot" has the head "burn" only).
const CLAUSE_RE = /\s(?:with|without|associated with)\s/;
const CONJUNCT_RE = /\s(?:and|or)\s/;
// Adjectives and participles end a phrase whose noun the title left out ("Acute and chronic", "... induced"): not heads.
const NOT_NOUN_RE = /(?:al|ic|ous|ive|ed|ing|ary|ant|ent|ile|oid|ar|ate|ior)$/;
for (const line of tabular.split('\n')) {
  const [code, , title] = line.split('\t');
  if (!code || !title || /^[V-Z]/.test(code)) continue;
  const seen = new Set();
  for (const clause of title.split(CLAUSE_RE)) {
    const phrase = clause.split(PHRASE_END_RE)[0].trim();
    for (const conjunct of phrase.split(CONJUNCT_RE)) {
      const words = conjunct.trim().split(/\s+/);
      const last = words[words.length - 1];
      // A phrase of one word opens with a capital because it opens the title ("Cholera"): lower-cased, it is the head all the same.
      const head = words.length === 1 ? last.toLowerCase() : last;
      if (!WORD_RE.test(head) || head.length < MIN_LETTERS || NOT_HEADS.has(head) || NOT_NOUN_RE.test(head)) continue;
      seen.add(head);
      // "Hodgkin's lymphoma", "Type 2 ... Kimmelstiel-Wilson disease": an eponym inside the phrase, not as the title's first word.
      if (words.slice(0, -1).some((x, k) => EPONYM_RE.test(x) && (k > 0 || /['’]s?$/.test(x) || x.includes('-')))) useAsEponymHead(head);
    }
  }
  for (const h of seen) counts.set(h, (counts.get(h) ?? 0) + 1);
  for (const m of title.matchAll(SITE_RE)) {
    const site = m[1].trim().split(/\s+/).pop();
    if (WORD_RE.test(site)) sites.set(site, (sites.get(site) ?? 0) + 1);
  }
}
// The Index: a main term opening with an eponym ("Dieulafoy lesion"), or an eponym as a main term's first-level modifier
// ("Disease" → "Castleman").
for (const entry of kb.index) {
  const words = String(entry[2]).split(/\s+/);
  const last = words[words.length - 1];
  if (entry[1] === 0 && words.length >= 2 && EPONYM_RE.test(words[0]) && WORD_RE.test(last)) useAsEponymHead(last);
  const parent = entry[0] >= 0 ? kb.index[entry[0]] : undefined;
  if (entry[1] === 1 && parent && parent[1] === 0 && words.length <= 2 && EPONYM_RE.test(words[0])) {
    const main = String(parent[2]).split(',')[0].trim().toLowerCase();
    if (WORD_RE.test(main)) useAsEponymHead(main);
  }
}
const heads = [...counts].filter(([h, n]) => n >= MIN_TITLES && n > (sites.get(h) ?? 0) && (eponymUses.get(h) ?? 0) >= MIN_EPONYM_USES).map(([h]) => h).sort();
fs.writeFileSync(path.join(phiDir, 'icd10cm-heads.txt.gz'), zlib.gzipSync(heads.join('\n') + '\n', { level: 9 }));
console.log('icd10cm-heads.txt.gz', heads.length, 'heads');
