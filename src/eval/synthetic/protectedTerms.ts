// Owns the protected clinical terms planted in synthetic notes: eponymous diseases and signs, scales
// and tests named after people or places, place-named infections and brand drug names. They look
// like names and places but are clinical content; redacting them is an error the eval counts.
import type { Rng } from './prng';
import { term, type Frag } from './segments';

export const EPONYM_DIAGNOSES = [
  "Parkinson's disease", "Crohn's disease", 'Hodgkin lymphoma', 'non-Hodgkin lymphoma', "Alzheimer's dementia", "Alzheimer's disease",
  'Down syndrome', "Graves' disease", "Bell's palsy", "Hashimoto's thyroiditis", "Cushing's syndrome", "Addison's disease",
  "Barrett's esophagus", 'Guillain-Barre syndrome', "Raynaud's phenomenon", "Sjogren's syndrome", 'Tourette syndrome',
  "Wilson's disease", 'Kaposi sarcoma', 'Wernicke encephalopathy', "Meniere's disease", "Paget's disease of bone",
  "Dupuytren's contracture", 'Charcot foot', "Huntington's disease", 'Marfan syndrome', 'Lewy body dementia', "Osgood-Schlatter disease",
];

export const EPONYM_SIGNS = [
  'Babinski sign', "Murphy's sign", "Homans' sign", "Tinel's sign", "Phalen's test", 'Romberg test', 'Kernig sign', 'Brudzinski sign',
  'McMurray test', 'Lachman test', "Trousseau's sign", "Chvostek's sign", 'Kussmaul respirations', "Cheyne-Stokes respirations",
];

export const SCALES = [
  'Apgar score', 'Glasgow Coma Scale', 'Bethesda system', 'Denver Developmental Screening Test', 'Columbia Suicide Severity Rating Scale',
  'Epworth Sleepiness Scale', 'Wells score', 'Framingham risk score', 'Norton scale', 'Braden scale', 'Mini-Cog',
  'Montreal Cognitive Assessment', 'Edinburgh Postnatal Depression Scale', 'Richmond Agitation-Sedation Scale', 'Ottawa ankle rules',
  'San Francisco Syncope Rule', 'Boston Bowel Preparation Scale', 'Glasgow-Blatchford score', 'Duke criteria', 'Gleason score',
  'Child-Pugh class', 'Killip class', 'Mallampati class', 'New York Heart Association class', 'Karnofsky performance status', 'Tanner stage',
  'Morse Fall Scale', 'Stanford type A', 'Berlin criteria', 'Ranson criteria',
];

export const PLACE_DISEASES = ['Lyme disease', 'West Nile virus', 'Ebola', 'Rocky Mountain spotted fever', 'Coxsackie virus', 'Norwalk virus', 'Zika virus', 'Marburg virus'];

export const PROCEDURES = ['Foley catheter', 'Whipple procedure', 'Nissen fundoplication', 'Roux-en-Y gastric bypass', 'Swan-Ganz catheter', 'Hartmann procedure', 'Epley maneuver', 'Valsalva maneuver', 'Holter monitor', 'Pap smear', 'Gram stain', 'Trendelenburg position'];

export const BRANDS = [
  'Lasix', 'Coumadin', 'Eliquis', 'Keppra', 'Zofran', 'Tylenol', 'Xarelto', 'Lantus', 'Plavix', 'Lipitor', 'Norvasc', 'Synthroid',
  'Protonix', 'Ativan', 'Haldol', 'Seroquel', 'Flomax', 'Januvia', 'Humalog', 'Ventolin', 'Advair', 'Spiriva', 'Zoloft', 'Lexapro',
  'Neurontin', 'Percocet', 'Dilaudid', 'Narcan', 'Augmentin', 'Bactrim', 'Keflex', 'Zosyn', 'Jardiance', 'Entresto', 'Ozempic', 'Brilinta',
];

export const BRAND_DOSES: Record<string, readonly string[]> = {
  Lasix: ['40 mg PO daily', '20 mg IV BID', '80 mg PO BID'], Coumadin: ['5 mg PO nightly', '2.5 mg daily'], Eliquis: ['5 mg PO BID', '2.5 mg BID'],
  Keppra: ['500 mg PO BID', '1000 mg IV q12h'], Zofran: ['4 mg IV q6h PRN nausea', '8 mg ODT PRN'], Tylenol: ['650 mg PO q6h PRN', '1 g PO q8h'],
  Xarelto: ['20 mg daily with supper', '15 mg BID'], Lantus: ['22 units subcut nightly', '10 units at bedtime'],
};

export function brandWithDose(rng: Rng): Frag {
  const b = rng.pick(BRANDS);
  const dose = BRAND_DOSES[b] ? rng.pick(BRAND_DOSES[b]) : rng.pick(['as directed', 'daily', 'BID', 'PRN', '1 tab PO daily']);
  return [term(rng.chance(0.1) ? b.toUpperCase() : b, b), ' ', dose];
}

/** A protected term in a short clinical phrase, e.g. "history of Parkinson's disease". */
export function protectedPhrase(rng: Rng): Frag {
  return rng.weighted<() => Frag>([
    [3, () => [rng.pick(['history of ', 'known ', 'h/o ', 'longstanding ', 'newly diagnosed ', '']), t(rng, EPONYM_DIAGNOSES)]],
    [2, () => [rng.pick(['positive ', 'negative ', 'no ', '']), t(rng, EPONYM_SIGNS)]],
    [3, () => scaleWithValue(rng)],
    [1, () => [rng.pick(['serology for ', 'exposure to ', 'r/o ', 'hx of ']), t(rng, PLACE_DISEASES)]],
    [1, () => [rng.pick(['s/p ', 'planned ', '', 'placed ']), t(rng, PROCEDURES)]],
    [3, () => brandWithDose(rng)],
  ])();
}

function t(rng: Rng, list: readonly string[]): Frag {
  const x = rng.pick(list);
  return term(x, x);
}

function scaleWithValue(rng: Rng): Frag {
  const s = rng.pick(SCALES);
  return [term(s, s), rng.pick([` ${rng.int(1, 15)}`, ` of ${rng.int(2, 24)}`, ': low risk', ' reviewed', ` ${rng.int(1, 4)}`, ' negative'])];
}
