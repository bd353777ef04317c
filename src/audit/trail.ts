// Owns writing the audit trail: each event becomes the next record of its tenant's hash chain,
// appended with a conditional put on the next position so two writers (API instances) can never
// fork a chain; a writer that loses the race re-reads the head and links after the winner. Within a
// process one writer per chain batches whatever gathered while the previous write was in flight, and
// the last head is cached, so a quiet instance pays one write per record and a busy one far fewer.
// Records are PHI-free by construction (ids, codes, addresses).
import type { AuditEvent, AuditFilter, AuditRecord } from '../domain/audit';
import type { Clock } from '../domain/clock';
import type { AuditPage, AuditStore, PageRequest } from '../domain/ports';
import { auditRetentionDays, expiresAtSeconds, type RetentionPolicy } from '../domain/retention';
import { GENESIS_HASH, MAX_AUDIT_BATCH } from '../domain/audit';
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

interface Waiting {
  event: AuditEvent;
  resolve: (record: AuditRecord) => void;
  reject: (err: unknown) => void;
}

export class AuditTrail {
  private readonly heads = new Map<string, AuditRecord>();
  /** Events waiting for their chain's writer; while one batch is being written the next one gathers. */
  private readonly waiting = new Map<string, Waiting[]>();
  private readonly writing = new Set<string>();
  private bestEffortInFlight = 0;
  private readonly sleep: (ms: number) => Promise<void>;

  constructor(private readonly options: AuditTrailOptions) {
    this.sleep = options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
  }

  /**
   * Appends and resolves once the record is stored. Callers await it before answering, so an access
   * that could not be recorded is not served (UPSTREAM_UNAVAILABLE). Concurrent events of one chain
   * are written together, up to MAX_AUDIT_BATCH per conditional write, so a busy tenant's reads do not
   * queue behind one write each.
   */
  record(event: AuditEvent): Promise<AuditRecord> {
    return new Promise<AuditRecord>((resolve, reject) => {
      const chain = event.tenantId;
      const queue = this.waiting.get(chain) ?? [];
      queue.push({ event, resolve, reject });
      this.waiting.set(chain, queue);
      if (!this.writing.has(chain)) void this.drain(chain);
    });
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

  /** One writer per chain: takes whatever has gathered, writes it as one batch, repeats until empty. */
  private async drain(chain: string): Promise<void> {
    this.writing.add(chain);
    try {
      for (;;) {
        const queue = this.waiting.get(chain);
        if (!queue || queue.length === 0) {
          this.waiting.delete(chain);
          return;
        }
        const batch = queue.splice(0, MAX_AUDIT_BATCH);
        try {
          const records = await this.appendBatch(chain, batch.map((w) => w.event));
          batch.forEach((w, i) => w.resolve(records[i]));
        } catch (err) {
          for (const w of batch) w.reject(err);
        }
      }
    } finally {
      this.writing.delete(chain);
    }
  }

  private async appendBatch(chain: string, events: AuditEvent[]): Promise<AuditRecord[]> {
    const { store, clock, retention } = this.options;
    const maxAttempts = this.options.maxAttempts ?? DEFAULT_MAX_ATTEMPTS;
    let head = this.heads.get(chain) ?? (await store.latest(chain));
    for (let attempt = 1; ; attempt++) {
      const nowMs = clock.nowMs();
      const at = new Date(nowMs).toISOString();
      const expires = expiresAtSeconds(nowMs, auditRetentionDays(retention, chain));
      const records: AuditRecord[] = [];
      let previous = head;
      for (const event of events) {
        const unhashed: Omit<AuditRecord, 'hash'> = {
          ...event,
          seq: (previous?.seq ?? 0) + 1,
          at,
          // Never earlier than the previous record's: expiry then always removes a prefix of the chain.
          expiresAtSeconds: Math.max(expires, previous?.expiresAtSeconds ?? 0),
          prevHash: previous?.hash ?? GENESIS_HASH,
        };
        previous = { ...unhashed, hash: hashRecord(unhashed) };
        records.push(previous);
      }
      try {
        await store.append(records);
        this.remember(chain, records[records.length - 1]);
        return records;
      } catch (err) {
        // Whatever happened, the cached head may be stale now (a lost answer may even have been a success).
        this.heads.delete(chain);
        if (!(err instanceof ConflictError)) throw err;
        if (attempt >= maxAttempts) {
          throw new UpstreamUnavailableError('The audit trail is busy; try again', { reason: 'AUDIT_CONTENTION' });
        }
        // Another instance wrote these positions: read the real head and link after it.
        await this.sleep(CONFLICT_BACKOFF_MS * attempt * Math.random());
        head = await store.latest(chain);
      }
    }
  }

  private remember(chain: string, record: AuditRecord): void {
    this.heads.delete(chain);
    if (this.heads.size >= MAX_CACHED_HEADS) this.heads.delete(this.heads.keys().next().value as string);
    this.heads.set(chain, record);
  }
}
