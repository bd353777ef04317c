// Owns the tests of session 9's precision fixes (issue 9): clinical words a shape-only voter took for PHI — a dose unit
// after its number, a disease-status abbreviation in capitals, a clinical service or programme before its clinic, plan
// or team. Each case pairs the clinical word that must stay with a redacted identifier of the same shape. Every value is
// invented; each case names its general pattern.
import { redact } from '../../../src/engine/phi';

const redactedTexts = (text: string): string[] => redact(text).spans.map((s) => text.slice(s.start, s.end));
/** Every occurrence of the phrase lies inside a redacted span. */
const isRedacted = (text: string, phrase: string): boolean => {
  const spans = redact(text).spans;
  let found = false;
  for (let at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + 1)) {
    found = true;
    if (!spans.some((s) => s.start <= at && s.end >= at + phrase.length)) return false;
  }
  return found;
};
const touches = (text: string, word: string): boolean => {
  const at = text.indexOf(word);
  return redact(text).spans.some((s) => s.start < at + word.length && s.end > at);
};

const PAIRS: { pattern: string; kept: [string, string]; redacted: [string, string] }[] = [
  {
    pattern: 'disease-status abbreviation in capitals (NED) vs the same letters as a given name',
    kept: ['Dx: stage II breast cancer, s/p lumpectomy 2019. Today NED on imaging.\n', 'NED'],
    redacted: ['Patient: Ned Quillfeather\nSeen with his wife today.\n', 'Ned Quillfeather'],
  },
  {
    pattern: 'status abbreviation kept, but a capitals name a field gave stays redacted at its other uses',
    kept: ['FOLLOW-UP\nRemains NED after adjuvant therapy. Next CT in 6 months.\n', 'NED'],
    redacted: ['PATIENT: NED VORHALT\nNED REPORTS NO PAIN TODAY.\n', 'NED'],
  },
  {
    pattern: 'dose unit after its number (300 IU) vs a place after a preposition',
    kept: ['Stimulation: Gonal-f 300 IU daily, Menopur 75 IU nightly.\n', 'IU'],
    redacted: ['Stimulation started at Riverside Clinic last week.\n', 'Riverside Clinic'],
  },
  {
    pattern: 'programme word before clinic (survivorship clinic) vs a place name before clinic',
    kept: ['Continue letrozole. Return to survivorship clinic in 6 months.\n', 'survivorship'],
    redacted: ['Continue letrozole. Previously followed at Okafor Clinic in Dunmore.\n', 'Okafor Clinic'],
  },
  {
    pattern: 'programme word before plan in a capitals heading',
    kept: ['ASSESSMENT AND SURVIVORSHIP PLAN\nContinue surveillance mammography.\n', 'SURVIVORSHIP'],
    redacted: ['Transferred from Riverside Clinic for surveillance.\n', 'Riverside Clinic'],
  },
  {
    pattern: 'specialty (-ology) before clinic review vs a named clinic',
    kept: ['Plan: rheumatology clinic review next month for the synovitis.\n', 'rheumatology'],
    redacted: ['Plan: review at Brackenfield Clinic next month for the synovitis.\n', 'Brackenfield Clinic'],
  },
];

describe('session 9: clinical words kept beside identifiers of the same shape', () => {
  it.each(PAIRS.map((p) => [p.pattern, p] as const))('%s', (_pattern, p) => {
    expect(touches(p.kept[0], p.kept[1])).toBe(false);
    expect(isRedacted(p.redacted[0], p.redacted[1])).toBe(true);
  });

  it('keeps the unit readable in the redacted text of a dose line', () => {
    const text = 'Gonal-f 300 IU daily for 8 days.\n';
    expect(redact(text).text).toContain('300 IU');
    expect(redactedTexts(text)).toEqual([]);
  });
});
