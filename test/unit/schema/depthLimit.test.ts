import { parse, specifiedRules, validate } from 'graphql';
import { buildGraphqlSchema } from '../../../src/server/schema';
import { depthLimitRule } from '../../../src/server/depthLimit';

describe('query depth limit', () => {
  const schema = buildGraphqlSchema();
  const check = (query: string, max: number) => validate(schema, parse(query), [...specifiedRules, depthLimitRule(max)]);

  it('accepts the operations clients use and rejects deeper ones, through fragments too', () => {
    const q = '{ jobs { edges { node { id stages { stage } } } } }';
    expect(check(q, 10)).toEqual([]);
    const errors = check(q, 3);
    expect(errors).toHaveLength(1);
    expect(errors[0].message).toBe('Operation is nested 5 levels deep; the limit is 3');
    const viaFragment = 'query { jobs { ...F } } fragment F on JobConnection { edges { node { error { code } } } }';
    expect(check(viaFragment, 3)[0].message).toContain('nested 5 levels');
    expect(check('{ __schema { types { fields { type { ofType { name } } } } } }', 3)).toEqual([]);
  });

  it('measures a fragment once however often it is spread: 200 levels of two spreads each (2^200 expansions) are depth 3', () => {
    // The walk memoises fragments; without it this operation kept a core busy for minutes (a DoS in a few hundred tokens).
    const levels = 200;
    const fragments = Array.from({ length: levels }, (_, i) =>
      `fragment F${i} on JobConnection { ${i < levels - 1 ? `...F${i + 1} ...F${i + 1}` : 'pageInfo { hasNextPage }'} }`,
    ).join(' ');
    const fanOut = `query { jobs { ...F0 } } ${fragments}`;
    expect(check(fanOut, 3)).toEqual([]);
    expect(check(fanOut, 2)[0].message).toBe('Operation is nested 3 levels deep; the limit is 2');
  });
});
