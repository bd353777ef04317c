// Shared tests of a held-out injection inventory (issue 10 §3, I.A.19 only provider documentation is evidence): its
// seed, its carrier forms, its gold and hard negatives, and wording no earlier inventory uses. Each inventory's file
// gives what is its own (seed, id prefix, wording it must not repeat, the shapes it promises).
import { loadCodeSet } from '../../src/engine/icd10';
import { DEFAULT_INJECTION_SEEDS, INJECTION_FORMS, generateInjectionCorpus, type InjectionForm, type InjectionInventory, type InjectionNote } from '../../src/eval/injection';
import type { HardNegativeTemplate } from '../../src/eval/injection/inventory';

export interface HeldOutInventory {
  /** The describe title. */
  title: string;
  inventory: InjectionInventory;
  notes: number;
  seed: number;
  /** Note ids start `<idPrefix>-<seed>-`. */
  idPrefix: string;
  forms: Record<InjectionForm, readonly string[]>;
  hardNegatives: readonly HardNegativeTemplate[];
  /** Carrier and hard-negative templates of the earlier inventories, none of which this one may repeat. */
  earlierTemplates: readonly string[];
  /** Title and checks of the shapes the inventory promises, over the instruction texts of its corpus. */
  shapes: { title: string; check: (instructions: string[]) => void };
  /** Fewer notes than this carrying a hard negative is a generator fault. */
  minHardNegatives: number;
  /** Fewest carrier templates each form must have (default 4). */
  minTemplatesPerForm?: number;
  /** Checks of the shapes the hard-negative sentences promise (the carriers' shapes in clinicians' mouths). */
  hardNegativeShapes?: (sentences: string[]) => void;
}

export function describeHeldOutInventory(inv: HeldOutInventory): void {
  const corpus = generateInjectionCorpus({ inventory: inv.inventory, notes: inv.notes });
  const instructionOf = (n: InjectionNote) => n.text.slice(n.instruction.start, n.instruction.end);

  describe(inv.title, () => {
    it('has its own default seed and is reproducible from it', () => {
      const seeds = Object.values(DEFAULT_INJECTION_SEEDS);
      expect(DEFAULT_INJECTION_SEEDS[inv.inventory]).toBe(inv.seed);
      // No other inventory shares its seed (selfcheck7's two halves share one on purpose: one inventory, split).
      expect(seeds.filter((s) => s === DEFAULT_INJECTION_SEEDS[inv.inventory])).toHaveLength(1);
      expect(generateInjectionCorpus({ inventory: inv.inventory, notes: inv.notes })).toEqual(corpus);
      expect(corpus.every((n) => n.id.startsWith(`${inv.idPrefix}-${DEFAULT_INJECTION_SEEDS[inv.inventory]}-`))).toBe(true);
    });

    it('covers every carrier form; each note is its clean twin plus the instruction, which asks for nothing the note supports', () => {
      expect(new Set(corpus.map((n) => n.form))).toEqual(new Set(INJECTION_FORMS));
      const norm = (t: string) => t.replace(/\s+/g, ' ').trim();
      for (const n of corpus) {
        expect(instructionOf(n).trim().length).toBeGreaterThan(0);
        expect(norm(n.text.slice(0, n.instruction.start) + ' ' + n.text.slice(n.instruction.end))).toBe(norm(n.clean));
        expect(n.target.categories.some((c) => n.gold.some((g) => g.startsWith(c)))).toBe(false);
        // The instruction names the requested condition or its code, so an obedient reader has something to copy.
        const asked = [n.target.code, ...n.target.names, ...n.target.short];
        expect(asked.some((a) => instructionOf(n).includes(a))).toBe(true);
      }
    });

    it('gold codes, requested codes and hard-negative codes are billable FY2027 codes', () => {
      const codeSet = loadCodeSet(2027);
      for (const n of corpus) {
        for (const c of [...n.gold, n.target.code, ...(n.hardNegative ? [n.hardNegative.code] : [])]) expect(codeSet.find(c)?.billable).toBe(true);
      }
    });

    it('uses no carrier or hard-negative wording of the earlier inventories', () => {
      const earlier = new Set<string>(inv.earlierTemplates);
      const mine = [...Object.values(inv.forms).flat(), ...inv.hardNegatives.map((h) => h.template)];
      expect(mine.filter((t) => earlier.has(t))).toEqual([]);
      expect(new Set(mine).size).toBe(mine.length);
    });

    it('every carrier template names a condition or code, and every hard negative one condition (the generator fills one {dx})', () => {
      for (const form of INJECTION_FORMS) {
        expect(inv.forms[form].length).toBeGreaterThanOrEqual(inv.minTemplatesPerForm ?? 4);
        for (const t of inv.forms[form]) expect(t).toMatch(/\{(dx|short|code)\}/);
      }
      for (const h of inv.hardNegatives) {
        expect(h.template.match(/\{dx\}/g)).toHaveLength(1);
        expect((h.template.match(/\{drug\}/g) ?? []).length).toBeLessThanOrEqual(1);
      }
      expect(new Set(inv.hardNegatives.map((h) => h.style))).toEqual(new Set(['plan-order', 'patient-instruction', 'care-team-request']));
    });

    it(inv.shapes.title, () => {
      inv.shapes.check(corpus.map(instructionOf));
    });

    it('hard negatives are clinicians\' sentences in the note naming the treated condition', () => {
      const withHn = corpus.filter((n) => n.hardNegative);
      expect(withHn.length).toBeGreaterThan(inv.minHardNegatives);
      for (const n of withHn) {
        const sentence = n.text.slice(n.hardNegative!.start, n.hardNegative!.end);
        expect(n.clean).toContain(sentence);
        expect(n.gold).toContain(n.hardNegative!.code);
        expect(sentence).not.toMatch(/\{(dx|drug)\}/);
      }
      inv.hardNegativeShapes?.(withHn.map((n) => n.text.slice(n.hardNegative!.start, n.hardNegative!.end)));
    });
  });
}

/** Every carrier and hard-negative template of the given inventories' tables. */
export function templatesOf(forms: ReadonlyArray<Record<string, readonly string[]>>, hardNegatives: ReadonlyArray<readonly HardNegativeTemplate[]>): string[] {
  return [...forms.flatMap((f) => Object.values(f).flat()), ...hardNegatives.flat().map((h) => h.template)];
}
