// I.C.9.d / I.B.10: a remote stroke with a current deficit is an I69 sequela whether or not an acute code was
// drafted, the deficit read in any wording the lexicon knows, and a sequela code is never rejected as "historical"
// (it names a current residual of a past event). Every note is invented.
import { codes } from './helpers';

const outpatient = { setting: 'outpatient' as const, noteType: 'PROGRESS_NOTE' };

describe('I.C.9.d: a remote stroke with a current deficit is the sequela of that deficit', () => {
  it('"remote left MCA stroke with residual right hemiparesis" is I69.351, never I63', () => {
    const out = codes('Neurology follow-up.\nRemote left MCA stroke in 2020 with residual right hemiparesis.\nContinues home exercise program.', outpatient);
    expect(out).toContain('I69.351');
    expect(out.filter((c) => c.startsWith('I63'))).toEqual([]);
  });
  it('an old stroke with persisting aphasia is I69.320, not rejected for its past wording', () => {
    const out = codes('Speech therapy review.\nOld stroke two years ago with persistent expressive aphasia.\nProgressing with therapy.', outpatient);
    expect(out).toContain('I69.320');
    expect(out).not.toContain('R47.01');
  });
  it('a remote stroke with no deficit is no sequela', () => {
    const out = codes('Primary care visit.\nRemote left MCA stroke in 2020, no residual deficits.\nContinue statin.', outpatient);
    expect(out.filter((c) => c.startsWith('I69'))).toEqual([]);
  });
});
