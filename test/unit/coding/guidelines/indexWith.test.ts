// The Index's "with" subterms read across a note (I.A.15, I.B.9): two documented conditions the Index links by
// "with", at any depth, are one combination code; a negated or absent complication never selects it. Every note is
// invented; each test names the pattern it serves.
import { codes } from './helpers';

const outpatient = { setting: 'outpatient' as const, noteType: 'PROGRESS_NOTE' };
const inpatient = { setting: 'inpatient' as const, noteType: 'DISCHARGE_SUMMARY' };

describe('I.A.15: a "with" subterm whose condition is documented in another sentence is the combination code', () => {
  it('a bile duct stone and acute cholangitis named apart are "Calculus, bile duct, with cholangitis, acute" (K80.32)', () => {
    const note = 'Discharge summary\nERCP confirmed choledocholithiasis; stones extracted.\nFever and rigors on arrival; acute cholangitis treated with piperacillin-tazobactam.';
    const out = codes(note, inpatient);
    expect(out).toContain('K80.32');
    expect(out).not.toContain('K80.50');
    expect(out).not.toContain('K83.09');
    expect(out).not.toContain('K80.30');
  });
  it('Crohn disease of the colon and a perianal fistula in another sentence are "Enteritis, regional, large intestine, with complication, fistula" (K50.113)', () => {
    const out = codes('IBD clinic\nCrohn disease of the colon, on infliximab.\nExam: perianal fistula with drainage, seton in place.', outpatient);
    expect(out).toContain('K50.113');
    expect(out).not.toContain('K50.10');
  });
  it('an inguinal hernia and a bowel obstruction are "Hernia, inguinal, with obstruction" (K40.30)', () => {
    const out = codes('Surgical consult\nLeft inguinal hernia for a year.\nNow irreducible with vomiting; CT shows bowel obstruction without ischemia.', outpatient);
    expect(out).toContain('K40.30');
    expect(out).not.toContain('K40.90');
    expect(out).not.toContain('K56.609');
  });
});

describe('I.A.15 applies to documented conditions only: a negated complication never selects its "with" code', () => {
  it('Crohn disease of the colon with "no fistula or abscess" stays K50.10', () => {
    const out = codes('IBD clinic\nCrohn disease of the colon in remission on infliximab.\nNo fistula or abscess on MRI.', outpatient);
    expect(out).toContain('K50.10');
    expect(out.some((c) => /^K50\.11/.test(c))).toBe(false);
  });
  it('an inguinal hernia with "no obstruction" stays K40.90', () => {
    const out = codes('Surgery clinic\nRight inguinal hernia, reducible.\nNo obstruction, no incarceration.', outpatient);
    expect(out).toContain('K40.90');
    expect(out).not.toContain('K40.30');
  });
});

describe('I.A.15 exception: a companion the note attributes to another cause is not joined', () => {
  it('a bowel obstruction "due to adhesions" beside an inguinal hernia is not the hernia with obstruction', () => {
    const out = codes('Surgical consult\nLeft inguinal hernia, reducible and soft.\nSmall bowel obstruction due to adhesions from prior laparotomy.', outpatient);
    expect(out).not.toContain('K40.30');
  });
});
