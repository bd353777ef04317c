// Owns the recognizer registry: every pattern and field recognizer by its stable name, compiled once,
// gated per note by cheap token triggers, and configurable per deployment (recognizers switched off by
// name). The Presidio RecognizerRegistry in a few dozen lines.
import type { PhiType } from '../../types';
import type { Emit } from '../recognizer';
import type { Word } from '../tokens';
import { ADDRESS_RECOGNIZERS } from './address';
import { AGENCY_RECOGNIZERS } from './agencies';
import { SIGNATURE_RECOGNIZERS } from './signatures';
import { AGE_RECOGNIZERS } from './ages';
import { CONTACT_RECOGNIZERS } from './contact';
import { DATE_RECOGNIZERS } from './dates';
import {
  CLOSING_TRIGGERS, compileField, eachMatch, FIELD_DEFS, runClosings, runField, runSalutations, SALUTATION_TRIGGERS, SIGNATURE_DESCRIPTIONS,
  type CompiledField, type FieldDef, type WordKnowledge,
} from './fields';
import { HL7_RECOGNIZERS } from './hl7';
import { IDENTIFIER_RECOGNIZERS } from './identifiers';
import { IDENTIFIER_LABEL_RECOGNIZERS } from './identifierLabels';
import { ISSUED_SHAPE_RECOGNIZERS } from './issuedShapes';
import { MILITARY_UNIT_RECOGNIZERS } from './militaryUnits';
import { NURSING_DATE_RECOGNIZERS } from './nursingDateSlots';
import { PLAINS_SHAPE_RECOGNIZERS } from './plainsShapes';
import { WARD_WING_RECOGNIZERS } from './wardWings';
import { NURSING_STAFF_RECOGNIZERS } from './nursingStaffSlots';
import { runTables, TABLE_COLUMN, TABLE_DESCRIPTIONS, TABLE_KEY_VALUE } from './tables';
import { RulePrefilter, ruleTableKey } from '../../text/literalPrefilter';
import { processSingleton } from '../../processStore';
import type { PatternRecognizerDef } from './types';

export const DEFAULT_PATTERN_RECOGNIZERS: readonly PatternRecognizerDef[] = [
  ...DATE_RECOGNIZERS, ...AGE_RECOGNIZERS, ...CONTACT_RECOGNIZERS, ...IDENTIFIER_RECOGNIZERS, ...ADDRESS_RECOGNIZERS, ...AGENCY_RECOGNIZERS, ...SIGNATURE_RECOGNIZERS, ...HL7_RECOGNIZERS,
  ...MILITARY_UNIT_RECOGNIZERS, ...IDENTIFIER_LABEL_RECOGNIZERS,
  ...NURSING_DATE_RECOGNIZERS,
  ...WARD_WING_RECOGNIZERS,
  ...NURSING_STAFF_RECOGNIZERS,
  ...ISSUED_SHAPE_RECOGNIZERS,
  ...PLAINS_SHAPE_RECOGNIZERS,
];

export interface RecognizerInfo {
  name: string;
  type: PhiType;
  description: string;
}

export interface RegistryOptions {
  /** Recognizer names switched off for this deployment (unknown names are an error: a typo must not silently keep one on). */
  disabled?: readonly string[];
}

export interface RunOptions {
  /** Default true: bare-year recognizers (optIn 'years') stay off. */
  keepYears?: boolean;
  knowledge: WordKnowledge;
}

interface CompiledPattern {
  def: PatternRecognizerDef;
  /** Sticky ('y') when the recognizer is anchored on its trigger words. */
  re: RegExp;
  /** Trigger ids; empty = always runs. */
  triggers: number[];
  context?: RegExp;
}

/** Shorter required strings ("-", "|", a digit) are in nearly every note: gating on them costs more than it saves. */
const SCAN_LITERAL_MIN_CHARS = 3;
/** Characters of notes read before the whole-note gate is built (about ten typical notes). */
const SCAN_GATE_AFTER_CHARS = 20_000;
/**
 * Characters read per pattern table, by every registry of this process: the gate's automaton is shared by table
 * (literalPrefilter.ts), so once the process has read enough through a table, a new registry of it (an engine
 * built again; each test file, in Jest) gates from its first note instead of reading 20,000 characters ungated.
 */
const charsReadByTable = processSingleton('phi.scanGateCharsRead', () => new Map<string, number>());

const SALUTATION = 'signature.salutation';
const CLOSING = 'signature.closing';

const LEADING_LETTERS_RE = /^[a-z]+/;
const TRAILING_LETTERS_RE = /[a-z]+$/;
const ORDINAL_RE = /^\d{1,2}(?:st|nd|rd|th)$/;
const DAY_MONTH_RE = /^\d{1,2}(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/;

export class RecognizerRegistry {
  private readonly patterns: CompiledPattern[] = [];
  private readonly fields: { field: CompiledField; triggers: number[] }[] = [];
  private readonly triggerIds = new Map<string, number>();
  private readonly salutations: number[] | undefined;
  private readonly closings: number[] | undefined;
  private readonly infos: RecognizerInfo[] = [];
  /** Table recognizers left on for this deployment. */
  private readonly tableRecognizers: ReadonlySet<string>;
  /**
   * Unanchored patterns scan the whole note: one automaton pass says which of them hold their required
   * literals (".jpg", "(01)", "agency") at all, and only those scan (skipping changes no match).
   */
  private scanPrefilter?: RulePrefilter;
  /** The gate's rule table (anchored patterns stood in for) and its key, made on the first note. */
  private scanTable?: { patterns: RegExp[]; key: string };

  constructor(
    patterns: readonly PatternRecognizerDef[] = DEFAULT_PATTERN_RECOGNIZERS,
    fields: readonly FieldDef[] = FIELD_DEFS,
    options: RegistryOptions = {},
  ) {
    const known = new Set([...patterns.map((p) => p.name), ...fields.map((f) => f.name), SALUTATION, CLOSING, TABLE_COLUMN, TABLE_KEY_VALUE]);
    if (known.size !== patterns.length + fields.length + 4) throw new Error('recognizer names must be unique');
    const disabled = new Set(options.disabled ?? []);
    for (const d of disabled) if (!known.has(d)) throw new Error(`unknown PHI recognizer "${d}" (known: ${[...known].sort().join(', ')})`);
    for (const def of patterns) {
      this.infos.push({ name: def.name, type: def.type, description: def.description });
      if (disabled.has(def.name)) continue;
      const context = def.context ? new RegExp(String.raw`(?<![A-Za-z])(?:${def.context.words.join('|')})(?![A-Za-z])`, 'i') : undefined;
      if (def.anchored && !def.triggers?.length) throw new Error(`recognizer ${def.name} is anchored but has no trigger words`);
      const flags = (def.flags ?? 'gi').replace('g', '') + (def.anchored ? 'y' : 'g');
      this.patterns.push({ def, re: new RegExp(def.pattern, flags), triggers: this.ids(def.triggers), context });
    }
    for (const def of fields) {
      this.infos.push({ name: def.name, type: def.type, description: def.description });
      if (disabled.has(def.name)) continue;
      const field = compileField(def);
      this.fields.push({ field, triggers: this.ids(field.triggers) });
    }
    for (const s of SIGNATURE_DESCRIPTIONS) this.infos.push({ name: s.name, type: 'NAME', description: s.description });
    this.salutations = disabled.has(SALUTATION) ? undefined : this.ids(SALUTATION_TRIGGERS);
    this.closings = disabled.has(CLOSING) ? undefined : this.ids(CLOSING_TRIGGERS);
    for (const t of TABLE_DESCRIPTIONS) this.infos.push(t);
    this.tableRecognizers = new Set(TABLE_DESCRIPTIONS.map((t) => t.name).filter((n) => !disabled.has(n)));
  }

  /** Every registered recognizer (enabled or not), for explain-phi, docs and tests. */
  list(): readonly RecognizerInfo[] {
    return this.infos;
  }

  private ids(triggers: readonly string[] | undefined): number[] {
    if (!triggers) return [];
    return triggers.map((t) => {
      let id = this.triggerIds.get(t);
      if (id === undefined) {
        id = this.triggerIds.size;
        this.triggerIds.set(t, id);
      }
      return id;
    });
  }

  /**
   * One pass over the tokens: which trigger words and shapes occur in the note, and where each trigger word
   * starts a token (anchored recognizers are tried only there).
   */
  private present(words: readonly Word[]): { seen: Uint8Array; hitPos: number[]; hitId: number[] } {
    const seen = new Uint8Array(this.triggerIds.size);
    // Trigger hits in text order: anchored recognizers walk this list instead of sorting positions.
    const hitPos: number[] = [];
    const hitId: number[] = [];
    const ids = this.triggerIds;
    const mark = (key: string): void => {
      const id = ids.get(key);
      if (id !== undefined) seen[id] = 1;
    };
    const markAt = (id: number, pos: number): void => {
      seen[id] = 1;
      hitPos.push(pos);
      hitId.push(id);
    };
    const dcolon = ids.get('#dcolon');
    const markShape = (key: string, pos: number): void => {
      const id = ids.get(key);
      if (id !== undefined) markAt(id, pos);
    };
    for (let i = 0; i < words.length; i++) {
      const w = words[i];
      const key = w.lower;
      if (dcolon !== undefined && w.gapBefore.length === 2 && w.gapBefore === '::') seen[dcolon] = 1;
      if (w.alpha) {
        const id = ids.get(key);
        if (id !== undefined) markAt(id, w.start);
        continue;
      }
      const c0 = key.charCodeAt(0);
      const startsWithDigit = c0 >= 48 && c0 <= 57;
      if (!startsWithDigit) {
        // "MRN12345", "x4521": a keyword glued to a number still triggers (and anchors) its pattern.
        const lead = LEADING_LETTERS_RE.exec(key);
        if (lead) {
          const id = ids.get(lead[0]);
          if (id !== undefined) markAt(id, w.start);
        }
        if (key.length >= 9) markShape('#alnum9', w.start);
        if (key.length >= 7) markShape('#alnum7', w.start);
        continue;
      }
      // "S24-11873", "CLM-6673-0373", "21-SP-85725": a serial after a dash; the identifier starts one or two tokens back.
      if (key.length >= 3 && w.gapBefore === '-' && i > 0) {
        markShape('#dashid', words[i - 1].start);
        if (i > 1 && words[i - 1].gapBefore === '-') markShape('#dashid', words[i - 2].start);
      }
      let digits = 0;
      while (digits < key.length && key.charCodeAt(digits) >= 48 && key.charCodeAt(digits) <= 57) digits++;
      const len = key.length;
      if (digits === len) {
        if (len <= 3) {
          const n = parseInt(key, 10);
          if (n >= 90 && n <= 129) markShape('#age90', w.start);
        } else if (len === 4) {
          if ((c0 === 49 && key.charCodeAt(1) === 57) || (c0 === 50 && key.charCodeAt(1) === 48)) markShape('#year', w.start);
        } else if (len === 5) markShape('#zip5', w.start);
        else if (len === 8) markShape('#digits8', w.start);
        else if (len === 6) markShape('#digits6', w.start);
        else if (len === 7) markShape('#digits7', w.start);
        if (len >= 9) markShape('#digits9', w.start);
        if (len >= 7 && c0 === 48) markShape('#zero7', w.start);
        // IPv6 groups and clock times: hex-looking tokens joined by colons.
        if (len <= 4 && words[i + 1]?.gapBefore.startsWith(':') && words[i + 2]?.gapBefore.startsWith(':')) markShape('#colons', w.start);
        continue;
      }
      // "92yo", "3rd", "12MAR2024", "fe80": digits glued to letters.
      if (digits <= 3) {
        const n = parseInt(key, 10);
        if (n >= 90 && n <= 129) markShape('#age90', w.start);
      }
      // "2017JUL21": a year glued to a month name.
      if (digits === 4 && ((c0 === 49 && key.charCodeAt(1) === 57) || (c0 === 50 && key.charCodeAt(1) === 48))) markShape('#yearmonth', w.start);
      if (ORDINAL_RE.test(key)) markShape('#ordinal', w.start);
      if (DAY_MONTH_RE.test(key)) markShape('#daymonth', w.start);
      const trail = TRAILING_LETTERS_RE.exec(key);
      if (trail) mark(trail[0]);
      if (len >= 9) markShape('#alnum9', w.start);
      if (len >= 7) markShape('#alnum7', w.start);
      if (len <= 4 && words[i + 1]?.gapBefore.startsWith(':') && words[i + 2]?.gapBefore.startsWith(':')) markShape('#colons', w.start);
    }
    return { seen, hitPos, hitId };
  }

  /**
   * Which whole-note patterns may match (undefined: run them all). Building the automaton costs tens of
   * milliseconds, more than it saves on a few notes: it is built once this process has read
   * SCAN_GATE_AFTER_CHARS characters through this table (in any registry), so a one-note CLI run never pays for it.
   */
  private scanGate(text: string): Uint8Array | undefined {
    if (!this.scanPrefilter) {
      if (!this.scanTable) {
        // Anchored patterns are tried only at their trigger words: a never-matching stand-in keeps indexes aligned.
        const patterns = this.patterns.map((p) => (p.def.anchored ? /(?!)/ : new RegExp(p.re.source, p.re.flags.replace(/[gy]/g, ''))));
        this.scanTable = { patterns, key: ruleTableKey(patterns, { minLiteralChars: SCAN_LITERAL_MIN_CHARS }) };
      }
      const { patterns, key } = this.scanTable;
      const read = (charsReadByTable.get(key) ?? 0) + text.length;
      charsReadByTable.set(key, read);
      if (read < SCAN_GATE_AFTER_CHARS) return undefined;
      this.scanPrefilter = new RulePrefilter(patterns, { minLiteralChars: SCAN_LITERAL_MIN_CHARS });
    }
    return this.scanPrefilter.candidates(text);
  }

  run(text: string, words: readonly Word[], emit: Emit, options: RunOptions): void {
    const { seen, hitPos, hitId } = this.present(words);
    const on = (triggers: readonly number[]): boolean => {
      if (triggers.length === 0) return true;
      for (const t of triggers) if (seen[t] === 1) return true;
      return false;
    };
    const listening = new Uint8Array(seen.length);
    const positions = (triggers: readonly number[]): number[] => {
      listening.fill(0);
      for (const t of triggers) listening[t] = 1;
      const out: number[] = [];
      let sorted = true;
      for (let h = 0; h < hitPos.length; h++) {
        if (listening[hitId[h]] !== 1) continue;
        if (out.length > 0 && hitPos[h] < out[out.length - 1]) sorted = false;
        out.push(hitPos[h]);
      }
      // Shape hits that anchor a token or two back ("#dashid") can arrive out of order.
      if (!sorted) out.sort((a, b) => a - b);
      return out;
    };
    const keepYears = options.keepYears ?? true;
    const possible = this.scanGate(text);
    for (let i = 0; i < this.patterns.length; i++) {
      const p = this.patterns[i];
      const def = p.def;
      if (def.optIn === 'years' && keepYears) continue;
      if (possible && !def.anchored && possible[i] !== 1) continue;
      if (!on(p.triggers)) continue;
      if (def.requires !== undefined && !text.includes(def.requires)) continue;
      eachMatch(p.re, text, def.anchored ? positions(p.triggers) : undefined, (m) => emitMatch(p, m, text, emit));
    }
    for (const f of this.fields) {
      if (!on(f.triggers)) continue;
      if (!f.field.anchored && !f.field.requires.some((r) => text.includes(r))) continue;
      runField(f.field, text, options.knowledge, emit, f.field.anchored ? positions(f.triggers) : undefined);
    }
    if (this.salutations && on(this.salutations)) runSalutations(text, options.knowledge, emit, positions(this.salutations));
    if (this.closings && on(this.closings)) runClosings(text, options.knowledge, emit, positions(this.closings));
    if (this.tableRecognizers.size > 0) {
      const tables = this.tableRecognizers;
      runTables(text, tables.size === TABLE_DESCRIPTIONS.length ? emit : (s, e, t, name) => tables.has(name) && emit(s, e, t, name));
    }
  }
}

function emitMatch(p: CompiledPattern, m: RegExpExecArray, text: string, emit: Emit): void {
  const def = p.def;
  let start = m.index;
  let end = m.index + m[0].length;
  const g = def.group === 'last' ? lastGroup(m) : def.group;
  if (g !== undefined && m[g] !== undefined) {
    start = m.index + m[0].lastIndexOf(m[g]);
    end = start + m[g].length;
  }
  const ctx = { text, start, end, match: m };
  const value = text.slice(start, end);
  if (p.context && def.context) {
    const w = def.context.windowChars ?? 40;
    const near = text.slice(Math.max(0, start - w), start) + (def.context.after ? ' ' + text.slice(end, end + w) : '');
    const hasContext = p.context.test(near);
    if (def.context.required && !hasContext) return;
    if (def.validate && !hasContext && !def.validate(value, ctx)) return;
  } else if (def.validate && !def.validate(value, ctx)) return;
  const span = def.refine ? def.refine(ctx) : { start, end };
  if (span && span.end > span.start) emit(span.start, span.end, def.type, def.name);
}

function lastGroup(m: RegExpExecArray): number | undefined {
  for (let i = m.length - 1; i >= 1; i--) if (m[i] !== undefined) return i;
  return undefined;
}
