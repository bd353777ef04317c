// Owns the training and leave-one-inventory-out evaluation of the learned statement classifier
// (src/engine/text/statementModel.ts). Positives: each phrase inventory's carriers, filled with every injected
// target, one example per line that names the target. Negatives: each inventory's hard negatives (a clinician's
// orders, instructions to the patient, requests to the care team) filled with every treated condition, the
// clinical scenario lines, and every line of the guideline trap notes outside the injection family. Each
// leave-one-out round trains on four inventories and four fifths of the trap notes and scores the held-out
// inventory and trap fifth: the estimate for an inventory nobody here has written.
//   npx tsc -p tsconfig.build.json && node dist/src/eval/injection/trainStatement.js [--write] [--misses N [--model-misses]]
//     [--epochs N] [--max-fp-rate R] [--threshold T] [--classes-only] [--bigrams] [--chars] [--perceptron] [--old-training]
//     [--sweep T1,T2,…] [--new-training]
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { analyzeText, spanProvenance } from '../../engine/text';
import { learnedClauseScore } from '../../engine/text/clinicalStatement';
import { otherScriptGrams, statementFeatures, useStatementModel, type StatementModel } from '../../engine/text/statementModel';
import { Rng } from '../synthetic/prng';
import { generateSummaryNotes, LAYOUTS } from '../summarySynthetic';
import { ASSESSMENT_LABELS, PLAN_LABELS } from './generator';
import { HOLDOUT3_FORMS, HOLDOUT3_HARD_NEGATIVES } from './holdout3Inventory';
import { HOLDOUT4_FORMS, HOLDOUT4_HARD_NEGATIVES } from './holdout4Inventory';
import { HOLDOUT5_FORMS, HOLDOUT5_HARD_NEGATIVES } from './holdout5Inventory';
import { HOLDOUT6_FORMS, HOLDOUT6_HARD_NEGATIVES } from './holdout6Inventory';
import { HOLDOUT7_FORMS, HOLDOUT7_HARD_NEGATIVES } from './holdout7Inventory';
import { HOLDOUT8_FORMS, HOLDOUT8_HARD_NEGATIVES } from './holdout8Inventory';
import { HOLDOUT9_FORMS, HOLDOUT9_HARD_NEGATIVES } from './holdout9Inventory';
import { HOLDOUT10_FORMS, HOLDOUT10_HARD_NEGATIVES } from './holdout10Inventory';
import { generateClinicalNegatives } from './clinicalNegatives';
import { HOLDOUT2_FORMS, HOLDOUT2_HARD_NEGATIVES, HOLDOUT_FORMS, HOLDOUT_HARD_NEGATIVES } from './holdoutInventory';
import {
  CLINICAL_SCENARIOS, FORMS, HARD_NEGATIVES, INJECTED_TARGETS, TREATED_CONDITIONS, type HardNegativeTemplate, type InjectionForm,
} from './inventory';
import { LOOKALIKE_NEGATIVES } from './lookalikeNegatives';
import { SELFCHECK11_FORMS, SELFCHECK11_HARD_NEGATIVES } from './selfcheck11Inventory';
import { SELFCHECK7_ALL_FORMS, SELFCHECK7_HARD_NEGATIVES } from './selfcheck7Inventory';

/** The inventories a leave-one-out round may hold out (never an examiner's unseen one). */
export const STUDY_INVENTORIES: Readonly<Record<string, { forms: Record<InjectionForm, readonly string[]>; hardNegatives: readonly HardNegativeTemplate[] }>> = {
  tune: { forms: FORMS, hardNegatives: HARD_NEGATIVES },
  holdout: { forms: HOLDOUT_FORMS, hardNegatives: HOLDOUT_HARD_NEGATIVES },
  holdout2: { forms: HOLDOUT2_FORMS, hardNegatives: HOLDOUT2_HARD_NEGATIVES },
  holdout3: { forms: HOLDOUT3_FORMS, hardNegatives: HOLDOUT3_HARD_NEGATIVES },
  selfcheck7: { forms: SELFCHECK7_ALL_FORMS, hardNegatives: SELFCHECK7_HARD_NEGATIVES },
  // Session 8's examiner inventory, scored once unseen (99 instruction-only codes, 88 after tuning): tuning data since.
  holdout4: { forms: HOLDOUT4_FORMS, hardNegatives: HOLDOUT4_HARD_NEGATIVES },
  // Session 9's examiner inventory, scored once unseen (126 instruction-only codes, 103 after the first wave): tuning
  // data since inject12, so its figure is a tuned one.
  holdout5: { forms: HOLDOUT5_FORMS, hardNegatives: HOLDOUT5_HARD_NEGATIVES },
  // Session 10's and 11's examiner inventories (#6: Cyrillic, Arabic, Hangul, passive and third-person requests; #7:
  // Greek, Hebrew, CJK, Devanagari, tables, XML/JSON, e-mail chains), each scored once unseen and tuned on since, and
  // session 11's own check: training data since session 12 (inject17). Their rows in the leave-one-out table are the
  // model's estimate for an inventory in scripts and shapes the rest of training has not seen.
  holdout6: { forms: HOLDOUT6_FORMS, hardNegatives: HOLDOUT6_HARD_NEGATIVES },
  holdout7: { forms: HOLDOUT7_FORMS, hardNegatives: HOLDOUT7_HARD_NEGATIVES },
  selfcheck11: { forms: SELFCHECK11_FORMS, hardNegatives: SELFCHECK11_HARD_NEGATIVES },
  // Session 12's examiner inventory (#8), scored once unseen (60 instruction-only codes, 45 after the first wave, 1 after
  // tuning): a candidate training set since session 13 (inject19, --new-training; not in the shipped weights). Its
  // leave-one-out row, with the old training set, is the honest estimate of the session-12 model on an unseen author.
  holdout8: { forms: HOLDOUT8_FORMS, hardNegatives: HOLDOUT8_HARD_NEGATIVES },
  // Session 13's examiner inventory (#9), scored once unseen (138 instruction-only codes, 141 after the first wave, 0
  // after inject20's tuning): training data since session 14 (inject21). Its leave-one-out row is the model's estimate
  // on the most recent author, trained without it.
  holdout9: { forms: HOLDOUT9_FORMS, hardNegatives: HOLDOUT9_HARD_NEGATIVES },
  // Session 14's examiner inventory (#10: whiteboards, bottle labels, OCR, kiosks, tickets, SQL/LaTeX comments, QR
  // payloads; Lao, Burmese, Kannada, Malayalam, Odia, Slovak, Lithuanian, Estonian, Icelandic), scored once unseen (83
  // instruction-only codes, 83 after the first wave, 0 after inject22's tuning): training data since session 15 (inject23).
  holdout10: { forms: HOLDOUT10_FORMS, hardNegatives: HOLDOUT10_HARD_NEGATIVES },
};

/** The inventories and trap files the shipped weights (session 12's) were trained on (--old-training; the default set). */
const OLD_INVENTORIES: ReadonlySet<string> = new Set(['tune', 'holdout', 'holdout2', 'holdout3', 'selfcheck7', 'holdout4', 'holdout5', 'holdout6', 'holdout7', 'selfcheck11']);
/**
 * The check inventories of session 15 (the two most recent examiners' inventories, #9 and #10; session 14 checked on #8
 * and #9, session 13 on #6-#8): their leave-one-out rows are scored, their misses never printed (--misses skips them), so
 * what is learned from the table's misses is learned from the other inventories' authors (development: the rest).
 */
export const CHECK_INVENTORIES: ReadonlySet<string> = new Set(['holdout9', 'holdout10']);

/**
 * Trap notes, look-alikes and prose lines fall in five folds (fixed, so adding an inventory moves no line); round k
 * holds out fold k mod 5 with its inventory (the sixth round, holdout4, shares fold0 with the first; the seventh, holdout5, fold1 with the second).
 */
const TRAP_FOLDS = 5;

export type ExampleKind = 'carrier' | 'hard-negative' | 'scenario' | 'trap' | 'lookalike' | 'prose' | 'synthetic-negative';

export interface Example {
  text: string;
  label: 1 | -1;
  kind: ExampleKind;
  /** The inventory it comes from, or the trap fold ("fold0".."fold4"), or "shared" for scenario lines. */
  group: string;
  /** The carrier or hard-negative template it was filled from (for reports). */
  template?: string;
  /** Words of the condition (and drug) it was filled with: never features, so no diagnosis name learns a side. */
  skip?: ReadonlySet<string>;
  /** True for the session-13 additions (examples only with --new-training; left out of training by --old-training). */
  fresh?: boolean;
}

function wordsOf(...phrases: string[]): Set<string> {
  return new Set(phrases.flatMap((p) => p.toLowerCase().match(/[\p{L}][\p{L}'’-]*/gu) ?? []));
}

const TRAP_DIR = path.join('test', 'fixtures', 'icd-traps');
/**
 * The trap files the model learns clinical lines from, named, not listed from the folder: a held-out batch an examiner
 * adds later (s8-heldout-h.jsonl and after) must never become training data, and a new file must not change the
 * shipped weights without a deliberate retrain.
 */
export const TRAINING_TRAP_FILES: readonly string[] = [
  's3-encounter.jsonl', 's3-injury.jsonl', 's3-precision.jsonl', 's4-code-recall.jsonl', 's4-code3.jsonl', 's4-code4.jsonl',
  's4-heldout.jsonl', 's5-code5.jsonl', 's5-code6.jsonl', 's5-code7.jsonl', 's5-heldout-d.jsonl', 's6-code10.jsonl',
  's6-code11.jsonl', 's6-code9.jsonl', 's6-heldout-e.jsonl', 's6-inject6.jsonl', 's7-code13.jsonl', 's7-code16.jsonl',
  's7-heldout-f.jsonl', 's7-heldout-g.jsonl', 's7-inject7.jsonl', 'traps.jsonl',
  // Session 8's batches (tuning data since session 9); never a session-9 examiner file (s9-heldout-i.jsonl).
  's8-code19.jsonl', 's8-code20.jsonl', 's8-heldout-h.jsonl',
  // Sessions 9-11 (trap batches I, J, K and the engineers' files): training data since session 12; never a
  // session-12 examiner batch (s12-heldout-l.jsonl).
  's9-code23.jsonl', 's9-code24.jsonl', 's9-heldout-i.jsonl', 's9-inject11.jsonl',
  's10-code27.jsonl', 's10-code28.jsonl', 's10-heldout-j.jsonl', 's10-inject13.jsonl',
  's11-code30.jsonl', 's11-code31.jsonl', 's11-heldout-k.jsonl',
  // Session 12's examiner batch L (no session-12 engineer wrote a trap file): candidate training data since session 13
  // (--new-training; not in the shipped weights); never a session-13 examiner batch (s13-heldout-m.jsonl).
  's12-heldout-l.jsonl',
  // Session 13's examiner batch M and engineer file (training data since session 14, inject21); never a session-14
  // examiner batch (s14-heldout-n.jsonl).
  's13-heldout-m.jsonl', 's13-code36.jsonl',
  // Session 14's examiner batch N and engineer file (training data since session 15, inject23); never a session-15
  // examiner batch.
  's14-heldout-n.jsonl', 's14-code39.jsonl',
];
const OLD_TRAP_FILES = TRAINING_TRAP_FILES.slice(0, TRAINING_TRAP_FILES.indexOf('s12-heldout-l.jsonl'));
const SEED = 9009;
/** Seed of the summary corpus notes used as clinical prose negatives (not an evaluation seed). */
const PROSE_SEED = 9091;
/** Summary notes per layout used as prose negatives (--prose-notes N). */
const PROSE_NOTES_PER_LAYOUT = process.argv.includes('--prose-notes') ? Number(process.argv[process.argv.indexOf('--prose-notes') + 1]) : 3;
/**
 * Word unigrams on top of the word-class features (off with --classes-only), bigrams with --bigrams. Chosen by
 * leave-one-inventory-out: classes only 77% of held-out carrier lines, + unigrams 82%, + bigrams 79%, logistic
 * regression 72% (at 0.2% held-out clinical lines marked); 4 epochs 86%, 12 epochs 82% (session 8, five inventories).
 * Session 12, ten inventories, logistic regression: + bigrams 73.5% with the perceptron but 87 clinical lines newly
 * marked against 35; character n-grams of other scripts (--chars) 72.3% against 73.6% without.
 */
const FEATURE_OPTIONS = { unigrams: !process.argv.includes('--classes-only'), bigrams: process.argv.includes('--bigrams'), chars: process.argv.includes('--chars') };
const DEFAULT_EPOCHS = 4;

/**
 * Whether the session-13 additions (inventory #8, trap batch L) are examples (--new-training). Off by default: the
 * shipped weights are the session-12 training set's (measured, not shipped: see the session-13 note at the learner),
 * and the default run reproduces them. With --new-training --old-training the rounds score #8 and L but train without them.
 */
const NEW_TRAINING = process.argv.includes('--new-training');
/** The synthetic clinical negatives (session 14; part of the new training, off with --no-synthetic), their seed and count. */
const SYNTHETIC_NEGATIVES = !process.argv.includes('--no-synthetic');
const SYNTHETIC_SEED = 1414;
const SYNTHETIC_PER_CLASS = process.argv.includes('--synthetic-per-class') ? Number(process.argv[process.argv.indexOf('--synthetic-per-class') + 1]) : 300;
/** How many times an inventory's hard negative and a look-alike count in training (--hard-weight W). */
const HARD_WEIGHT = process.argv.includes('--hard-weight') ? Number(process.argv[process.argv.indexOf('--hard-weight') + 1]) : 3;
/** How many times a synthetic negative counts in training (--synthetic-weight W; hard negatives and look-alikes count 3). */
const SYNTHETIC_WEIGHT = process.argv.includes('--synthetic-weight') ? Number(process.argv[process.argv.indexOf('--synthetic-weight') + 1]) : 3;

/** Every example, deterministic for a seed (the session-13 additions only with includeFresh). */
export function buildExamples(seed = SEED, trapDir = TRAP_DIR, includeFresh = NEW_TRAINING): Example[] {
  return buildAllExamples(seed, trapDir).filter((e) => includeFresh || !e.fresh);
}

function buildAllExamples(seed: number, trapDir: string): Example[] {
  const rng = new Rng(seed);
  const out: Example[] = [];
  for (const [name, inventory] of Object.entries(STUDY_INVENTORIES)) {
    for (const templates of Object.values(inventory.forms)) {
      for (const template of templates) {
        for (const target of INJECTED_TARGETS) {
          const fills = [...target.names, ...target.short, target.code];
          const skip = wordsOf(...target.names, ...target.short);
          const filled = template
            .replace(/\{dx\}/g, () => rng.pick(target.names))
            .replace(/\{short\}/g, () => rng.pick(target.short))
            .replace(/\{code\}/g, target.code);
          for (const line of filled.split('\n')) {
            const named = fills.find((f) => line.includes(f));
            if (!named) continue;
            const rest = line.replace(named, ' ').match(/[\p{L}\p{N}]+/gu) ?? [];
            // A bare "{dx}" line of a split request is its heading's payload, not a statement of its own.
            if (rest.length < 2) continue;
            out.push({ text: line, label: 1, kind: 'carrier', group: name, template, skip, fresh: !OLD_INVENTORIES.has(name) });
          }
        }
      }
    }
    for (const hn of inventory.hardNegatives) {
      for (const treated of TREATED_CONDITIONS) {
        for (const dx of treated.dx) {
          const drug = rng.pick(treated.drug);
          out.push({ text: hn.template.replace('{dx}', dx).replace('{drug}', drug), label: -1, kind: 'hard-negative', group: name, template: hn.template, skip: wordsOf(dx, drug), fresh: !OLD_INVENTORIES.has(name) });
        }
      }
    }
  }
  for (const s of CLINICAL_SCENARIOS) {
    // The assessment and plan under every label the notes use ("Dx:", "A/P:", "P:"): a label is not a request.
    const labelled = [...ASSESSMENT_LABELS.map((l) => `${l} ${s.assessment}.`), ...PLAN_LABELS.map((l) => `${l} ${s.plan}`)];
    for (const line of [s.visit, ...s.findings, ...labelled]) out.push({ text: line, label: -1, kind: 'scenario', group: 'shared' });
  }
  // Clinical prose: the invented multi-problem notes of the summary corpus under a training seed (never the
  // evaluation seeds 6016/7016/8016) and its first layouts only (a layout added later never changes the model),
  // line by line and sentence by sentence (the engine reads clauses).
  const prose = new Set<string>();
  for (const n of PROSE_NOTES_PER_LAYOUT ? generateSummaryNotes({ seed: PROSE_SEED, notesPerLayout: PROSE_NOTES_PER_LAYOUT, layouts: LAYOUTS }) : []) {
    for (const line of (n.text ?? '').split('\n')) {
      const l = line.trim();
      if (l.length <= 400) prose.add(l);
      for (const sentence of l.split(/(?<=[.;!?])\s+/)) prose.add(sentence.trim());
    }
  }
  for (const text of [...prose].filter((l) => /[\p{L}]{2,}/u.test(l)).sort()) out.push({ text, label: -1, kind: 'prose', group: `fold${hash(text) % TRAP_FOLDS}` });
  // Clinical senses of coding words and lines naming their own code, in the trap notes' folds (held out with them).
  for (const template of LOOKALIKE_NEGATIVES) {
    const group = `fold${hash(template) % TRAP_FOLDS}`;
    if (!/\{(?:dx|code)\}/.test(template)) {
      out.push({ text: template, label: -1, kind: 'lookalike', group, template });
      continue;
    }
    const filled = [...CLINICAL_SCENARIOS.map((s) => ({ dx: s.assessment, code: s.code })), ...TREATED_CONDITIONS.map((t) => ({ dx: t.dx[0], code: t.code }))];
    for (const { dx, code } of filled) out.push({ text: template.replace('{dx}', dx).replace('{code}', code), label: -1, kind: 'lookalike', group, template, skip: wordsOf(dx) });
  }
  // The seeded synthetic family of clinical hard negatives by class (clinicalNegatives.ts): corrections and addenda,
  // orders and patient instructions, quoted guidelines and teaching points, questions that carry findings. Each
  // sentence shape (frame) falls in one trap fold, so a round scores shapes its training never saw.
  if (SYNTHETIC_NEGATIVES) {
    const fills = TREATED_CONDITIONS.flatMap((t) => t.dx.flatMap((dx) => t.drug.map((drug) => ({ dx, drug }))));
    for (const n of generateClinicalNegatives(SYNTHETIC_SEED, fills, SYNTHETIC_PER_CLASS)) {
      out.push({ text: n.text, label: -1, kind: 'synthetic-negative', group: `fold${hash(n.frame) % TRAP_FOLDS}`, template: n.frame, skip: wordsOf(...n.fillWords), fresh: true });
    }
  }
  for (const file of TRAINING_TRAP_FILES) {
    for (const raw of fs.readFileSync(path.join(trapDir, file), 'utf8').split('\n')) {
      if (!raw.trim()) continue;
      const note = JSON.parse(raw) as { id: string; family: string; text: string };
      // Injection-family trap notes carry instructions on purpose; everything else is written as a clinician writes.
      if (note.family === 'injection') continue;
      const group = `fold${hash(note.id) % TRAP_FOLDS}`;
      for (const line of note.text.split('\n')) {
        if (/[\p{L}]{2,}/u.test(line) && line.length <= 400) out.push({ text: line.trim(), label: -1, kind: 'trap', group, fresh: !OLD_TRAP_FILES.includes(file) });
      }
    }
  }
  return out;
}

function hash(s: string): number {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619) >>> 0;
  return h;
}

/** Averaged perceptron over the examples' features; hard negatives weigh more (they are few and what matters). */
/** Words of the carrier templates (placeholders removed) among the examples: the only words that get a weight. */
export function templateVocabulary(examples: readonly Example[]): Set<string> {
  const out = new Set<string>();
  for (const e of examples) {
    if (e.kind !== 'carrier' || !e.template) continue;
    const bare = e.template.replace(/\{(?:dx|short|code)\}/g, ' ').toLowerCase();
    if (FEATURE_OPTIONS.chars) for (const g of otherScriptGrams(bare)) out.add(g);
    for (const w of bare.match(/[\p{L}\p{N}][\p{L}\p{N}'’./-]*[\p{L}\p{N}]|[\p{L}\p{N}]/gu) ?? []) out.add(w);
  }
  return out;
}

/**
 * The examples as the learners read them: features over the template vocabulary (diagnosis words skipped), the label
 * (+1 instruction, -1 clinical) and a weight that counts hard negatives and look-alikes three times.
 */
function featuredExamples(examples: readonly Example[]): { f: ReturnType<typeof statementFeatures>; y: number; weight: number }[] {
  const vocabulary = templateVocabulary(examples);
  return examples.map((e) => ({ f: statementFeatures(e.text, { ...FEATURE_OPTIONS, skipWords: e.skip, vocabulary }), y: e.label, weight: e.kind === 'hard-negative' || e.kind === 'lookalike' ? HARD_WEIGHT : e.kind === 'synthetic-negative' ? SYNTHETIC_WEIGHT : 1 }));
}

export function trainPerceptron(examples: readonly Example[], epochs = DEFAULT_EPOCHS, seed = SEED): Record<string, number> {
  const featured = featuredExamples(examples);
  const w = new Map<string, number>();
  const u = new Map<string, number>(); // sum of c * update, for averaging
  let c = 1;
  const rng = new Rng(seed);
  let order = featured.map((_, i) => i);
  for (let epoch = 0; epoch < epochs; epoch++) {
    order = rng.shuffle(order);
    for (const i of order) {
      const { f, y, weight } = featured[i];
      let s = 0;
      for (const k of f) s += w.get(k) ?? 0;
      if (y * s <= 0) {
        for (const k of f) {
          w.set(k, (w.get(k) ?? 0) + y * weight);
          u.set(k, (u.get(k) ?? 0) + y * weight * c);
        }
      }
      c++;
    }
  }
  const out: Record<string, number> = {};
  for (const [k, v] of [...w.entries()].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const avg = v - (u.get(k) ?? 0) / c;
    if (Math.abs(avg) > 1e-9) out[k] = Math.round(avg * 1000) / 1000;
  }
  return out;
}

/**
 * L2-regularised logistic regression by AdaGrad SGD over the same features (--learner lr): its weights are
 * log-odds, so the threshold reads as a probability and rare words cannot outweigh the word classes.
 */
export function trainLogistic(examples: readonly Example[], epochs = DEFAULT_EPOCHS, seed = SEED, l2 = 1e-3, rate = 0.5): Record<string, number> {
  const featured = featuredExamples(examples).map((e) => ({ ...e, y: e.y > 0 ? 1 : 0 }));
  const w = new Map<string, number>();
  const g2 = new Map<string, number>();
  const rng = new Rng(seed);
  let order = featured.map((_, i) => i);
  for (let epoch = 0; epoch < epochs; epoch++) {
    order = rng.shuffle(order);
    for (const i of order) {
      const { f, y, weight } = featured[i];
      let z = 0;
      for (const k of f) z += w.get(k) ?? 0;
      const p = 1 / (1 + Math.exp(-z));
      for (const k of f) {
        const wk = w.get(k) ?? 0;
        const g = weight * (p - y) + l2 * wk;
        const acc = (g2.get(k) ?? 0) + g * g;
        g2.set(k, acc);
        w.set(k, wk - (rate * g) / Math.sqrt(acc + 1e-8));
      }
    }
  }
  const out: Record<string, number> = {};
  for (const [k, v] of [...w.entries()].sort(([a], [b]) => (a < b ? -1 : 1))) if (Math.abs(v) > 1e-4) out[k] = Math.round(v * 1000) / 1000;
  return out;
}

/**
 * Logistic regression since session 12 (--perceptron: the averaged perceptron shipped before). Leave-one-inventory-out
 * over ten inventories with the script, question and code-beside-a-request features: perceptron 71.7% of held-out
 * carrier lines (rules + model 96.6%, hard negatives marked 1.47%, 35 clinical lines newly marked), logistic regression
 * 73.6% (96.9%, 1.44%, 26); 2 or 8 epochs 74.6/74.4% but 29/36 clinical lines; character n-grams (--chars) 72.3%.
 */
/*
 * Session 13 (inject19), eleven inventories with #8 and trap batch L added: leave-one-inventory-out model recall 72.2%
 * (old training set, 1.346) → 74.7% (new, its own threshold 1.243) but 30 → 69 held-out clinical lines newly marked;
 * at equal cost (1.55: 29 lines) 72.4%, rules+model 96.3% → 96.6%, hard negatives 1.38% → 1.40% (one more on #6), and
 * the new weights mark a clinician's correction ("disregard the previous … result") the unit suite keeps clinical:
 * the session-12 weights stay shipped (statementWeights.ts) and #8 and L are examples only with --new-training. #8 held out with the old training set, the honest
 * estimate of those weights on an unseen author: model 57%, rules+model 91% (#7 held out: 68%, 91%).
 */
/*
 * Session 14 (inject21), twelve inventories (#9 added), trap batch M and s13-code36, and the synthetic clinical negatives
 * (clinicalNegatives.ts, 1,200, weight 3). Same examples scored in both columns (--new-training [--old-training]); at
 * equal cost (31 held-out clinical lines newly marked: old training at the shipped 1.346, new at 1.8): LOIO mean carrier
 * recall rules+model 95.4% → 95.7% (model alone 70.4% → 69.1%), #9 held out rules+model 85% → 88% (1298 → 1330 of
 * 1520; model 51% → 52%), #8 91% → 91%, hard negatives marked by the model 1.26% → 1.22% (rules+model 3.69% → 3.67%),
 * held-out synthetic corrections the model alone marks 66 → 4 of 797. Not shipped: end to end the new weights lose a
 * clinical clause on a line whose clauses each pass but whose whole line fails (the engine then marks the line; #9
 * note 0005, and the session-8 unit case "Also seen today for otitis media. From the payment integrity unit: …"), and
 * read that payment-unit request (3.35 → 0.76) and one of twelve oblique requests as clinical (synthetic weight 1: the
 * same). The session-12 weights stay in statementWeights.ts; #9, M and the synthetic family are examples only with
 * --new-training.
 */
/** --raw-scores: the rounds score the raw line and its clauses (lineScore), as before session 15. */
const RAW_SCORES = process.argv.includes('--raw-scores');
/*
 * Session 15 (inject23), thirteen inventories (#10 added), trap batch N and s14-code39. The rounds now score what the engine
 * asks the model (engineLineScore: clauses no named rule decides, the clinician's own answer without its label, not the
 * clinician's own care); read that way the session-14 gains were on lines the rules already decide. Same examples in both
 * columns (--new-training [--old-training]): old training at the shipped 1.346 (49 held-out clinical lines newly marked):
 * LOIO mean rules+model 94.2%, #9 held out 1278 of 1520, #10 1323 of 1506, hard negatives marked by the model 0.10%
 * (rules+model 2.17%); new training at 1.346 (80 lines) 94.2%, #9 1280, #10 1316, 0.58% (2.67%: 9 of #6's 120, patient
 * instructions in Russian, a pharmacy label request, numbered problem lines with codes); at 1.8 (45 lines) 93.9%, 1280,
 * 1292, 0.51%. Training only on lines the engine asks about (--asked-only) 93.3% either way. Not shipped: the mean does not
 * rise, #10 held out falls and the hard-negative rate rises; the session-12 weights stay. The raw reading (--raw-scores)
 * gave 95.2% → 95.9% at 1.22% → 1.69%. Held-out lines written in another script count as missed in both columns when
 * the rules column (read on the line as its own note) and the engine (an English note) disagree on their language.
 */
const USE_PERCEPTRON = process.argv.includes('--perceptron') && !process.argv.includes('--lr');
const LEARNER = USE_PERCEPTRON ? trainPerceptron : trainLogistic;

function score(text: string, weights: Record<string, number>): number {
  let s = 0;
  for (const k of statementFeatures(text, FEATURE_OPTIONS)) s += weights[k] ?? 0;
  return s;
}

/** What the engine reads: the line and each clause of it; the line fails when any does. */
export function lineScore(line: string, weights: Record<string, number>): number {
  let best = score(line, weights);
  const starts = [0];
  for (const m of line.matchAll(/[.;!?]\s+(?=\S)/g)) starts.push((m.index ?? 0) + m[0].length);
  for (let i = 0; i < starts.length; i++) best = Math.max(best, score(line.slice(starts[i], starts[i + 1] ?? line.length), weights));
  return best;
}

/**
 * What the engine asks a model about a line (clinicalStatement.ts): each clause and the whole line, where no named rule
 * decides and the clause is not the clinician's own care, on the text the engine reads (a clinician's answer to a query
 * without its label); the highest of those scores, -Infinity where the engine never asks. The leave-one-out rounds
 * score this since session 15 (lineScore read the raw line, so a clause the engine exempts counted as marked).
 */
export function engineLineScore(line: string, weights: Record<string, number>): number {
  const model: StatementModel = MODELS.get(weights) ?? { threshold: 0, ...FEATURE_OPTIONS, weights };
  MODELS.set(weights, model);
  const at = (t: string) => learnedClauseScore(t, model) ?? -Infinity;
  let best = at(line);
  const starts = [0];
  for (const m of line.matchAll(/[.;!?]\s+(?=\S)/g)) {
    const before = line.slice(0, m.index ?? 0);
    if ((before.match(/\(/g) ?? []).length > (before.match(/\)/g) ?? []).length) continue;
    starts.push((m.index ?? 0) + m[0].length);
  }
  if (starts.length > 1) for (let i = 0; i < starts.length; i++) best = Math.max(best, at(line.slice(starts[i], starts[i + 1] ?? line.length)));
  return best;
}
const MODELS = new WeakMap<Record<string, number>, StatementModel>();

/** Whether the engine asks the model about any part of a line at all (no named rule decides it): independent of weights. */
const ASKED = new Map<string, boolean>();
const NO_WEIGHTS: Record<string, number> = {};
function engineAsks(line: string): boolean {
  let asked = ASKED.get(line);
  if (asked === undefined) ASKED.set(line, (asked = engineLineScore(line, NO_WEIGHTS) > -Infinity));
  return asked;
}
/**
 * --asked-only: train on the lines the engine asks the model about (no named rule decides them), the only lines its
 * weights change the verdict of; the rounds still score every held-out line.
 */
const ASKED_ONLY = process.argv.includes('--asked-only');

/** The named rules and the default-deny test alone (no learned model): is the line marked? */
function rulesMark(text: string): boolean {
  const provenance = analyzeText(text).provenance;
  return spanProvenance(text, provenance, { start: 0, end: text.length }) !== 'clinical';
}

interface Round {
  heldOut: string;
  scores: { example: Example; score: number; rules: boolean }[];
}

/**
 * Round k trains without inventory k and trap fold k mod 5 and scores them. With oldTraining the rounds train only on
 * the data the weights shipped before session 12 saw (the "old" column of the before/after table): every round still
 * scores the same held-out examples, so the two tables compare like with like.
 */
export function leaveOneInventoryOut(examples: readonly Example[], epochs: number, oldTraining = false): Round[] {
  const rounds: Round[] = [];
  const names = Object.keys(STUDY_INVENTORIES);
  names.forEach((name, k) => {
    const fold = `fold${k % TRAP_FOLDS}`;
    // An inventory without examples (#8 unless --new-training) has no round.
    if (!examples.some((e) => e.group === name)) return;
    const train = examples.filter((e) => e.group !== name && e.group !== fold && !(oldTraining && e.fresh) && (!ASKED_ONLY || engineAsks(e.text)));
    const weights = LEARNER(train, epochs);
    const test = examples.filter((e) => e.group === name || e.group === fold);
    rounds.push({ heldOut: name, scores: test.map((example) => ({ example, score: RAW_SCORES ? lineScore(example.text, weights) : engineLineScore(example.text, weights), rules: rulesMark(example.text) })) });
  });
  return rounds;
}

/**
 * The lowest threshold at which held-out clinical text keeps its false-positive rate, counted per sentence
 * written (a template filled with many conditions counts once, at its highest score): what the rules already
 * mark is not the model's cost.
 */
export function chooseThreshold(rounds: readonly Round[], maxFpRate: number): number {
  const best = new Map<string, number>();
  for (const r of rounds) {
    for (const s of r.scores) {
      if (s.example.label > 0 || s.rules) continue;
      const key = `${r.heldOut}\u0000${s.example.template ?? s.example.text}`;
      best.set(key, Math.max(best.get(key) ?? -Infinity, s.score));
    }
  }
  const negatives = [...best.values()].sort((a, b) => b - a);
  const allowed = Math.floor(maxFpRate * negatives.length);
  return negatives.length ? Math.max(0, negatives[Math.min(allowed, negatives.length - 1)]) : 0;
}

function formatTable(rounds: readonly Round[], threshold: number): string {
  const lines = [`threshold ${threshold.toFixed(3)}  (rules = named rules + default-deny test, as committed; model = trained without the held-out inventory)`,
    `${'held out'.padEnd(11)} ${'carrier lines'.padStart(13)} ${'rules'.padStart(7)} ${'model'.padStart(7)} ${'both'.padStart(7)} | ${'hard neg'.padStart(8)} ${'rules'.padStart(5)} ${'model'.padStart(5)} ${'both'.padStart(5)} | ${'clin lines'.padStart(10)} ${'model'.padStart(5)} ${'new'.padStart(5)}`];
  const totals = { pos: 0, pr: 0, pm: 0, pb: 0, hn: 0, hr: 0, hm: 0, hb: 0, tl: 0, tm: 0, tn: 0 };
  for (const r of rounds) {
    const pos = r.scores.filter((s) => s.example.kind === 'carrier');
    const hn = r.scores.filter((s) => s.example.kind === 'hard-negative');
    const trap = r.scores.filter((s) => s.example.kind === 'trap' || s.example.kind === 'lookalike' || s.example.kind === 'prose');
    const m = (s: { score: number }) => s.score > threshold;
    const row = {
      pos: pos.length, pr: pos.filter((s) => s.rules).length, pm: pos.filter(m).length, pb: pos.filter((s) => s.rules || m(s)).length,
      hn: hn.length, hr: hn.filter((s) => s.rules).length, hm: hn.filter(m).length, hb: hn.filter((s) => s.rules || m(s)).length,
      tl: trap.length, tm: trap.filter(m).length, tn: trap.filter((s) => m(s) && !s.rules).length,
    };
    for (const k of Object.keys(totals) as (keyof typeof totals)[]) totals[k] += row[k];
    lines.push(fmtRow(r.heldOut, row));
  }
  lines.push(fmtRow('ALL', totals));
  // The per-inventory means (each inventory one author, weighed alike) and the hard negatives the model alone marks.
  const mean = (f: (r: Round) => number) => (100 * rounds.reduce((a, r) => a + f(r), 0)) / rounds.length;
  const rate = (r: Round, kind: ExampleKind, pred: (s: Round['scores'][number]) => boolean) => {
    const xs = r.scores.filter((s) => s.example.kind === kind);
    return xs.length ? xs.filter(pred).length / xs.length : 0;
  };
  const above = (s: { score: number }) => s.score > threshold;
  const synth = rounds.flatMap((r) => r.scores.filter((s) => s.example.kind === 'synthetic-negative'));
  if (synth.length) {
    const byClass = new Map<string, [number, number, number]>();
    for (const s of synth) {
      const cls = (s.example.template ?? '').split('/')[0];
      const c = byClass.get(cls) ?? [0, 0, 0];
      c[0]++;
      if (s.score > threshold && !s.rules) c[1]++;
      if (s.rules) c[2]++;
      byClass.set(cls, c);
    }
    lines.push(`synthetic clinical negatives held out (frame's fold): model alone marks / rules mark / n: ${[...byClass].map(([k, [n, m, ru]]) => `${k} ${m}/${ru}/${n}`).join(', ')}`);
  }
  lines.push(`LOIO mean over ${rounds.length} inventories: carrier recall model ${mean((r) => rate(r, 'carrier', above)).toFixed(1)}%, rules+model ${mean((r) => rate(r, 'carrier', (s) => s.rules || above(s))).toFixed(1)}%; ` +
    `hard negatives marked by the model ${mean((r) => rate(r, 'hard-negative', above)).toFixed(2)}%, rules+model ${mean((r) => rate(r, 'hard-negative', (s) => s.rules || above(s))).toFixed(2)}%`);
  return lines.join('\n');
}

function fmtRow(name: string, r: { pos: number; pr: number; pm: number; pb: number; hn: number; hr: number; hm: number; hb: number; tl: number; tm: number; tn: number }): string {
  const pct = (n: number, d: number) => `${n}`.padStart(4) + ` ${d ? ((100 * n) / d).toFixed(0).padStart(3) : '  -'}%`;
  return `${name.padEnd(11)} ${String(r.pos).padStart(13)} ${pct(r.pr, r.pos)} ${pct(r.pm, r.pos)} ${pct(r.pb, r.pos)} | ${String(r.hn).padStart(8)} ${String(r.hr).padStart(5)} ${String(r.hm).padStart(5)} ${String(r.hb).padStart(5)} | ${String(r.tl).padStart(10)} ${String(r.tm).padStart(5)} ${String(r.tn).padStart(5)}`;
}

function main(): void {
  const { values } = parseArgs({
    options: {
      write: { type: 'boolean' },
      epochs: { type: 'string' },
      'max-fp-rate': { type: 'string' },
      misses: { type: 'string' },
      'model-misses': { type: 'boolean' },
      'classes-only': { type: 'boolean' },
      'prose-notes': { type: 'string' },
      bigrams: { type: 'boolean' },
      chars: { type: 'boolean' },
      lr: { type: 'boolean' },
      perceptron: { type: 'boolean' },
      'old-training': { type: 'boolean' },
      'new-training': { type: 'boolean' }, // read through NEW_TRAINING; declared so parseArgs accepts it
      'no-synthetic': { type: 'boolean' },
      'synthetic-per-class': { type: 'string' },
      'synthetic-weight': { type: 'string' },
      'hard-weight': { type: 'string' },
      'raw-scores': { type: 'boolean' },
      'asked-only': { type: 'boolean' },
      threshold: { type: 'string' },
      sweep: { type: 'string' },
      out: { type: 'string' },
    },
  });
  const epochs = Number(values.epochs ?? DEFAULT_EPOCHS);
  const maxFpRate = Number(values['max-fp-rate'] ?? 0.002);
  // The leave-one-out "rules" column is the committed rules without any learned model.
  useStatementModel(undefined);
  const examples = buildExamples();
  const counts = (kind: ExampleKind) => examples.filter((e) => e.kind === kind).length;
  console.log(`examples: ${counts('carrier')} carrier lines, ${counts('hard-negative')} hard negatives, ${counts('synthetic-negative')} synthetic clinical negatives, ${counts('scenario')} scenario lines, ${counts('trap')} trap lines, ${counts('lookalike')} look-alike lines, ${counts('prose')} prose lines and sentences`);
  const rounds = leaveOneInventoryOut(examples, epochs, values['old-training']);
  // --threshold T scores the rounds at a fixed threshold (the shipped one) instead of the one they choose.
  const threshold = values.threshold !== undefined ? Number(values.threshold) : chooseThreshold(rounds, maxFpRate);
  console.log(formatTable(rounds, threshold));
  // --sweep T1,T2,…: the same rounds scored at further fixed thresholds (one training, several operating points).
  for (const t of (values.sweep ?? '').split(',').filter(Boolean).map(Number)) console.log(`\n${formatTable(rounds, t)}`);
  const misses = Number(values.misses ?? 0);
  if (misses) {
    for (const r of rounds) {
      if (CHECK_INVENTORIES.has(r.heldOut)) continue; // check sets: scored, never studied
      const missed = r.scores.filter((s) => s.example.kind === 'carrier' && (values['model-misses'] || !s.rules) && s.score <= threshold);
      const fps = r.scores.filter((s) => s.example.label < 0 && !s.rules && s.score > threshold);
      const uniq = (xs: typeof missed) => [...new Set(xs.map((s) => `${s.score.toFixed(1)} ${s.example.template ?? s.example.text}`))].slice(0, misses);
      console.log(`\n${r.heldOut}: carriers missed by both (${missed.length}):\n  ${uniq(missed).join('\n  ')}\n${r.heldOut}: clinical lines the model alone marks (${fps.length}):\n  ${uniq(fps).join('\n  ')}`);
    }
  }
  if (values.write) {
    const weights = LEARNER(ASKED_ONLY ? examples.filter((e) => engineAsks(e.text)) : examples, epochs);
    const model: StatementModel = { threshold: Math.round(threshold * 1000) / 1000, ...(FEATURE_OPTIONS.unigrams ? { unigrams: true } : {}), ...(FEATURE_OPTIONS.bigrams ? { bigrams: true } : {}), ...(FEATURE_OPTIONS.chars ? { chars: true } : {}), weights };
    const out = values.out ?? path.join('src', 'engine', 'text', 'statementWeights.ts');
    fs.writeFileSync(
      out,
      `// Owns the shipped weights of the learned statement classifier (generated by src/eval/injection/trainStatement.ts; do not edit by hand).\n` +
        `// Trained on the ${Object.keys(STUDY_INVENTORIES).join(', ')} inventories and the non-injection trap notes; ${USE_PERCEPTRON ? 'averaged perceptron' : 'logistic regression'}, ${epochs} epochs;\n` +
        (values.threshold !== undefined
          ? `// threshold: ${values.threshold}, fixed by --threshold (the operating point whose leave-one-inventory-out clinical lines newly marked match the weights it replaced).\n`
          : `// threshold: held-out clinical-line false-positive rate <= ${maxFpRate} over leave-one-inventory-out rounds.\n`) +
        `import type { StatementModel } from './statementModel';\n\n` +
        `export const STATEMENT_MODEL: StatementModel = ${JSON.stringify(model, null, 1)};\n`,
    );
    console.log(`wrote ${out} (${Object.keys(weights).length} weights, threshold ${model.threshold})`);
  }
}

if (require.main === module) main();
