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
  /** Bedrock: one per Converse attempt, by outcome ('ok' or the exception name). */
  readonly modelAttempts: Counter<'role' | 'region' | 'outcome'>;
  readonly modelTokens: Counter<'role' | 'model' | 'direction'>;
  readonly modelInvocations: Counter<'role' | 'model' | 'region' | 'stop_reason' | 'guardrail'>;
  /** 0 closed, 1 half-open, 2 open. */
  readonly modelBreakerState: Gauge<'region'>;
  readonly modelFailovers: Counter<'role' | 'from' | 'to'>;
  readonly modelRepairs: Counter<'role' | 'reason'>;
  readonly modelFallbacks: Counter<'role' | 'reason'>;
  readonly summaryStatementsDropped: Counter;
  /** Codes the model and the engine agreed on / only one of them proposed. */
  readonly modelCodeAgreement: Counter<'kind'>;
  /** Jobs the sweeper found stuck and put back on the queue (an enqueue lost, a queue server that lost its queues). */
  readonly sweeperRequeued: Counter;
  /** Dead letters handled by an admin redrive, by outcome (requeued, resent, dropped, failed). */
  readonly redriveMessages: Counter<'outcome'>;
  /** Audit events that could not be recorded: must stay at 0; alert on any increase. */
  readonly auditUnrecorded: Counter<'action' | 'reason'>;
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
    this.auditUnrecorded = new Counter({
      name: 'chartcoder_audit_unrecorded_total',
      help: 'Audit events that could not be recorded (overload: best-effort rejected-credential records dropped; error: store failure)',
      labelNames: ['action', 'reason'],
      registers: [this.registry],
    });
    this.graphqlErrors = new Counter({
      name: 'chartcoder_graphql_errors_total',
      help: 'GraphQL errors returned, by extensions.code',
      labelNames: ['code'],
      registers: [this.registry],
    });
    this.modelAttempts = new Counter({
      name: 'chartcoder_model_attempts_total',
      help: 'Bedrock Converse attempts by role, region and outcome (ok or exception name)',
      labelNames: ['role', 'region', 'outcome'],
      registers: [this.registry],
    });
    this.modelTokens = new Counter({
      name: 'chartcoder_model_tokens_total',
      help: 'Model tokens by role, model and direction (input/output)',
      labelNames: ['role', 'model', 'direction'],
      registers: [this.registry],
    });
    this.modelInvocations = new Counter({
      name: 'chartcoder_model_invocations_total',
      help: 'Successful model invocations by role, model, region, stop reason and guardrail action',
      labelNames: ['role', 'model', 'region', 'stop_reason', 'guardrail'],
      registers: [this.registry],
    });
    this.modelBreakerState = new Gauge({
      name: 'chartcoder_model_breaker_state',
      help: 'Per-region Bedrock circuit breaker: 0 closed, 1 half-open, 2 open',
      labelNames: ['region'],
      registers: [this.registry],
    });
    this.modelFailovers = new Counter({
      name: 'chartcoder_model_failovers_total',
      help: 'Model calls that moved on to another region',
      labelNames: ['role', 'from', 'to'],
      registers: [this.registry],
    });
    this.modelRepairs = new Counter({
      name: 'chartcoder_model_repairs_total',
      help: 'Repair turns asked of a model, by reason',
      labelNames: ['role', 'reason'],
      registers: [this.registry],
    });
    this.modelFallbacks = new Counter({
      name: 'chartcoder_model_fallbacks_total',
      help: "Model answers replaced by the engine's result after the repair turn, by reason",
      labelNames: ['role', 'reason'],
      registers: [this.registry],
    });
    this.summaryStatementsDropped = new Counter({
      name: 'chartcoder_summary_statements_dropped_total',
      help: 'Summary statements dropped because a quote was not in the note',
      registers: [this.registry],
    });
    this.modelCodeAgreement = new Counter({
      name: 'chartcoder_model_code_agreement_total',
      help: 'Codes proposed by both the model and the engine (both), or by one only (model_only, engine_only)',
      labelNames: ['kind'],
      registers: [this.registry],
    });
    this.sweeperRequeued = new Counter({
      name: 'chartcoder_sweeper_requeued_total',
      help: 'Stuck non-terminal jobs the sweeper re-enqueued from DynamoDB',
      registers: [this.registry],
    });
    this.redriveMessages = new Counter({
      name: 'chartcoder_redrive_messages_total',
      help: 'Dead letters handled by admin redrives, by outcome (requeued, resent, dropped, failed)',
      labelNames: ['outcome'],
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
