// Start-up work the code set and the knowledge base skip (speed6): the lazily built entries, the remembered
// spellings of looked-up codes and the Index terms built once must read exactly like the eager forms did.
import { loadCodeSet, loadKnowledge } from '../../../src/engine/icd10';
import { tabularRows } from '../../../src/engine/icd10/codeSet';
import { InvalidCodeError } from '../../../src/errors';

describe('tabular rows read from the vendored table text', () => {
  // Synthetic table in the vendored layout: a header, a leaf with no short description, a last line without "\n".
  const table = 'E11\t0\tType 2 diabetes mellitus\tType 2 DM\nE119\t1\tType 2 diabetes mellitus without complications\t\n\nI10\t1\tEssential (primary) hypertension\tHypertension';

  it('gives codes, billable flags and both descriptions as a split of each line would', () => {
    const rows = tabularRows(table);
    expect(rows.length).toBe(3);
    expect(rows.dotless).toEqual(['E11', 'E119', 'I10']);
    expect([...rows.billable]).toEqual([0, 1, 1]);
    expect(rows.descriptions(0)).toEqual(['Type 2 diabetes mellitus', 'Type 2 DM']);
    expect(rows.descriptions(1)).toEqual(['Type 2 diabetes mellitus without complications', '']);
    expect(rows.descriptions(2)).toEqual(['Essential (primary) hypertension', 'Hypertension']);
  });
});

describe('code set lookups (lazy entries, remembered spellings)', () => {
  const codeSet = loadCodeSet(2027);

  it('returns one frozen entry per code whatever the spelling, with the short description defaulting to the long', () => {
    const dotted = codeSet.find('E11.9')!;
    expect(codeSet.find('e119')).toBe(dotted);
    expect(codeSet.find(' E11.9 ')).toBe(dotted);
    expect(codeSet.find('E11.9')).toBe(dotted);
    expect(Object.isFrozen(dotted)).toBe(true);
    expect(dotted).toEqual({ code: 'E11.9', billable: true, longDescription: 'Type 2 diabetes mellitus without complications', shortDescription: expect.any(String) });
    expect([...codeSet.entries()].find((e) => e.code === 'E11.9')).toBe(dotted);
    for (const e of [...codeSet.entries()].slice(0, 2000)) expect(e.shortDescription.length).toBeGreaterThan(0);
  });

  it('answers an absent well-formed code the same on every call and throws on a malformed one every time', () => {
    expect(codeSet.find('E11.9999')).toBeUndefined();
    expect(codeSet.find('E11.9999')).toBeUndefined();
    expect(codeSet.has('Z99.99')).toBe(false);
    expect(codeSet.isBillable('I10')).toBe(true);
    expect(codeSet.isBillable('E11')).toBe(false);
    for (let i = 0; i < 2; i++) expect(() => codeSet.find('not a code')).toThrow(InvalidCodeError);
  });

  it('keeps children, billable descendants and code-prefix search in tabular order', () => {
    expect(codeSet.children('E11.6').map((e) => e.code)).toEqual(['E11.61', 'E11.62', 'E11.63', 'E11.64', 'E11.65', 'E11.69']);
    expect(codeSet.billableDescendants('E11.62').map((e) => e.code)).toEqual(['E11.620', 'E11.621', 'E11.622', 'E11.628']);
    expect(codeSet.search('E11.62', 3).map((h) => [h.entry.code, h.score])).toEqual([['E11.62', 1], ['E11.620', 0.9], ['E11.621', 0.9]]);
  });
});

describe('Index terms built once per knowledge base', () => {
  const kb = loadKnowledge(2027);

  it('hands every reader the same frozen terms, paths from the main term down', () => {
    const first = [...kb.indexTerms()];
    const second = [...kb.indexTerms()];
    expect(second.length).toBe(first.length);
    expect(second[100]).toBe(first[100]);
    const sub = first.find((t) => t.path.length === 3 && t.code)!;
    expect(Object.isFrozen(sub)).toBe(true);
    expect(Object.isFrozen(sub.path)).toBe(true);
    // The terms may come from another evaluation of the module (the unit environment shares loaded data): match the message.
    expect(() => (sub.path as string[]).push('x')).toThrow(/not extensible/);
    const parent = first.find((t) => t.path.length === 2 && t.path[0] === sub.path[0] && t.path[1] === sub.path[1]);
    expect(parent).toBeDefined();
  });
});

describe('remembered spellings stay code-sized', () => {
  it('answers a well-formed code padded with blanks (as a model may write it) like the bare code, on every call', () => {
    const codeSet = loadCodeSet(2027);
    const padded = `${' '.repeat(5000)}E11.9${' '.repeat(5000)}`;
    expect(codeSet.find(padded)).toBe(codeSet.find('E11.9'));
    expect(codeSet.find(padded)).toBe(codeSet.find('E11.9'));
  });
});
