// Owns counting AWS SDK round trips by service and operation: one middleware at the deserialize step,
// which runs inside the SDK's retry loop, so every HTTP attempt (retries included) counts once. Used by
// `bench pipeline` to print store and queue calls per job; it sees command names only, never payloads.

import type { AwsClients } from './awsClients';

type Handler = (args: unknown) => Promise<unknown>;

/** The one method of a Smithy middleware stack this needs (every AWS SDK v3 client has it). */
interface MiddlewareStackLike {
  add(middleware: (next: Handler, context: { commandName?: string }) => Handler, options: { step: 'deserialize'; name: string; override?: boolean }): void;
}

export class AwsCallCounter {
  private readonly counts = new Map<string, number>();

  /** Counts every request `client` sends as `<service> <Operation>` (the command name without "Command"). */
  attach(client: { middlewareStack: unknown }, service: string): void {
    (client.middlewareStack as MiddlewareStackLike).add(
      (next, context) => (args) => {
        const operation = (context.commandName ?? 'Unknown').replace(/Command$/, '');
        const key = `${service} ${operation}`;
        this.counts.set(key, (this.counts.get(key) ?? 0) + 1);
        return next(args);
      },
      { step: 'deserialize', name: 'chartcoderCallCounter', override: true },
    );
  }

  attachAll(clients: AwsClients): void {
    this.attach(clients.dynamodb, 'DynamoDB');
    this.attach(clients.sqs, 'SQS');
    this.attach(clients.sns, 'SNS');
  }

  /** Calls so far by `<service> <Operation>`, sorted by key. */
  snapshot(): Record<string, number> {
    return Object.fromEntries([...this.counts.entries()].sort(([a], [b]) => a.localeCompare(b)));
  }
}
