// Owns the GraphQL request limits shared by HTTP and graphql-ws alike (graphql-ws parses and validates on
// its own path, so both transports take their rules from here): tokens (a parse option), depth, aliases,
// directives (validation rules) and query cost (computed per operation with its variables, list fields
// weighted by the page size they ask for).
import { GraphQLError, isListType, getNullableType, specifiedRules, type DocumentNode, type GraphQLSchema, type ValidationContext, type ValidationRule } from 'graphql';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import { getComplexity, type ComplexityEstimator } from 'graphql-query-complexity';
import { depthLimitRule } from './depthLimit';
import { LIMITS } from '../domain/constants';

export interface GraphqlLimits {
  maxDepth: number;
  maxAliases: number;
  maxDirectives: number;
  /** Lexical tokens in one document: bounds parse work before any rule runs. */
  maxTokens: number;
  /** Estimated field resolutions of one operation (list fields count once per item they may return). */
  maxCost: number;
  /** Off in production: the schema is published as schema/schema.graphql, not served to strangers. */
  introspection: boolean;
  /** "Did you mean …?" hints leak the schema to a prober; off in production. */
  fieldSuggestions: boolean;
}

/** Error code of a rejected cost; depth, alias, directive and token rejections are GRAPHQL_VALIDATION_FAILED / GRAPHQL_PARSE_FAILED. */
export const QUERY_TOO_COMPLEX = 'QUERY_TOO_COMPLEX';

/** A list field without a `first` argument (report codes, evidence) is assumed to return about this many items. */
export const UNPAGED_LIST_ITEMS = 10;

/** Validation rules every operation passes on both transports: the standard rules plus the shape limits. */
export function validationRules(limits: GraphqlLimits): ValidationRule[] {
  // GraphQL Armor's rules throw by default; reported instead, they become ordinary validation errors.
  const report = { propagateOnRejection: false, exposeLimits: true, onReject: [reportRejection] };
  return [
    depthLimitRule(limits.maxDepth),
    maxAliasesRule({ n: limits.maxAliases, ...report }) as unknown as ValidationRule,
    maxDirectivesRule({ n: limits.maxDirectives, ...report }) as unknown as ValidationRule,
  ];
}

function reportRejection(context: ValidationContext | null, error: GraphQLError): void {
  context?.reportError(new GraphQLError(error.message.replace(/^Syntax Error: /, '')));
}

/** graphql-ws validates with an explicit rule list: the standard rules come first there. */
export function allValidationRules(limits: GraphqlLimits): ValidationRule[] {
  return [...specifiedRules, ...validationRules(limits)];
}

const listAwareEstimator: ComplexityEstimator = ({ type: parent, field, args, childComplexity }) => {
  const fieldType = getNullableType(field.type);
  const typeName = String(fieldType);
  let items = 1;
  // Capped at the largest page the API serves: beyond it the resolver answers BAD_USER_INPUT itself.
  if (typeof args.first === 'number') items = Math.min(LIMITS.maxPageSize, Math.max(1, args.first));
  else if (typeName.endsWith('Connection')) items = LIMITS.defaultPageSize;
  // A connection's edges are the page already counted on the connection field itself.
  else if (isListType(fieldType) && !parent.name.endsWith('Connection')) items = UNPAGED_LIST_ITEMS;
  return 1 + items * childComplexity;
};

/** graphql-query-complexity's message when an operation expands to more nodes than it will walk. */
const NODE_BUDGET_EXCEEDED = /maximum allowed number of nodes/i;

/** Estimated cost of the operation `operationName` of `document` with `variables`. */
export function queryCost(schema: GraphQLSchema, document: DocumentNode, variables: Record<string, unknown> | undefined, operationName?: string | null): number {
  try {
    return getComplexity({
      schema,
      query: document,
      variables: variables ?? {},
      ...(operationName ? { operationName } : {}),
      estimators: [listAwareEstimator],
    });
  } catch (err) {
    // The estimator stops walking past its node budget (fragments spread twice per level expand
    // exponentially): that operation is beyond any limit, not free.
    if (err instanceof Error && NODE_BUDGET_EXCEEDED.test(err.message)) return Number.POSITIVE_INFINITY;
    // Variables that do not coerce: execution rejects them before resolving anything (BAD_USER_INPUT),
    // so there is no cost to bound and the client gets the precise error from there.
    return 0;
  }
}

/** The error a too-costly operation gets, on either transport. */
export function costError(cost: number, limits: GraphqlLimits, extra: Record<string, unknown> = {}): GraphQLError {
  const estimate = Number.isFinite(cost) ? `estimated cost ${cost}` : 'it expands beyond any cost estimate';
  return new GraphQLError(`Query is too complex: ${estimate}, limit ${limits.maxCost}`, {
    extensions: { code: QUERY_TOO_COMPLEX, ...extra },
  });
}

const SUGGESTION_RE = /\s*Did you mean .*\?$/;

/** Strips graphql-js's "Did you mean …?" suffix when field suggestions are off. */
export function withoutSuggestions(message: string): string {
  return message.replace(SUGGESTION_RE, '');
}
