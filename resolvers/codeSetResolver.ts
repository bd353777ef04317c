// Owns the ICD-10-CM code-set queries.
import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';
import { Icd10Code, Icd10SearchHit } from '../schema/types';
import { principalOf, type GraphqlContext } from './context';
import { ValidationError } from '../src/errors';
import type { CodeEntry, CodeSet } from '../src/engine/icd10';

function toIcd10Code(codeSet: CodeSet, e: CodeEntry): Icd10Code {
  const h = codeSet.hierarchy(e.code);
  return {
    code: e.code,
    shortDescription: e.shortDescription,
    longDescription: e.longDescription,
    billable: e.billable,
    codeSetVersion: codeSet.version,
    category: h.category.code,
    block: h.block.range,
    chapter: h.chapter.chapter,
  };
}

const MAX_SEARCH_RESULTS = 100;
const MAX_QUERY_CHARS = 200;

@Resolver()
export class CodeSetResolver {
  @Query(() => Icd10Code, { nullable: true, description: 'One code of the configured code set (dotted or dotless); null if absent' })
  icd10Code(@Arg('code', () => String) code: string, @Ctx() ctx: GraphqlContext): Icd10Code | null {
    principalOf(ctx);
    const entry = ctx.services.codeSet.find(code);
    return entry ? toIcd10Code(ctx.services.codeSet, entry) : null;
  }

  @Query(() => [Icd10SearchHit], { description: 'Search code descriptions' })
  searchIcd10(
    @Arg('query', () => String) query: string,
    @Ctx() ctx: GraphqlContext,
    @Arg('first', () => Int, { nullable: true }) first?: number,
  ): Icd10SearchHit[] {
    principalOf(ctx);
    const limit = first ?? 20;
    if (!Number.isInteger(limit) || limit < 1 || limit > MAX_SEARCH_RESULTS) throw new ValidationError(`first must be between 1 and ${MAX_SEARCH_RESULTS}`, { field: 'first' });
    if (query.length > MAX_QUERY_CHARS) throw new ValidationError(`query must be at most ${MAX_QUERY_CHARS} characters`, { field: 'query' });
    return ctx.services.codeSet.search(query, limit).map((h) => ({ entry: toIcd10Code(ctx.services.codeSet, h.entry), score: h.score }));
  }
}
