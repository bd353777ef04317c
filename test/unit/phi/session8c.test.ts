// Owns the tests of session 8c's protected-term positions (issue 9, after held-out #8's honest figure): the ICD-10-CM
// Index's optional co-author in brackets, a hyphen-joined author pair before a listed head, equations, formulas and atlases,
// a capitalised word before a disease noun by its form, and "add" as a medication plan verb — and the people who still
// go in those positions; and a conformed signature's initials before a credential ("/s/ KV RN"). Every value is invented; each case names the general pattern it serves.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { ICD_EPONYMS_FILE } from '../../../src/engine/phi/eponymList';
import { findPhiDataDir } from '../../../src/engine/phi/lexicon';
import { testCoveredPatterns, testUntouchedPatterns } from '../../helpers/phiCoverage';

const KEPT: Record<string, [string, string][]> = {
  'Index optional co-author "(-X)" read as the hyphenated compound (Kimmelstiel (-Wilson), Henoch(-Schönlein))': [
    ['Biopsy showed nodular Kimmelstiel-Wilson change.', 'Kimmelstiel-Wilson'],
    ['Rash and arthralgia: Henoch-Schönlein purpura suspected.', 'Henoch-Schönlein'],
  ],
  'hyphen-joined author pair alone before a listed head (questionnaire, scale)': [
    ['Roland-Morris questionnaire score 14 today.', 'Roland-Morris'],
    ['Completed the Oswestry-Fairbank questionnaire at intake.', 'Oswestry-Fairbank'],
  ],
  'authors before an equation, formula or atlas head': [
    ['Energy needs by Harris-Benedict equation 1650 kcal.', 'Harris-Benedict'],
    ['CrCl by Cockcroft-Gault formula 48 mL/min.', 'Cockcroft-Gault'],
    ['LDL by Friedewald formula 131.', 'Friedewald'],
    ['Bone age read against the Greulich and Pyle atlas.', 'Greulich and Pyle'],
  ],
  'capitalised people or place word before a disease noun by its form (-opathy, -itis)': [
    ['Cousin has Navajo neurohepatopathy.', 'Navajo'],
    ['History of Hashimoto thyroiditis, euthyroid.', 'Hashimoto'],
  ],
  'brand drug after the plan verb "add"': [
    ['Plan: add Zembrace for rescue.', 'Zembrace'],
    ['A1c 8.4; will add Qternmet.', 'Qternmet'],
  ],
};

const REDACTED: Record<string, [string, string][]> = {
  'conformed signature "/s/" with two or three capitals before a credential: the signer\'s initials': [
    ['Wound care done. /s/ KV RN', 'KV'],
    ['Patient seen. /s/ RT, LPN 4/2/2026', 'RT'],
    ['/s/ JMB PA-C', 'JMB'],
  ],
  'a double-barrelled surname with a first name or a title before a listed head is a person': [
    ['Pt Marisol Quintero-Bastos questionnaire returned by mail.', 'Marisol'],
    ['Dr. Quintero-Bastos questionnaire reviewed.', 'Quintero-Bastos'],
  ],
  'a person added to a list or a call is not a drug': [
    ['Please add Dr. Ilse Vantongeren to the care team.', 'Vantongeren'],
  ],
  'a full name before a disease noun is still a person': [
    ['Patient Jonas Whitlock nephropathy follow-up.', 'Whitlock'],
  ],
};

describe('session 8c protected terms: positions held-out #8 showed', () => {
  testUntouchedPatterns('kept:', KEPT);
  testCoveredPatterns('redacted:', REDACTED);
});

describe('session 8c: the ICD-10-CM eponym list reads the Index\'s optional co-authors', () => {
  const words = new Set(gunzipSync(readFileSync(join(findPhiDataDir(), ICD_EPONYMS_FILE))).toString('utf8').split('\n').filter(Boolean));
  test('a bracketed "(-X)" or a "-X" modifier adds the compound only, not its single parts', () => {
    expect(['kimmelstiel-wilson', 'henoch-schönlein'].filter((w) => words.has(w))).toEqual(['kimmelstiel-wilson', 'henoch-schönlein']);
    // "Watson" and "Holmes" are co-authors the Index writes only inside a compound: alone they are common surnames.
    expect(['watson', 'holmes', 'pearson'].filter((w) => words.has(w))).toEqual([]);
  });
});
