// Owns the building blocks of synthetic notes: text fragments that carry their gold labels (PHI with
// type and fine kind, protected clinical terms), a tagged template to compose them, and the builder
// that lays them end to end so every gold offset is known by construction, never searched for.
import type { PhiType } from '../../engine/types';

export interface PhiSeg {
  text: string;
  type: PhiType;
  /** Fine format, e.g. "date.dmy-dots", "name.particle". */
  kind: string;
}

export interface ProtectedSeg {
  text: string;
  /** Canonical clinical term that must survive redaction. */
  term: string;
}

export type Seg = string | PhiSeg | ProtectedSeg;
export type Frag = Seg | readonly Frag[] | null | undefined | false;

export interface GoldPhiSpan {
  start: number;
  end: number;
  type: PhiType;
  kind: string;
  /** The value as planted, so a test can check the offsets independently of how they were laid. */
  value: string;
}

export interface GoldProtectedSpan {
  start: number;
  end: number;
  term: string;
}

export interface SyntheticNote {
  id: string;
  style: string;
  text: string;
  phi: GoldPhiSpan[];
  protected: GoldProtectedSpan[];
}

export function phi(text: string, type: PhiType, kind: string): PhiSeg {
  return { text, type, kind };
}

export function term(text: string, canonical = text): ProtectedSeg {
  return { text, term: canonical };
}

/** `f\`Seen by ${name} on ${date}.\`` → fragment list; interpolations may be nested fragments. */
export function f(strings: TemplateStringsArray, ...values: (Frag | number)[]): Frag[] {
  const out: Frag[] = [];
  strings.forEach((s, i) => {
    if (s) out.push(s);
    if (i < values.length) {
      const v = values[i];
      out.push(typeof v === 'number' ? String(v) : v);
    }
  });
  return out;
}

/** Joins fragments with a separator, skipping empty ones. */
export function join(items: readonly Frag[], sep: Frag): Frag[] {
  const out: Frag[] = [];
  for (const it of items) {
    if (it === null || it === undefined || it === false) continue;
    if (out.length) out.push(sep);
    out.push(it);
  }
  return out;
}

export type CaseMode = 'asis' | 'upper' | 'lower';

// Recasing happens per segment before its offsets are laid down, so a length change ("ß" → "SS")
// cannot shift any gold span.
function recase(s: string, mode: CaseMode): string {
  if (mode === 'asis') return s;
  return mode === 'upper' ? s.toUpperCase() : s.toLowerCase();
}

export class NoteBuilder {
  private readonly parts: string[] = [];
  private length = 0;
  readonly phi: GoldPhiSpan[] = [];
  readonly protectedSpans: GoldProtectedSpan[] = [];

  constructor(private readonly caseMode: CaseMode = 'asis') {}

  add(...frags: Frag[]): this {
    for (const fr of frags) this.addOne(fr);
    return this;
  }

  private addOne(fr: Frag): void {
    if (fr === null || fr === undefined || fr === false) return;
    if (Array.isArray(fr)) {
      for (const x of fr as readonly Frag[]) this.addOne(x);
      return;
    }
    const seg = fr as Seg;
    const text = recase(typeof seg === 'string' ? seg : seg.text, this.caseMode);
    if (!text) return;
    const start = this.length;
    this.parts.push(text);
    this.length += text.length;
    if (typeof seg === 'string') return;
    if ('type' in seg) this.phi.push({ start, end: this.length, type: seg.type, kind: seg.kind, value: text });
    else this.protectedSpans.push({ start, end: this.length, term: seg.term });
  }

  build(id: string, style: string): SyntheticNote {
    return { id, style, text: this.parts.join(''), phi: this.phi.slice(), protected: this.protectedSpans.slice() };
  }
}
