// Owns an in-memory AuditStore for unit tests, keeping the contract that matters: append is
// conditional on the position being free (ConflictError otherwise), and nothing is ever updated.
import type { AuditFilter, AuditRecord } from '../../../src/domain/audit';
import type { AuditPage, AuditStore, PageRequest } from '../../../src/domain/ports';
import { ConflictError } from '../../../src/errors';

export class MemoryAuditStore implements AuditStore {
  readonly records = new Map<string, AuditRecord[]>();
  appends = 0;
  /** Test hook: runs before each append with its first record (throw to simulate an outage, or write a competing record). */
  beforeAppend?: (record: AuditRecord) => Promise<void> | void;

  async latest(chain: string): Promise<AuditRecord | undefined> {
    return this.records.get(chain)?.at(-1);
  }

  async append(batch: AuditRecord[]): Promise<void> {
    await this.beforeAppend?.(batch[0]);
    this.appends++;
    const chain = this.records.get(batch[0].tenantId) ?? [];
    // All or nothing, like a DynamoDB transaction of conditional puts.
    if (batch.some((b) => chain.some((r) => r.seq === b.seq))) throw new ConflictError('taken', { seq: batch[0].seq });
    chain.push(...batch.map((r) => structuredClone(r)));
    chain.sort((a, b) => a.seq - b.seq);
    this.records.set(batch[0].tenantId, chain);
  }

  async list(chain: string, filter: AuditFilter, page: PageRequest): Promise<AuditPage> {
    const all = [...(this.records.get(chain) ?? [])].reverse().filter((r) => (filter.action ? r.action === filter.action : true));
    const items = all.slice(0, page.first ?? 20);
    return { items: items.map((record) => ({ record, cursor: String(record.seq) })), hasNextPage: all.length > items.length };
  }

  async readChain(chain: string, afterSeq: number, limit: number): Promise<AuditRecord[]> {
    return (this.records.get(chain) ?? []).filter((r) => r.seq > afterSeq).slice(0, limit);
  }

  async chains(): Promise<string[]> {
    return [...this.records.keys()];
  }
}
