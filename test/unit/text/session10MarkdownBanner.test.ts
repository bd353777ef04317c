// Session 10 (review10): a banner is a line framed by decoration runs (system text); markdown strong emphasis
// ("**Assessment**", "__Sepsis due to E. coli UTI__") is a clinician's emphasis, its delimiter pair touching
// the words (CommonMark flanking runs), and stays evidence. Spaced runs and runs of three or more still frame a banner.
import { nonClinicalReason } from '../../../src/engine/text/clinicalStatement';
import { provenanceAt } from '../../helpers/provenanceAt';

const note = (line: string): string =>
  `Clinic visit\nCough for 9 days after a cold, no fever; lungs with scattered rhonchi.\n${line}\nPlan: fluids, honey, return if dyspnea.`;

describe('markdown strong emphasis is not a banner', () => {
  it.each([
    ['double asterisks', '**Acute bronchitis**', 'Acute bronchitis'],
    ['double underscores', '__Sepsis due to E. coli urinary tract infection__', 'Sepsis due to E. coli urinary tract infection'],
    ['two bold fragments on one line', '**Assessment:** type 2 diabetes, **well controlled**', 'type 2 diabetes'],
  ])('%s stays clinical evidence', (_label, line, phrase) => {
    expect(nonClinicalReason(line)).toBeUndefined();
    expect(provenanceAt(note(line), phrase).kind).toBe('clinical');
  });
});

describe('decoration frames stay banners (system text)', () => {
  it.each([
    ['spaced asterisks', '** RISK OPPORTUNITY: morbid obesity **'],
    ['triple asterisks', '*** IMPORTANT NOTICE ***'],
    ['four asterisks touching the words', '****Suspected HCC: atrial fibrillation****'],
    ['equals signs touching the words', '==Suspected HCC: atrial fibrillation=='],
  ])('%s', (_label, line) => {
    expect(nonClinicalReason(line)).toBe('statement.banner');
  });
});
