// Owns building what the e2e tests' spawned processes run (dist/ by tsc, the workbench by Vite) once per Jest run
// instead of once per test file. The integration globalSetup gives the run a directory (BUILD_RUN_DIR_ENV); the first
// file to ask for a build takes its lock (an atomic mkdir, so two workers never build at once), builds and leaves a
// marker; every later file of the run, in any worker, finds the marker and builds nothing. A failed build leaves its
// message instead, so the files after it fail with the same cause rather than building again. Without a run
// directory (a file run outside that globalSetup) every call builds, as each file did before.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

/** The per-run directory the integration globalSetup creates; workers inherit it. */
export const BUILD_RUN_DIR_ENV = 'CHARTCODER_TEST_BUILD_RUN_DIR';

const root = path.join(__dirname, '../..');
/** How often a file waiting on another worker's build looks for its marker, and for how long at most. */
const WAIT_POLL_MS = 200;
const WAIT_LIMIT_MS = 15 * 60_000;

export interface BuildOnceOptions {
  runDir?: string;
  /** Sleeps synchronously (a build is synchronous; injected so tests do not wait). */
  sleepMs?: (ms: number) => void;
  waitLimitMs?: number;
}

const blockFor = (ms: number): void => {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
};

/**
 * Runs `build` unless it already ran (or is running) under `name` in this run; returns whether this call built.
 * Throws the recorded error when the run's build of `name` failed.
 */
export function buildOnce(name: string, build: () => void, options: BuildOnceOptions = {}): boolean {
  const runDir = options.runDir ?? process.env[BUILD_RUN_DIR_ENV];
  if (!runDir) {
    build();
    return true;
  }
  const done = path.join(runDir, `${name}.done`);
  const failed = path.join(runDir, `${name}.failed`);
  let owner = true;
  try {
    fs.mkdirSync(path.join(runDir, `${name}.lock`));
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    owner = false;
  }
  if (owner) {
    try {
      build();
    } catch (err) {
      fs.writeFileSync(failed, String((err as Error).message ?? err));
      throw err;
    }
    fs.writeFileSync(done, '');
    return true;
  }
  const sleep = options.sleepMs ?? blockFor;
  const limit = options.waitLimitMs ?? WAIT_LIMIT_MS;
  for (let waited = 0; ; waited += WAIT_POLL_MS) {
    if (fs.existsSync(done)) return false;
    if (fs.existsSync(failed)) throw new Error(`build ${name} failed earlier in this run: ${fs.readFileSync(failed, 'utf8')}`);
    if (waited >= limit) throw new Error(`build ${name}: no result after ${limit} ms from the worker building it`);
    sleep(WAIT_POLL_MS);
  }
}

/** dist/ as `tsc -p tsconfig.build.json` builds it: what the spawned service processes and the chaos harness run. */
export function ensureServiceBuilt(): boolean {
  return buildOnce('dist', () => {
    execFileSync(process.execPath, [path.join(root, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.build.json'], { cwd: root, stdio: 'pipe' });
  });
}

/** The service and the workbench bundle, as `npm run build` builds them for the embedded process to serve. */
export function ensureWorkbenchBuilt(): void {
  ensureServiceBuilt();
  buildOnce('web', () => {
    execFileSync(process.execPath, [path.join(root, 'node_modules/vite/bin/vite.js'), 'build', '--config', 'web/vite.config.mts', '--logLevel', 'error'], { cwd: root, stdio: 'pipe' });
  });
}
