// Owns writing the audit trail: each event becomes the next record of its tenant's hash chain,
// appended with a conditional put on the next position so two writers (API instances) can never
// fork a chain; a writer that loses the race re-reads the head and links after the winner. Writes of
// one chain are serialised in-process, and the last head is cached, so one instance pays one write
// per record. Records are PHI-free by construction (ids, codes, addresses).
import type { AuditEvent, AuditFilter, AuditRecord } from '../domain/audit';
import type { Clock } from '../domain/clock';
import type { AuditPage, AuditStore, PageRequest } from '../domain/ports';
import { auditRetentionDays, expiresAtSeconds, type RetentionPolicy } from '../domain/retention';
import { GENESIS_HASH } from '../domain/audit';
import { ConflictError, UpstreamUnavailableError } from '../errors';
import { hashRecord } from './chain';

export interface AuditTrailOptions {
  store: AuditStore;
  clock: Clock;
  retention: RetentionPolicy;
  /** Attempts to link a record when other writers keep winning the position. */
  maxAttempts?: number;
  /** Best-effort records (rejected credentials) in flight at once; beyond it they are dropped and counted. */
  maxBestEffortInFlight?: number;
  /** An event that could not be recorded (operators must hear of it: log and metric, never the caller). */
  onDropped?: (event: AuditEvent, reason: 'overload' | 'error') => void;
  sleep?: (ms: number) => Promise<void>;
}

const DEFAULT_MAX_ATTEMPTS = 8;
const DEFAULT_MAX_BEST_EFFORT_IN_FLIGHT = 64;
const CONFLICT_BACKOFF_MS = 10;
/** Bounds the remembered heads: one entry per recently active chain. */
const MAX_CACHED_HEADS = 10_000;

export class AuditTrail {
  private readonly heads = new Map<string, AuditRecord>();
  private readonly queues = new Map<string, Promise<unknown>>();
  private bestEffortInFlight = 0;
  private readonly sleep: (ms: number) => Promise<void>;

  constructor(private readonly options: AuditTrailOptions) {
    this.sleep = options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
  }

  /**
   * Appends and resolves once the record is stored. Callers await it before answering, so an access
   * that could not be recorded is not served (UPSTREAM_UNAVAILABLE).
   */
  record(event: AuditEvent): Promise<AuditRecord> {
    const chain = event.tenantId;
    const previous = this.queues.get(chain) ?? Promise.resolve();
    const next = previous.catch(() => undefined).then(() => this.append(event));
    const settled = next.catch(() => undefined);
    this.queues.set(chain, settled);
    void settled.then(() => {
      if (this.queues.get(chain) === settled) this.queues.delete(chain);
    });
    return next;
  }

  /**
   * For events nobody waits on (a rejected credential): never throws, never delays the caller, and
   * under a flood drops beyond a bound instead of queueing without limit.
   */
  recordBestEffort(event: AuditEvent): void {
    const max = this.options.maxBestEffortInFlight ?? DEFAULT_MAX_BEST_EFFORT_IN_FLIGHT;
    if (this.bestEffortInFlight >= max) {
      this.options.onDropped?.(event, 'overload');
      return;
    }
    this.bestEffortInFlight++;
    this.record(event)
      .catch(() => this.options.onDropped?.(event, 'error'))
      .finally(() => this.bestEffortInFlight--);
  }

  /** The caller could not record `event` and cannot refuse its action any more. */
  reportUnrecorded(event: AuditEvent): void {
    this.options.onDropped?.(event, 'error');
  }

  list(tenantId: string, filter: AuditFilter, page: PageRequest): Promise<AuditPage> {
    return this.options.store.list(tenantId, filter, page);
  }

  private async append(event: AuditEvent): Promise<AuditRecord> {
    const { store, clock, retention } = this.options;
    const chain = event.tenantId;
    const maxAttempts = this.options.maxAttempts ?? DEFAULT_MAX_ATTEMPTS;
    let head = this.heads.get(chain);
    let fresh = false;
    for (let attempt = 1; ; attempt++) {
      if (!head && !fresh) {
        head = await store.latest(chain);
        fresh = true;
      }
      const nowMs = clock.nowMs();
      const expires = expiresAtSeconds(nowMs, auditRetentionDays(retention, chain));
      const unhashed: Omit<AuditRecord, 'hash'> = {
        ...event,
        seq: (head?.seq ?? 0) + 1,
        at: new Date(nowMs).toISOString(),
        // Never earlier than the previous record's: expiry then always removes a prefix of the chain.
        expiresAtSeconds: Math.max(expires, head?.expiresAtSeconds ?? 0),
        prevHash: head?.hash ?? GENESIS_HASH,
      };
      const record: AuditRecord = { ...unhashed, hash: hashRecord(unhashed) };
      try {
        await store.append(record);
        this.remember(chain, record);
        return record;
      } catch (err) {
        if (!(err instanceof ConflictError)) throw err;
        // Another instance wrote this position: read the real head and link after it.
        this.heads.delete(chain);
        if (attempt >= maxAttempts) {
          throw new UpstreamUnavailableError('The audit trail is busy; try again', { reason: 'AUDIT_CONTENTION' });
        }
        head = await store.latest(chain);
        fresh = true;
        await this.sleep(CONFLICT_BACKOFF_MS * attempt * Math.random());
      }
    }
  }

  private remember(chain: string, record: AuditRecord): void {
    this.heads.delete(chain);
    if (this.heads.size >= MAX_CACHED_HEADS) this.heads.delete(this.heads.keys().next().value as string);
    this.heads.set(chain, record);
  }
}
