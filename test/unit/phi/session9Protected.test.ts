// Owns the tests of session 9's protected clinical terms (issue 9): the grammar of a clinical term that contains a proper
// noun — a capitalised run before a head noun of the official ICD-10-CM title heads or of a measurement or device class,
// the same term without its head in a measurement slot or at another mention of the note, and brand names in a dose-form or
// allergy-list slot — each with a paired case where a person of the same surname is still redacted. Every value is invented.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { icdClinicalHeads, ICD_HEADS_FILE } from '../../../src/engine/phi/deny/clinicalHeads';
import { findPhiDataDir } from '../../../src/engine/phi/lexicon';
import { redact } from '../../../src/engine/phi';
import { testCoveredPatterns, testUntouchedPatterns } from '../../helpers/phiCoverage';

const KEPT: Record<string, [string, string][]> = {
  'capitalised run before a lower-case head noun of the ICD-10-CM title heads (any noun ending ≥ 3 condition phrases)': [
    ['Biopsy showed Kimmelstiel-Wilson glomerulosclerosis.', 'Kimmelstiel-Wilson'],
    ['Known Castleman lymphadenopathy, stable.', 'Castleman'],
    ['EGD found a Dieulafoy lesion in the fundus.', 'Dieulafoy'],
    ['Radiographs show a Monteggia fracture-dislocation.', 'Monteggia'],
    ['Family history of Navajo neurohepatopathy.', 'Navajo'],
  ],
  'capitalised run before a measurement head (estimate, standard, curve)': [
    ['Energy needs by the Harris-Benedict estimate are 1700 kcal.', 'Harris-Benedict'],
    ['Plotted on the Fenton curve at the 40th percentile.', 'Fenton'],
  ],
  'maker and model before a device head, a short model number inside the run (hearing aids, sensor, processor)': [
    ['Fitted with Phonak Audéo hearing aids bilaterally.', 'Phonak Audéo'],
    ['Wears a Dexcom G7 sensor on the left arm.', 'Dexcom G7'],
    ['Upgraded to a Nucleus 8 processor.', 'Nucleus 8'],
  ],
  'two authors joined by a hyphen or "and" in a measurement slot (method preposition after a measurement, or a score after)': [
    ['Bone age by Greulich and Pyle is 12 years.', 'Greulich and Pyle'],
    ['Goal 1850 kcal/day per Harris-Benedict.', 'Harris-Benedict'],
    ['Back pain disability using Roland-Morris: 14/24.', 'Roland-Morris'],
  ],
  'document-level consistency: a term protected once is protected at its other mentions': [
    ['Kimmelstiel-Wilson glomerulosclerosis on biopsy.\nAssessment: Kimmelstiel-Wilson, progressing.', 'Kimmelstiel-Wilson, progressing'],
    ['Greulich and Pyle atlas used. Read again with Greulich and Pyle today.', 'with Greulich and Pyle today'],
    ['Caloric goal per Harris-Benedict: 1850 kcal. Later recalculated using Harris-Benedict.', 'using Harris-Benedict.'],
  ],
  'brand name before a dose form or delivery device (tablet, pen, inhaler)': [
    ['She was prescribed Qtern tablets.', 'Qtern'],
    ['Switched to Breztri inhaler last month.', 'Breztri'],
  ],
  'brand names in an allergy list or after "allergic to"': [
    ['Allergies: Bactrim, Qtern (rash).', 'Qtern'],
    ['She is allergic to Xigduo.', 'Xigduo'],
  ],
  'items of a medication or allergy section list (numbered or bulleted lines to a blank line or the next header)': [
    ['Medications:\n1. Qtern\n2. Metformin 500 mg\n3. Steglujan\nAllergies:\n- Invokamet', 'Qtern'],
    ['Medications:\n1. Qtern\n2. Metformin 500 mg\n3. Steglujan\nAllergies:\n- Invokamet', 'Steglujan'],
    ['Medications:\n1. Qtern\n2. Metformin 500 mg\n3. Steglujan\nAllergies:\n- Invokamet', 'Invokamet'],
  ],
  'a release suffix in capitals joins the brand, and coordinated items follow it': [
    ['Home meds: Trijardy XR, Segluromet, aspirin.', 'Trijardy XR'],
    ['Home meds: Trijardy XR, Segluromet, aspirin.', 'Segluromet'],
  ],
  'a drug before its delivery device\'s brand word (KwikPen, Respimat, Aerosphere)': [
    ['Uses Humalog KwikPen and Breztri Aerosphere at home.', 'Humalog KwikPen'],
    ['Uses Humalog KwikPen and Breztri Aerosphere at home.', 'Breztri Aerosphere'],
  ],
  'maker and model in a device field ("Hearing aids:", "Pump:", "Sensor:")': [
    ['Hearing aids: Phonak Audéo bilaterally, fitted last year.', 'Phonak Audéo'],
    ['Pump: Tandem Mobi. Sensor: Dexcom G7.', 'Tandem Mobi'],
  ],
  'an author pair in brackets right after the measurement it gives': [
    ['Bone age (Greulich-Pyle) 10 years.', 'Greulich-Pyle'],
  ],
  'census names before a clinical title word and an instrument head, its result on the same line': [
    ['Roland Morris Disability Questionnaire score 12/24.', 'Roland Morris'],
  ],
};

const REDACTED: Record<string, [string, string][]> = {
  'a person of the same surname as a kept eponym, by title, given name or inverted name': [
    ['EGD found a Dieulafoy lesion. Discussed with Dr. Dieulafoy.', 'Dieulafoy.'],
    ['Dr. Wilson reviewed the Kimmelstiel-Wilson glomerulosclerosis biopsy.', 'Wilson'],
    ['Spoke with Mrs. Harris about the Harris-Benedict estimate of her needs.', 'Harris'],
    ['Bone age by Greulich and Pyle is 12 years.\nPyle, Anne accompanied him.', 'Pyle, Anne'],
    ['Mr. Fenton reviewed the Fenton curve at bedside.', 'Fenton'],
  ],
  'a person after a method preposition without a measurement, or with a name after the pair': [
    ['Age 45, seen by Smith and Jones in clinic.', 'Smith'],
    ['Specimen collected 0800 by Mei-Ling Ouyang.', 'Mei-Ling Ouyang'],
  ],
  'a town of the same name as a protected place-named disease, by its place preposition or its state (no document-level keep)': [
    ['Lives in Navajo, NM with family. Navajo neurohepatopathy suspected.', 'Navajo'],
    ['Moved to Navajo last year. Navajo neurohepatopathy suspected.', 'Navajo'],
    ['Home: Navajo, New Mexico. Navajo neurohepatopathy suspected.', 'Navajo'],
  ],
  'a patient\'s surname before a symptom or an -emia/-osis finding in a hand-off (no Index eponym)': [
    ['Rm 12 - Lindqvist delirium worse, Haldol given.', 'Lindqvist'],
  ],
  'a hyphenated surname before a phone number written with a slash, or after an initial (no score total reads it)': [
    ['Contact: granddaughter R. Ben-Mcguffey 445/880-7829', 'Ben-Mcguffey'],
    ['Call Garcia-Lopez 555/123-4567 after 5.', 'Garcia-Lopez'],
  ],
  'a possessive owner or a person before a device or dose-form head': [
    ["Marisol's hearing aids were lost.", 'Marisol'],
    ['Mary pen broke yesterday.', 'Mary'],
  ],
  'a subject line\'s patient before an eponym keeps only the eponym': [
    ['Subject: RE: curbside - Escobedo-Graben Bankart lesion', 'Escobedo-Graben'],
  ],
  'a person in an allergy list whose verb says so': [
    ['Allergies: Mary reports none.', 'Mary'],
  ],
  'a person opening a medication list line (census name or person verb)': [
    ['Medications:\n1. Mary Smith brought the list\n2. Okonkwo says she takes none', 'Mary Smith'],
    ['Medications:\n1. Mary Smith brought the list\n2. Okonkwo says she takes none', 'Okonkwo'],
  ],
  'a maker-like pair with a person cue outside a device slot': [
    ['Patient lives with Audeo Phonak.', 'Audeo Phonak'],
  ],
  'a form title of its own line: the patient\'s name before a title word and an instrument head': [
    ['Mary Smith Disability Questionnaire\nscore 5', 'Mary Smith'],
  ],
  'a business name ending in a head of the extra lists keeps its owner redacted': [
    ['Called mom at work (Magnolia Bend Freight Lines, Inc.).', 'Magnolia'],
  ],
};

describe('session 9 protected terms: a clinical term that contains a proper noun', () => {
  testUntouchedPatterns('kept:', KEPT);
  testCoveredPatterns('redacted:', REDACTED);
});

describe('session 9 protected terms: a labelled field outweighs a slot, a mention or an owner before a head', () => {
  // The last use of the name, after the labelled field that names the person.
  const lastCovered = (text: string, needle: string): boolean => {
    const at = text.lastIndexOf(needle);
    return redact(text).spans.some((s) => s.start <= at && at + needle.length <= s.end);
  };
  test('the person a field names is redacted at a mention the measurement slot or an owner before an official head would keep', () => {
    for (const [text, needle] of [
      ['Patient: Anne Pyle\nBone age by Greulich and Pyle is 12 years. Pyle tolerated the exam.', 'Pyle'],
      ["Patient: Edoko Bamidele\nReviewed Edoko's glucose readings with her.", 'Edoko'],
      ['Spoke to Ortega re: agitation. Ortega agitation improved.', 'Ortega'],
    ]) expect({ text, covered: lastCovered(text, needle) }).toEqual({ text, covered: true });
  });
});

describe('session 9 protected terms: the ICD-10-CM title heads', () => {
  test('the vendored list holds condition heads of the titles, not their anatomy or qualifiers', () => {
    const heads = icdClinicalHeads();
    for (const h of ['neuropathy', 'lesion', 'disease', 'syndrome', 'fracture', 'leukoencephalopathy']) expect({ h, in: heads.has(h) }).toEqual({ h, in: true });
    for (const h of ['elbow', 'knee', 'unspecified', 'history', 'encounter', 'acute', 'discharge', 'delirium', 'agitation', 'pain']) expect({ h, in: heads.has(h) }).toEqual({ h, in: false });
  });
  test('the list is lower case, one a line, sorted', () => {
    const words = gunzipSync(readFileSync(join(findPhiDataDir(), ICD_HEADS_FILE))).toString('utf8').split('\n').filter(Boolean);
    expect(words.every((w) => /^\p{Ll}+$/u.test(w))).toBe(true);
    expect(words).toEqual([...words].sort());
  });
});
