// Guideline I.C.21.c.3 (Z79): stated long-term (current) drug use, for treatment or prophylaxis, is reported;
// the drug's class comes from the Table of Drugs and Chemicals.
import { codes, sections } from './helpers';

describe('I.C.21.c.3 long-term (current) drug therapy, Z79', () => {
  it.each([
    ['an anticoagulant of the Table (warfarin) taken as prophylaxis', 'DVT in 2022, treatment completed.\nContinues long-term warfarin as secondary prophylaxis. INR 2.4 today.', 'Z79.01'],
    ['a direct oral anticoagulant the FY2023 Table predates', 'Atrial fibrillation on long-term apixaban.', 'Z79.01'],
    ['aspirin (its own Z79.82)', 'Coronary artery disease, on long-term aspirin 81 mg daily.', 'Z79.82'],
    ['the class named without a drug', 'Mechanical mitral valve; lifelong anticoagulation.', 'Z79.01'],
  ])('%s', (_name, note, want) => {
    expect(codes(note)).toContain(want);
  });

  it('records its guideline', () => {
    expect(sections('Atrial fibrillation on long-term apixaban.', 'Z79.01')).toContain('I.C.21.c.3');
  });

  it.each([
    ['denied', 'No long-term anticoagulation.'],
    ['only discussed', 'Discussed whether long-term warfarin is needed.'],
    ['conditional plan', 'Would start long-term warfarin if the clot recurs.'],
    ['stopped', 'Long-term warfarin was stopped last year.'],
    ['no long-term statement', 'Warfarin 5 mg started today for a new DVT.'],
  ])('not when the long-term use is %s', (_name, note) => {
    expect(codes(note)).not.toContain('Z79.01');
  });
});
