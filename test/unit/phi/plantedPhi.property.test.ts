// Owns the property test of PHI redaction (issue 9 acceptance): random notes of every style with PHI
// planted by the synthetic generators; nothing planted may survive in redact().text (TAG and MASK
// modes; SURROGATE output is fake PHI by design), every protected clinical term must come through
// intact, and the offset map must map every span both ways.
// Failures are grouped by the planted format (kind) so the count per format is the message.
//
// The goal is zero survivors in every kind. Not there yet: KNOWN_GAPS holds, per kind, the survivors
// measured when this ratchet was set (1 of 5,109 after session 5's address lines without commas, relative nouns used as
// first names, "MR <surname> <verb>" and dotted initials before a surname and a person's verb; 5 of 5,109 planted spans after the banner, title-particle, initials, name-part, surname-first, dash-field, header-date, lower-case ZIP, signature-line and particle-closure rules; 17 before them, 112 before the closure pass). A kind may only go down; any
// kind not listed must stay at zero. Lower a number (or delete the entry) whenever a recognizer improves.
import { OffsetMap, redact } from '../../../src/engine/phi';
import type { RedactionMode } from '../../../src/engine/types';
import { generateNote, NOTE_STYLES, Rng, type SyntheticNote } from '../../../src/eval/synthetic';

/** Property-test seed: deliberately not the evaluation seed (DEFAULT_EVAL_SEED). */
const SEED = 90210;
const NOTES = 300;
const PLACEHOLDER_RE = /\[[A-Z_]+\]/g;
const MODES: readonly RedactionMode[] = ['TAG', 'MASK'];
/** What one replaced span looks like in the output under each checked mode. */
const REPLACEMENT_RE: Record<string, RegExp> = { TAG: /^\[[A-Z_]+\]$/, MASK: /^\*+$/ };
const ALNUM_RE = /[\p{L}\p{N}]/u;

/** Survivors per kind today (issue 9 is open until this table is empty). */
const KNOWN_GAPS: Readonly<Record<string, number>> = {
  'location.nursing-home': 1,
};

function randomNotes(): SyntheticNote[] {
  const rng = new Rng(SEED);
  return Array.from({ length: NOTES }, (_, i) => generateNote(rng, rng.pick(NOTE_STYLES), `prop-${i}`));
}

function bump(table: Record<string, number>, key: string): void {
  table[key] = (table[key] ?? 0) + 1;
}

describe('planted PHI property (random synthetic notes, all styles)', () => {
  const notes = randomNotes();
  const runs = MODES.map((mode) => ({ mode, results: notes.map((n) => ({ note: n, out: redact(n.text, { mode }) })) }));
  const results = runs[0].results;

  it.each(MODES)('leaves no planted identifier visible beyond the known gaps, which may only shrink (%s)', (mode) => {
    const survivedByKind: Record<string, number> = {};
    for (const { note, out } of runs.find((r) => r.mode === mode)!.results) {
      for (const g of note.phi) {
        const r = out.map.spanToRedacted({ start: g.start, end: g.end });
        const visible = out.text.slice(r.start, r.end).replace(PLACEHOLDER_RE, '');
        if (ALNUM_RE.test(visible)) bump(survivedByKind, g.kind);
      }
    }
    const overGap = Object.fromEntries(Object.entries(survivedByKind).filter(([kind, n]) => n > (KNOWN_GAPS[kind] ?? 0)));
    expect(overGap).toEqual({});
    const total = Object.values(survivedByKind).reduce((a, b) => a + b, 0);
    const planted = notes.reduce((n, note) => n + note.phi.length, 0);
    expect(planted).toBeGreaterThan(4000);
    expect(total / planted).toBeLessThan(0.004);
  });

  it('keeps every protected clinical term intact', () => {
    const redactedTerms: Record<string, number> = {};
    for (const { note, out } of results) {
      for (const p of note.protected) {
        const r = out.map.spanToRedacted({ start: p.start, end: p.end });
        if (out.text.slice(r.start, r.end) !== note.text.slice(p.start, p.end)) bump(redactedTerms, p.term);
      }
    }
    expect(redactedTerms).toEqual({});
  });

  it.each(MODES)('maps every redacted span to its replacement and back, and every planted span back over itself (%s)', (mode) => {
    const problems: string[] = [];
    for (const { note, out } of runs.find((r) => r.mode === mode)!.results) {
      expect(out.map).toBeInstanceOf(OffsetMap);
      for (const s of out.spans) {
        const r = out.map.spanToRedacted(s);
        if (!REPLACEMENT_RE[mode].test(out.text.slice(r.start, r.end))) problems.push(`${note.id}: span ${s.start}-${s.end} maps to ${JSON.stringify(out.text.slice(r.start, r.end))}`);
        const back = out.map.spanToOriginal(r);
        if (back.start !== s.start || back.end !== s.end) problems.push(`${note.id}: span ${s.start}-${s.end} maps back to ${back.start}-${back.end}`);
      }
      for (const g of note.phi) {
        const back = out.map.spanToOriginal(out.map.spanToRedacted(g));
        if (back.start > g.start || back.end < g.end) problems.push(`${note.id}: planted ${g.kind} ${g.start}-${g.end} maps back to ${back.start}-${back.end}`);
      }
    }
    expect(problems).toEqual([]);
  });
});
