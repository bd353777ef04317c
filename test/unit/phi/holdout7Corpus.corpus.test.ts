// Owns the unit tests of the seventh held-out PHI corpus (the examiner's end-of-session set of session 7): gold
// offsets slice out the planted values, it is reproducible from its seed, it shares no note style, fine kind or
// protected term with the main corpus or held-outs #1–#6, covers every Safe Harbor class the engine types, and
// writes the forms it exists for (word-names, family-first names, nicknames, lower case, relatives, word towns,
// encampments and shelters as locations, over-89 ages, month/day and dotted dates).
import { generateHoldout7Corpus } from '../../../src/eval/synthetic/holdout7';
import { HOLDOUT7_STYLES } from '../../../src/eval/synthetic/holdout7/styles';
import { H7_GIVEN_WORDS, H7_PROTECTED_ALL, H7_SURNAMES_WORDS, H7_TOWNS_WORDS } from '../../../src/eval/synthetic/holdout7/vocab';
import { goldSpanProblems } from '../../helpers/syntheticGold';
import { NOTHING_SHARED, sharedWithEarlier } from '../../helpers/heldOutPhiCorpora';

describe('seventh held-out synthetic PHI corpus', () => {
  const corpus = generateHoldout7Corpus({ seed: 7, notes: 240 });

  it('plants gold spans whose offsets slice out the planted value, sorted and non-overlapping, protected terms outside PHI', () => {
    expect(goldSpanProblems(corpus, { protectedOutsidePhi: true })).toEqual([]);
    expect(corpus.reduce((n, note) => n + note.phi.length, 0)).toBeGreaterThan(2400);
    expect(corpus.reduce((n, note) => n + note.protected.length, 0)).toBeGreaterThan(500);
  });

  it('is reproducible from the seed and differs between seeds', () => {
    expect(generateHoldout7Corpus({ seed: 7, notes: 10 })).toEqual(corpus.slice(0, 10));
    expect(generateHoldout7Corpus({ seed: 8, notes: 10 }).map((n) => n.text)).not.toEqual(corpus.slice(0, 10).map((n) => n.text));
  });

  it('shares no style, fine kind or protected term with the main corpus or held-outs #1–#6', () => {
    expect(sharedWithEarlier('#7', corpus, 7)).toEqual(NOTHING_SHARED);
    expect(HOLDOUT7_STYLES.length).toBeGreaterThanOrEqual(8);
    expect(new Set(corpus.map((n) => n.style)).size).toBe(HOLDOUT7_STYLES.length);
    expect(new Set(H7_PROTECTED_ALL).size).toBeGreaterThanOrEqual(30);
    const planted = new Set(corpus.flatMap((n) => n.protected.map((p) => p.term)));
    expect(H7_PROTECTED_ALL.filter((t) => !planted.has(t))).toEqual([]);
  });

  it('covers every Safe Harbor class the engine types', () => {
    const types = new Set(corpus.flatMap((n) => n.phi.map((s) => s.type)));
    for (const t of ['NAME', 'DATE', 'AGE', 'PHONE', 'EMAIL', 'SSN', 'MRN', 'ACCOUNT', 'LICENSE', 'ADDRESS', 'LOCATION', 'URL', 'IP', 'DEVICE', 'VEHICLE', 'ID']) {
      expect([t, types.has(t as never)]).toEqual([t, true]);
    }
  });

  it('writes the forms it exists for', () => {
    const spans = corpus.flatMap((n) => n.phi);
    const kinds = new Set(spans.map((s) => s.kind.replace(/\.wordname$/, '')));
    const words = new Set<string>([...H7_GIVEN_WORDS, ...H7_SURNAMES_WORDS]);
    expect(spans.some((s) => s.type === 'NAME' && words.has(s.value))).toBe(true);
    expect(spans.some((s) => s.kind === 'h7.location.town-word' && (H7_TOWNS_WORDS as readonly string[]).includes(s.value))).toBe(true);
    expect(spans.some((s) => s.type === 'NAME' && /[\u00C0-\u024F\u1E00-\u1EFF]/.test(s.value))).toBe(true);
    expect(corpus.some((n) => /^[a-z]/.test(n.text) && n.phi.some((s) => s.type === 'NAME' && s.value === s.value.toLowerCase()))).toBe(true);
    for (const k of ['h7.name.family-first-native', 'h7.name.family-first-caps', 'h7.name.lower', 'h7.name.aka-nickname', 'h7.name.nickname-only', 'h7.name.given-only',
      'h7.name.initials-dotted', 'h7.name.title-family', 'h7.location.encampment', 'h7.location.shelter', 'h7.location.school', 'h7.location.team', 'h7.location.county',
      'h7.date.month-ordinal', 'h7.date.dmy-dots', 'h7.date.m-slash-d', 'h7.date.mon-apostrophe-yy', 'h7.age.words', 'h7.age.digits', 'h7.id.docket', 'h7.id.photo-file',
      'h7.id.hmis', 'h7.id.student', 'h7.id.lab-report', 'h7.phone.seven-digit', 'h7.phone.run-on', 'h7.ssn.run-on', 'h7.address.po-box', 'h7.url.fundraiser', 'h7.ip.v6',
      'h7.device.cgm', 'h7.device.iol', 'h7.vehicle.vin', 'h7.vehicle.plate', 'h7.license.driver', 'h7.license.npi', 'h7.account.medicaid']) {
      expect([k, kinds.has(k)]).toEqual([k, true]);
    }
  });

  it('plants no age under 90 and no bare year', () => {
    for (const note of corpus) {
      for (const s of note.phi) {
        if (s.type === 'AGE' && /\d/.test(s.value)) expect(Number(s.value.replace(/\D/g, ''))).toBeGreaterThan(89);
        if (s.type === 'AGE' && !/\d/.test(s.value)) expect(s.value).toMatch(/^ninety/i);
        if (s.type === 'DATE') expect(s.value).not.toMatch(/^(19|20)\d\d$/);
      }
    }
  });
});
