import { scrubMessage } from '../../../src/server/errors';

describe('scrubMessage', () => {
  it('drops submitted values from graphql-js messages and keeps short names', () => {
    expect(scrubMessage('Variable "$input" got invalid value { text: "Mr. Quimby has diabetes" }; Field "noteTyp" is not defined.')).toBe(
      'Variable "$input" got an invalid value; Field "noteTyp" is not defined.',
    );
    expect(scrubMessage(`Expected type "NoteType", found "${'x'.repeat(41)}".`)).toBe('Expected type "NoteType", found "…".');
    expect(scrubMessage(`Expected type "NoteType", found "${'x'.repeat(40)}".`)).toContain('x'.repeat(40));
    expect(scrubMessage('String cannot represent a non string value: {secret: 1}')).toBe('String cannot represent a non string value');
  });
});
