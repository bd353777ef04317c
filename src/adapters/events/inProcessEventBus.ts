// Owns the single-process EventBus: API and worker share a process, so events go through an
// EventEmitter. Listener errors are contained so one broken subscriber cannot stop the publisher.

import { EventEmitter } from 'node:events';
import type { JobEvent } from '../../domain/events';
import type { EventBus, JobEventListener, Unsubscribe } from '../../domain/ports';

const EVENT = 'job';

export class InProcessEventBus implements EventBus {
  private readonly emitter = new EventEmitter();

  constructor(private readonly onListenerError: (err: unknown) => void = () => undefined) {
    // Every websocket subscription is a listener; the default cap of 10 is a leak detector, not a limit.
    this.emitter.setMaxListeners(0);
  }

  async start(): Promise<void> {}

  async publish(event: JobEvent): Promise<void> {
    // Copy per listener so no subscriber can mutate what another sees.
    for (const listener of this.emitter.listeners(EVENT) as JobEventListener[]) {
      try {
        listener({ ...event });
      } catch (err) {
        this.onListenerError(err);
      }
    }
  }

  subscribe(listener: JobEventListener): Unsubscribe {
    this.emitter.on(EVENT, listener);
    return () => this.emitter.off(EVENT, listener);
  }

  async stop(): Promise<void> {
    this.emitter.removeAllListeners(EVENT);
  }
}
