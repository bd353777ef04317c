// Chapter 22's emergency-use codes are diagnoses the Official Guidelines assign, read from the Index like any
// other: confirmed COVID-19 is U07.1 (I.C.1.g.1), and the signs and symptoms routinely associated with it are
// not coded beside it (I.B.5). Notes invented.
import { codes } from './guidelines/helpers';

describe('I.C.1.g.1 confirmed COVID-19 is U07.1 from the Index, its routine symptoms integral (I.B.5)', () => {
  it('codes the diagnosis named in the assessment', () => {
    expect(codes('Assessment: COVID-19.')).toEqual(['U07.1']);
  });

  it('drops fever and cough beside it', () => {
    const out = codes('Fever to 38.5 and dry cough for 3 days. Home antigen test positive.\nAssessment: COVID-19, mild.');
    expect(out).toContain('U07.1');
    expect(out).not.toContain('R50.9');
    expect(out).not.toContain('R05.1');
  });

  it('post COVID-19 condition is U09.9', () => {
    expect(codes('Assessment: post COVID-19 condition with fatigue.')).toContain('U09.9');
  });

  it('an exposure alone is not the disease (I.C.1.g.1.e)', () => {
    expect(codes('A: close exposure to COVID-19, test negative.')).not.toContain('U07.1');
  });
});

describe('I.C.21.c.1 exposure to a disease the Index lists under "Contact (with)" only', () => {
  it('"exposure to hepatitis C" is contact with viral hepatitis Z20.5 (Exposure — see also Contact), not the disease', () => {
    const out = codes('Assessment: exposure to hepatitis C through household contact; not infected.');
    expect(out).toContain('Z20.5');
    expect(out).not.toContain('B19.20');
  });
});
