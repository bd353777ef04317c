// Owns the per-deployment PHI detector: the recognizer registry with the deployment's switches and its
// allow/deny lists, built once at start (config: PHI_DISABLED_RECOGNIZERS, PHI_ALLOW_LIST_FILE,
// PHI_DENY_LIST_FILE), and the word knowledge the field recognizers read from the lexicon.
import { WORD_COMMON, WORD_FIRST, WORD_LAST, type Lexicon } from './lexicon';
import { RecognizerRegistry, type WordKnowledge } from './recognizers';
import { loadDeploymentLists, type DeploymentLists } from './recognizers/lists';

export interface PhiDeploymentOptions {
  /** Recognizer names to switch off (see `chartcoder explain-phi --list`). */
  disabledRecognizers?: readonly string[];
  /** One term per line: never redacted. */
  allowListFile?: string;
  /** One term per line (optionally "term<TAB>TYPE"): always redacted. */
  denyListFile?: string;
}

/** The recognizers and lists a deployment redacts with. */
export interface PhiDetector {
  registry: RecognizerRegistry;
  lists?: DeploymentLists;
}

export function createPhiDetector(options: PhiDeploymentOptions = {}): PhiDetector {
  const registry = new RecognizerRegistry(undefined, undefined, { disabled: options.disabledRecognizers });
  const lists = options.allowListFile || options.denyListFile ? loadDeploymentLists(options) : undefined;
  return { registry, lists };
}

let defaultDetector: PhiDetector | undefined;

/** Every recognizer, no lists: compiled once per process on first use. */
export function defaultPhiDetector(): PhiDetector {
  defaultDetector ??= createPhiDetector();
  return defaultDetector;
}

const knowledgeByLexicon = new WeakMap<Lexicon, WordKnowledge>();

/** Field recognizers ask whether a value is ordinary vocabulary; the lexicon's bits answer in one lookup. */
export function knowledgeOf(lexicon: Lexicon): WordKnowledge {
  let k = knowledgeByLexicon.get(lexicon);
  if (!k) {
    const flags = lexicon.wordFlags;
    k = {
      isCommonWord: (lower) => {
        const f = flags.get(lower) ?? 0;
        return (f & WORD_COMMON) !== 0 && (f & (WORD_FIRST | WORD_LAST)) === 0;
      },
      isVocabulary: (lower) => ((flags.get(lower) ?? 0) & WORD_COMMON) !== 0,
    };
    knowledgeByLexicon.set(lexicon, k);
  }
  return k;
}
