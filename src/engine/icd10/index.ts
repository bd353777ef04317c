// Owns the public surface of the ICD-10-CM code-set module.
export { CodeSet, searchStem, type CodeEntry, type CodeHierarchy, type SearchHit, type Chapter, type Block } from './codeSet';
export { toDotless, toDotted, isWellFormedCode } from './codeFormat';
export { loadCodeSet, loadedSourceOf, codeSetCache, availableFiscalYears, fiscalYearForDate, defaultIcd10DataDir, readManifest } from './loader';
export {
  loadKnowledge, defaultKnowledgeDir, withSeventhCharacter, inRange,
  type Knowledge, type CodeRef, type CodeRange, type SevenChr, type IndexTerm,
} from './knowledge';
