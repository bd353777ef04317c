// Owns the tests of the protected clinical terms: eponyms, scales, tests, viruses and brand drugs named after
// people or places are never redacted, while the same words stay PHI where a title or a place cue makes them one.
import { redact } from '../../../src/engine/phi';

const redactedWords = (text: string): string[] => redact(text).spans.map((s) => text.slice(s.start, s.end));

describe('protected clinical terms (head-noun rule: a capitalised run before disease/scale/test/system... is clinical)', () => {
  it.each([
    ['cytology reporting system named after a town', 'Pap smear reported per the Bethesda system as ASC-US.'],
    ['developmental screening test named after a city', 'Denver Developmental Screening Test normal for age.'],
    ['suicide-risk scale named after a university', 'Columbia Suicide Severity Rating Scale screen negative today.'],
    ['scores named after towns and people', 'Epworth score 14; Wells score 2; Framingham risk 12%.'],
    ['pressure-injury scales', 'Braden 16, Norton scale 14.'],
    ['diseases and viruses named after places', 'History of Lyme disease and West Nile virus; negative for Ebola.'],
    ['maneuvers, scores and triads named after people', 'Epley maneuver performed; Dix-Hallpike positive. Wells score 6; Virchow\'s triad.'],
    ['a screening scale named after a city', 'Screened with the Edinburgh Postnatal Depression Scale, score 4.'],
    ['criteria and classes', 'Ranson criteria 2, Child-Pugh class B, MELD 14.'],
    ['a rule with a lower-case word inside, opened by a town name', 'Ottawa ankle rules negative; San Francisco Syncope Rule negative.'],
    ['a run of capitals before a head noun in an all-caps note', 'NEURO: PERRL; OTTAWA ANKLE RULES NEGATIVE; SAN FRANCISCO SYNCOPE RULE NEGATIVE.'],
    ['a procedure named after a person, by its form', 'Plan: Youngswick osteotomy of the first metatarsal.'],
    ['eponymous signs in an all-caps note', 'BABINSKI NEGATIVE. MURPHY\'S SIGN POSITIVE. GLASGOW COMA SCALE 15.'],
  ])('%s', (_pattern, text) => {
    expect(redactedWords(text)).toEqual([]);
  });
});

describe('protected clinical terms (brand drug names are vocabulary, not names)', () => {
  it.each([
    ['discharge medication list', 'Home meds: Lasix 40 mg, Coumadin 5 mg, Eliquis 5 mg BID, Keppra 500 mg, Xarelto, Lantus 20 units.'],
    ['triage line', 'Pt took Zofran and Norco at home prior to arrival.'],
  ])('%s', (_pattern, text) => {
    expect(redactedWords(text)).toEqual([]);
  });
});

describe('protection yields to person and place context', () => {
  it('a title before a scale name makes it a person', () => {
    expect(redactedWords('Discussed with Dr. Wells this morning.')).toEqual(['Wells']);
  });
  it('a first name and surname before a head noun stay a person ("Mary Smith test results")', () => {
    expect(redactedWords('Sent Mary Thistlewood test results by mail.')).toContain('Mary Thistlewood');
  });
  it('a first name and a listed surname that is also a word stay a person ("Mary Smith test results")', () => {
    expect(redactedWords('Sent Mary Smith test results by mail.').join(' ')).toContain('Mary Smith');
  });
  it('a listed surname that names a test is a person on its own ("Jane Finkelstein, RN")', () => {
    expect(redactedWords('Jane Finkelstein, RN checked the dressing; Finkelstein test negative.').join(' ')).toContain('Jane Finkelstein');
  });
  it('a name found elsewhere is not propagated onto the protected use', () => {
    const text = 'Seen by Dr. Wells. Wells score 2.';
    const r = redact(text);
    expect(r.spans.map((s) => text.slice(s.start, s.end))).toEqual(['Wells']);
  });
});

describe('protected clinical phrases (eponyms whose words are a full name, a title or a saint; brands in no list)', () => {
  it.each([
    ['a place-named encephalitis opening with a saint (ICD-10-CM A83.3)', 'Serology positive for St. Louis encephalitis; WEE negative.'],
    ['an exam sign whose eponym opens with a relative word', 'Umbilical mass consistent with Sister Mary Joseph nodule.'],
    ['a surgical drain named after two surgeons (first name and surname)', 'Jackson-Pratt drain placed in the right flank, 40 mL output.'],
    ['a lesion named after two people', 'MRI shows a Hill-Sachs lesion and Bankart lesion.'],
    ['an eponymous sign whose eponym is a first name and surname', 'Grey Turner sign absent; Cullen sign absent.'],
    ['a reversal-agent brand in no word list', 'INR 4.1, given Kcentra 2000 units and vitamin K.'],
    ['a named surgery', 'Referred for Mohs surgery of the nasal ala.'],
    ['in an all-caps note', 'JACKSON-PRATT DRAIN TO BULB SUCTION. HX ST LOUIS ENCEPHALITIS.'],
  ])('%s', (_pattern, text) => {
    expect(redactedWords(text)).toEqual([]);
  });
  it('a phrase protects only its whole sequence: the same first name alone stays a person', () => {
    expect(redactedWords('Seen with her son Jackson Pratt today.')).toEqual(['Jackson Pratt']);
  });
});
