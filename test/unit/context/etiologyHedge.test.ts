import { analyzeText } from '../../../src/engine/text';
import { mentionContext } from '../../../src/engine/context';

function ctx(text: string, term: string) {
  const start = text.indexOf(term);
  if (start < 0) throw new Error(`"${term}" not in text`);
  return mentionContext(analyzeText(text), { start, end: start + term.length });
}

// Guideline IV.H (and II.H) concern an uncertain *diagnosis*: a stated diagnosis whose agent is hedged in a
// trailing clause ("acute bronchitis, likely viral.") is established; only its cause is open.
describe('a hedged etiology adjective trailing a stated diagnosis does not hedge the diagnosis (IV.H)', () => {
  it('", likely viral." / ", probably bacterial;" leave the condition affirmed', () => {
    expect(ctx('Assessment: acute bronchitis, likely viral. Fluids.', 'acute bronchitis').uncertain).toBe(false);
    expect(ctx('Dx: acute otitis media, probably bacterial; amoxicillin.', 'acute otitis media').uncertain).toBe(false);
    expect(ctx('Pharyngitis, most likely viral, supportive care.', 'Pharyngitis').uncertain).toBe(false);
  });

  it('a hedge that runs on into the diagnosis it names still makes that diagnosis uncertain', () => {
    expect(ctx('Impression: likely viral gastroenteritis. Oral rehydration.', 'gastroenteritis').uncertain).toBe(true);
    expect(ctx('Cough and fever, likely viral pneumonia.', 'pneumonia').uncertain).toBe(true);
    expect(ctx('Assessment: fever, likely viral.', 'fever').uncertain).toBe(false);
  });
});
