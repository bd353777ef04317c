// Owns the single-pass scan of a note against the lexicon: tokens are normalised once, abbreviations
// expanded in place, then each sentence is checked for terms anchored on its tokens. Matching is
// word-order-insensitive but bounded: every token of a term must sit in the same sentence within a
// short window, which keeps "pain … in the right knee" and rejects words scattered across a paragraph.
import type { Span } from '../types';
import { ABBREVIATIONS } from './curated';
import type { LexTerm, Lexicon } from './lexicon';
import { STOP_WORDS, type NoteToken, contentTokens, tokenize } from './normalize';

export interface TermMatch {
  term: LexTerm;
  /** Token positions used (indices into the note's token list). */
  positions: number[];
  /** "position:token" pairs used: an expanded abbreviation stands for several tokens at one position. */
  pairs: Set<string>;
  /** Character span from the first to the last matched token. */
  span: Span;
  sentence: number;
  /** True when the matched tokens are contiguous content words in the term's own order. */
  exact: boolean;
}

const expansionCache = new Map<string, string[]>();
function expansionTokens(expansion: string): string[] {
  let t = expansionCache.get(expansion);
  if (!t) expansionCache.set(expansion, (t = contentTokens(expansion)));
  return t;
}

/** Tokenises a text and adds abbreviation expansions as extra normalised forms at the same position. */
export function noteTokens(text: string): NoteToken[] {
  const tokens = tokenize(text);
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i];
    // "Abdominal ultrasound showed a mass": the site word names the examination, not the finding.
    if (i + 1 < tokens.length && EXAMINATIONS.has(tokens[i + 1].raw) && tokens[i + 1].clause === tok.clause) {
      tok.norms = [`${tok.raw}~exam`];
      continue;
    }
    const abbr = ABBREVIATIONS[tok.raw];
    if (!abbr) continue;
    const surface = text.slice(tok.start, tok.end);
    if (abbr.upper && surface !== surface.toUpperCase()) continue;
    if (abbr.notBefore && i + 1 < tokens.length && abbr.notBefore.includes(tokens[i + 1].raw)) continue;
    if (abbr.notAfter && i > 0 && abbr.notAfter.includes(tokens[i - 1].raw)) continue;
    // A capitalised abbreviation followed by a colon is a header ("PE: lungs clear"), not a diagnosis.
    if (abbr.upper && text[tok.end] === ':') continue;
    const added = expansionTokens(abbr.expansion).filter((n) => !tok.norms.includes(n));
    tok.norms = [...tok.norms, ...added];
    tok.expanded = new Set(added);
  }
  return tokens;
}

/** Groups token indices by sentence, using the analyser's sentences (any token outside one starts its own group). */
export function sentenceGroups(tokens: NoteToken[], sentences: Span[]): { sentence: number; from: number; to: number }[] {
  const groups: { sentence: number; from: number; to: number }[] = [];
  let s = 0;
  let current = -2;
  for (let i = 0; i < tokens.length; i++) {
    while (s < sentences.length && sentences[s].end <= tokens[i].start) s++;
    const inside = s < sentences.length && sentences[s].start <= tokens[i].start ? s : -1;
    if (inside !== current || inside === -1 && groups.length && groups[groups.length - 1].sentence !== -1) {
      groups.push({ sentence: inside, from: i, to: i + 1 });
      current = inside;
    } else {
      groups[groups.length - 1].to = i + 1;
    }
  }
  return groups;
}

/** All term matches in a note, sentence by sentence. */
export function scan(tokens: NoteToken[], sentences: Span[], lexicon: Lexicon): TermMatch[] {
  const out: TermMatch[] = [];
  const positions = new Map<string, number[]>();
  for (const g of sentenceGroups(tokens, sentences)) {
    positions.clear();
    for (let i = g.from; i < g.to; i++) {
      for (const n of tokens[i].norms) {
        const list = positions.get(n);
        if (list) list.push(i);
        else positions.set(n, [i]);
      }
    }
    const seen = new Set<string>();
    for (let i = g.from; i < g.to; i++) {
      for (const n of tokens[i].norms) {
        const candidates = lexicon.byAnchor.get(n);
        if (!candidates) continue;
        for (const term of candidates) {
          const pairs = matchAt(term, i, n, positions, tokens);
          if (!pairs) continue;
          const used = [...new Set(pairs.map((x) => x.pos))].sort((a, b) => a - b);
          const key = `${term.id}:${used.join(',')}`;
          if (seen.has(key)) continue;
          seen.add(key);
          const first = used[0];
          const last = used[used.length - 1];
          out.push({
            term,
            positions: used,
            pairs: new Set(pairs.map((x) => `${x.pos}:${x.tok}`)),
            span: { start: tokens[first].start, end: tokens[last].end },
            sentence: g.sentence,
            exact: isExact(term, used, tokens),
          });
        }
      }
    }
  }
  return out;
}

/** Window in tokens (stop words included) that a term of n tokens may spread over. */
function maxSpread(n: number): number {
  return 2 * n + 3;
}

function matchAt(
  term: LexTerm,
  anchorPos: number,
  anchorNorm: string,
  positions: Map<string, number[]>,
  tokens: NoteToken[],
): { pos: number; tok: string }[] | undefined {
  const clause = tokens[anchorPos].clause;
  const used = [{ pos: anchorPos, tok: anchorNorm }];
  let lo = anchorPos;
  let hi = anchorPos;
  const limit = maxSpread(term.tokens.length);
  for (const tok of term.tokens) {
    if (tok === term.anchor) continue;
    const list = positions.get(tok);
    if (!list) return undefined;
    let best = -1;
    let bestDist = Infinity;
    for (const p of list) {
      if (tokens[p].clause !== clause) continue;
      const d = Math.abs(p - anchorPos);
      if (d < bestDist) {
        best = p;
        bestDist = d;
      }
    }
    if (best < 0) return undefined;
    lo = Math.min(lo, best);
    hi = Math.max(hi, best);
    if (hi - lo + 1 > limit) return undefined;
    used.push({ pos: best, tok });
  }
  // A number or qualifier borrowed from inside an abbreviation ("2" of "T2DM") is not a free word:
  // a term may use it only together with that abbreviation's other words.
  for (const u of used) {
    const t = tokens[u.pos];
    if (!t.expanded?.has(u.tok) || !BORROWABLE_ONLY_WITH_HEAD.test(u.tok)) continue;
    if (!used.some((v) => v.pos === u.pos && !BORROWABLE_ONLY_WITH_HEAD.test(v.tok))) return undefined;
  }
  return used;
}

/** Examinations a site adjective may qualify ("renal ultrasound", "abdominal CT", "chest X-ray"). */
const EXAMINATIONS = new Set([
  'ultrasound', 'ultrasonography', 'ultrasonographic', 'sonography', 'ecography', 'echography', 'ct', 'tomography', 'mri',
  'radiograph', 'radiography', 'x', 'scan', 'scintigraphy', 'angiography', 'examination', 'exam', 'auscultation',
  'palpation', 'biopsy', 'cytology', 'function',
]);

const BORROWABLE_ONLY_WITH_HEAD = /^(\d+[a-z]?|(type|stage|grade|class|degree)(_\w+)?|acute|chronic)$/;

/** Contiguous (ignoring stop words) and one token per term token: the phrase as written. */
function isExact(term: LexTerm, used: number[], tokens: NoteToken[]): boolean {
  for (let i = used[0]; i <= used[used.length - 1]; i++) {
    if (!used.includes(i) && !STOP_WORDS.has(tokens[i].raw)) return false;
  }
  return true;
}
