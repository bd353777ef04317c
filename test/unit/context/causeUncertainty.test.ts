import { analyzeText } from '../../../src/engine/text';
import { mentionContext } from '../../../src/engine/context';

function ctx(text: string, mention: string) {
  const start = text.indexOf(mention);
  return mentionContext(analyzeText(text), { start, end: start + mention.length });
}

// Guidelines II.H / IV.H speak of an uncertain *diagnosis*; a condition stated with an open cause is established.
describe('uncertainty about the cause is not uncertainty about the diagnosis (II.H, IV.H)', () => {
  it('"of uncertain/unclear/unknown/undetermined cause|etiology|origin" leaves the condition affirmed', () => {
    expect(ctx('Assessment: chronic kidney disease stage 4 of uncertain cause.', 'chronic kidney disease stage 4').uncertain).toBe(false);
    expect(ctx('Assessment: anemia of unclear etiology.', 'anemia').uncertain).toBe(false);
    expect(ctx('Hyponatremia of undetermined etiology.', 'Hyponatremia').uncertain).toBe(false);
    expect(ctx('Recurrent fever of unknown origin, workup ongoing.', 'fever').uncertain).toBe(false);
  });

  it('the postposed forms ("etiology unclear", "cause remains uncertain") do not hedge the condition either', () => {
    expect(ctx('Peripheral neuropathy, etiology unclear.', 'Peripheral neuropathy').uncertain).toBe(false);
    expect(ctx('Chronic cough, cause remains uncertain.', 'Chronic cough').uncertain).toBe(false);
  });

  it('a hedge on the diagnosis itself still makes it uncertain', () => {
    expect(ctx('Assessment: pneumonia, uncertain.', 'pneumonia').uncertain).toBe(true);
    expect(ctx('Assessment: possible pneumonia.', 'pneumonia').uncertain).toBe(true);
    expect(ctx('Appendicitis is unclear at this time.', 'Appendicitis').uncertain).toBe(true);
    // An open cause beside a hedged diagnosis: the hedge still applies to the condition it names.
    expect(ctx('Hyponatremia, etiology unclear, probable SIADH.', 'SIADH').uncertain).toBe(true);
  });
});
