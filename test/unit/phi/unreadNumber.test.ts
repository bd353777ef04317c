// Owns the tests of `deny.unread-number` (deny/unreadNumber.ts, deny/quantityGrammar.ts, issue 9): a digit-bearing token
// no recognizer claimed and the grammar of clinical quantities does not read is Safe Harbor's "other unique identifying
// number". Each case names the general pattern it serves; every value is invented.
import { redact } from '../../../src/engine/phi';
import { QUANTITY_RULES, readQuantity, type NumberToken } from '../../../src/engine/phi/deny/quantityGrammar';
import { denyUnreadNumbers, numberTokens, RECOGNIZER } from '../../../src/engine/phi/deny/unreadNumber';
import { defaultLexicon } from '../../../src/engine/phi/lexicon';
import { tokenize } from '../../../src/engine/phi/tokens';
import type { PhiSpan } from '../../../src/engine/types';

const lex = defaultLexicon();
const known = (w: string) => lex.clinical.has(w) || lex.indexClinical.has(w) || lex.common.has(w);

/** Runs the unit alone (nothing found by other recognizers); returns the texts it redacts. */
function unread(text: string, candidates: PhiSpan[] = []): string[] {
  const before = candidates.length;
  denyUnreadNumbers({ text, words: tokenize(text), known }, candidates);
  return candidates.slice(before).map((s) => text.slice(s.start, s.end));
}

function token(value: string, over: Partial<NumberToken> = {}): NumberToken {
  return { value, before: [], after: '', gapBefore: ' ', gapAfter: ' ', lineStart: false, known, ...over };
}

describe('quantity grammar: what clinicians write with digits is read, each by a named rule', () => {
  test.each([
    ['vitals after their labels', 'BP 120/80, HR 88, T 38.2, RR 18, SpO2 98% on 2L NC.'],
    ['lab values after analyte names', 'Na 138, K 4.1, INR 2.3, pH 7.31, pCO2 44, plt 150000, WBC 12,000.'],
    ['doses, frequencies and drug strengths', 'Metoprolol 25mg PO q12h x3 days, 1-2 tabs 2x/day, heparin 1250u/hr, dopamine 6mcg/kg->8mcg/kg.'],
    ['clock times and time ranges', 'Given at 0800 and 14:30, shift 7p-7a, 2400-0400 transfusion, woke ~0400, at 8 am.'],
    ['counts, grades, stages and scores', '3 of 5 criteria, 2+ edema, 4/5 strength, G2P1, grade 3, T2N0M0, C5-6, L4-L5, GCS 15, PHQ-9 12, Apgar 8/9.'],
    ['signed balances and thresholds', 'I/O -1074 since midnight, +2.4L LOS, CPK >1000, keep MAP>60.'],
    ['nursing shorthand joining words and values', 'Neuro: A&Ox3, Tmax 98.8po, sats 92-94% on 3LNP, PS10/PEEP 5, Vt400-500, 70\'s-80\'s.'],
    ['list numbering, gauges and years', '1. Continue. #2 IV #18 in place. MI in 1992.'],
    ['chemical formulas and scale editions', 'Given NaHCO3 and MgSO4; Bayley-4 passed; SF-36 done.'],
    ['a slash series of blood gas values', 'ABG 7.31/44/7126/24 after change.'],
  ])('%s are not redacted', (_pattern, text) => {
    expect(unread(text)).toEqual([]);
  });

  test('every rule has a stable name and a description of the pattern it reads', () => {
    for (const r of QUANTITY_RULES) {
      expect(r.name).toMatch(/^quantity\.[a-z0-9-]+$/);
      expect(r.description.length).toBeGreaterThan(10);
    }
    expect(new Set(QUANTITY_RULES.map((r) => r.name)).size).toBe(QUANTITY_RULES.length);
  });

  test('the rule that reads a token is reported by name', () => {
    expect(readQuantity(token('5mg'))).toBe('quantity.composed');
    expect(readQuantity(token('0800'))).toBe('quantity.clock-24h');
    expect(readQuantity(token('138', { before: ['na'] }))).not.toBeNull();
    expect(readQuantity(token('150000', { before: ['plt'] }))).toBe('quantity.label-value');
    expect(readQuantity(token('g2p1'))).toBe('quantity.obstetric');
    expect(readQuantity(token('2019'))).toBe('quantity.year');
  });
});

describe('deny.unread-number: what the grammar does not read is an identifier', () => {
  test('a bare number too long for a value, with no label or unit, is redacted whole', () => {
    expect(unread('Race bib 48213 pinned to shirt.')).toEqual(['48213']);
  });
  test('a letter-digit identifier shape is redacted whole, joined letters included ("WA-4471-KP" style)', () => {
    expect(unread('Tag read WA-4471-KP at the gate.')).toEqual(['WA-4471-KP']);
  });
  test('alternating unknown letters and digits is a code, not a measure', () => {
    expect(unread('Badge shows A1B2C3 and 7XKM22 today.')).toEqual(['A1B2C3', '7XKM22']);
  });
  test('a seven-digit phone written with a dot is not a decimal and takes the phone type', () => {
    const c: PhiSpan[] = [];
    expect(unread('Reach her at 555.1234 after six.', c)).toEqual(['555.1234']);
    expect(c[0].type).toBe('PHONE');
  });
  test('an identifier cue before a short number makes it an identifier ("bib 417")', () => {
    expect(unread('Bib 417 on the runner.')).toEqual(['417']);
  });
  test('a cue word naming the class gives the span its type', () => {
    const c: PhiSpan[] = [];
    unread('Serial 88213-QX logged.', c);
    expect(c.map((s) => s.type)).toEqual(['DEVICE']);
  });
  test('a value written against its word loses only its unread number ("2995/pend")', () => {
    expect(unread('Result 2995/pending.')).toEqual(['2995']);
  });
  test('a token another recognizer claimed is left to it, and a partial identifier span grows to the whole shape', () => {
    const text = 'Ref QZ-4471-KP filed.';
    const s = text.indexOf('4471');
    const grown: PhiSpan[] = [{ start: s, end: s + 4, type: 'ID', recognizers: ['x'] }];
    expect(unread(text, grown)).toEqual(['QZ-4471-KP']);
    const date: PhiSpan[] = [{ start: s, end: s + 4, type: 'DATE', recognizers: ['x'] }];
    expect(unread(text, date)).toEqual([]);
  });
  test('tokens are split at field punctuation and trimmed of brackets ("BP:120/80", "(4471)")', () => {
    expect([...numberTokens('BP:120/80; ref=(4471).')].map((t) => t.value)).toEqual(['120/80', '4471']);
  });
  test('end to end the span records the recognizer name', () => {
    const text = 'Kiosk printed 93817 for her, BP 120/80.';
    const r = redact(text, { denyUnreadNumbers: true });
    const span = r.spans.find((x) => text.slice(x.start, x.end).includes('93817'));
    expect(span?.recognizers).toContain(RECOGNIZER);
    expect(r.text).toContain('120/80');
  });
  test('end to end the pass is on by default, off only when asked (evaluation A/B)', () => {
    const text = 'Kiosk printed 93817 for her.';
    expect(redact(text).text).not.toContain('93817');
    expect(redact(text, { denyUnreadNumbers: false }).text).toContain('93817');
  });
});

describe('quantity grammar: clinical look-alikes of identifiers are read by their class', () => {
  test.each([
    ['a position in a counted series, N of M', 'Case 2 of 3 reviewed; cycle no. 3 of 6; page 1 of 4.'],
    ['an ascending range of small numbers, even after a cue word', 'growth plate open; plate 3-4 fixed; lot 2-3 vials.'],
    ['a CPT or HCPCS code in its billing slot', 'CPT # 99214 billed; billed CPT code 99213; HCPCS J1885; CPT 0503F.'],
    ['an ICD-10 code without its dot in a diagnosis slot', 'Problem No. J44921 noted; dx E1165 listed; coded S72001A and M8008XA.'],
    ['a year after a register word, a season, one digit alone', 'Registration 2019 was uneventful; case 2020-21 season; Group 2 pulmonary hypertension.'],
    ['an amino-acid substitution in one-letter codes', 'Mutation: V600E; KRAS G12D; EGFR T790M.'],
    ['an RFC 4648 base64 blob, encoded data the provenance stage flags', 'eyJkaWFnbm9zaXMiOiJFMTEuOSJ9 beside it; eyJkaWFnbm9zaXMiOiJFNjYuMDEifQ== too.'],
    ['GCS components and a 1:N dilution', 'GCS 15, E4V5M6; epinephrine 1:1000 topical.'],
    ['a dbSNP reference variant id', 'Variant rs113993960 was reported.'],
    ['a model designation after "model"', 'Model no. 45210 pump; model 8100B used.'],
    ['a room or bay number, a place in the building', 'Moved to room number 4412; Rm 12B; bay 7.'],
    ['an amount after a word of paying or owing', 'Copay paid 12345 via card; owes 125.50.'],
    ['a round count of two significant digits', 'no 10000 step days; goal 1500 kcal; walked 2500 yards.'],
    ['an HGNC-style gene symbol with a second letter-number group', 'HSD17B13 variant; CYP2C19 poor metabolizer.'],
    ['a plain number measured in inches', 'Grew 4 in over a year.'],
    ['a polymer drug named by its molecular-weight grade', 'Taking PEG 3350 daily; polyethylene glycol 400 drops; macrogol 4000.'],
    ['a range whose low end carries its unit', 'Incentive spirometer moving 750cc-1250 today.'],
  ])('%s is not redacted', (_pattern, text) => {
    expect(unread(text)).toEqual([]);
  });

  test.each([
    ['digit groups joined by hyphens in an identifier grouping (three groups or more)', 'Licence E-546-604-543-237 shown; port 607-054-096.', ['E-546-604-543-237', '607-054-096']],
    ['a ten-digit phone with every group slashed', 'home 769/346/2507 today.', ['769/346/2507']],
    ['letters and four digits before the preposition "in"', 'car ljh-9441 in visitor lot.', ['ljh-9441']],
    ['a series position whose number exceeds its total', 'Ref 41 of 3 filed.', ['41']],
    ['a year-shaped number after a cue and "#"', 'Registration # 2019 filed.', ['2019']],
    ['a code shape outside a code slot', 'Kiosk printed 99214 and J44921 for her.', ['99214', 'J44921']],
  ])('%s is redacted', (_pattern, text, ids) => {
    expect(unread(text)).toEqual(ids);
  });

  test('ranges, slash series and spine spans keep their reading beside the hyphen-group rule', () => {
    expect(unread('Vt 400-500, drain 900-1000, PS 10-12, C5-6, L4-L5, ABG 7.32/45/88/24, BP 120/80/72.')).toEqual([]);
    expect(unread('u/o 100-200cc/hr; TV decreased from 800-700cc; tidal volumes 350-560 spont.')).toEqual([]);
  });
});

describe('deny.unread-number: a short letter prefix glued to a pair of digit groups is a reference number', () => {
  test.each([
    ['a letter prefix that also spells a clinical abbreviation', 'Screening recall MR482-317 issued.', ['MR482-317']],
    ['a prefix with an ascending pair of unlike magnitude', 'Letter ref QZ031-774 mailed.', ['QZ031-774']],
    ['a slash between the groups', 'Order RX40/7781 sent.', ['RX40/7781']],
  ])('%s is redacted whole', (_pattern, text, ids) => {
    expect(unread(text)).toEqual(ids);
  });

  test('a label or unit prefix keeps its reading, and so does a like-magnitude range after any prefix', () => {
    expect(unread('Vt400-500 on PS, sbp90-110, peep5-10, mg10-20 given, ac100-120.')).toEqual([]);
    // A label spelled with a digit, its value glued on: "SaO2 98-100".
    expect(unread('CDB well Sao298-100 on 4L.')).toEqual([]);
  });
});
