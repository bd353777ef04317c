// Error formatting at the GraphQL boundary: typed codes, the refused field's name, never a submitted value.
import { GraphQLError } from 'graphql';
import { formatError } from '../../../src/server/errors';
import { ValidationError } from '../../../src/errors';

function formatted(error: Error) {
  const wrapped = new GraphQLError(error.message, { originalError: error, path: ['submitReview'] });
  return formatError({ message: wrapped.message, path: ['submitReview'] }, wrapped);
}

describe('formatError', () => {
  it('passes the refused input path through as extensions.field so a form can mark it', () => {
    const out = formatted(new ValidationError('decisions[2]: evidence offsets are outside the note', { field: 'decisions.2.evidence' }));
    expect(out.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'decisions.2.evidence' });
  });

  it('leaves out a field detail that is not shaped like an input path (it could carry a value)', () => {
    const out = formatted(new ValidationError('text must not be empty', { field: 'John Smith 555-1234' }));
    expect(out.extensions).toEqual({ code: 'BAD_USER_INPUT' });
  });

  it('never passes other details (a refused code, a value) to the client', () => {
    const out = formatted(new ValidationError('X is not a code', { field: 'decisions.0.code', code: 'E11.9' }));
    expect(out.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'decisions.0.code' });
  });
});
