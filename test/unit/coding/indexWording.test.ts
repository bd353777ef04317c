// Index lookups a note's wording must reach (I.A: the Index leads to the code): anatomical words a term
// carries that notes leave implicit ("lower end" of a bone is the "distal" radius; the named joint is the
// joint), cross-references that name a level without its qualifiers ("see Complications, joint prosthesis,
// …" for "joint prosthesis, internal"), the site subterm that picks the leaves of a header, and the
// clinicians' worsening words for "exacerbation". Notes invented.
import { codes, engine } from './guidelines/helpers';
import { withoutRedundantAnatomy } from '../../../src/engine/coding/lexicon';
import { synonymForms } from '../../../src/engine/coding/normalize';

describe('anatomical words a term carries and notes leave out', () => {
  it('drops "end" beside its side word and "joint" beside a named joint, except in the joint signs (M25)', () => {
    expect(withoutRedundantAnatomy(['fracture', 'low', 'end', 'radius'], 'S52.501A')).toEqual(['fracture', 'low', 'radius']);
    expect(withoutRedundantAnatomy(['charcot', 'joint', 'right', 'foot'], 'M14.671')).toEqual(['charcot', 'right', 'foot']);
    expect(withoutRedundantAnatomy(['swelling', 'joint', 'ankle'], 'M25.471')).toEqual(['swelling', 'joint', 'ankle']);
    expect(withoutRedundantAnatomy(['end', 'stage', 'kidney', 'disease'], 'N18.6')).toEqual(['end', 'stage', 'kidney', 'disease']);
  });

  it.each([
    ['Assessment: closed fracture of the right distal radius.', 'S52.501A'],
    ['Assessment: left proximal humerus fracture, closed.', 'S42.202A'],
    ['Assessment: aseptic loosening of the left total hip prosthesis. Revision planned.', 'T84.031A'],
    ['Assessment: aseptic loosening of the right knee prosthesis.', 'T84.032A'],
  ])('%s', (note, code) => {
    expect(codes(note)).toContain(code);
  });

  it('Charcot foot in a diabetic is the combination code, not the Charcot joint code (M14.6 Excludes1)', () => {
    const out = codes('Assessment: Charcot foot, right, in type 2 diabetes.');
    expect(out).toContain('E11.610');
    expect(out).not.toContain('M14.671');
  });
});

describe('cross-references', () => {
  it('a reference whose levels are in another order than the printed term still reaches it ("see Diverticulosis, intestine, large")', () => {
    const phrases = (engine.coder.lexicon.byCode.get('K57.30') ?? []).map((t) => t.phrase);
    expect(phrases).toContain('diverticulum sigmoid');
  });
});

describe('worsening words are the Index\'s exacerbation (shared with the validator)', () => {
  it('maps flare and decompensated to exacerbation and acute', () => {
    expect(synonymForms('flare')).toEqual(expect.arrayContaining(['exacerbation', 'acute']));
    expect(synonymForms('decompensated')).toContain('acute');
    expect(synonymForms('asthma')).toEqual([]);
  });

  it.each([
    ['Assessment: COPD flare. Plan: prednisone and doxycycline.', 'J44.1', 'J44.9'],
    ['Assessment: mild intermittent asthma with flare-up.', 'J45.21', 'J45.20'],
    ['Discharge diagnosis: decompensated chronic systolic heart failure.', 'I50.23', 'I50.22'],
  ])('%s', (note, code, unspecified) => {
    const out = codes(note);
    expect(out).toContain(code);
    expect(out).not.toContain(unspecified);
  });
});
