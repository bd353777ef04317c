// Owns tokenisation and trigger matching for ConText: a token trie built once from the trigger
// table, matched leftmost-longest over a sentence in time linear in its tokens.
import { buildTriggerTable, type TriggerRule } from './triggers';

export interface Token {
  start: number;
  end: number;
  /** Lower-cased text; apostrophes normalised to "'". */
  norm: string;
  /** Words count towards scope windows; punctuation tokens do not. */
  word: boolean;
}

export interface TriggerMatch {
  /** Token range [tokStart, tokEnd). */
  tokStart: number;
  tokEnd: number;
  rules: readonly TriggerRule[];
}

function isWordChar(c: number): boolean {
  if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57)) return true;
  if (c < 0xc0) return false;
  // General punctuation, arrows, box drawing, geometric shapes (bullets), spaces.
  if ((c >= 0x2000 && c <= 0x2bff) || c === 0x3000 || c === 0xfeff) return false;
  return true;
}
function isApostrophe(c: number): boolean {
  return c === 39 || c === 0x2019;
}
function isSkippable(c: number): boolean {
  // Whitespace of any kind, and hyphens/underscores: "gram-negative" matches "gram negative".
  return c <= 32 || c === 45 || c === 95 || c === 0xa0 || c === 0x2010 || c === 0x2011 || c === 0x85 ||
    (c >= 0x2000 && c <= 0x200b) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x3000 || c === 0xfeff;
}

/** Tokens of text[from, to): words (letters/digits, inner apostrophes) and single punctuation marks. */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const out: Token[] = [];
  let i = from;
  while (i < to) {
    const c = text.charCodeAt(i);
    if (isSkippable(c)) {
      i++;
      continue;
    }
    if (isWordChar(c)) {
      let j = i + 1;
      // Only a word with a typographic apostrophe needs it rewritten (most words: no regex pass).
      let curly = false;
      while (j < to) {
        const d = text.charCodeAt(j);
        if (isWordChar(d)) j++;
        else if (isApostrophe(d) && j + 1 < to && isWordChar(text.charCodeAt(j + 1))) {
          if (d !== 39) curly = true;
          j += 2;
        } else break;
      }
      const lower = text.slice(i, j).toLowerCase();
      out.push({ start: i, end: j, norm: curly ? lower.replace(/\u2019/g, "'") : lower, word: true });
      i = j;
      continue;
    }
    out.push({ start: i, end: i + 1, norm: text[i], word: false });
    i++;
  }
  return out;
}

interface TrieNode {
  next: Map<string, TrieNode>;
  rules: readonly TriggerRule[] | null;
}

export class TriggerMatcher {
  private readonly root: TrieNode = { next: new Map(), rules: null };

  constructor(table: ReadonlyMap<string, readonly TriggerRule[]> = buildTriggerTable()) {
    for (const [phrase, rules] of table) {
      const toks = tokenize(phrase);
      if (toks.length === 0) continue;
      let node = this.root;
      for (const t of toks) {
        let child = node.next.get(t.norm);
        if (!child) {
          child = { next: new Map(), rules: null };
          node.next.set(t.norm, child);
        }
        node = child;
      }
      node.rules = node.rules ? [...node.rules, ...rules] : rules;
    }
  }

  /** Leftmost-longest, non-overlapping trigger matches over tokens. */
  match(tokens: readonly Token[]): TriggerMatch[] {
    const out: TriggerMatch[] = [];
    let i = 0;
    while (i < tokens.length) {
      let node: TrieNode | undefined = this.root;
      let best: readonly TriggerRule[] | null = null;
      let bestEnd = i;
      for (let j = i; j < tokens.length; j++) {
        node = node.next.get(tokens[j].norm);
        if (!node) break;
        if (node.rules) {
          best = node.rules;
          bestEnd = j + 1;
        }
      }
      if (best) {
        out.push({ tokStart: i, tokEnd: bestEnd, rules: best });
        i = bestEnd;
      } else i++;
    }
    return out;
  }
}
