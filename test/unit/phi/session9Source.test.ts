// Owns issue 9's second wave on the development source's style: ICU nursing and progress notes in capitals or mixed
// case that name the sending or receiving hospital by a two-to-four-letter code which is also a clinical abbreviation.
// Every example is invented; each test names the general pattern it serves.
import { redact } from '../../../src/engine/phi';
import { coveredBy, touchedBy } from '../../helpers/phiCoverage';

function covered(text: string, needle: string): boolean {
  return coveredBy(text, needle, redact(text).spans);
}
function untouched(text: string, needle: string): boolean {
  return !touchedBy(text, needle, redact(text).spans);
}

describe('location.movement-cue: a hospital code after a verb of transfer that is also an abbreviation', () => {
  test.each([
    ['PT TRANSFERRED TO LE FOR FURTHER MANAGEMENT.', 'LE'],
    ['Pt intubated and sent to RX, pt also s/p pacer.', 'RX'],
    ['58 year old male came into NG on 4/9 with leg pain.', 'NG'],
    ['GIVEN 2 FFP; REFERRED TO FA. ARRIVED IN TRANSFER AT 2130.', 'FA'],
    ['TRANS TO IO 3/14 .DOPAMINE WEANED.', 'IO'],
    ['Pt transfered to UR for cath: LAD 80%.', 'UR'],
    ['elective admission; admitted to UH to have a PEG replaced.', 'UH'],
  ])('the code closing the transfer clause is redacted: %s', (text, code) => {
    expect(covered(text, code)).toBe(true);
  });

  test.each([
    ['PT TRANSFERRED TO MICU FOR CLOSER MONITORING.', 'MICU'],
    ['Pt sent to CT for head scan.', 'CT'],
    ['Referred to GI for EGD.', 'GI'],
    ['Pt admitted to OR for lap chole.', 'OR'],
    ['She was admitted to OSH with CHF.', 'OSH'],
    ['New clot sent to BB for type and cross.', 'BB'],
    ['BC sent from TLC, aline and urine.', 'TLC'],
    ['SPECIMEN SENT TO LAB.', 'LAB'],
    ['PT SENT TO BED AT 2200.', 'BED'],
  ])('a unit, service, line or generic setting in the same slot stays: %s', (text, word) => {
    expect(untouched(text, word)).toBe(true);
  });
});

describe('name.family: the surname before "family" in a note of capitals or mixed case', () => {
  test.each([
    ['COMFORT/SEDATION. KEEP OKONKWO FAMILY AWARE OF PLAN OF CARE.', 'OKONKWO'],
    ['Keep Wanjiru family aware of plan.', 'Wanjiru'],
    ['INTUBATED/ KEEP BANKS FAMILY AWARE OF PLAN OF CARE.', 'BANKS'],
  ])('a surname no list holds, or a word surname after a verb of informing, is redacted: %s', (text, name) => {
    expect(covered(text, name)).toBe(true);
  });

  test.each([
    ['She has a young family at home.', 'young'],
    ['Pt lives with extended family.', 'extended'],
    ['KEEP PT FAMILY AWARE OF PLAN.', 'PT'],
    ['Wants a coffee. Recognizes family, making demands.', 'Recognizes'],
    ['UPDATED THE WHOLE FAMILY AT BEDSIDE.', 'WHOLE'],
  ])('a word saying what kind of family, or a verb at a sentence start, stays: %s', (text, word) => {
    expect(untouched(text, word)).toBe(true);
  });
});

describe('location.org-after-cue in lower-case notes: the town after a verb of residence', () => {
  test.each([
    ['his mother died. he lives nearby in quorvale and will be in later.', 'quorvale'],
    ['pt lives in brindlemoor with wife.', 'brindlemoor'],
  ])('a word no list holds after "lives (nearby) in" is the town: %s', (text, town) => {
    expect(covered(text, town)).toBe(true);
  });

  test.each([
    ['pt lives nearby in an apartment with wife.', 'apartment'],
    ['he lives close to family.', 'family'],
  ])('an English word in the same slot stays: %s', (text, word) => {
    expect(untouched(text, word)).toBe(true);
  });
});
