// Owns the Amazon EventBridge side of job lifecycle events: every event the service publishes is also put
// on a configured bus (source `chartcoder`, detail-type `Job status changed`), so partner systems route
// "report ready" with EventBridge rules instead of polling. It wraps the service's own EventBus (SNS or
// in-process), which still carries events to API instances; EventBridge only receives. The detail is the
// JobEvent itself — tenant, job id, status, version, time, error code — never note text.
import { EventBridgeClient, PutEventsCommand } from '@aws-sdk/client-eventbridge';
import type { JobEvent } from '../../domain/events';
import type { EventBus, JobEventListener, Unsubscribe } from '../../domain/ports';
import { BatchEntryError, NaturalBatcher } from '../naturalBatcher';

export const EVENTBRIDGE_SOURCE = 'chartcoder';
export const EVENTBRIDGE_DETAIL_TYPE = 'Job status changed';
/** PutEvents takes at most 10 entries per call (AWS limit). */
const PUT_EVENTS_MAX_ENTRIES = 10;
const PUT_EVENTS_IN_FLIGHT = 4;

export interface EventBridgeBusOptions {
  client: EventBridgeClient;
  busName: string;
}

export class EventBridgeBus implements EventBus {
  private readonly puts: NaturalBatcher<JobEvent>;

  constructor(
    private readonly inner: EventBus,
    private readonly options: EventBridgeBusOptions,
  ) {
    this.puts = new NaturalBatcher<JobEvent>({
      maxBatchSize: PUT_EVENTS_MAX_ENTRIES,
      maxBatchesInFlight: PUT_EVENTS_IN_FLIGHT,
      send: async (events) => {
        const out = await this.options.client.send(
          new PutEventsCommand({
            Entries: events.map((e) => ({
              EventBusName: this.options.busName,
              Source: EVENTBRIDGE_SOURCE,
              DetailType: EVENTBRIDGE_DETAIL_TYPE,
              Time: new Date(e.at),
              // Rules can match on the resource; tenants are told apart by detail.tenantId.
              Resources: [],
              Detail: JSON.stringify(e),
            })),
          }),
        );
        // Entries come back in request order; a failed one carries an ErrorCode.
        return events.map((_, i) => {
          const entry = out.Entries?.[i];
          return entry?.ErrorCode ? new BatchEntryError(entry.ErrorCode, entry.ErrorCode === 'ValidationException') : undefined;
        });
      },
    });
  }

  start(): Promise<void> {
    return this.inner.start();
  }

  /**
   * Both deliveries must succeed: a failed put fails the publish like a failed SNS publish does, so the
   * pipeline's retry delivers the event again (partners see each transition at least once).
   */
  async publish(event: JobEvent): Promise<void> {
    await Promise.all([this.inner.publish(event), this.puts.submit(event)]);
  }

  subscribe(listener: JobEventListener): Unsubscribe {
    return this.inner.subscribe(listener);
  }

  stop(): Promise<void> {
    return this.inner.stop();
  }
}
