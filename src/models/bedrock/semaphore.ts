// Owns the bound on in-flight model calls per region (MODEL_MAX_IN_FLIGHT_PER_REGION): a FIFO counting
// semaphore. Worker concurrency bounds jobs; this bounds what one process asks of one Bedrock region at
// once, so a failover that sends every job to the secondary region queues here instead of stampeding it.

export class Semaphore {
  private held = 0;
  private readonly waiters: Array<() => void> = [];

  constructor(readonly permits: number) {
    if (!Number.isInteger(permits) || permits < 1) throw new Error('Semaphore needs at least one permit');
  }

  get inUse(): number {
    return this.held;
  }

  get waiting(): number {
    return this.waiters.length;
  }

  /** Resolves with a release function once a permit is free; first come, first served. */
  async acquire(): Promise<() => void> {
    if (this.held < this.permits) this.held++;
    else await new Promise<void>((resolve) => this.waiters.push(resolve));
    let released = false;
    return () => {
      if (released) return;
      released = true;
      // Hand the permit straight to the next waiter (held stays the same) or give it back.
      const next = this.waiters.shift();
      if (next) next();
      else this.held--;
    };
  }
}
