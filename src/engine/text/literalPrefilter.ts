// Owns the literal prefilter of rule tables: from each rule's regular expression it derives strings one
// of which every match must contain (as RE2 and Google Code Search do), and one Aho-Corasick automaton
// over all of them says in a single pass over a text which rules could match there at all. A rule whose
// literals are absent cannot match, so skipping it changes no result; a pattern the analysis does not
// understand gets no literals and is always run.

import { processSingleton } from '../processStore';

/** A set of lower-cased strings, or null when the node's matches cannot be enumerated. */
type StringSet = Set<string> | null;

interface Info {
  /** Every string the node can match (lower-cased), when few. */
  exact: StringSet;
  /** Sets of lower-cased strings: every match of the node contains a string of each set (empty = no requirement). */
  required: Set<string>[];
}

/** Bound on an enumerated set: past it, a set is turned into a requirement and enumeration restarts. */
const MAX_SET = 64;
/** Sets a rule keeps (the most selective): all must be present for the rule to run. */
const MAX_CLAUSES = 4;
/** Literals are cut to this many characters in the automaton (still selective, far fewer states). */
const MAX_LITERAL_CHARS = 8;
const ANY: Info = { exact: null, required: [] };
const EMPTY = (): Info => ({ exact: new Set(['']), required: [] });

class Unsupported extends Error {}

/**
 * How the text is folded before literals are looked for: ASCII upper case to lower case, and the two
 * non-ASCII letters that Unicode case-insensitive matching folds to ASCII (U+017F long s, U+212A Kelvin
 * sign). Literals hold only ASCII and caseless characters, so a case-insensitive (or case-sensitive)
 * match of a literal always leaves the folded literal in the folded text.
 */
export function foldCode(c: number): number {
  if (c >= 65 && c <= 90) return c | 32;
  if (c === 0x17f) return 115;
  if (c === 0x212a) return 107;
  return c;
}

/** A character a literal may hold: ASCII, or a character without case variants (punctuation, symbols). */
function literalChar(c: number): string | null {
  if (c < 128) return String.fromCharCode(foldCode(c));
  if (c >= 0xd800 && c <= 0xdfff) return null;
  const ch = String.fromCharCode(c);
  if (ch.toLowerCase() !== ch || ch.toUpperCase() !== ch || !/[\p{P}\p{S}]/u.test(ch)) return null;
  return ch;
}

function charSet(codes: number[]): Info {
  const out = new Set<string>();
  for (const c of codes) {
    const ch = literalChar(c);
    if (ch === null) return ANY;
    out.add(ch);
    if (out.size > MAX_SET) return ANY;
  }
  return { exact: out, required: [] };
}

function product(a: Set<string>, b: Set<string>): Set<string> | null {
  if (a.size * b.size > MAX_SET) return null;
  const out = new Set<string>();
  for (const x of a) for (const y of b) out.add(x + y);
  return out;
}

/**
 * Rough share of text positions where a character occurs in English clinical prose: letters by their
 * frequency, then space, and rare punctuation. Only used to prefer selective literals ("?" over "is").
 */
const LETTER_FREQUENCY = 'etaoinshrdlcumwfgypbvkjxqz';
function charShare(c: string): number {
  const k = LETTER_FREQUENCY.indexOf(c);
  if (k >= 0) return 0.1 / (1 + k * 0.35);
  if (c === ' ') return 0.16;
  if (c >= '0' && c <= '9') return 0.005;
  if (c === '.' || c === ',') return 0.01;
  return 0.0005;
}

/** Estimated chance that some string of the set starts at a given position: lower is more selective. */
function score(set: Set<string>): number {
  let sum = 0;
  for (const s of set) {
    let p = 1;
    for (const c of s) p *= charShare(c);
    sum += p;
  }
  return sum;
}

function asRequirement(s: StringSet): Set<string> | null {
  return s && s.size && !s.has('') ? s : null;
}

/** The node's requirements, its exact strings included. */
function clausesOf(info: Info): Set<string>[] {
  const exact = asRequirement(info.exact);
  return exact ? [exact, ...info.required] : info.required;
}

/** The single most selective requirement of a node, or null. */
function bestClause(info: Info): Set<string> | null {
  let best: Set<string> | null = null;
  let bestScore = Infinity;
  for (const c of clausesOf(info)) {
    const sc = score(c);
    if (sc < bestScore) {
      best = c;
      bestScore = sc;
    }
  }
  return best;
}

/** Keeps the most selective requirements (dropping one only weakens the filter). */
function prune(clauses: Set<string>[]): Set<string>[] {
  if (clauses.length <= MAX_CLAUSES) return clauses;
  const scored = clauses.map((c) => ({ c, s: score(c) }));
  return scored.sort((a, b) => a.s - b.s).slice(0, MAX_CLAUSES).map((x) => x.c);
}

/** The same, without duplicate sets. */
function pruneUnique(clauses: Set<string>[]): Set<string>[] {
  const unique = new Map<string, Set<string>>();
  for (const c of clauses) unique.set([...c].sort().join('\u0000'), c);
  if (unique.size <= MAX_CLAUSES) return [...unique.values()];
  const scored = [...unique.values()].map((c) => ({ c, s: score(c) }));
  return scored.sort((a, b) => a.s - b.s).slice(0, MAX_CLAUSES).map((x) => x.c);
}

class Parser {
  private i = 0;
  private groups = 0;
  constructor(private readonly src: string, private readonly unicode: boolean) {}

  parse(): Info {
    const info = this.alternation();
    if (this.i !== this.src.length) throw new Unsupported('trailing input');
    return info;
  }

  private peek(k = 0): string {
    return this.src[this.i + k] ?? '';
  }

  private alternation(): Info {
    const alts = [this.sequence()];
    while (this.peek() === '|') {
      this.i++;
      alts.push(this.sequence());
    }
    if (alts.length === 1) return alts[0];
    let exact: StringSet = new Set<string>();
    let union: Set<string> | null = new Set<string>();
    for (const a of alts) {
      if (exact && a.exact) for (const s of a.exact) exact.add(s);
      else exact = null;
      if (exact && exact.size > MAX_SET) exact = null;
      // Either alternative may be the one that matched: one requirement per alternative, united.
      const r = bestClause(a);
      if (union && r) for (const s of r) union.add(s);
      else union = null;
    }
    return { exact, required: union ? [union] : [] };
  }

  private sequence(): Info {
    // Consecutive enumerable items are multiplied out into literals; every item's requirement holds too.
    let cur = new Set(['']);
    let allExact = true;
    const required: Set<string>[] = [];
    const flush = () => {
      const r = asRequirement(cur);
      if (r) required.push(r);
    };
    while (this.i < this.src.length && this.peek() !== '|' && this.peek() !== ')') {
      const item = this.quantified();
      if (!item.exact) {
        // (An enumerable item's strings are multiplied into the literals below instead.)
        required.push(...item.required);
        allExact = false;
        flush();
        cur = new Set(['']);
        continue;
      }
      const next = product(cur, item.exact);
      if (next) cur = next;
      else {
        // Too many combinations: what was enumerated so far is still required; restart from this item.
        allExact = false;
        flush();
        cur = new Set(item.exact);
      }
    }
    if (allExact) return { exact: cur, required: prune(required) };
    flush();
    return { exact: null, required: prune(required) };
  }

  private quantified(): Info {
    const atom = this.atom();
    const q = this.quantifier();
    if (!q) return atom;
    if (this.peek() === '?') this.i++; // lazy: same language
    const [min, max] = q;
    if (max === 0) return EMPTY();
    if (min === 0) {
      if (max === 1 && atom.exact) {
        const exact = new Set(atom.exact);
        exact.add('');
        return { exact, required: [] };
      }
      return ANY;
    }
    if (min === max && atom.exact) {
      let exact: Set<string> | null = new Set(['']);
      for (let k = 0; k < min && exact; k++) exact = product(exact, atom.exact);
      if (exact) return { exact, required: [] };
    }
    return { exact: null, required: clausesOf(atom) };
  }

  /** [min, max] of a quantifier at the cursor (consumed), or undefined. */
  private quantifier(): [number, number] | undefined {
    const c = this.peek();
    if (c === '*') return this.i++, [0, Infinity];
    if (c === '+') return this.i++, [1, Infinity];
    if (c === '?') return this.i++, [0, 1];
    if (c === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(this.src.slice(this.i));
      if (!m) {
        if (this.unicode) throw new Unsupported('brace');
        return undefined; // a literal "{" (Annex B); the next atom reads it
      }
      this.i += m[0].length;
      const min = Number(m[1]);
      const max = m[2] === undefined ? min : m[3] === '' ? Infinity : Number(m[3]);
      return [min, max];
    }
    return undefined;
  }

  private atom(): Info {
    const c = this.peek();
    switch (c) {
      case '^':
      case '$':
        this.i++;
        return EMPTY();
      case '.':
        this.i++;
        return ANY;
      case '(':
        return this.group();
      case '[':
        return this.charClass();
      case '\\':
        return this.escape();
      case '*':
      case '+':
      case '?':
        throw new Unsupported('nothing to repeat');
      case '{':
        if (this.unicode || /^\{\d+(,\d*)?\}/.test(this.src.slice(this.i))) throw new Unsupported('nothing to repeat');
        this.i++;
        return charSet([c.charCodeAt(0)]);
      case ')':
      case '|':
        throw new Unsupported('unexpected');
      default: {
        const code = this.src.codePointAt(this.i)!;
        if (code > 0xffff) throw new Unsupported('astral');
        this.i++;
        if ((c === ']' || c === '}') && this.unicode) throw new Unsupported('lone bracket');
        return charSet([code]);
      }
    }
  }

  private group(): Info {
    this.i++; // (
    let lookaround = false;
    if (this.peek() === '?') {
      const head = this.src.slice(this.i, this.i + 3);
      if (head.startsWith('?:')) this.i += 2;
      else if (head.startsWith('?=') || head.startsWith('?!')) {
        this.i += 2;
        lookaround = true;
      } else if (head === '?<=' || head === '?<!') {
        this.i += 3;
        lookaround = true;
      } else if (head.startsWith('?<')) {
        const close = this.src.indexOf('>', this.i);
        if (close < 0) throw new Unsupported('group name');
        this.i = close + 1;
        this.groups++;
      } else throw new Unsupported('group kind');
    } else this.groups++;
    const inner = this.alternation();
    if (this.peek() !== ')') throw new Unsupported('unclosed group');
    this.i++;
    // A lookaround matches no characters of its own.
    return lookaround ? EMPTY() : inner;
  }

  /** A character class: its characters when few and caseless-safe, else ANY. */
  private charClass(): Info {
    this.i++; // [
    let negated = false;
    if (this.peek() === '^') {
      negated = true;
      this.i++;
    }
    const codes: number[] = [];
    let unknown = false;
    while (this.i < this.src.length && this.peek() !== ']') {
      const lo = this.classAtom();
      if (this.peek() === '-' && this.peek(1) !== ']' && this.peek(1) !== '') {
        this.i++;
        const hi = this.classAtom();
        if (lo === null || hi === null) {
          unknown = true;
          continue;
        }
        if (hi < lo) throw new Unsupported('range order');
        if (hi - lo > MAX_SET) unknown = true;
        else for (let x = lo; x <= hi; x++) codes.push(x);
        continue;
      }
      if (lo === null) unknown = true;
      else codes.push(lo);
    }
    if (this.peek() !== ']') throw new Unsupported('unclosed class');
    this.i++;
    if (negated || unknown) return ANY;
    if (!codes.length) return ANY; // [] matches nothing: no requirement is still correct
    return charSet(codes);
  }

  /** One class member's code, or null for a class escape (\d, \w, \p{…}) or anything unclear. */
  private classAtom(): number | null {
    const c = this.peek();
    if (c !== '\\') {
      const code = this.src.codePointAt(this.i)!;
      if (code > 0xffff) throw new Unsupported('astral');
      this.i++;
      return code;
    }
    const e = this.peek(1);
    if (e === 'b') {
      this.i += 2;
      return 8;
    }
    if (e === '-') {
      this.i += 2;
      return 45;
    }
    return this.escapeCode();
  }

  private escape(): Info {
    const e = this.peek(1);
    if (e === 'b' || e === 'B') {
      this.i += 2;
      return EMPTY();
    }
    if (/[1-9]/.test(e)) {
      // A back-reference matches whatever its group did: no literal of its own.
      this.i += 2;
      while (/[0-9]/.test(this.peek())) this.i++;
      return ANY;
    }
    if (e === 'k' && this.peek(2) === '<') {
      const close = this.src.indexOf('>', this.i);
      if (close < 0) throw new Unsupported('k');
      this.i = close + 1;
      return ANY;
    }
    const code = this.escapeCode();
    return code === null ? ANY : charSet([code]);
  }

  /** The character code of an escape at the cursor (consumed), or null for a class escape. */
  private escapeCode(): number | null {
    this.i++; // backslash
    const e = this.peek();
    this.i++;
    switch (e) {
      case 'd': case 'D': case 'w': case 'W': case 's': case 'S':
        return null;
      case 'p': case 'P':
        if (!this.unicode) return e.charCodeAt(0);
        if (this.peek() !== '{') throw new Unsupported('\\p');
        this.i = this.src.indexOf('}', this.i) + 1;
        if (this.i <= 0) throw new Unsupported('\\p');
        return null;
      case 'n': return 10;
      case 'r': return 13;
      case 't': return 9;
      case 'f': return 12;
      case 'v': return 11;
      case '0':
        if (/[0-9]/.test(this.peek())) throw new Unsupported('octal');
        return 0;
      case 'x': {
        const m = /^[0-9a-fA-F]{2}/.exec(this.src.slice(this.i));
        if (!m) throw new Unsupported('\\x');
        this.i += 2;
        return parseInt(m[0], 16);
      }
      case 'u': {
        const m = /^[0-9a-fA-F]{4}/.exec(this.src.slice(this.i));
        if (!m) throw new Unsupported('\\u');
        this.i += 4;
        const code = parseInt(m[0], 16);
        if (code >= 0xd800 && code <= 0xdfff) throw new Unsupported('surrogate');
        return code;
      }
      case 'c':
        throw new Unsupported('\\c');
      case '':
        throw new Unsupported('trailing backslash');
      default:
        // Identity escapes of syntax characters ("\.", "\/", "\("); an escaped letter or digit we do not know is unclear.
        if (/[A-Za-z0-9]/.test(e)) throw new Unsupported(`\\${e}`);
        return e.charCodeAt(0);
    }
  }
}

/**
 * Sets of lower-cased strings (folded as `foldCode` folds) such that every match of the pattern contains
 * a string of each set; empty when the pattern has none or uses syntax the analysis does not read.
 */
export function requiredLiterals(pattern: RegExp): string[][] {
  if (/[vy]/.test(pattern.flags)) return [];
  try {
    const info = new Parser(pattern.source, pattern.flags.includes('u')).parse();
    return pruneUnique(clausesOf(info)).map((c) => [...c].sort());
  } catch (err) {
    if (err instanceof Unsupported) return [];
    throw err;
  }
}

/** A rule table's automaton: read-only once built, so one copy serves every prefilter of the same table. */
interface Automaton {
  /** Bit mask of a rule's literal sets (0 for a rule without literals: always a candidate). */
  full: Int32Array;
  /** Char code → alphabet index (0 = a character no literal holds): one array read per character. */
  symbols: Uint16Array;
  /** transitions[state * width + symbol] */
  transitions: Int32Array;
  width: number;
  /** Per state, pairs (rule, set bit) completed on reaching it (its literals and those of its suffixes). */
  outputs: Array<Int32Array | null>;
}

/** Bound on remembered tables: the engine has a handful; a caller building prefilters for ever-new tables only rebuilds. */
const MAX_CACHED_AUTOMATA = 16;
/**
 * Tables shorter than this are analysed afresh: a few rules cost little to analyse, while every remembered
 * automaton holds a 128 KB symbol map (thousands of small ad-hoc tables would keep the collector busy).
 */
const MIN_SHARED_RULES = 16;
/**
 * Automata by table (each pattern's flags and source, and the options): a pure function of those, so a
 * registry or module built again (every test file, in Jest) reuses the analysis instead of redoing it.
 */
const automata = processSingleton('text.prefilterAutomata', () => new Map<string, Automaton>());

/** Names a rule table and its options: equal keys, the same automaton (a pure function of both). */
export function ruleTableKey(patterns: readonly RegExp[], options: { minLiteralChars?: number } = {}): string {
  return `${options.minLiteralChars ?? 0}\0${patterns.map((p) => `${p.flags}/${p.source}`).join('\0')}`;
}

/**
 * One automaton for a rule table: `candidates` marks, for a stretch of text, each rule that may match
 * inside it (a string of each of its literal sets occurs there, or it has no literals). Rules are
 * indexed as given.
 */
export class RulePrefilter {
  private readonly automaton: Automaton;
  private readonly seen: Int32Array;
  private readonly marks: Uint8Array;

  /**
   * `minLiteralChars`: a literal set holding a shorter string ("-", "a") is dropped from its rule's
   * requirements (still sound: fewer requirements, never a skipped match). Such sets rule out almost no
   * text, while their states fire at nearly every character of a whole note and make the pass slow.
   */
  constructor(patterns: readonly RegExp[], options: { minLiteralChars?: number } = {}) {
    this.seen = new Int32Array(patterns.length);
    this.marks = new Uint8Array(patterns.length);
    const minChars = options.minLiteralChars ?? 0;
    if (patterns.length < MIN_SHARED_RULES) {
      this.automaton = RulePrefilter.analyse(patterns, minChars);
      return;
    }
    const key = ruleTableKey(patterns, options);
    let automaton = automata.get(key);
    if (!automaton) {
      automaton = RulePrefilter.analyse(patterns, minChars);
      if (automata.size >= MAX_CACHED_AUTOMATA) automata.clear();
      automata.set(key, automaton);
    }
    this.automaton = automaton;
  }

  private static analyse(patterns: readonly RegExp[], minChars: number): Automaton {
    const full = new Int32Array(patterns.length);
    const literals = new Map<string, Array<[number, number]>>();
    patterns.forEach((p, rule) => {
      // A global or sticky pattern keeps state between calls: skipping one would change its next result.
      const sets = (/[gy]/.test(p.flags) ? [] : requiredLiterals(p)).filter((set) => set.every((l) => l.length >= minChars));
      sets.forEach((set, k) => {
        full[rule] |= 1 << k;
        // A prefix of a required string is required too: long literals are cut, which keeps the automaton small.
        for (const lit of new Set(set.map((l) => l.slice(0, MAX_LITERAL_CHARS)))) {
          const pairs = literals.get(lit);
          if (pairs) pairs.push([rule, 1 << k]);
          else literals.set(lit, [[rule, 1 << k]]);
        }
      });
    });
    return { full, ...RulePrefilter.build(literals) };
  }

  private static build(literals: Map<string, Array<[number, number]>>): Omit<Automaton, 'full'> {
    const symbols = new Uint16Array(0x10000);
    const alphabet = new Map<number, number>();
    let chars = 0;
    for (const lit of literals.keys()) {
      chars += lit.length;
      for (let k = 0; k < lit.length; k++) {
        const c = lit.charCodeAt(k);
        if (!alphabet.has(c)) alphabet.set(c, alphabet.size + 1);
      }
    }
    const width = alphabet.size + 1;
    // Every code whose folded form a literal holds: the code itself, ASCII upper case, and U+017F / U+212A.
    for (const [c, sym] of alphabet) {
      symbols[c] = sym;
      if (c >= 97 && c <= 122) symbols[c - 32] = sym;
      if (c === 115) symbols[0x17f] = sym;
      if (c === 107) symbols[0x212a] = sym;
    }
    // Trie first (goto, 0 = none: the root is never a child), then breadth-first failure links folded
    // into a full DFA in place.
    const delta = new Int32Array((chars + 1) * width);
    const own: Array<number[] | undefined> = [];
    let states = 1;
    for (const [lit, pairs] of literals) {
      let s = 0;
      for (let k = 0; k < lit.length; k++) {
        const at = s * width + alphabet.get(lit.charCodeAt(k))!;
        if (!delta[at]) delta[at] = states++;
        s = delta[at];
      }
      const list = (own[s] ??= []);
      for (const [rule, bit] of pairs) list.push(rule, bit);
    }
    const fail = new Int32Array(states);
    const outputs: Array<Int32Array | null> = new Array(states).fill(null);
    const queue: number[] = [];
    for (let sym = 0; sym < width; sym++) if (delta[sym]) queue.push(delta[sym]);
    if (own[0]) outputs[0] = Int32Array.from(own[0]);
    for (let q = 0; q < queue.length; q++) {
      const s = queue[q];
      const mine = own[s];
      const inherited = outputs[fail[s]];
      outputs[s] = mine ? Int32Array.from(inherited ? [...mine, ...inherited] : mine) : inherited;
      for (let sym = 0; sym < width; sym++) {
        const at = s * width + sym;
        const t = delta[at];
        const viaFail = delta[fail[s] * width + sym];
        if (t) {
          fail[t] = viaFail;
          queue.push(t);
        } else delta[at] = viaFail;
      }
    }
    return { symbols, transitions: delta.subarray(0, states * width), width, outputs };
  }

  /**
   * 1 at each rule that may match somewhere in text[from, to), 0 at the others. The array is reused by
   * the next call.
   */
  candidates(text: string, from = 0, to = text.length): Uint8Array {
    const { transitions, width, symbols, outputs, full } = this.automaton;
    const { seen, marks } = this;
    seen.fill(0);
    let state = 0;
    for (let i = from; i < to; i++) {
      state = transitions[state * width + symbols[text.charCodeAt(i)]];
      const o = outputs[state];
      if (o !== null) for (let k = 0; k < o.length; k += 2) seen[o[k]] |= o[k + 1];
    }
    for (let r = 0; r < marks.length; r++) marks[r] = (seen[r] & full[r]) === full[r] ? 1 : 0;
    return marks;
  }
}
