// Owns natural batching for AWS batch APIs (SQS DeleteMessageBatch, SNS PublishBatch): a call made while
// fewer than `maxBatchesInFlight` batches are in flight goes at once; calls made while they are all in
// flight wait and leave together, up to `maxBatchSize` (10 for both APIs). No timer, no linger: an idle
// service pays no latency, a busy one pays fewer round trips. Each call settles with its own entry's result.

export interface NaturalBatcherOptions<T> {
  /** Sends one batch; resolves with one result per item, in order: undefined = done, an Error = that entry failed. */
  send(items: T[]): Promise<Array<Error | undefined>>;
  maxBatchSize: number;
  maxBatchesInFlight: number;
}

interface Pending<T> {
  item: T;
  resolve(): void;
  reject(err: unknown): void;
}

export class NaturalBatcher<T> {
  private waiting: Pending<T>[] = [];
  private inFlight = 0;

  constructor(private readonly options: NaturalBatcherOptions<T>) {
    if (!(options.maxBatchSize >= 1) || !(options.maxBatchesInFlight >= 1)) throw new Error('NaturalBatcher needs maxBatchSize and maxBatchesInFlight of at least 1');
  }

  /** Resolves when this item's entry succeeded; rejects with its entry's error or the batch's. */
  submit(item: T): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      this.waiting.push({ item, resolve, reject });
      this.pump();
    });
  }

  /** Like `submit` for each item, but queued together, so items that fit leave in one batch. */
  submitAll(items: readonly T[]): Array<Promise<void>> {
    const settled = items.map((item) => new Promise<void>((resolve, reject) => this.waiting.push({ item, resolve, reject })));
    this.pump();
    return settled;
  }

  private pump(): void {
    while (this.inFlight < this.options.maxBatchesInFlight && this.waiting.length > 0) {
      const batch = this.waiting.splice(0, this.options.maxBatchSize);
      this.inFlight++;
      let sent: Promise<Array<Error | undefined>>;
      try {
        sent = this.options.send(batch.map((p) => p.item));
      } catch (err) {
        sent = Promise.reject(err);
      }
      sent
        .then(
          (results) => batch.forEach((p, i) => (results[i] ? p.reject(results[i]) : p.resolve())),
          (err) => batch.forEach((p) => p.reject(err)),
        )
        .finally(() => {
          this.inFlight--;
          this.pump();
        });
    }
  }
}

/** The error of one failed batch entry (SQS BatchResultErrorEntry / SNS BatchResultErrorEntry). */
export class BatchEntryError extends Error {
  constructor(
    readonly code: string,
    readonly senderFault: boolean,
  ) {
    super(`Batch entry failed with ${code}`);
    this.name = code;
  }
}
