// Session 6 (issue 10): the honest CodiEsp split and the general lexicon patterns added for narrative case reports.
import { icdPart, selectPart } from '../../../src/eval/icd';

describe('CodiEsp tune / held-back split (FNV-1a of the id, mod 3 == 0 held back)', () => {
  const ids = Array.from({ length: 3000 }, (_, i) => `S${String(i).padStart(6, '0')}-${i % 7}`);

  it('holds back about a third and is a pure function of the id', () => {
    const held = ids.filter((id) => icdPart(id) === 'heldback').length;
    expect(held / ids.length).toBeGreaterThan(0.3);
    expect(held / ids.length).toBeLessThan(0.37);
    expect(ids.map((id) => icdPart(id))).toEqual(ids.map((id) => icdPart(id)));
  });

  it('keeps a record in its part when the file is reordered', () => {
    const records = ids.slice(0, 200).map((id) => ({ id }));
    const forward = selectPart(records, 'heldback').map((r) => r.id);
    const backward = selectPart([...records].reverse(), 'heldback').map((r) => r.id).reverse();
    expect(backward).toEqual(forward);
    expect(selectPart(records, 'tune').length + forward.length).toBe(records.length);
  });
});
