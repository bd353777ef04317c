import { parseSummarySplit, splitOf } from '../../../src/eval/summary';

describe('summary gold splits', () => {
  it('keeps a record that declares the second or third held-out split out of tune and holdout, whatever its id hashes to', () => {
    const ids = ['syn-01', 'syn-02', 'syn-03', 'aci-train-D2N003', 'mts-52', 'h2-syn-01', 'h3-syn-01'];
    for (const id of ids) expect(splitOf(id, 'holdout2')).toBe('holdout2');
    for (const id of ids) expect(splitOf(id, 'holdout3')).toBe('holdout3');
    // Without a declared split the id decides, and never yields a declared-only split.
    const undeclared = new Set(ids.map((id) => splitOf(id)));
    expect(undeclared.has('holdout2')).toBe(false);
    expect(undeclared.has('holdout3')).toBe(false);
    expect([...undeclared].every((s) => s === 'tune' || s === 'holdout')).toBe(true);
  });

  it('keeps a record that declares the session-5 split in it, so notes written before a change are scored apart', () => {
    for (const id of ['s5-syn-01', 'syn-01', 'h2-syn-01']) expect(splitOf(id, 's5')).toBe('s5');
    expect(splitOf('s5-syn-01')).not.toBe('s5');
    expect(parseSummarySplit('s5')).toBe('s5');
  });

  it('checks the --summary-split argument', () => {
    expect(parseSummarySplit(undefined)).toBeUndefined();
    expect(parseSummarySplit('holdout2')).toBe('holdout2');
    expect(parseSummarySplit('holdout3')).toBe('holdout3');
    expect(parseSummarySplit('holdout4')).toBe('holdout4');
    expect(parseSummarySplit('holdout5')).toBe('holdout5');
    expect(parseSummarySplit('holdout7')).toBe('holdout7');
    expect(parseSummarySplit('holdout8')).toBe('holdout8');
    expect(splitOf('h8-syn-01')).not.toBe('holdout8');
    expect(splitOf('h8-syn-01', 'holdout8')).toBe('holdout8');
    expect(parseSummarySplit('holdout9')).toBe('holdout9');
    expect(splitOf('h9-syn-01')).not.toBe('holdout9');
    expect(splitOf('h9-syn-01', 'holdout9')).toBe('holdout9');
    expect(parseSummarySplit('holdout10')).toBe('holdout10');
    expect(splitOf('h10-syn-01')).not.toBe('holdout10');
    expect(splitOf('h10-syn-01', 'holdout10')).toBe('holdout10');
    expect(parseSummarySplit('holdout11')).toBe('holdout11');
    expect(splitOf('h11-syn-01')).not.toBe('holdout11');
    expect(splitOf('h11-syn-01', 'holdout11')).toBe('holdout11');
    expect(parseSummarySplit('holdout12')).toBe('holdout12');
    expect(splitOf('h12-syn-01')).not.toBe('holdout12');
    expect(splitOf('h12-syn-01', 'holdout12')).toBe('holdout12');
    expect(parseSummarySplit('holdout13')).toBe('holdout13');
    expect(splitOf('h13-syn-01')).not.toBe('holdout13');
    expect(splitOf('h13-syn-01', 'holdout13')).toBe('holdout13');
    expect(parseSummarySplit('holdout14')).toBe('holdout14');
    expect(splitOf('h14-syn-01')).not.toBe('holdout14');
    expect(splitOf('h14-syn-01', 'holdout14')).toBe('holdout14');
    expect(() => parseSummarySplit('holdout99')).toThrow(/tune, holdout, holdout2, holdout3, holdout4, holdout5/);
  });
});
