// Owns spawning the service as real processes for e2e tests: waits for readiness lines, captures
// output for PHI scans, and makes sure no child outlives its test.
import { spawn, type ChildProcess } from 'node:child_process';
import net from 'node:net';

export interface Spawned {
  child: ChildProcess;
  output: () => string;
  waitForLine(pattern: RegExp, timeoutMs?: number): Promise<RegExpMatchArray>;
  exit: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  kill(signal?: NodeJS.Signals): void;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const port = (srv.address() as net.AddressInfo).port;
      srv.close(() => resolve(port));
    });
  });
}

const live = new Set<ChildProcess>();
process.on('exit', () => {
  for (const c of live) c.kill('SIGKILL');
});

export function spawnService(command: string, args: string[], env: Record<string, string>, cwd: string): Spawned {
  const child = spawn(command, args, { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  live.add(child);
  let out = '';
  const waiters: Array<{ pattern: RegExp; resolve: (m: RegExpMatchArray) => void }> = [];
  const onData = (chunk: Buffer): void => {
    out += chunk.toString('utf8');
    for (const w of [...waiters]) {
      const m = out.match(w.pattern);
      if (m) {
        waiters.splice(waiters.indexOf(w), 1);
        w.resolve(m);
      }
    }
  };
  child.stdout!.on('data', onData);
  child.stderr!.on('data', onData);
  const exit = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on('exit', (code, signal) => {
      live.delete(child);
      resolve({ code, signal });
    }),
  );
  return {
    child,
    output: () => out,
    exit,
    kill: (signal = 'SIGTERM') => child.kill(signal),
    waitForLine: (pattern, timeoutMs = 120_000) =>
      new Promise((resolve, reject) => {
        const m = out.match(pattern);
        if (m) return resolve(m);
        const timer = setTimeout(() => reject(new Error(`timed out waiting for ${pattern}; output so far:\n${out.slice(-3000)}`)), timeoutMs);
        timer.unref();
        exit.then(({ code, signal }) => {
          clearTimeout(timer);
          reject(new Error(`process exited (${code ?? signal}) before ${pattern}; output:\n${out.slice(-3000)}`));
        });
        waiters.push({
          pattern,
          resolve: (mm) => {
            clearTimeout(timer);
            resolve(mm);
          },
        });
      }),
  };
}
