// Owns the public face of the adversarial injection corpus and its scorer (issue 10 §3).
export {
  DEFAULT_INJECTION_HOLDOUT2_SEED, DEFAULT_INJECTION_HOLDOUT3_SEED, DEFAULT_INJECTION_HOLDOUT4_SEED, DEFAULT_INJECTION_HOLDOUT5_SEED, DEFAULT_INJECTION_HOLDOUT6_SEED, DEFAULT_INJECTION_HOLDOUT7_SEED, DEFAULT_INJECTION_HOLDOUT8_SEED, DEFAULT_INJECTION_HOLDOUT9_SEED, DEFAULT_INJECTION_HOLDOUT10_SEED, DEFAULT_INJECTION_HOLDOUT11_SEED, DEFAULT_INJECTION_HOLDOUT_SEED, DEFAULT_INJECTION_NOTES, DEFAULT_INJECTION_SEEDS, DEFAULT_INJECTION_SEED, generateInjectionCorpus, type InjectionInventory, type InjectionNote,
} from './generator';
export { evaluateInjection, formatInjectionReport, type InjectionEngine, type InjectionReport } from './evaluate';
export { INJECTION_FORMS, type InjectionForm } from './inventory';
export { HOLDOUT3_FORMS, HOLDOUT3_HARD_NEGATIVES } from './holdout3Inventory';
export { HOLDOUT4_FORMS, HOLDOUT4_HARD_NEGATIVES } from './holdout4Inventory';
export { HOLDOUT5_FORMS, HOLDOUT5_HARD_NEGATIVES } from './holdout5Inventory';
export { HOLDOUT6_FORMS, HOLDOUT6_HARD_NEGATIVES } from './holdout6Inventory';
export { HOLDOUT7_FORMS, HOLDOUT7_HARD_NEGATIVES } from './holdout7Inventory';
export { HOLDOUT8_FORMS, HOLDOUT8_HARD_NEGATIVES } from './holdout8Inventory';
export { HOLDOUT9_FORMS, HOLDOUT9_HARD_NEGATIVES } from './holdout9Inventory';
export { HOLDOUT10_FORMS, HOLDOUT10_HARD_NEGATIVES } from './holdout10Inventory';
export { HOLDOUT11_FORMS, HOLDOUT11_HARD_NEGATIVES } from './holdout11Inventory';
