// Owns the query depth limit: a validation rule that rejects operations nested deeper than the
// schema ever needs, so one request cannot make the server walk an arbitrarily deep selection.
import { DEFAULTS } from '../domain/constants';
import { GraphQLError, Kind, type ASTVisitor, type FragmentDefinitionNode, type SelectionSetNode, type ValidationContext } from 'graphql';

export const MAX_QUERY_DEPTH = DEFAULTS.graphqlMaxDepth;

function depthOf(set: SelectionSetNode | undefined, fragments: Map<string, FragmentDefinitionNode>, seen: Set<string>): number {
  if (!set) return 0;
  let max = 0;
  for (const sel of set.selections) {
    if (sel.kind === Kind.FIELD) {
      if (sel.name.value.startsWith('__')) continue; // introspection has its own fixed shape
      max = Math.max(max, 1 + depthOf(sel.selectionSet, fragments, seen));
    } else if (sel.kind === Kind.INLINE_FRAGMENT) {
      max = Math.max(max, depthOf(sel.selectionSet, fragments, seen));
    } else {
      const name = sel.name.value;
      const fragment = fragments.get(name);
      if (!fragment || seen.has(name)) continue; // cycles are reported by the standard rules
      seen.add(name);
      max = Math.max(max, depthOf(fragment.selectionSet, fragments, seen));
      seen.delete(name);
    }
  }
  return max;
}

export function depthLimitRule(maxDepth: number = MAX_QUERY_DEPTH) {
  return (context: ValidationContext): ASTVisitor => {
    const fragments = new Map<string, FragmentDefinitionNode>();
    for (const def of context.getDocument().definitions) if (def.kind === Kind.FRAGMENT_DEFINITION) fragments.set(def.name.value, def);
    return {
      OperationDefinition(node) {
        const depth = depthOf(node.selectionSet, fragments, new Set());
        if (depth > maxDepth) context.reportError(new GraphQLError(`Operation is nested ${depth} levels deep; the limit is ${maxDepth}`, { nodes: [node] }));
      },
    };
  };
}
