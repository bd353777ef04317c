// Owns recovery from a messaging server that lost its resources: an SQS/SNS server restarted without
// persistence (the embedded fauxqs, a LocalStack restart) or a queue deleted by mistake. The queues and the
// topic are recreated by name (same URLs and ARN), once however many callers notice at the same time. Jobs
// are not recreated here: DynamoDB is the source of truth and the sweeper re-enqueues what lost its message.
// The jobs table is never recreated: an empty new table would hide lost data instead of reporting it.

/** SQS's answer for a queue that does not exist (the SDK error name, or the query-protocol code). */
export function isMissingQueue(err: unknown): boolean {
  const { name = '', Code = '' } = (err ?? {}) as { name?: string; Code?: string };
  return /QueueDoesNotExist|NonExistentQueue/.test(`${name} ${Code}`);
}

/** SNS's answer for a topic that does not exist. */
export function isMissingTopic(err: unknown): boolean {
  const { name = '', Code = '' } = (err ?? {}) as { name?: string; Code?: string };
  return /^(NotFound|NotFoundException)$/.test(name) || Code === 'NotFound';
}

export function isMissingMessagingResource(err: unknown): boolean {
  return isMissingQueue(err) || isMissingTopic(err);
}

/** Recreates the queues and topic; single-flight, so a burst of failures makes one round of calls. */
export class MessagingRecovery {
  private pending?: Promise<void>;
  /** How many times the resources were recreated (for /metrics and logs). */
  recoveries = 0;

  constructor(
    private readonly recreate: () => Promise<void>,
    private readonly onRecovered: (count: number) => void = () => undefined,
  ) {}

  recover(): Promise<void> {
    this.pending ??= this.recreate()
      .then(() => {
        this.recoveries++;
        this.onRecovered(this.recoveries);
      })
      .finally(() => {
        this.pending = undefined;
      });
    return this.pending;
  }

  /** Runs `op`; when it fails because a queue or the topic is missing, recreates them and tries once more. */
  async run<T>(op: () => Promise<T>): Promise<T> {
    try {
      return await op();
    } catch (err) {
      if (!isMissingMessagingResource(err)) throw err;
      await this.recover();
      return op();
    }
  }
}
