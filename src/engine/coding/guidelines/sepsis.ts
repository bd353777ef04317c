// Owns sepsis sequencing (Guidelines I.C.1.d): severe sepsis (R65.2-) is never coded alone — the
// systemic infection comes first (A41.9 when the note names none, I.C.1.d.1.a and I.C.1.d.4), then
// the localized infection, then R65.2- and the organ dysfunction.
import { addNote, ensureDraft } from './drafts';
import type { Draft, GuidelineContext, GuidelineRule } from './types';

/** Codes of a systemic infection (sepsis by organism, and the infections whose code includes sepsis). */
const SYSTEMIC = /^(A40|A41|A02\.1|A22\.7|A26\.7|A32\.7|A42\.7|A54\.86|B37\.7|A39\.[1-4]|A20\.7|A21\.7|A24\.1|A28\.2|B00\.7|P36|O85|O86\.04|T81\.44|T80\.2)/;
const SEVERE = /^R65\.2/;

export const sepsisRule: GuidelineRule = {
  name: 'sepsis sequencing',
  section: 'I.C.1.d',
  apply(ctx: GuidelineContext, drafts: Map<string, Draft>) {
    const severe = [...drafts.values()].filter((d) => SEVERE.test(d.code));
    let systemic = [...drafts.values()].filter((d) => SYSTEMIC.test(d.code));
    if (!severe.length && !systemic.length) return;
    if (severe.length && !systemic.length) {
      const added = ensureDraft(ctx, drafts, 'A41.9', severe, {
        section: 'I.C.1.d.1.a', action: 'added', detail: `severe sepsis (${severe.map((s) => s.code).join(', ')}) with no systemic infection named: sepsis, unspecified organism`,
      });
      if (added) systemic = [added];
    }
    for (const s of systemic) {
      s.sequence = Math.min(s.sequence ?? 1, 0.5);
      addNote(s, { section: 'I.C.1.d.4', action: 'sequenced', detail: 'the systemic infection is sequenced before the localized infection and severe sepsis' });
    }
    for (const r of severe) {
      r.sequence = Math.max(r.sequence ?? 1, 2);
      addNote(r, { section: 'I.C.1.d.1.b', action: 'sequenced', detail: 'severe sepsis is never first-listed (code first the underlying infection)' });
    }
  },
};
