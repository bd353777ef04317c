// Owns the per-deployment allow and deny lists (Philter's whitelist and blacklist): local clinic, town and
// staff names that must always be redacted, and local terms that must never be. Files hold one term per
// line ("#" starts a comment); a deny term may carry its type after a tab ("Brackwater Clinic<TAB>LOCATION").
import { readFileSync } from 'node:fs';
import { PHI_TYPES, type PhiSpan, type PhiType } from '../../types';
import type { Emit } from '../recognizer';
import { tokenize, type Word } from '../tokens';

export const DENY_LIST_RECOGNIZER = 'list.deny';

interface Term {
  /** Lower-case word forms, in order. */
  words: string[];
  type: PhiType;
}

/** Matches whole-word terms over the note's tokens: one hash lookup per token, whatever the list size. */
export class TermList {
  private readonly byFirst = new Map<string, Term[]>();
  readonly size: number;

  constructor(entries: readonly (string | { term: string; type?: PhiType })[], defaultType: PhiType = 'NAME') {
    let n = 0;
    for (const e of entries) {
      const term = typeof e === 'string' ? e : e.term;
      const words = tokenize(term).map((w) => w.lower);
      if (words.length === 0) continue;
      const t: Term = { words, type: (typeof e === 'string' ? undefined : e.type) ?? defaultType };
      const list = this.byFirst.get(words[0]) ?? [];
      list.push(t);
      this.byFirst.set(words[0], list);
      n++;
    }
    this.size = n;
  }

  /** Occurrences in the note, longest term first at each position. */
  find(text: string, words: readonly Word[]): { start: number; end: number; type: PhiType }[] {
    const out: { start: number; end: number; type: PhiType }[] = [];
    if (this.size === 0) return out;
    for (let i = 0; i < words.length; i++) {
      const terms = this.byFirst.get(words[i].lower);
      if (!terms) continue;
      let best: { end: number; type: PhiType; k: number } | undefined;
      for (const t of terms) {
        let k = 1;
        while (k < t.words.length && i + k < words.length && words[i + k].lower === t.words[k] && SAME_PHRASE_GAP_RE.test(words[i + k].gapBefore)) k++;
        if (k !== t.words.length) continue;
        const end = words[i + k - 1].baseEnd;
        if (!best || end > best.end) best = { end, type: t.type, k };
      }
      if (best) {
        out.push({ start: words[i].start, end: best.end, type: best.type });
        i += best.k - 1;
      }
    }
    return out;
  }
}

const SAME_PHRASE_GAP_RE = /^[ \t\u00a0.\-'’]{1,3}$/;

export interface DeploymentLists {
  allow: TermList;
  deny: TermList;
}

/** Reads a list file: one term per line, blank lines and "#" comments skipped; "term<TAB>TYPE" sets a deny term's type. */
export function readTermFile(path: string): { term: string; type?: PhiType }[] {
  const out: { term: string; type?: PhiType }[] = [];
  readFileSync(path, 'utf8').split(/\r?\n/).forEach((raw, i) => {
    const line = raw.replace(/(^|\s)#.*$/, '').trim();
    if (!line) return;
    const [term, type] = line.split('\t').map((s) => s.trim());
    if (type !== undefined && type !== '' && !(PHI_TYPES as readonly string[]).includes(type)) {
      throw new Error(`${path}:${i + 1}: unknown PHI type "${type}" (expected one of ${PHI_TYPES.join(', ')})`);
    }
    out.push({ term, type: (type || undefined) as PhiType | undefined });
  });
  return out;
}

export function loadDeploymentLists(files: { allowListFile?: string; denyListFile?: string }): DeploymentLists {
  return {
    allow: new TermList(files.allowListFile ? readTermFile(files.allowListFile) : []),
    deny: new TermList(files.denyListFile ? readTermFile(files.denyListFile) : []),
  };
}

export function emitDenied(lists: DeploymentLists, text: string, words: readonly Word[], emit: Emit): void {
  for (const m of lists.deny.find(text, words)) emit(m.start, m.end, m.type, DENY_LIST_RECOGNIZER);
}

const HAS_WORD_RE = /[\p{L}\p{N}]/u;

/**
 * Removes allow-listed occurrences from every candidate except deny-list ones (a term on both lists is
 * redacted: the safe side). A candidate that only partly covers an allowed term keeps the rest.
 */
export function subtractAllowed(lists: DeploymentLists, text: string, words: readonly Word[], candidates: PhiSpan[]): PhiSpan[] {
  const allowed = lists.allow.find(text, words);
  if (allowed.length === 0) return candidates;
  const out: PhiSpan[] = [];
  for (const c of candidates) {
    if (c.recognizers?.includes(DENY_LIST_RECOGNIZER)) {
      out.push(c);
      continue;
    }
    let pieces: { start: number; end: number }[] = [{ start: c.start, end: c.end }];
    for (const a of allowed) {
      if (a.end <= c.start || a.start >= c.end) continue;
      const next: { start: number; end: number }[] = [];
      for (const p of pieces) {
        if (a.end <= p.start || a.start >= p.end) next.push(p);
        else {
          if (a.start > p.start) next.push({ start: p.start, end: a.start });
          if (a.end < p.end) next.push({ start: a.end, end: p.end });
        }
      }
      pieces = next;
    }
    for (const p of pieces) if (HAS_WORD_RE.test(text.slice(p.start, p.end))) out.push({ ...c, start: p.start, end: p.end });
  }
  return out;
}
