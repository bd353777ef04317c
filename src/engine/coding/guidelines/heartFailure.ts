// Owns the heart failure conventions between reported codes: acute on chronic supersedes the acute, chronic and
// unspecified codes of its own I50 subcategory (one code per subcategory, Index "Failure, heart, <type>, acute
// (on chronic)"), and pulmonary edema stated with heart failure is part of the heart failure (Index "Edema, lung,
// with heart condition or failure — see Failure, ventricular, left"; J81 Excludes1 "pulmonary edema with heart failure").
import { addNote, dropDraft } from './drafts';
import type { Draft, GuidelineContext, GuidelineRule } from './types';

/** A heart failure code of any chapter (I50, hypertensive heart disease with failure, rheumatic, postprocedural). */
function isHeartFailure(ctx: GuidelineContext, code: string): boolean {
  if (code.startsWith('I50.')) return true;
  const d = ctx.codeSet.find(code)?.longDescription ?? '';
  return /\b(heart|ventricular) failure\b/i.test(d) && !/\bwithout heart failure\b/i.test(d);
}

/** Acuity of an I50 subcategory member from its title: 3 acute on chronic, 2 chronic, 1 acute, 0 unspecified. */
function acuity(description: string): number {
  if (/\bacute on chronic\b/i.test(description)) return 3;
  if (/^chronic\b/i.test(description)) return 2;
  if (/^acute\b/i.test(description)) return 1;
  return /^unspecified\b/i.test(description) ? 0 : -1;
}

export const heartFailureRule: GuidelineRule = {
  name: 'heart failure acuity and pulmonary edema',
  section: 'I.B.2',
  apply(ctx: GuidelineContext, drafts: Map<string, Draft>) {
    // One code per I50 subcategory: "acute on chronic" is the Index's combination of acute and chronic (I.A.15 /
    // I.B.9: a combination code when one exists), so the chronic or acute code of the same type is not reported beside it,
    // and an acute and a chronic code of one type stated in the same note are the acute on chronic code.
    const bySub = new Map<string, Draft[]>();
    for (const d of drafts.values()) {
      if (!/^I50\.\d\d$/.test(d.code)) continue;
      const list = bySub.get(d.code.slice(0, 5)) ?? [];
      list.push(d);
      bySub.set(d.code.slice(0, 5), list);
    }
    for (const [sub, list] of bySub) {
      if (list.length < 2) continue;
      const rated = list.map((d) => ({ d, a: acuity(ctx.codeSet.find(d.code)?.longDescription ?? '') })).filter((x) => x.a >= 0);
      let keep = rated.find((x) => x.a === 3)?.d;
      if (!keep && rated.some((x) => x.a === 1) && rated.some((x) => x.a === 2)) {
        const code = `${sub}3`;
        if (!ctx.codeSet.find(code)?.billable) continue;
        keep = rated.find((x) => x.a === 2)!.d;
        drafts.delete(keep.code);
        keep.code = code;
        drafts.set(code, keep);
        addNote(keep, { section: 'I.A.15', action: 'combined', detail: 'acute and chronic heart failure of one type: the acute on chronic code' });
      }
      if (!keep) continue;
      for (const x of rated) {
        if (x.d !== keep && drafts.get(x.d.code) === x.d) dropDraft(ctx, drafts, x.d.code, 'I.B.2', `superseded by ${keep.code} (acute on chronic, one code of ${sub}-)`, keep);
      }
    }
    // Pulmonary edema with heart failure: the Index sends it to the heart failure and J81's Excludes1 removes it.
    const failure = [...drafts.values()].find((d) => isHeartFailure(ctx, d.code));
    if (!failure) return;
    for (const code of [...drafts.keys()]) {
      if (code.startsWith('J81.')) dropDraft(ctx, drafts, code, 'I.A.12.a', `pulmonary edema with heart failure is classified to the heart failure (Index "Edema, lung, with heart condition or failure"; J81 Excludes1)`, failure);
    }
  },
};
