// The e2e files' build is done once per Jest run (test/helpers/buildOnce.ts): the first caller of a run builds, every
// later caller of that run (any worker) reuses it, a failed build fails the later callers with its cause, and outside a
// run (no run directory) every caller builds as before.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildOnce } from '../../helpers/buildOnce';

describe('buildOnce: one build of a kind per run directory', () => {
  let runDir: string;
  beforeEach(() => {
    runDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cc-build-once-'));
  });
  afterEach(() => fs.rmSync(runDir, { recursive: true, force: true }));

  it('builds on the first call of a run and not on the later ones', () => {
    let builds = 0;
    const build = () => {
      builds++;
    };
    expect(buildOnce('dist', build, { runDir })).toBe(true);
    expect(buildOnce('dist', build, { runDir })).toBe(false);
    expect(buildOnce('dist', build, { runDir })).toBe(false);
    expect(builds).toBe(1);
  });

  it('keeps each kind of build separate', () => {
    const built: string[] = [];
    buildOnce('dist', () => built.push('dist'), { runDir });
    buildOnce('web', () => built.push('web'), { runDir });
    buildOnce('web', () => built.push('web'), { runDir });
    expect(built).toEqual(['dist', 'web']);
  });

  it('a new run directory builds again', () => {
    let builds = 0;
    buildOnce('dist', () => builds++, { runDir });
    const next = fs.mkdtempSync(path.join(os.tmpdir(), 'cc-build-once-'));
    try {
      expect(buildOnce('dist', () => builds++, { runDir: next })).toBe(true);
    } finally {
      fs.rmSync(next, { recursive: true, force: true });
    }
    expect(builds).toBe(2);
  });

  it('a failed build fails the later callers of the run with its cause, without building again', () => {
    let builds = 0;
    const failing = () => {
      builds++;
      throw new Error('tsc: error TS2322 in src/x.ts');
    };
    expect(() => buildOnce('dist', failing, { runDir })).toThrow('TS2322');
    expect(() => buildOnce('dist', failing, { runDir })).toThrow(/failed earlier in this run: tsc: error TS2322/);
    expect(builds).toBe(1);
  });

  it('a caller that finds the build in progress waits for its marker instead of building', () => {
    // Another worker holds the lock; its build finishes while this caller waits.
    fs.mkdirSync(path.join(runDir, 'dist.lock'));
    const sleeps: number[] = [];
    const sleepMs = (ms: number) => {
      sleeps.push(ms);
      if (sleeps.length === 3) fs.writeFileSync(path.join(runDir, 'dist.done'), '');
    };
    let builds = 0;
    expect(buildOnce('dist', () => builds++, { runDir, sleepMs })).toBe(false);
    expect(builds).toBe(0);
    expect(sleeps).toHaveLength(3);
  });

  it('a caller gives up with a message when the building worker never reports', () => {
    fs.mkdirSync(path.join(runDir, 'dist.lock'));
    expect(() => buildOnce('dist', () => undefined, { runDir, sleepMs: () => undefined, waitLimitMs: 1000 })).toThrow(/no result after 1000 ms/);
  });

  it('without a run directory every call builds', () => {
    const saved = process.env.CHARTCODER_TEST_BUILD_RUN_DIR;
    delete process.env.CHARTCODER_TEST_BUILD_RUN_DIR;
    try {
      let builds = 0;
      expect(buildOnce('dist', () => builds++)).toBe(true);
      expect(buildOnce('dist', () => builds++)).toBe(true);
      expect(builds).toBe(2);
    } finally {
      if (saved !== undefined) process.env.CHARTCODER_TEST_BUILD_RUN_DIR = saved;
    }
  });
});
