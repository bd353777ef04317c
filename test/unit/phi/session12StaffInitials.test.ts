// Owns the tests of session 12's staff-initials grammar inside nursing and pharmacy lines (issue 9): a signer and
// co-signer joined by a slash in a person position, initials joined to a credential by a slash, and initials before a
// credential in prose. Each case names its pattern and has a look-alike that must stay. Every value is invented.
import { testRecognizerCases, type RecognizerCase } from '../../helpers/phiCoverage';

const CASES: RecognizerCase[] = [
  // Signer and co-signer joined by a slash.
  { pattern: 'signer/co-signer pair after "by", closing on a semicolon (lower case)', text: 'Flu vaccine given L deltoid.\nAdministered by jq/kv; standing order on file.', phi: ['jq', 'kv'], by: 'name.staff-initial-pair', keep: ['standing'] },
  { pattern: 'signer/co-signer pair after "to", before "on" and a place', text: 'tube out, no rebleed.\nreport given to mz/kq on floor 1145.', phi: ['mz', 'kq'], keep: ['floor'] },
  { pattern: 'signer/co-signer pair after a list slash closing the line (caps)', text: 'MANNITOL GIVEN AT 0200. QUILL / ZB/KX\n', phi: ['ZB', 'KX'] },
  { pattern: 'signer/co-signer pair opening a sentence, before a list slash', text: 'MANNITOL GIVEN. WK/WZ / JB PCA\n', phi: ['WK', 'WZ', 'JB'] },
  { pattern: 'signer/co-signer pair alone on the last line', text: 'to OR again tomorrow for washout.\nvz/kw\n', phi: ['vz', 'kw'] },
  { pattern: 'signer/co-signer pair after "and", closing its sentence', text: 'discussed w/ capt. quillon and zk/qj. outpt pharmacy on file.', phi: ['zk', 'qj'] },
  { pattern: 'pair after a role, before a credential after a comma', text: 'driving cleared.\nCDRS yx/yb, OTR/L. Copy to DMV.', phi: ['yx', 'yb'] },
  { pattern: 'route, fluid, therapy and rate pairs in the same positions stay', text: 'switched by iv/po; given to ns/lr on arrival. seen by pt/ot.\nHR/BP stable.', phi: [], keep: ['iv', 'po', 'ns', 'lr', 'pt', 'ot', 'HR', 'BP'] },
  { pattern: 'a pair in the middle of prose without a person cue stays', text: 'denies ha/cp today. no sob/doe.', phi: [], keep: ['ha', 'cp', 'sob', 'doe'] },
  // Initials and a credential.
  { pattern: 'initials joined to a credential by a slash, then a second credential', text: 'son brings meds from home.\nzq/rn, pharmd, bpr 880-1234\n', phi: ['zq'], by: 'name.initials-credential-inline', keep: ['pharmd'] },
  { pattern: 'initials joined to a credential by a slash after "to", before "on"', text: 'Report given to XB/RN on floor 0145.', phi: ['XB'] },
  { pattern: 'initials before a student-nurse credential after "and"', text: 'discussed w/ capt. quillon and zk sn. outpt pharmacy on file.', phi: ['zk'], keep: ['discussed'] },
  { pattern: 'initials before a care-assistant credential after "checked"', text: 'Compounded at 1149 by pharmacy; checked XV PCA.\n', phi: ['XV'] },
  { pattern: 'initials before a dotted R.N. after "nurse"', text: 'Return in 2 weeks. WOC nurse KZ R.N.; surgeon on file.', phi: ['KZ'] },
  { pattern: 'initials before a respiratory-therapist credential after "per cm"', text: 'pt to go to rehab after, per cm qz rrt.', phi: ['qz'] },
  { pattern: 'a drug or a route before PCA or RN stays', text: 'Pain: MS PCA on hold. Changed to IV PCA. Seen by PT RN.', phi: [], keep: ['MS', 'IV', 'PT'] },
];

describe('session 12: staff initials inside nursing and pharmacy lines', () => {
  testRecognizerCases(CASES);
});
