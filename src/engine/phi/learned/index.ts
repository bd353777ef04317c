// Owns the public surface of the learned PHI token classifier (model, training, recognizer).
export { detectLearned, defaultModel, loadModel, LEARNED_RECOGNIZER, MODEL_FILE } from './recognizer';
export { PerceptronModel, CLASSES, spansAt, type Decoded, type LearnedSpan, type ModelMeta } from './model';
export { prepareNote, augmentNote, wordNamesOf, DEFAULT_AUGMENT, type AugmentShares, trainPerceptron, groupedFolds, patientOf, classOfGold, seededRandom, DEFAULT_TRAIN, type GoldNote, type PreparedNote, type TrainOptions } from './train';
