// Owns the ICD-10-CM Table of Drugs and Chemicals (data/icd10index/drug.tsv.br, vendored by
// scripts/vendor-icd10-index.js): loading it and finding the substances a sentence names, each with
// its six codes (poisoning accidental / intentional self-harm / assault / undetermined, adverse
// effect, underdosing — Guideline I.C.19.e). Which column applies is the poisoning rule's decision.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { findDataDir } from '../dataDir';
import { processSingleton } from '../processStore';
import { phraseTokens } from './phrase';

/** Columns of the table, in file order. */
export const DRUG_COLUMNS = ['accidental', 'intentional', 'assault', 'undetermined', 'adverseEffect', 'underdosing'] as const;
export type DrugColumn = (typeof DRUG_COLUMNS)[number];

export interface Substance {
  /** The table path, e.g. "Carbon > monoxide > charcoal fumes". */
  name: string;
  /** Normalised words that must all be in the sentence (main term and subterms; "NEC" left out). */
  tokens: string[];
  /** Code per column without its 7th character ("T58.2X1"); absent where the table has none. */
  codes: Partial<Record<DrugColumn, string>>;
}

export interface DrugTable {
  /** Rows by the first token of their main term. */
  byFirstToken: Map<string, Substance[]>;
  /** Every row by its Table path, generic main terms included ("Alcohol > beverage"), for rules that name a row. */
  byName: Map<string, Substance>;
  size: number;
}

/**
 * Main terms that name a class of anything, not a substance a coder could look up ("Drug NEC",
 * "Poison NEC", "Gas NEC"): the unspecified T50.9/T65.9 codes are for a substance the record does
 * not name, and a note naming one names it elsewhere. Alcohol and ethanol intoxication are chapter 5
 * (F10) unless the note says poisoning by a named alcohol, which the Table's subterms carry.
 */
const GENERIC_MAIN = new Set(['drug', 'medicament', 'poison', 'gas', 'fume', 'fumes', 'water', 'acid', 'oil', 'smoke', 'alcohol', 'ethanol', 'substance', 'oxygen', 'blood', 'plasma', 'tablet', 'pill', 'capsule']);

let defaultDir: { dir: string | undefined } | undefined;
/** data/icd10index, looked up once (the rule asks for the table on every note). */
export function defaultDrugTableDir(): string | undefined {
  defaultDir ??= { dir: findDataDir('icd10index', 'drug.tsv.br', __dirname) };
  return defaultDir.dir;
}

const tables = processSingleton('coding.drugTables', () => new Map<string, DrugTable>());

/** The Table, parsed once per process (it is fixed data). An empty table when the file is absent. */
export function loadDrugTable(dir?: string): DrugTable {
  if (dir === undefined) return loadDrugTable(defaultDrugTableDir() ?? '');
  const key = dir;
  let table = tables.get(key);
  if (table) return table;
  table = { byFirstToken: new Map(), byName: new Map(), size: 0 };
  if (dir) {
    const text = zlib.brotliDecompressSync(fs.readFileSync(path.join(dir, 'drug.tsv.br'))).toString('utf8');
    for (const line of text.split('\n').slice(1)) {
      if (!line) continue;
      const [name, ...cells] = line.split('\t');
      const levels = name.split(' > ');
      const printed = phraseTokens(levels[0].replace(/\bNEC\b/g, ' '));
      // "Antipsychotic drug", "Immunosuppressive drug": the class word names the row; "drug" is the Table's own word.
      const main = printed.length > 1 && printed.some((w) => !CLASS_NOUNS.has(w)) ? printed.filter((w) => !CLASS_NOUNS.has(w)) : printed;
      const tokens = [...new Set([...main, ...levels.slice(1).flatMap((l) => phraseTokens(l.replace(/\bNEC\b/g, ' ')))])];
      const codes: Substance['codes'] = {};
      DRUG_COLUMNS.forEach((col, i) => {
        if (cells[i]) codes[col] = cells[i];
      });
      const substance: Substance = { name, tokens, codes };
      table.byName.set(name, substance);
      if (!main.length || (main.length === 1 && (GENERIC_MAIN.has(main[0]) || main[0].length < 4))) continue;
      // A subterm that only qualifies use ("specified NEC", "topical") carries no extra word a note would write.
      if (tokens.length > 6) continue;
      const list = table.byFirstToken.get(main[0]);
      if (list) list.push(substance);
      else table.byFirstToken.set(main[0], [substance]);
      table.size++;
    }
    addClassNames(table);
  }
  tables.set(key, table);
  return table;
}

/** Words of a main term that say "a drug of this class", not which class ("Antipsychotic drug", "… drug regimen"). */
const CLASS_NOUNS = new Set(['drug', 'regimen', 'agent']);

/**
 * The words clinicians write for a class the Table lists under another name: each points at the Table's own row, so
 * the codes still come from the Table. Only classes a note names as the cause of an adverse effect more often than
 * any member ("chemotherapy-induced", "statin myopathy", "steroid-induced", "SSRI", "NSAID").
 */
const CLASS_NAMES: ReadonlyArray<[words: string, row: string]> = [
  ['chemotherapy', 'Cancer chemotherapy drug regimen'],
  ['statin', 'Antihyperlipidemic drug'],
  ['steroid', 'Corticosteroid'],
  ['ssri', 'Antidepressant > selective serotonin reuptake inhibitor'],
  ['nsaid', 'Anti-inflammatory drug NEC > nonsteroidal NEC'],
  ['immunosuppressant', 'Immunosuppressive drug'],
];

/**
 * Antiepileptics the vendored (FY2023) Table predates or omits, each pointed at its class row so the codes still come
 * from the Table (T42.-, Guideline I.C.19.e). Class by mechanism and WHO ATC group N03A: the racetams, lamotrigine,
 * topiramate, zonisamide, lacosamide, the gabapentinoids, perampanel, cenobamate, rufinamide, felbamate, tiagabine and
 * stiripentol are "other antiepileptics" (N03AX) → "Anticonvulsant, specified NEC" (T42.6); eslicarbazepine is a
 * carboxamide like oxcarbazepine and carbamazepine (N03AF) → the Oxcarbazepine row (T42.1). The words "antiepileptic"
 * and "antiseizure" name the class itself ("Anticonvulsant", T42.7 unspecified).
 */
const ANTIEPILEPTIC_MEMBERS: ReadonlyArray<[words: string, row: string]> = [
  ...['levetiracetam', 'brivaracetam', 'lamotrigine', 'topiramate', 'zonisamide', 'lacosamide', 'gabapentin', 'pregabalin',
    'perampanel', 'cenobamate', 'rufinamide', 'felbamate', 'tiagabine', 'stiripentol'].map((w): [string, string] => [w, 'Anticonvulsant > specified NEC']),
  ['eslicarbazepine', 'Oxcarbazepine'],
  ['antiepileptic', 'Anticonvulsant'],
  ['antiseizure', 'Anticonvulsant'],
];

/**
 * Dihydropyridine calcium channel blockers the vendored (FY2023) Table omits (WHO ATC C08CA, the group of its own rows
 * Felodipine, Isradipine, Nifedipine, Nisoldipine: all T46.1), pointed at the class row "Blockers, calcium channel"
 * so the codes still come from the Table (Guideline I.C.19.e).
 */
const CALCIUM_CHANNEL_BLOCKER_MEMBERS: ReadonlyArray<[words: string, row: string]> =
  ['amlodipine', 'levamlodipine', 'lercanidipine', 'clevidipine', 'nitrendipine', 'lacidipine', 'cilnidipine']
    .map((w): [string, string] => [w, 'Blockers, calcium channel']);

/**
 * Drugs approved or in common use after the vendored (FY2023) Table was printed, or that it omits, each pointed at the
 * Table row of its WHO ATC group (a class row, or a member of the same 5th-level group) so the codes still come from
 * the Table (Guideline I.C.19.e: "use the Table of Drugs and Chemicals"; a drug the Table does not list is coded to its
 * class). Only groups whose Table row is unambiguous: SSRIs (N06AB) and SNRIs (N06AX16/21) to the Antidepressant
 * subterms; statins and ezetimibe (C10AA, C10AX09) to "Antihyperlipidemic drug"; angiotensin II receptor blockers
 * (C09CA) to "Antihypertensive drug NEC" (T46.5); torsemide (C03CA, the group of bumetanide) to Bumetanide (T50.1);
 * direct oral anticoagulants (B01AE, B01AF) to "Anticoagulant NEC" (T45.51); P2Y12 inhibitors (B01AC, the group of
 * ticlopidine) to Ticlopidine (T45.52); gliptins, gliflozins, GLP-1 agonists and glitazones (A10B, A10BJ) to
 * "Antidiabetic NEC" (T38.3); proton pump inhibitors (A02BC) to Omeprazole (T47.1); fluoroquinolones (J01MA) to
 * Ciprofloxacin (T36.8); valacyclovir and famciclovir (J05AB) to Acyclovir (T37.5); atypical antipsychotics
 * (N05AE/AH/AX) to "Antipsychotic drug, specified NEC" (T43.59); coxibs and oxicams (M01AH, M01AC) to "nonsteroidal
 * NEC" (T39.39); calcineurin and mTOR inhibitors and mycophenolate (L04AD, L04AH, L04AA06) to "Immunosuppressive drug"
 * (T45.1); leukotriene antagonists (R03DC) to "Antiasthmatic drug NEC" (T48.6); second-generation antihistamines
 * (R06AX, R06AE) to Antihistamine (T45.0); cholinesterase inhibitors for dementia (N06DA) to "Anticholinesterase,
 * reversible" (T44.0); dopamine agonists (N04BC) to "Antiparkinsonism drug NEC" (T42.8); long-acting inhaled
 * anticholinergics (R03BB, the group of ipratropium) to Ipratropium (T48.6).
 */
const ATC_GROUP_MEMBERS: ReadonlyArray<[words: string, row: string]> = [
  ...[
    [['sertraline', 'escitalopram', 'paroxetine'], 'Antidepressant > selective serotonin reuptake inhibitor'],
    [['duloxetine', 'desvenlafaxine', 'levomilnacipran', 'milnacipran'], 'Antidepressant > selective serotonin norepinephrine reuptake inhibitor'],
    [['atorvastatin', 'rosuvastatin', 'pitavastatin', 'ezetimibe'], 'Antihyperlipidemic drug'],
    [['losartan', 'valsartan', 'irbesartan', 'olmesartan', 'candesartan', 'telmisartan', 'azilsartan'], 'Antihypertensive drug NEC'],
    [['torsemide', 'torasemide'], 'Bumetanide'],
    [['apixaban', 'rivaroxaban', 'edoxaban', 'dabigatran'], 'Anticoagulant NEC'],
    [['clopidogrel', 'prasugrel', 'ticagrelor'], 'Ticlopidine'],
    [['sitagliptin', 'linagliptin', 'saxagliptin', 'alogliptin', 'empagliflozin', 'dapagliflozin', 'canagliflozin', 'ertugliflozin',
      'liraglutide', 'semaglutide', 'dulaglutide', 'exenatide', 'tirzepatide', 'pioglitazone', 'rosiglitazone'], 'Antidiabetic NEC'],
    [['pantoprazole', 'esomeprazole', 'lansoprazole', 'rabeprazole', 'dexlansoprazole'], 'Omeprazole'],
    [['levofloxacin', 'moxifloxacin'], 'Ciprofloxacin'],
    [['valacyclovir', 'valaciclovir', 'famciclovir'], 'Acyclovir'],
    [['quetiapine', 'risperidone', 'aripiprazole', 'ziprasidone', 'paliperidone', 'lurasidone', 'brexpiprazole', 'cariprazine'], 'Antipsychotic drug > specified NEC'],
    [['celecoxib', 'meloxicam', 'etoricoxib'], 'Anti-inflammatory drug NEC > nonsteroidal NEC'],
    [['tacrolimus', 'sirolimus', 'everolimus', 'mycophenolate'], 'Immunosuppressive drug'],
    [['montelukast', 'zafirlukast'], 'Antiasthmatic drug NEC'],
    [['loratadine', 'desloratadine', 'fexofenadine', 'levocetirizine'], 'Antihistamine'],
    [['donepezil', 'rivastigmine'], 'Anticholinesterase > reversible'],
    [['ropinirole', 'pramipexole', 'rotigotine'], 'Antiparkinsonism drug NEC'],
    [['tiotropium', 'umeclidinium', 'aclidinium'], 'Ipratropium'],
  ].flatMap(([words, row]) => (words as string[]).map((w): [string, string] => [w, row as string])),
];

/** Every class and group name above with the Table row it points at (tests check each resolves). */
export const DRUG_CLASS_MEMBERS: ReadonlyArray<[words: string, row: string]> = [...CLASS_NAMES, ...ANTIEPILEPTIC_MEMBERS, ...CALCIUM_CHANNEL_BLOCKER_MEMBERS, ...ATC_GROUP_MEMBERS];

function addClassNames(table: DrugTable): void {
  const rows = new Map<string, Substance>();
  for (const list of table.byFirstToken.values()) for (const r of list) rows.set(r.name, r);
  for (const [words, name] of DRUG_CLASS_MEMBERS) {
    // A drug the Table itself lists keeps its own row.
    if (table.byFirstToken.get(phraseTokens(words)[0] ?? '')?.some((r) => r.name.toLowerCase() === words)) continue;
    const row = rows.get(name);
    const tokens = phraseTokens(words);
    if (!row || !tokens.length) continue;
    const substance: Substance = { name: `${name} (${words})`, tokens, codes: row.codes };
    const list = table.byFirstToken.get(tokens[0]);
    if (list) list.push(substance);
    else table.byFirstToken.set(tokens[0], [substance]);
    table.size++;
  }
}

/**
 * The code of a substance for one relationship: its own row's, or, when its row has none (the metal "Lithium" has
 * no adverse-effect column; "Lithium, salts" has), the one code every subterm row that has it agrees on.
 */
export function codeFor(table: DrugTable, s: Substance, column: DrugColumn): string | undefined {
  const own = s.codes[column];
  if (own) return own;
  const prefix = `${s.name} > `;
  const codes = new Set<string>();
  for (const r of table.byFirstToken.get(s.tokens[0]) ?? []) if (r.name.startsWith(prefix) && r.codes[column]) codes.add(r.codes[column]!);
  return codes.size === 1 ? [...codes][0] : undefined;
}

/**
 * Substances named by a sentence's words: for each main term found, its most specific row whose
 * words are all present ("carbon monoxide from charcoal fumes" → Carbon, monoxide, charcoal fumes).
 */
export function substancesIn(table: DrugTable, words: ReadonlySet<string>): Substance[] {
  const out: Substance[] = [];
  for (const w of words) {
    const rows = table.byFirstToken.get(w);
    if (!rows) continue;
    let best: Substance | undefined;
    for (const r of rows) if (r.tokens.every((t) => words.has(t)) && (!best || r.tokens.length > best.tokens.length)) best = r;
    if (best && !out.includes(best)) out.push(best);
  }
  // A substance whose words are all inside another's ("monoxide" within "carbon monoxide") is that one.
  return out.filter((s) => !out.some((o) => o !== s && o.tokens.length > s.tokens.length && s.tokens.every((t) => o.tokens.includes(t))));
}
