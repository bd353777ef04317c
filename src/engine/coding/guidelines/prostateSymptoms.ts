// Owns the Index's "Hyperplasia, prostate, with lower urinary tract symptoms (LUTS) N40.1" (and "nodular … with LUTS"
// N40.3): an enlarged prostate coded beside a documented lower urinary tract symptom is the "with LUTS" code, and
// the symptom stays as its "use additional code for associated symptoms" note asks (I.A.12.a, I.A.15). Urinary
// retention is listed there as R33.8, the other retention.
import { addNote, dropDraft, ensureDraft } from './drafts';
import type { Draft, GuidelineContext, GuidelineRule } from './types';

/** Enlarged prostate without LUTS → with LUTS. */
const WITH_LUTS: Readonly<Record<string, string>> = { 'N40.0': 'N40.1', 'N40.2': 'N40.3' };

/** The symptoms N40.1's note lists (retention, frequency, nocturia, hesitancy, weak stream, straining, …, incontinence, obstruction). */
const LUTS = /^(?:R33\.[89]|R35\.[01]|R39\.1[1-6]|N39\.4|N13\.8)/;

export const prostateSymptomRule: GuidelineRule = {
  name: 'enlarged prostate with lower urinary tract symptoms',
  section: 'I.A.15',
  apply(ctx: GuidelineContext, drafts: Map<string, Draft>) {
    for (const [without, withLuts] of Object.entries(WITH_LUTS)) {
      const prostate = drafts.get(without);
      if (!prostate) continue;
      const symptoms = [...drafts.values()].filter((d) => LUTS.test(d.code));
      if (!symptoms.length) continue;
      const combined = ensureDraft(ctx, drafts, withLuts, [prostate], {
        section: 'I.A.15', action: 'combined', detail: `Index: Hyperplasia, prostate, with lower urinary tract symptoms (${symptoms.map((s) => s.code).join(', ')})`,
      });
      if (!combined) continue;
      combined.confidence = Math.max(combined.confidence, prostate.confidence);
      dropDraft(ctx, drafts, without, 'I.A.15', 'the lower urinary tract symptoms are documented', combined);
      // "urinary retention (R33.8)": the note's own code for the retention that goes with the enlarged prostate.
      const retention = drafts.get('R33.9');
      if (retention) {
        const specified = ensureDraft(ctx, drafts, 'R33.8', [retention], { section: 'I.A.12.a', action: 'added', detail: `${withLuts} use additional code: urinary retention (R33.8)` });
        if (specified) dropDraft(ctx, drafts, 'R33.9', 'I.A.12.a', `retention with an enlarged prostate is R33.8 (${withLuts} use additional code note)`, specified);
      }
      for (const s of [...drafts.values()].filter((d) => LUTS.test(d.code))) addNote(s, { section: 'I.A.12.a', action: 'sequenced', detail: `${withLuts}: use additional code for associated symptoms` });
    }
  },
};
