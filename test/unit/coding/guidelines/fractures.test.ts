// Guideline I.C.19.c.1 and the Tabular note of the fracture categories: "a fracture not indicated as
// displaced or nondisplaced should be coded to displaced"; the note's "nondisplaced" refines it. Pain
// (site unstated) beside an injury is integral (I.B.5). "X without Y" never reads as "X with Y".
import { Coder } from '../../../../src/engine/coding';
import { displacedByDefault } from '../../../../src/engine/coding/official';
import { analyzeText } from '../../../../src/engine/text';
import { codeSet } from './helpers';

const coder = new Coder(codeSet);
function codes(text: string): string[] {
  return coder.code(text, analyzeText(text), { setting: 'outpatient' }).map((c) => c.code);
}

describe('displaced by default (Tabular note, I.C.19.c.1)', () => {
  it('keeps the displaced leaves of a fracture subcategory', () => {
    const leaves = codeSet.billableDescendants('S82.85').filter((e) => e.code.endsWith('A'));
    expect(displacedByDefault(leaves).map((e) => e.code)).toEqual(['S82.851A', 'S82.852A', 'S82.853A']);
  });
  it('leaves non-fracture leaves alone', () => {
    const leaves = codeSet.billableDescendants('S93.40').filter((e) => e.code.endsWith('A'));
    expect(displacedByDefault(leaves)).toEqual(leaves);
  });
  it('an Index fracture term with its side reaches the displaced code', () => {
    expect(codes('Assessment: trimalleolar fracture of the right ankle, splinted, to OR tomorrow.')).toContain('S82.851A');
  });
  it('the note saying nondisplaced gives the nondisplaced sibling', () => {
    const out = codes('Assessment: nondisplaced trimalleolar fracture of the right ankle.');
    expect(out).toContain('S82.854A');
    expect(out).not.toContain('S82.851A');
  });
});

describe('I.B.5 pain with an injury', () => {
  it('R52 is not coded beside a fracture', () => {
    const out = codes('Assessment: trimalleolar fracture of the right ankle. Pain controlled with ice.');
    expect(out).toContain('S82.851A');
    expect(out).not.toContain('R52');
  });
});

describe('"without" is not "with" (foreign body, complication words)', () => {
  it('laceration without foreign body → the without code', () => {
    const out = codes('ED visit today. Dx: laceration of left hand without foreign body. Sutures placed.');
    expect(out).toContain('S61.412A');
    expect(out).not.toContain('S61.422A');
  });
});
