// Owns the tests of session 8's protected clinical terms (issue 9): eponyms and brand drugs kept by their position, not by
// a list of the terms — instrument and graded heads, a field's colon or bracket parting a title from an eponym, the
// ICD-10-CM Index's hyphenated multi-eponyms, and brand drugs in a medication position (plan verbs, "switch to", a route or
// frequency after, a dose unit, a brand-generic pair, a plural medication label, the same drug elsewhere in the note) —
// and the people who still go in those positions. Every value is invented; each case names the general pattern it serves.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { icdEponyms, ICD_EPONYMS_FILE } from '../../../src/engine/phi/eponymList';
import { redact } from '../../../src/engine/phi';
import { findPhiDataDir } from '../../../src/engine/phi/lexicon';
import { testCoveredPatterns, testUntouchedPatterns } from '../../helpers/phiCoverage';

const KEPT: Record<string, [string, string][]> = {
  'maker or describer before an examination instrument or method head (lens, applanation, tonometer, perimetry)': [
    ['Fundus viewed with a Volk lens; IOP by Perkins applanation 18 OU.', 'Volk'],
    ['Fundus viewed with a Volk lens; IOP by Perkins applanation 18 OU.', 'Perkins'],
    ['IOP 21 by Schiotz tonometer.', 'Schiotz'],
    ['Visual fields: Humphrey perimetry reliable.', 'Humphrey'],
    ['IOP BY PERKINS APPLANATION 17. HUMPHREY PERIMETRY ABSENT.', 'PERKINS'],
    ['IOP BY PERKINS APPLANATION 17. HUMPHREY PERIMETRY ABSENT.', 'HUMPHREY'],
  ],
  'eponym before a graded head ("level" with a Roman numeral or a number after it)': [
    ['Melanoma, Clark level IV, Breslow 1.2 mm.', 'Clark'],
    ['Excision advised; if melanoma report Clark level II.', 'Clark'],
    ['Same site, Clark level IV per pathology.', 'Clark'],
    ['Invasion to Clark\'s level II only.', 'Clark'],
  ],
  'eponym before a head in lower case only in mixed text (repair, block)': [
    ['Status post Bassini repair of a left inguinal hernia.', 'Bassini'],
    ['Bier block placed for the reduction.', 'Bier'],
  ],
  'a field\'s colon or bracket parts a credential or title from the eponym that opens the field': [
    ['Reply (Tomas Reyes, MD): Beau lines on all nails.', 'Beau'],
    ['Dermatology (Dr. Okafor): Dennie-Morgan folds bilaterally.', 'Dennie-Morgan'],
    ['Consult (Ilse Varga, MD): Dennie-Morgan folds bilaterally.', 'Dennie-Morgan'],
    ['Visit 0930-1015 aide Boynton MR; Lawton IADL scale used for transfers.', 'Lawton IADL'],
  ],
  'rescue medicines a patient carries or uses, a hyphen-joined capital part of the brand ("Auvi-Q")': [
    ['Hx seizures; carries Auvi-Q and Baqsimi; noon dose given.', 'Baqsimi'],
    ['Hx seizures; carries Auvi-Q and Baqsimi; noon dose given.', 'Auvi-Q'],
  ],
  'two-part multi-eponym the ICD-10-CM Index or Tabular writes whole (census names or not, any case)': [
    ['History of Klippel-Feil anomaly.', 'Klippel-Feil'],
    ['Imaging consistent with Budd-Chiari.', 'Budd-Chiari'],
    ['HX ARNOLD-CHIARI MALFORMATION.', 'ARNOLD-CHIARI'],
    ['Known Wolff-Parkinson-White pattern.', 'Wolff-Parkinson-White'],
  ],
  'brand drug after a verb of changing drug and "to" (transition, switch, bridge)': [
    ['Plan: transition to Caplyta next week.', 'Caplyta'],
    ['Switched to Lybalvi because of weight gain.', 'Lybalvi'],
    ['Switch to Auvelity 45 mg.', 'Auvelity'],
  ],
  'brand drug after a plan verb (start, taper, refill, increase, hold)': [
    ['Will start Zurzuvae tonight.', 'Zurzuvae'],
    ['Refill Qelbree; follow up in 4 weeks.', 'Qelbree'],
    ['Hold Tyvaso while inpatient.', 'Tyvaso'],
  ],
  'brand drug before a route or a frequency abbreviation (OU, qhs, PRN)': [
    ['Rhopressa OU qhs, Lumigan qhs.', 'Rhopressa'],
    ['Rhopressa OU qhs, Lumigan qhs.', 'Lumigan'],
  ],
  'brand drug before a dose in eye drops, patches and pens (gtt, patch, pen)': [
    ['Combigan 1 gtt twice a day.', 'Combigan'],
  ],
  'brand and generic written as a pair, either way round': [
    ['Naloxone rescue: Kloxxado (naloxone) at home.', 'Kloxxado'],
    ['Continue lofexidine (Lucemyra) for withdrawal.', 'Lucemyra'],
  ],
  'brand drugs listed after a plural medication label': [
    ['Meds: Caplyta, Lybalvi and Qelbree.', 'Lybalvi'],
    ['Meds: Caplyta, Lybalvi and Qelbree.', 'Qelbree'],
    ['Meds: Rhopressa, Combigan, Lumigan.', 'Rhopressa'],
    ['Meds: Rhopressa, Combigan, Lumigan.', 'Lumigan'],
  ],
  'treatment after a verb whose object is a treatment (discussed, declined, tolerating), one word in no census list': [
    ['Declined Lybalvi; tolerating Caplyta.', 'Lybalvi'],
    ['Declined Lybalvi; tolerating Caplyta.', 'Caplyta'],
  ],
  'disease, sign or principle after a two-word diagnostic position (consistent with, concerning for)': [
    ['Not consistent with Hardy-Weinberg. Cascade testing offered.', 'Hardy-Weinberg'],
    ['Findings consistent with Parkinson disease; concerning for Stevens-Johnson.', 'Parkinson'],
  ],
  'a principle a diagnostic position named is that principle at its other uses in the note': [
    ['Confirmed by Hardy-Weinberg.\nNot consistent with Hardy-Weinberg.', 'Confirmed by Hardy-Weinberg'],
  ],
  'a drug a medication position named is that drug at its other uses in the note': [
    ['Plan: switched to Caplyta last month.\nDiscussed Caplyta side effects.', 'Discussed Caplyta'],
  ],
};

/** People in the same positions: a title, a contact verb, "on" a drug, a possessive before an instrument, a title before a compound. */
const REDACTED: Record<string, [string, string][]> = {
  'a title before a possessive owner of a place ("Dr. X\'s clinic") is a person': [['Seen at Dr. Hruska\'s clinic today.', 'Hruska']],
  'a person after a contact verb and "by" stays a person': [['Was seen by Clark yesterday.', 'Clark']],
  'a run a verb of taking puts "on" a drug is the patient, not the drug': [['We started Mary on sertraline.', 'Mary']],
  'a possessive before an instrument head is its owner': [['Cleaned Mary\'s lens case.', 'Mary']],
  'a listed multi-eponym of census names with no clinical word after it is a double-barrelled surname': [
    ['Patient Sanger-Brown arrived at 9.', 'Sanger-Brown'],
  ],
  'a title before a listed multi-eponym makes it a double-barrelled surname': [['Ms. Adams-Stokes arrived at 9.', 'Adams-Stokes']],
  'a title before an eponym\'s run in the same field keeps it a person': [['Dr. Wells score sheet reviewed.', 'Wells']],
  'an English frequency adverb after a name is no route ("visits Aigerim weekly")': [
    ['Daughter visits Aigerim weekly.', 'Aigerim'],
  ],
  'a census name after a plan verb is left to the name rules': [['Call to start Jennifer on the new plan.', 'Jennifer']],
  'two spaced words in no English list after a plan verb are a full name, not a brand': [['Start Okonkwo Adeyemi today.', 'Okonkwo Adeyemi']],
  'a given name or two unknown words after a diagnostic position are a person': [['Consistent with Teodora Ibe.', 'Teodora Ibe']],
  'a grade followed by a facility or unit of care grades a place, not an eponym': [['Level of care: Clark level 2 trauma center.', 'Clark']],
  'a title before a semicolon still owns the name before it': [['Seen with Mr. Okafor; Okafor uses a cane.', 'Okafor; Okafor']],
  'a census name after a treatment-object verb is left to the name rules': [['Discussed Jennifer at rounds.', 'Jennifer']],
  'a determiner after a treatment-object verb\'s object makes it a person': [['Offered Jennifer a ride home.', 'Jennifer']],
  'two capitals after a surname are its initials, not a route, unless another route or frequency follows': [
    ['Your son, Baruelli PR, may wish to be tested.', 'Baruelli PR'],
  ],
  'a full name or an owner after a diagnostic position is a person': [
    ['Consistent with Mary Smith\'s account, she fell.', 'Mary Smith'], ['Exam consistent with Dr. Okafor\'s findings.', 'Okafor'],
  ],
};

describe('session 8 protected terms: eponyms and brands by their position', () => {
  testUntouchedPatterns('kept:', KEPT);
  testCoveredPatterns('redacted:', REDACTED);
});

describe('session 8 protected terms: a weak position yields to a name the note gives', () => {
  // The last use of the name, after the labelled field that names the person.
  const lastCovered = (text: string, needle: string): boolean => {
    const at = text.lastIndexOf(needle);
    return redact(text).spans.some((s) => s.start <= at && at + needle.length <= s.end);
  };
  test('a word a treatment-object verb alone made a drug is the person the note names elsewhere', () => {
    for (const [text, needle] of [['Patient: Aigerim Bekova\nDeclined Aigerim.', 'Aigerim'], ['Dr. Teodora Ibe saw her.\nTolerating Teodora.', 'Teodora']]) {
      expect({ text, covered: lastCovered(text, needle) }).toEqual({ text, covered: true });
    }
  });
});

describe('session 8 protected terms: the ICD-10-CM eponym list', () => {
  test('the vendored list holds the Index\'s hyphenated multi-eponyms and single eponyms, lower case', () => {
    const list = icdEponyms();
    for (const e of ['klippel-feil', 'budd-chiari', 'osgood-schlatter', 'bartholin', 'sjogren']) expect(list.has(e)).toBe(true);
  });
  test('the list holds no English word alone (an English part stays only inside its compound)', () => {
    const text = gunzipSync(readFileSync(join(findPhiDataDir(), ICD_EPONYMS_FILE))).toString('utf8');
    const words = text.split('\n').filter(Boolean);
    for (const w of ['type', 'acute', 'disease', 'syndrome']) expect(words).not.toContain(w);
    expect(words).toEqual([...words].sort());
  });
});
