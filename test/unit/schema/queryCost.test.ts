// Unit: the cost estimate behind QUERY_TOO_COMPLEX (server/limits.ts): list fields weighted by the page they
// ask for, fragments counted where they are spread, and an operation past the estimator's node budget priced
// beyond every limit rather than free.
import { parse } from 'graphql';
import { buildGraphqlSchema } from '../../../src/server/schema';
import { costError, queryCost, type GraphqlLimits } from '../../../src/server/limits';

const schema = buildGraphqlSchema();
const cost = (query: string, variables?: Record<string, unknown>) => queryCost(schema, parse(query), variables);

describe('queryCost', () => {
  it('weights a list field by the page size it asks for, also through a variable and a fragment', () => {
    const small = cost('{ jobs(first: 2) { edges { node { id status } } } }');
    const large = cost('query($n: Int) { jobs(first: $n) { edges { node { id status } } } }', { n: 100 });
    expect(large).toBeGreaterThan(small * 20);
    expect(cost('query { jobs(first: 2) { ...F } } fragment F on JobConnection { edges { node { id status } } }')).toBe(small);
  });

  it('an operation whose fragments expand past the estimator\'s node budget costs more than any limit (not 0)', () => {
    const levels = 40;
    const fragments = Array.from({ length: levels }, (_, i) =>
      `fragment F${i} on JobConnection { ${i < levels - 1 ? `...F${i + 1} ...F${i + 1}` : 'pageInfo { hasNextPage }'} }`,
    ).join(' ');
    const c = cost(`query { jobs { ...F0 } } ${fragments}`);
    expect(c).toBe(Number.POSITIVE_INFINITY);
    const limits = { maxCost: 10_000 } as GraphqlLimits;
    expect(costError(c, limits).message).toBe('Query is too complex: it expands beyond any cost estimate, limit 10000');
    expect(costError(c, limits).extensions.code).toBe('QUERY_TOO_COMPLEX');
  });

  it('variables that do not coerce cost nothing here: execution answers them with BAD_USER_INPUT', () => {
    expect(cost('query($n: Int) { jobs(first: $n) { edges { node { id } } } }', { n: 'many' })).toBe(0);
  });
});
