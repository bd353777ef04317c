// Tests the ICD-10-CM knowledge base build (determinism, reconciliation) and the loader's answers on
// official Tabular List and Index examples (ICD-10-CM Official Guidelines Section I.A conventions).
import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import { inRange, loadKnowledge, withSeventhCharacter, type Knowledge } from '../../../src/engine/icd10/knowledge';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const build = require('../../../scripts/build-icd10-kb.js') as {
  parseRefs(note: string): [Array<[string, string?, string?]>, string[]];
  reconcileTarget(target: string, table: Map<string, boolean>, sorted: string[], sevenChr: Map<string, unknown>): [string | undefined, string];
};

describe('ICD-10-CM knowledge base (FY2027)', () => {
  let kb: Knowledge;
  beforeAll(() => {
    kb = loadKnowledge(2027);
  });

  it('I.A.12.a Excludes1: E11 (type 2 diabetes) excludes type 1 diabetes E10, never reported together', () => {
    const notes = kb.excludes1('E11.9');
    expect(notes.some((r) => /type 1 diabetes/i.test(r.note) && r.ranges.some((x) => x.from === 'E10'))).toBe(true);
    expect(kb.excludes1Conflict('E11.9', 'E10.9')).toBe(true);
    expect(kb.excludes1Conflict('E10.9', 'E11.9')).toBe(true);
    expect(kb.excludes1Conflict('E11.9', 'I10')).toBe(false);
  });

  it('I.A.12.a Excludes1 ranges with a character constraint: G63 excludes diabetic polyneuropathy E08-E13 with .42 only', () => {
    expect(kb.excludes1Conflict('G63', 'E11.42')).toBe(true);
    expect(kb.excludes1Conflict('G63', 'E11.9')).toBe(false);
  });

  it('I.A.12.b Excludes2 allows both codes: asthma (J45) Excludes2 COPD with asthma (J44.-) is no Excludes1 conflict', () => {
    expect(kb.excludes2('J45.909').some((r) => r.ranges.some((x) => x.from.startsWith('J44')))).toBe(true);
    expect(kb.excludes1Conflict('J45.909', 'J44.9')).toBe(false);
  });

  it('I.A.13 etiology/manifestation: G63 (polyneuropathy in diseases classified elsewhere) says code first the underlying disease', () => {
    const cf = kb.codeFirst('G63');
    expect(cf.some((r) => /underlying disease/i.test(r.note))).toBe(true);
    expect(cf.some((r) => r.ranges.some((x) => x.from === 'E85'))).toBe(true);
  });

  it('I.A.13 use additional code on an etiology category, inherited by its subcodes', () => {
    expect(kb.useAdditional('E11.9').some((r) => /insulin|oral/i.test(r.note))).toBe(true);
  });

  it('I.A.5 7th characters: S72 defines A/D/S (initial, subsequent, sequela); a 6-character code needs no placeholder', () => {
    const s = kb.sevenChr('S72.001')!;
    expect(s.chars.A).toBe('initial encounter for closed fracture');
    expect(s.chars.D).toMatch(/^subsequent encounter/);
    expect(s.chars.S).toBe('sequela');
    expect(s.placeholder).toBe(false);
    expect(s.baseLength).toBe(6);
    expect(kb.sevenChr('E11.9')).toBeUndefined();
  });

  it('I.A.4 placeholder X: a code shorter than six characters that takes a 7th character is padded with X', () => {
    const s = kb.sevenChr('S32.9')!;
    expect(s.placeholder).toBe(true);
    expect(withSeventhCharacter('S32.9', 'A')).toBe('S32.9XXA');
    expect(withSeventhCharacter('T36.0X5', 'A')).toBe('T36.0X5A');
  });

  it('I.A.15 "with": the Index lists hypertensive heart disease under Hypertension → heart → I11.-', () => {
    const terms = [...kb.indexTerms()].filter((t) => /^Hypertension/.test(t.path[0]));
    const heart = terms.find((t) => t.path.length === 2 && /^heart\b/.test(t.path[1]));
    expect(heart?.code).toMatch(/^I11/);
    const withHf = terms.find((t) => t.path.length === 3 && t.path[1] === 'with' && /^heart failure/.test(t.path[2]));
    expect(withHf?.code).toBe('I11.0');
    expect(withHf?.nonessential).toContain('congestive');
    expect(terms[0].nonessential).toEqual(expect.arrayContaining(['essential', 'malignant']));
  });

  it('I.A.13 the Index prints manifestation codes in brackets: amyloid heart → E85.4 [I43]', () => {
    const t = [...kb.indexTerms()].find((x) => x.path.length === 1 && /^Amyloid heart/.test(x.path[0]));
    expect(t?.code).toBe('E85.4');
    expect(t?.manifestation).toBe('I43');
  });

  it('a malformed candidate code has no notes and never throws (a job never fails on a bad candidate)', () => {
    expect(kb.excludes1('not a code')).toEqual([]);
    expect(kb.excludes1Conflict('E11.9', 'BRCA1')).toBe(false);
    expect(kb.sevenChr('')).toBeUndefined();
    expect(kb.inclusionTerms('??')).toEqual([]);
  });

  it('inclusion terms belong to the code they are printed under', () => {
    expect(kb.inclusionTerms('S72.00')).toEqual(expect.arrayContaining(['Fracture of hip NOS']));
    expect(kb.inclusionTerms('S72.001')).toEqual([]);
  });

  it('reconciliation: Index terms for codes added after FY2023 come from the FY2025 flattening (resistant hypertension I1A.0)', () => {
    const t = [...kb.indexTerms()].find((x) => x.code === 'I1A.0');
    expect(t?.path[0]).toMatch(/^Hypertension/);
    expect(t?.path[t.path.length - 1]).toBe('resistant');
  });

  it('reconciliation: a code added after FY2023 inherits its category notes (E11.A, FY2025, under E11)', () => {
    // E11.A "Type 2 diabetes mellitus without complications in remission" was added in FY2025.
    expect(kb.excludes1Conflict('E11.A', 'E10.9')).toBe(true);
    expect(kb.useAdditional('E11.A').length).toBe(kb.useAdditional('E11').length);
  });
});

describe('knowledge base build', () => {
  it('parses Tabular code references: dashes, ranges, and character constraints', () => {
    expect(build.parseRefs('Crohn disease (K50.-)')[0]).toEqual([['K50']]);
    expect(build.parseRefs('hypertensive disease (I10-I16)')[0]).toEqual([['I10', 'I16']]);
    expect(build.parseRefs('diabetes mellitus (E08-E13 with .42)')[0]).toEqual([['E08', 'E13', 'sub:42']]);
    expect(build.parseRefs('x (B27.0-B27.9 with fifth character 1)')[0]).toEqual([['B270', 'B279', 'pos:4=1']]);
    expect(build.parseRefs('underlying disease, such as:')[0]).toEqual([]);
  });

  it('reconciles an Index target: kept, expanded into a header, resolved to its unique leaf, or dropped', () => {
    const table = new Map<string, boolean>([['E11', false], ['E119', true], ['E1165', true], ['K35', false], ['K352', false], ['K3520', false], ['K35200', true], ['K35201', true], ['Q991', false], ['Q9910', true]]);
    const sorted = [...table.keys()].sort();
    const seven = new Map<string, unknown>();
    expect(build.reconcileTarget('E11.9', table, sorted, seven)).toEqual(['E11.9', 'kept']);
    expect(build.reconcileTarget('E11.-', table, sorted, seven)).toEqual(['E11.-', 'kept']);
    expect(build.reconcileTarget('K35.20', table, sorted, seven)).toEqual(['K35.20-', 'expanded']);
    expect(build.reconcileTarget('Q99.1', table, sorted, seven)).toEqual(['Q99.10', 'descendant']);
    expect(build.reconcileTarget('Z99.99', table, sorted, seven)).toEqual([undefined, 'deleted']);
  });

  it('parses the adverse-effect convention "T36-T50 with fifth or sixth character 5" and printed variants', () => {
    expect(build.parseRefs('drug (T36-T50 with fifth or sixth character 5)')[0]).toEqual([['T36', 'T50', 'pos:4,5=5']]);
    expect(build.parseRefs('x (T36-T65 with fifth or sixth character 1-4 or 6)')[0]).toEqual([['T36', 'T65', 'pos:4,5=12346']]);
    expect(build.parseRefs('y (S00.- to S09.-)')[0]).toEqual([['S00', 'S09']]);
    expect(build.parseRefs('diabetic (E08-E13 with .51-.52)')[0]).toEqual([['E08', 'E13', 'sub:51|52']]);
    expect(inRange('E11.52', { from: 'E08', to: 'E13', constraint: 'sub:51|52' })).toBe(true);
    expect(inRange('E11.59', { from: 'E08', to: 'E13', constraint: 'sub:51|52' })).toBe(false);
    expect(inRange('T36.0X5A', { from: 'T36', to: 'T50', constraint: 'pos:4,5=5' })).toBe(true);
    expect(inRange('T36.0X1A', { from: 'T36', to: 'T50', constraint: 'pos:4,5=5' })).toBe(false);
  });

  it('inRange uses the Tabular prefix semantics of a range', () => {
    expect(inRange('I13.10', { from: 'I10', to: 'I16' })).toBe(true);
    expect(inRange('I17', { from: 'I10', to: 'I16' })).toBe(false);
    expect(inRange('B27.01', { from: 'B270', to: 'B279', constraint: 'pos:4=1' })).toBe(true);
    expect(inRange('B27.00', { from: 'B270', to: 'B279', constraint: 'pos:4=1' })).toBe(false);
  });

  // The byte-for-byte rebuild needs the official XML in ../shared, which a clean checkout does not have:
  // `npm run verify:kb` runs it where the sources are. Here, the committed files match their manifest.
  it('the committed knowledge base files are the ones the manifest names (sha256)', () => {
    const dir = path.resolve(__dirname, '../../../data/icd10kb');
    const manifest = JSON.parse(fs.readFileSync(path.join(dir, 'manifest.json'), 'utf8')) as { years: Array<{ file: string; sha256: string }> };
    expect(manifest.years.length).toBeGreaterThanOrEqual(2);
    for (const y of manifest.years) {
      expect(crypto.createHash('sha256').update(fs.readFileSync(path.join(dir, y.file))).digest('hex')).toBe(y.sha256);
    }
  });
});
