// Owns the resolution of accepted codes that cannot all be true of one patient: a right and a left
// code of one condition become its bilateral code when the classification has one; mutually
// exclusive siblings (CKD stages, diabetes types) keep one code and send the note to review.
import type { CodeSet } from '../icd10';
import { contentTokens } from '../coding/normalize';

/** What the resolver needs to know of one accepted code. */
export interface SiblingCode {
  code: string;
  confidence: number;
}

export interface SiblingResolution {
  /** Right + left codes replaced by one bilateral code. */
  bilateral: Array<{ from: string[]; to: string }>;
  /** Exclusive groups: the code kept and the ones dropped, with a reason for the reviewer. */
  exclusive: Array<{ kept: string; dropped: string[]; reason: string }>;
}

/**
 * Groups in which at most one code can describe one patient. Keyed by a function of the code so a
 * group can span categories (diabetes types). Stages progress in case reports, so the most severe
 * stated stage is kept (the later code in tabular order) — and a person reviews the choice.
 */
const EXCLUSIVE_GROUPS: Array<{ name: string; member: (code: string) => boolean; prefer: 'severe' | 'confident'; kind?: (code: string) => string }> = [
  // N18.1–N18.6 are stages; N18.9 is the unspecified residual the specificity rule already removes.
  { name: 'chronic kidney disease stages', member: (c) => /^N18\.[1-6]/.test(c), prefer: 'severe' },
  // E08/E09/E13 are secondary forms that can coexist with an underlying type: only type 1 vs type 2 is a contradiction.
  // Codes of one type coexist (E11.22 with E11.42: each complication has its code, I.C.4.a): only the
  // other type's codes conflict.
  { name: 'diabetes types (type 1 and type 2)', member: (c) => /^E1[01]\./.test(c), prefer: 'confident', kind: (c) => c.slice(0, 3) },
];

const LATERAL_WORDS = new Set(['right', 'left', 'bilateral', 'unilateral', 'eye', 'ear', 'side']);

export class SiblingResolver {
  private readonly bilateralOf = new Map<string, string | null>();

  constructor(private readonly codeSet: CodeSet) {}

  /** Returns the codes to keep (in the given order) and what was merged or dropped. */
  resolve<T extends SiblingCode>(codes: T[], makeBilateral: (code: string, from: T[]) => T): { kept: T[]; resolution: SiblingResolution } {
    const resolution: SiblingResolution = { bilateral: [], exclusive: [] };
    let kept = [...codes];

    // Right + left → bilateral.
    const byBilateral = new Map<string, T[]>();
    for (const c of kept) {
      const bilateral = this.bilateralFor(c.code);
      if (!bilateral) continue;
      const list = byBilateral.get(bilateral) ?? [];
      list.push(c);
      byBilateral.set(bilateral, list);
    }
    for (const [bilateral, group] of byBilateral) {
      const sides = new Set(group.map((g) => sideOf(this.codeSet.get(g.code).longDescription)));
      if (!(sides.has('right') && sides.has('left'))) continue;
      const at = kept.indexOf(group[0]);
      kept = kept.filter((k) => !group.includes(k));
      const existing = kept.find((k) => k.code === bilateral);
      if (!existing) kept.splice(Math.min(at, kept.length), 0, makeBilateral(bilateral, group));
      resolution.bilateral.push({ from: group.map((g) => g.code), to: bilateral });
    }

    // Mutually exclusive siblings.
    for (const group of EXCLUSIVE_GROUPS) {
      const members = kept.filter((k) => group.member(k.code));
      if (members.length < 2) continue;
      const best = [...members].sort((a, b) =>
        group.prefer === 'severe'
          ? b.code.localeCompare(a.code) || b.confidence - a.confidence
          : b.confidence - a.confidence || members.indexOf(a) - members.indexOf(b),
      )[0];
      const kind = group.kind ?? ((c: string) => c);
      const losers = members.filter((m) => m !== best && kind(m.code) !== kind(best.code));
      if (!losers.length) continue;
      kept = kept.filter((k) => !losers.includes(k));
      resolution.exclusive.push({ kept: best.code, dropped: losers.map((m) => m.code), reason: group.name });
    }
    return { kept, resolution };
  }

  /** The bilateral code of a right- or left-sided code's condition, if the classification has one. */
  bilateralFor(code: string): string | undefined {
    const cached = this.bilateralOf.get(code);
    if (cached !== undefined) return cached ?? undefined;
    let found: string | null = null;
    const entry = this.codeSet.find(code);
    if (entry && sideOf(entry.longDescription)) {
      const key = lateralKey(entry.longDescription);
      for (const sibling of this.codeSet.billableDescendants(code.slice(0, 3))) {
        if (!/\bbilateral\b/i.test(sibling.longDescription) || lateralKey(sibling.longDescription) !== key) continue;
        found = sibling.code;
        break;
      }
    }
    this.bilateralOf.set(code, found);
    return found ?? undefined;
  }
}

function sideOf(description: string): 'right' | 'left' | undefined {
  const d = description.toLowerCase();
  const right = /\bright\b/.test(d);
  const left = /\bleft\b/.test(d);
  if (right === left) return undefined; // neither, or both ("right and left")
  return right ? 'right' : 'left';
}

/** The description's words without its laterality, order-insensitive. */
function lateralKey(description: string): string {
  return [...new Set(contentTokens(description).filter((t) => !LATERAL_WORDS.has(t)))].sort().join(' ');
}
