// Owns counting AWS SDK round trips by service and operation: one middleware at the deserialize step,
// which runs inside the SDK's retry loop, so every HTTP attempt (retries included) counts once. Used by
// `bench pipeline` to print store and queue calls per job; it sees command names only, never payloads.

import { performance } from 'node:perf_hooks';
import type { AwsClients } from './awsClients';

type Handler = (args: unknown) => Promise<unknown>;

/** The one method of a Smithy middleware stack this needs (every AWS SDK v3 client has it). */
interface MiddlewareStackLike {
  add(middleware: (next: Handler, context: { commandName?: string }) => Handler, options: { step: 'deserialize'; name: string; override?: boolean }): void;
}

export class AwsCallCounter {
  private readonly counts = new Map<string, number>();
  /** Per operation, each attempt's round trip in ms (the bench's latency breakdown). */
  private readonly durationsMs = new Map<string, number[]>();

  /** Counts every request `client` sends as `<service> <Operation>` (the command name without "Command"). */
  attach(client: { middlewareStack: unknown }, service: string): void {
    (client.middlewareStack as MiddlewareStackLike).add(
      (next, context) => (args) => {
        const operation = (context.commandName ?? 'Unknown').replace(/Command$/, '');
        const key = `${service} ${operation}`;
        this.counts.set(key, (this.counts.get(key) ?? 0) + 1);
        const started = performance.now();
        const done = () => {
          const list = this.durationsMs.get(key) ?? [];
          list.push(performance.now() - started);
          this.durationsMs.set(key, list);
        };
        return next(args).then(
          (out) => (done(), out),
          (err: unknown) => {
            done();
            throw err;
          },
        );
      },
      { step: 'deserialize', name: 'chartcoderCallCounter', override: true },
    );
  }

  attachAll(clients: AwsClients): void {
    this.attach(clients.dynamodb, 'DynamoDB');
    this.attach(clients.sqs, 'SQS');
    this.attach(clients.sns, 'SNS');
  }

  /** Round-trip p50 and p99 (ms) by `<service> <Operation>`. */
  latencies(): Record<string, { p50: number; p99: number; n: number }> {
    const out: Record<string, { p50: number; p99: number; n: number }> = {};
    for (const [key, list] of [...this.durationsMs.entries()].sort(([a], [b]) => a.localeCompare(b))) {
      const sorted = [...list].sort((a, b) => a - b);
      const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor((q / 100) * sorted.length))];
      out[key] = { p50: Number(at(50).toFixed(1)), p99: Number(at(99).toFixed(1)), n: sorted.length };
    }
    return out;
  }

  /** Calls so far by `<service> <Operation>`, sorted by key. */
  snapshot(): Record<string, number> {
    return Object.fromEntries([...this.counts.entries()].sort(([a], [b]) => a.localeCompare(b)));
  }
}
