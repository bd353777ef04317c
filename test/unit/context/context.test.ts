// ConText mention attributes: each category with pre/post triggers, pseudo-triggers, termination,
// window limits and section-level experiencer.
import { mentionContext } from '../../../src/engine/context';
import { analyzeText } from '../../../src/engine/text';
import type { MentionContext } from '../../../src/engine/types';

/** Context of the n-th (default first) case-insensitive occurrence of `mention` in `text`. */
function ctx(text: string, mention: string, nth = 0): MentionContext {
  let at = -1;
  for (let k = 0; k <= nth; k++) at = text.toLowerCase().indexOf(mention.toLowerCase(), at + 1);
  if (at < 0) throw new Error(`"${mention}" not in "${text}"`);
  return mentionContext(analyzeText(text), { start: at, end: at + mention.length });
}

describe('negation', () => {
  it.each([
    ['Patient denies chest pain.', 'chest pain'],
    ['No fever, chills, nausea or vomiting.', 'vomiting'],
    ['Lungs without wheezes.', 'wheezes'],
    ['CXR negative for pneumonia.', 'pneumonia'],
    ['Free of edema.', 'edema'],
    ['MI was ruled out.', 'MI'],
    ['No evidence of malignancy.', 'malignancy'],
    ['He does not have diabetes.', 'diabetes'],
    ['Pulmonary embolism is unlikely.', 'Pulmonary embolism'],
    ['Extremities: No clubbing, cyanosis, or edema.', 'edema'],
    ['Edema: none.', 'Edema'],
    ['GI ROS is -ve for bleeding.', 'bleeding'],
  ])('negates: %s', (text, mention) => {
    expect(ctx(text, mention).negated).toBe(true);
  });

  it.each([
    ['No increase in pleural effusion.', 'pleural effusion'],
    ['Not only chest pain but also dyspnea.', 'chest pain'],
    ['No change in the right lower lobe opacity.', 'opacity'],
    ['Gram-negative bacteremia.', 'bacteremia'],
    ['Swallowed without difficulty.', 'Swallowed'],
    ['Pneumonia not ruled out.', 'Pneumonia'],
    ['FH is +ve for a sister with colon polyps.', 'colon polyps'],
  ])('pseudo-trigger does not negate: %s', (text, mention) => {
    expect(ctx(text, mention).negated).toBe(false);
  });

  it.each([
    ['No fever but has cough.', 'cough'],
    ['Denies chest pain, however reports dyspnea.', 'dyspnea'],
    ['No nausea although vomiting overnight.', 'vomiting'],
    ['No pain aside from headache.', 'headache'],
    ['No acute distress; cough.', 'cough'],
    ['No complaints other than back pain.', 'back pain'],
    ['No ischemia which explains the dyspnea.', 'dyspnea'],
    ['Denies fever. Has cough.', 'cough'],
  ])('scope terminates: %s', (text, mention) => {
    expect(ctx(text, mention).negated).toBe(false);
  });

  it('limits the forward window', () => {
    const text = 'No fever was documented on arrival to the floor and during the entire stay the patient had pneumonia.';
    expect(ctx(text, 'fever').negated).toBe(true);
    expect(ctx(text, 'pneumonia').negated).toBe(false);
  });

  it('ignores a trigger that is part of the mention itself', () => {
    expect(ctx('Free air under the diaphragm.', 'Free air').negated).toBe(false);
  });
});

describe('uncertainty', () => {
  it.each([
    ['Possible pneumonia.', 'pneumonia'],
    ['Probable CHF exacerbation.', 'CHF'],
    ['Suspected appendicitis.', 'appendicitis'],
    ['Admitted to rule out myocardial infarction.', 'myocardial infarction'],
    ['R/O sepsis.', 'sepsis'],
    ['Questionable infiltrate.', 'infiltrate'],
    ['? pneumonia on CXR.', 'pneumonia'],
    ['Pneumonia versus atelectasis.', 'atelectasis'],
    ['Appendicitis is suspected.', 'Appendicitis'],
    ['Pneumonia?', 'Pneumonia'],
    ['Malignancy cannot be excluded.', 'Malignancy'],
  ])('uncertain: %s', (text, mention) => {
    const c = ctx(text, mention);
    expect(c.uncertain).toBe(true);
    expect(c.negated).toBe(false);
  });
  it('affirmed without a cue', () => {
    expect(ctx('Pneumonia in the right lower lobe.', 'Pneumonia').uncertain).toBe(false);
  });
});

describe('hypothetical', () => {
  it.each([
    ['Return if chest pain recurs.', 'chest pain'],
    ['Should he develop fever, call the clinic.', 'fever'],
    ['In case of bleeding, stop the drug.', 'bleeding'],
    ['Tylenol as needed for headache.', 'headache'],
    ['If shortness of breath worsens, go to the ER.', 'shortness of breath'],
    ['Start DVT prophylaxis.', 'DVT'],
    ['At risk for falls.', 'falls'],
  ])('hypothetical: %s', (text, mention) => {
    expect(ctx(text, mention).hypothetical).toBe(true);
  });
  it('is not hypothetical in a plain statement', () => {
    expect(ctx('He has chest pain today.', 'chest pain').hypothetical).toBe(false);
  });
});

describe('historical', () => {
  it.each([
    ['History of MI in 2010.', 'MI'],
    ['S/p appendectomy.', 'appendectomy'],
    ['Status post CABG.', 'CABG'],
    ['Previous stroke with no deficits.', 'stroke'],
    ['Pneumonia, resolved.', 'Pneumonia'],
    ['PMH: CAD, S/P MI', 'MI'],
    ['Remote history of peptic ulcer.', 'peptic ulcer'],
  ])('historical: %s', (text, mention) => {
    expect(ctx(text, mention).historical).toBe(true);
  });

  it('is not fooled by header-like phrases and ages', () => {
    expect(ctx('HISTORY OF PRESENT ILLNESS: Chest pain for 2 days.', 'Chest pain').historical).toBe(false);
    expect(ctx('He has a 3 day history of cough.', 'cough').historical).toBe(false);
    expect(ctx('A 65-year-old man with pneumonia.', 'pneumonia').historical).toBe(false);
    expect(ctx('History of MI, presents with chest pain.', 'chest pain').historical).toBe(false);
  });

  it('leaves chronic disease in a PMH list current (the coder reads the section kind)', () => {
    const c = ctx('PMH: HTN, DM2', 'DM2');
    expect(c.historical).toBe(false);
    expect(c.negated).toBe(false);
  });

  it('"family history of" is family, not the patient\'s history', () => {
    const c = ctx('Family history of colon cancer.', 'colon cancer');
    expect(c.family).toBe(true);
    expect(c.historical).toBe(false);
  });
});

describe('family', () => {
  it.each([
    ['Mother with breast cancer.', 'breast cancer'],
    ['Father had an MI at 50.', 'MI'],
    ['Sister has type 1 diabetes.', 'diabetes'],
    ['Colon cancer in her mother.', 'Colon cancer'],
    ['FH: CAD', 'CAD'],
    ['Family History:\nDiabetes, stroke.', 'stroke'],
  ])('family: %s', (text, mention) => {
    expect(ctx(text, mention).family).toBe(true);
  });

  it('stops at the patient and ignores "by his wife"', () => {
    expect(ctx('Mother had diabetes; patient has hypertension.', 'hypertension').family).toBe(false);
    expect(ctx('History obtained by his wife; he has chest pain.', 'chest pain').family).toBe(false);
    expect(ctx('He has chest pain.', 'chest pain').family).toBe(false);
  });

  it('negation inside a family-history section', () => {
    const c = ctx('FH: negative for colon cancer', 'colon cancer');
    expect(c.family).toBe(true);
    expect(c.negated).toBe(true);
  });
});

describe('mention across a sentence boundary', () => {
  it('uses every sentence the mention touches', () => {
    const text = 'No pain. Swelling.';
    expect(mentionContext(analyzeText(text), { start: 3, end: text.length }).negated).toBe(true);
  });
});

describe('a parenthetical is its own scope (NegEx scope ends at a closing bracket)', () => {
  it('a negation inside a closed parenthetical does not reach the mention after it', () => {
    expect(ctx('Acute pancreatitis (idiopathic, no necrosis on CT) with fever 38.6.', 'fever').negated).toBe(false);
    expect(ctx('Seen for a rash (no complications), with two common warts on the hand.', 'common warts').negated).toBe(false);
    expect(ctx('1) no fever 2) productive cough.', 'productive cough').negated).toBe(false);
  });

  it('a negation before a parenthetical still reaches past it, and one inside still governs it', () => {
    expect(ctx('Denies chest pain (at rest or exertion), palpitations or syncope.', 'palpitations').negated).toBe(true);
    expect(ctx('ROS negative for weight change, bleeding (occult nor overt), anemia.', 'anemia').negated).toBe(true);
    expect(ctx('Pancreatitis (no necrosis on CT).', 'necrosis').negated).toBe(true);
  });
});
