// Owns the Prometheus metrics: what an operator asks at 3 a.m. — how many jobs in which state,
// how long each stage takes, how deep the queue and the DLQ are, how slow the models are, how many
// live subscribers are connected.
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

export interface QueueDepthSource {
  notes(): Promise<number>;
  deadLetters(): Promise<number>;
}

export class Metrics {
  readonly registry = new Registry();
  readonly jobTransitions: Counter<'status'>;
  readonly stageDuration: Histogram<'stage'>;
  readonly modelLatency: Histogram<'role' | 'model'>;
  readonly websocketConnections: Gauge;
  readonly activeSubscriptions: Gauge;
  readonly graphqlErrors: Counter<'code'>;
  private depthSource?: QueueDepthSource;

  constructor(options: { defaultMetrics?: boolean } = {}) {
    if (options.defaultMetrics !== false) collectDefaultMetrics({ register: this.registry, prefix: 'chartcoder_process_' });
    this.jobTransitions = new Counter({
      name: 'chartcoder_job_transitions_total',
      help: 'Stored job transitions by the status entered (jobs by status)',
      labelNames: ['status'],
      registers: [this.registry],
    });
    this.stageDuration = new Histogram({
      name: 'chartcoder_stage_duration_seconds',
      help: 'Pipeline stage duration',
      labelNames: ['stage'],
      buckets: [0.005, 0.01, 0.05, 0.1, 0.25, 0.5, 1, 2, 5, 10, 30, 60],
      registers: [this.registry],
    });
    this.modelLatency = new Histogram({
      name: 'chartcoder_model_latency_seconds',
      help: 'Model invocation latency by role and model',
      labelNames: ['role', 'model'],
      buckets: [0.01, 0.05, 0.1, 0.5, 1, 2, 4, 8, 16, 32],
      registers: [this.registry],
    });
    this.websocketConnections = new Gauge({
      name: 'chartcoder_websocket_connections',
      help: 'Open graphql-ws connections',
      registers: [this.registry],
    });
    this.activeSubscriptions = new Gauge({
      name: 'chartcoder_active_subscriptions',
      help: 'Open subscription streams',
      registers: [this.registry],
    });
    this.graphqlErrors = new Counter({
      name: 'chartcoder_graphql_errors_total',
      help: 'GraphQL errors returned, by extensions.code',
      labelNames: ['code'],
      registers: [this.registry],
    });
    const self = this;
    new Gauge({
      name: 'chartcoder_queue_depth',
      help: 'Messages visible in the notes queue',
      registers: [this.registry],
      async collect() {
        if (self.depthSource) this.set(await self.depthSource.notes().catch(() => -1));
      },
    });
    new Gauge({
      name: 'chartcoder_dlq_depth',
      help: 'Messages in the dead-letter queue',
      registers: [this.registry],
      async collect() {
        if (self.depthSource) this.set(await self.depthSource.deadLetters().catch(() => -1));
      },
    });
  }

  setQueueDepthSource(source: QueueDepthSource): void {
    this.depthSource = source;
  }
}
