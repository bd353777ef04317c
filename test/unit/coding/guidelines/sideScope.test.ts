// Guideline I.B.13 (laterality) scoped to the conjunct: in a coordinated phrase each site keeps the side stated
// in its own conjunct ("right knee pain and left shoulder pain"), never the side of the other conjunct.
import { codes, sections } from './helpers';
import { sideOfSpan, sidesIn, titleSide } from '../../../../src/engine/coding/guidelines/sideScope';

describe('I.B.13 side scope: the site a sided title names is read from the code title', () => {
  it.each([
    ['Pain in right knee', 'right', ['knee'], ['pain']],
    ['Unilateral primary osteoarthritis, left hip', 'left', ['hip'], ['unilateral', 'primary', 'osteoarthritis']],
    ['Effusion, right shoulder', 'right', ['shoulder'], ['effusion']],
  ])('%s → %s %j %j', (title, side, site, condition) => {
    expect(titleSide(title)).toEqual({ side, site, condition });
  });

  it('a bilateral or unsided title has no single side to scope', () => {
    expect(titleSide('Bilateral primary osteoarthritis of knee')).toBeUndefined();
    expect(titleSide('Essential (primary) hypertension')).toBeUndefined();
  });

  it('reads side words, their abbreviations and a capital R/L before a word', () => {
    expect([...sidesIn('rt knee pain')]).toEqual(['right']);
    expect([...sidesIn('L shoulder pain')]).toEqual(['left']);
    expect([...sidesIn('both knees')]).toEqual(['bilateral']);
  });
});

describe('I.B.13 side scope: a condition never crosses to a site that has its own condition', () => {
  it('"right hip pain, left knee effusion": pain is the hip\'s, effusion the knee\'s', () => {
    const out = codes('Assessment: right hip pain, left knee effusion.');
    expect(out).toEqual(expect.arrayContaining(['M25.551', 'M25.462']));
    expect(out).not.toContain('M25.562');
    expect(out).not.toContain('M25.451');
  });

  it('"pain in right knee and left hip" distributes one condition to both sites', () => {
    const t = 'Assessment: pain in right knee and left hip.';
    const [a, b] = [t.indexOf('pain'), t.length - 1];
    expect(sideOfSpan(t, a, b, { side: 'left', site: ['hip'], condition: ['pain'] })).toBe('open');
  });
});

describe('I.B.13 side scope: a side never crosses a coordination to another site', () => {
  const text = 'Assessment: right knee pain and left shoulder pain.';
  const span = (s: string) => [text.indexOf(s), text.indexOf(s) + s.length] as const;

  it('judges the side of a site from the conjunct that names the site', () => {
    const [a, b] = span('right knee pain and left shoulder');
    expect(sideOfSpan(text, a, b, { side: 'right', site: ['shoulder'] })).toBe('other');
    expect(sideOfSpan(text, a, b, { side: 'left', site: ['shoulder'] })).toBe('open');
    const [c, d] = span('knee pain and left shoulder pain');
    expect(sideOfSpan(text, c, d, { side: 'left', site: ['knee'] })).toBe('other');
  });

  it('leaves the side open when the site conjunct states no side of its own ("right knee and hip pain")', () => {
    const t = 'Assessment: right knee and hip pain.';
    expect(sideOfSpan(t, 12, t.length - 1, { side: 'right', site: ['hip'] })).toBe('open');
  });

  it.each([
    ['Assessment: right knee pain and left shoulder pain.', ['M25.561', 'M25.512'], ['M25.511', 'M25.562']],
    ['Assessment: pain in right knee and left shoulder.', ['M25.561', 'M25.512'], ['M25.511', 'M25.562']],
    ['Assessment: left hip pain, right shoulder pain.', ['M25.552', 'M25.511'], ['M25.551', 'M25.512']],
  ])('%s', (note, want, never) => {
    const out = codes(note);
    for (const c of want) expect(out).toContain(c);
    for (const c of never) expect(out).not.toContain(c);
  });

  it('keeps one sided site the note states alone', () => {
    expect(codes('Assessment: pain in left knee.')).toEqual(['M25.562']);
  });
});

describe('I.B.13 bilateral: two sides are both sides of one site only when joined directly or naming the same site', () => {
  it('"right and left knees": a side ending its conjunct shares the next conjunct\'s site', () => {
    const t = 'Assessment: primary osteoarthritis of right and left knees.';
    expect(sideOfSpan(t, 12, t.length - 1, { side: 'right', site: ['knee'] })).toBe('open');
  });

  it('"right and left" and "right knee and left knee" are bilateral', () => {
    expect(codes('Assessment: primary osteoarthritis of right and left knees.')).toContain('M17.0');
    expect(codes('Assessment: primary osteoarthritis of right knee and left knee.')).toContain('M17.0');
  });

  it('"the left knee and right hip" gives each site its own side', () => {
    const out = codes('Assessment: osteoarthritis of the left knee and right hip.');
    expect(out).not.toContain('M17.0');
    expect(out).not.toContain('M16.0');
  });

  it('records I.B.13 on a code moved to its own side', () => {
    expect(sections('Assessment: right knee pain and left shoulder pain.', 'M25.512').length).toBeGreaterThan(0);
  });
});

describe('I.B.13 side scope: the eye\'s and the ear\'s side abbreviations scope like side words', () => {
  it('reads OD/OS/OU and AD/AS/AU in capitals as the side of their conjunct', () => {
    expect([...sidesIn('otitis externa AS')]).toEqual(['left']);
    expect([...sidesIn('conjunctivitis OU')]).toEqual(['bilateral']);
    expect([...sidesIn('as noted before')]).toEqual([]);
  });

  it('"otitis externa AS and cerumen impaction AD": each ear condition keeps its own conjunct\'s side', () => {
    const out = codes('Assessment: acute otitis externa AS and cerumen impaction AD.');
    expect(out).toEqual(expect.arrayContaining(['H60.502', 'H61.21']));
    expect(out).not.toContain('H60.501');
    expect(out).not.toContain('H61.22');
  });
});
