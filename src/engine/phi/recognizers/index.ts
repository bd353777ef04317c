// Owns the public surface of the PHI recognizers: the registry, the declaration format and the deployment lists.
export { RecognizerRegistry, DEFAULT_PATTERN_RECOGNIZERS } from './registry';
export type { RecognizerInfo, RegistryOptions, RunOptions } from './registry';
export type { PatternRecognizerDef, ContextWords, MatchContext } from './types';
export { FIELD_DEFS } from './fields';
export type { FieldDef, WordKnowledge } from './fields';
export { TermList, loadDeploymentLists, readTermFile, DENY_LIST_RECOGNIZER } from './lists';
export type { DeploymentLists } from './lists';
