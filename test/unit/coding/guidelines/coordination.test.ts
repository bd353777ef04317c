// Convention I.A (Index terms are phrases): a multiword term's words gathered across a coordination
// ("A and B") name one condition only when the coordination distributes modifiers over a shared head.
import { codes } from './helpers';

describe('multiword terms do not match words scattered across a coordination', () => {
  it.each([
    // "fever" + "sore" of "sore throat" is not the Index's "Sore, fever" (B00.1).
    ['Chief complaint: Fever and sore throat.', 'B00.1'],
    ['Chief complaint: fever or sore throat since Monday.', 'B00.1'],
  ])('%s does not yield %s', (note, code) => {
    expect(codes(note)).not.toContain(code);
  });

  it.each([
    // Shared head: "right [carpal tunnel syndrome] and left carpal tunnel syndrome".
    ['Assessment: right and left carpal tunnel syndrome.', 'G56.03'],
    // The term's own phrase as written still matches.
    ['Assessment: fever blister on the lower lip.', 'B00.1'],
  ])('distributed or contiguous: %s yields %s', (note, code) => {
    expect(codes(note)).toContain(code);
  });
});
