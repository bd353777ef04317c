// Indexes the engine derives from read-only inputs are built once per process (src/engine/processStore.ts)
// and shared by every instance built from the same inputs, in Jest by every test file of a worker: the
// literal prefilter's automaton per rule table, the Index subterms per knowledge base and loaded code set,
// the Neoplasm Table, the description search index and the history-code entries per code set's tables, and the
// guideline rules' Index tables (codeSetCache).
// Shared values must be exactly what a fresh build gives, and per-instance scratch must stay per instance.
import { CodeSet, codeSetCache, loadCodeSet, loadKnowledge, loadedSourceOf } from '../../../src/engine/icd10';
import { KnowledgeConventions } from '../../../src/engine/coding';
import { neoplasmIndex } from '../../../src/engine/coding/neoplasms';
import { HistoryMapper } from '../../../src/engine/coding/history';
import { RulePrefilter } from '../../../src/engine/text/literalPrefilter';
import { SENTENCE_RULES } from '../../../src/engine/text';

describe('literal prefilter automata shared per rule table', () => {
  // Long enough to be shared (tables of a few rules are analysed afresh: cheap, and not worth holding).
  const fillers = Array.from({ length: 13 }, (_, i) => new RegExp(`\\bfiller${i}word\\b`));
  const table = [/\bhypertension\b/i, /chronic (kidney|renal) disease/i, /\d+ mg/, ...fillers];
  const text = 'Chronic renal disease. Lisinopril 10 mg daily.';

  it('gives a prefilter over the same table the same marks, with its own result array', () => {
    const first = new RulePrefilter(table);
    const second = new RulePrefilter(table.map((p) => new RegExp(p.source, p.flags)));
    const marks = [...first.candidates(text)];
    expect(marks).toEqual([0, 1, 1, ...fillers.map(() => 0)]);
    // candidates() reuses its array per instance: another instance's call must not overwrite it.
    const held = first.candidates(text);
    expect(second.candidates('hypertension filler3word')[0]).toBe(1);
    expect([...held]).toEqual(marks);
    expect([...second.candidates(text)]).toEqual(marks);
    const automatonOf = (f: RulePrefilter) => (f as unknown as { automaton: object }).automaton;
    expect(automatonOf(second)).toBe(automatonOf(first));
    // A table of a few rules is analysed afresh each time.
    expect(automatonOf(new RulePrefilter(table.slice(0, 3)))).not.toBe(automatonOf(new RulePrefilter(table.slice(0, 3))));
  });

  it('keys on flags, source and options: another table is another automaton', () => {
    // The same source, global: a stateful pattern is never skipped, so it runs on every text.
    expect([...new RulePrefilter([/hypertension/]).candidates(text)]).toEqual([0]);
    expect([...new RulePrefilter([/hypertension/g]).candidates(text)]).toEqual([1]);
    // A minimum literal length drops short literal sets: the rule then runs everywhere.
    const short = new RulePrefilter([/a/, /hypertension/], { minLiteralChars: 2 });
    expect([...short.candidates('xyz')]).toEqual([1, 0]);
    expect([...new RulePrefilter([/a/, /hypertension/]).candidates('xyz')]).toEqual([0, 0]);
  });

  it('matches the engine\'s own sentence rules as a fresh build does', () => {
    const patterns = SENTENCE_RULES.map((r) => r.pattern);
    const note = 'Patient denies chest pain. History of type 2 diabetes mellitus; on metformin 500 mg twice daily.';
    const shared = [...new RulePrefilter(patterns).candidates(note)];
    // A table no one built before (one rule appended) is analysed afresh; its first rules must agree.
    const fresh = [...new RulePrefilter([...patterns, /zz-never-shared-zz/]).candidates(note)];
    expect(fresh.slice(0, patterns.length)).toEqual(shared);
    expect(fresh.at(-1)).toBe(0);
  });
});

describe('Index subterms shared per knowledge base and loaded code set', () => {
  const knowledge = loadKnowledge();
  const codeSet = loadCodeSet();
  // Pharyngitis (acute) J02.9 has coded subterms (streptococcal J02.0, specified organism J02.8).
  const parent = 'J02.9';

  it('gives conventions over the same inputs one shared table, equal to a fresh build', () => {
    const a = new KnowledgeConventions(knowledge, codeSet).indexSubterms(parent);
    const b = new KnowledgeConventions(knowledge, loadCodeSet()).indexSubterms(parent);
    expect(a.length).toBeGreaterThan(0);
    expect(a.map((s) => s.code)).toContain('J02.0');
    expect(b).toBe(a);
    // A code set built another way has no loaded tables to share under: it builds its own, with the same content.
    const other = new CodeSet(loadedSourceOf(codeSet) as ConstructorParameters<typeof CodeSet>[0]);
    expect(loadedSourceOf(other)).toBeUndefined();
    const own = new KnowledgeConventions(knowledge, other).indexSubterms(parent);
    expect(own).not.toBe(a);
    expect(own).toEqual(a);
  });
});

describe('Neoplasm Table and description search shared per code set tables', () => {
  const codeSet = loadCodeSet();
  const other = () => new CodeSet(loadedSourceOf(codeSet) as ConstructorParameters<typeof CodeSet>[0]);

  it('reads the Table once for every code set loaded from the same tables, and on its own for another code set', () => {
    const shared = neoplasmIndex(codeSet);
    expect(neoplasmIndex(loadCodeSet())).toBe(shared);
    // The Table's liver row: primary C22.9, benign D13.4.
    expect(shared.bySitePhrase.get('neoplasm liver')).toMatchObject({ malignant: 'C22.9', benign: 'D13.4' });
    const own = neoplasmIndex(other());
    expect(own).not.toBe(shared);
    expect(own.terms).toEqual(shared.terms);
  });

  it('answers a search from a code set built on the same tables exactly as from the loaded one', () => {
    const hits = codeSet.search('essential hypertension', 5);
    expect(hits[0].entry.code).toBe('I10');
    expect(other().search('essential hypertension', 5)).toEqual(hits);
    expect(other().search('type 2 diabetes without complications', 3)).toEqual(codeSet.search('type 2 diabetes without complications', 3));
  });
});

describe('history codes shared per code set tables', () => {
  it('maps a condition to the same personal and family history codes from shared and own entries', () => {
    const codeSet = loadCodeSet();
    const other = new CodeSet(loadedSourceOf(codeSet) as ConstructorParameters<typeof CodeSet>[0]);
    const cases: Array<[string, string[]]> = [['C18.9', ['colon', 'cancer']], ['C50.919', ['breast', 'cancer']], ['I63.9', ['stroke']]];
    for (const [code, words] of cases) {
      const shared = [new HistoryMapper(codeSet).lookup(code, words, undefined), new HistoryMapper(loadCodeSet()).lookup(code, words, undefined)];
      const own = new HistoryMapper(other).lookup(code, words, undefined);
      expect(shared[1]).toEqual(shared[0]);
      expect(own).toEqual(shared[0]);
    }
    // Colon cancer: personal history of malignant neoplasm of the large intestine (Z85.038), family Z80.0.
    expect(new HistoryMapper(codeSet).lookup('C18.9', ['colon', 'cancer'], undefined)).toEqual({ personal: 'Z85.038', family: 'Z80.0' });
  });
});

describe('codeSetCache: values derived from a code set, shared per loaded tables', () => {
  it('finds a value under another evaluation\'s code set loaded from the same tables (another test file\'s engine)', () => {
    const cache = codeSetCache<string[]>('test.probe');
    const codeSet = loadCodeSet();
    const value = ['Z00.00'];
    expect(cache.get(codeSet)).toBeUndefined();
    cache.set(codeSet, value);
    let seen: { same: boolean; found: unknown } | undefined;
    jest.isolateModules(() => {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const again = require('../../../src/engine/icd10') as typeof import('../../../src/engine/icd10');
      const theirs = again.loadCodeSet();
      seen = { same: theirs === codeSet, found: again.codeSetCache<string[]>('test.probe').get(theirs) };
    });
    expect(seen).toEqual({ same: false, found: value });
    // Another name is another cache.
    expect(codeSetCache<string[]>('test.probe-other').get(codeSet)).toBeUndefined();
  });

  it('keeps a value of a code set built another way to that code set', () => {
    const cache = codeSetCache<string>('test.probe-own');
    const loaded = loadCodeSet();
    const other = new CodeSet(loadedSourceOf(loaded) as ConstructorParameters<typeof CodeSet>[0]);
    cache.set(other, 'own');
    expect(cache.get(other)).toBe('own');
    expect(cache.get(loaded)).toBeUndefined();
    expect(cache.get(new CodeSet(loadedSourceOf(loaded) as ConstructorParameters<typeof CodeSet>[0]))).toBeUndefined();
  });
});
