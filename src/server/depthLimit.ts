// Owns the query depth limit: a validation rule that rejects operations nested deeper than the
// schema ever needs, so one request cannot make the server walk an arbitrarily deep selection.
import { DEFAULTS } from '../domain/constants';
import { GraphQLError, Kind, type ASTVisitor, type FragmentDefinitionNode, type SelectionSetNode, type ValidationContext } from 'graphql';

export const MAX_QUERY_DEPTH = DEFAULTS.graphqlMaxDepth;

interface Walk {
  fragments: Map<string, FragmentDefinitionNode>;
  /** Depth of each fragment's own selection, computed once: a fragment spread twice per level would
   * otherwise be walked 2^levels times (a few hundred tokens kept a core busy for minutes). */
  depthOfFragment: Map<string, number>;
  inProgress: Set<string>;
}

function depthOf(set: SelectionSetNode | undefined, walk: Walk): number {
  if (!set) return 0;
  let max = 0;
  for (const sel of set.selections) {
    if (sel.kind === Kind.FIELD) {
      if (sel.name.value.startsWith('__')) continue; // introspection has its own fixed shape
      max = Math.max(max, 1 + depthOf(sel.selectionSet, walk));
    } else if (sel.kind === Kind.INLINE_FRAGMENT) {
      max = Math.max(max, depthOf(sel.selectionSet, walk));
    } else {
      max = Math.max(max, fragmentDepth(sel.name.value, walk));
    }
  }
  return max;
}

function fragmentDepth(name: string, walk: Walk): number {
  const known = walk.depthOfFragment.get(name);
  if (known !== undefined) return known;
  const fragment = walk.fragments.get(name);
  if (!fragment || walk.inProgress.has(name)) return 0; // unknown fragments and cycles are reported by the standard rules
  walk.inProgress.add(name);
  const depth = depthOf(fragment.selectionSet, walk);
  walk.inProgress.delete(name);
  walk.depthOfFragment.set(name, depth);
  return depth;
}

export function depthLimitRule(maxDepth: number = MAX_QUERY_DEPTH) {
  return (context: ValidationContext): ASTVisitor => {
    const fragments = new Map<string, FragmentDefinitionNode>();
    for (const def of context.getDocument().definitions) if (def.kind === Kind.FRAGMENT_DEFINITION) fragments.set(def.name.value, def);
    return {
      OperationDefinition(node) {
        const depth = depthOf(node.selectionSet, { fragments, depthOfFragment: new Map(), inProgress: new Set() });
        if (depth > maxDepth) context.reportError(new GraphQLError(`Operation is nested ${depth} levels deep; the limit is ${maxDepth}`, { nodes: [node] }));
      },
    };
  };
}
