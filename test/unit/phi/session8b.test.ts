// Owns the tests of session 8b (issue 9): a name a labelled field gives is that person where a treatment verb's
// position alone read the word as a drug (document-level propagation over the weak protected mark), protected drugs and
// eponyms the note gives no person stay, and glued ventilator settings of five digits or more stay clinical while the
// unlabelled mixed identifier shape still redacts. Every value is invented; each case names its general pattern.
import { redact } from '../../../src/engine/phi';
import { DOCUMENT_NAME } from '../../../src/engine/phi/names/documentNames';
import { testCoveredPatterns, testUntouchedPatterns } from '../../helpers/phiCoverage';

/** The last use of `needle` (the later mention, after the field that names it) as a word range. */
function lastAt(text: string, needle: string): [number, number] {
  const at = text.lastIndexOf(needle);
  if (at < 0) throw new Error(`fixture error: ${needle} not in ${text}`);
  return [at, at + needle.length];
}

/** The rule units alone cover every letter of the last use of `needle`. */
function lastCoveredByRules(text: string, needle: string): boolean {
  const [lo, hi] = lastAt(text, needle);
  const spans = redact(text, { learned: false }).spans;
  for (let x = lo; x < hi; x++) if (/\p{L}/u.test(text[x]) && !spans.some((s) => s.start <= x && x < s.end)) return false;
  return true;
}

/** No span of the whole pipeline touches the last use of `needle`. */
function lastUntouched(text: string, needle: string): boolean {
  const [lo, hi] = lastAt(text, needle);
  return !redact(text).spans.some((s) => s.start < hi && lo < s.end);
}

const FIELD_NAME_AT_VERB: Record<string, [string, string][]> = {
  'a name from a labelled field, later the object of a treatment verb with a time after it (start X tomorrow)': [
    ['Patient: Aigerim Bekova\nDOB: 3/4/1980\nPlan: start Aigerim tomorrow on naltrexone.', 'Aigerim'],
    ['Patient: Aigerim Bekova\nPlan: will start Aigerim tomorrow.', 'Aigerim'],
    ['Name: Tolga Ersoy-Marsh\nPlan: continue Tolga today, recheck in 2 weeks.', 'Tolga'],
  ],
  'a name from a labelled field after a care verb (started, discussed, offered, declined)': [
    ['Patient: Aigerim Bekova\nPlan: Started Aigerim on buprenorphine 8 mg.', 'Aigerim'],
    ['Patient: Hunter Vale\nAssessment: stable. Discussed Hunter with the team.', 'Hunter'],
    ['Patient: Aigerim Bekova\nSocial: Offered Aigerim a bed at the shelter.', 'Aigerim'],
    ['Name: Aigerim Bekova\nDeclined Aigerim.', 'Aigerim'],
  ],
  'the same in a note without lower case': [['PATIENT: AIGERIM BEKOVA\nPLAN: START AIGERIM TOMORROW.', 'AIGERIM']],
};

const DRUGS_KEPT: Record<string, [string, string][]> = {
  'a brand drug after a treatment verb, with no field giving that word as a name': [
    ['Patient: Aigerim Bekova\nPlan: start Lucemyra tomorrow for withdrawal.', 'Lucemyra'],
    ['Plan: start Lucemyra tomorrow. Discussed Lucemyra side effects.', 'Lucemyra'],
  ],
  'an eponym of a listed disease stays even when a field names a person with that surname': [
    ['Patient: Rowan Addison\nHx: Addison disease on hydrocortisone.', 'Addison disease'],
  ],
};

const VENT_KEPT: Record<string, [string, string][]> = {
  'ventilator settings glued together with five digits or more (mode, pressure support, PEEP, rate)': [
    ['VENT SIMV12PS10PEEP5 TOL WELL.', 'SIMV12PS10PEEP5'], ['On PRVC450RR14PEEP8 overnight.', 'PRVC450RR14PEEP8'],
  ],
};

const MIXED_IDS: Record<string, [string, string][]> = {
  'an unlabelled mixed identifier with five digits or more still redacts, a mode letter inside it or not': [
    ['Specimen 20240281294s received in lab.', '20240281294s'], ['Serial PEEP77312Z9 logged.', 'PEEP77312Z9'],
  ],
};

describe('session 8b: field names over verb-position drug readings, and glued vent settings', () => {
  testCoveredPatterns('field name redacted by the rules at its later use:', FIELD_NAME_AT_VERB, lastCoveredByRules);
  testUntouchedPatterns('drug or eponym kept:', DRUGS_KEPT, lastUntouched);
  testUntouchedPatterns('vent settings kept:', VENT_KEPT);
  testCoveredPatterns('mixed identifier redacted:', MIXED_IDS);

  test('the later use records the field propagation as its recognizer', () => {
    const text = 'Patient: Aigerim Bekova\nDOB: 3/4/1980\nPlan: start Aigerim tomorrow on naltrexone.';
    const at = text.lastIndexOf('Aigerim');
    const span = redact(text, { learned: false }).spans.find((s) => s.start <= at && at < s.end);
    expect(span?.type).toBe('NAME');
    expect(span?.recognizers).toContain(DOCUMENT_NAME);
  });
});
