// The gold-span checks every synthetic PHI corpus (main and held-outs) must pass: each span's offsets
// slice out exactly the planted value, spans are sorted and non-overlapping, none is empty or padded, and
// each protected term sits where it says. Returns the problems found, one line each (empty = sound).
import type { SyntheticNote } from '../../src/eval/synthetic';

const TOKEN_RE = /[\p{L}\p{N}]/u;

export function goldSpanProblems(corpus: readonly SyntheticNote[], options: { protectedOutsidePhi?: boolean } = {}): string[] {
  const problems: string[] = [];
  for (const note of corpus) {
    let lastEnd = 0;
    for (const s of note.phi) {
      const value = note.text.slice(s.start, s.end);
      if (value !== s.value) problems.push(`${note.id} ${s.kind}: slice ${JSON.stringify(value)} != planted ${JSON.stringify(s.value)}`);
      if (s.start < lastEnd) problems.push(`${note.id} ${s.kind}: overlaps the previous span`);
      if (!TOKEN_RE.test(value) || value !== value.trim()) problems.push(`${note.id} ${s.kind}: empty or padded ${JSON.stringify(value)}`);
      lastEnd = s.end;
    }
    for (const p of note.protected) {
      if (note.text.slice(p.start, p.end).toLowerCase() !== p.term.toLowerCase()) problems.push(`${note.id}: protected ${p.term} misplaced`);
      if (options.protectedOutsidePhi && note.phi.some((s) => p.start < s.end && s.start < p.end)) problems.push(`${note.id}: protected ${p.term} overlaps PHI`);
    }
  }
  return problems;
}
