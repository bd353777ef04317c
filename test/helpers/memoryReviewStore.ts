// Owns the in-memory ReviewStore of unit tests: the same conditions as the DynamoDB adapter (a lease
// written only over the one the caller read, a version written once), tenant-scoped keys.
import type { ReviewedReportVersion, ReviewLease, ReviewStore } from '../../src/domain/review';
import { ConflictError } from '../../src/errors';

const clone = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;

export class MemoryReviewStore implements ReviewStore {
  readonly leases = new Map<string, ReviewLease>();
  readonly stored = new Map<string, ReviewedReportVersion>();

  async getLease(tenantId: string, jobId: string): Promise<ReviewLease | undefined> {
    const l = this.leases.get(`${tenantId}/${jobId}`);
    return l && clone(l);
  }

  async putLease(lease: ReviewLease, expected: ReviewLease | undefined): Promise<void> {
    const key = `${lease.tenantId}/${lease.jobId}`;
    const current = this.leases.get(key);
    const matches = expected ? current?.owner === expected.owner && current.expiresAt === expected.expiresAt : current === undefined;
    if (!matches) throw new ConflictError('Another reviewer claimed this job first');
    this.leases.set(key, clone(lease));
  }

  async releaseLease(tenantId: string, jobId: string, owner: string): Promise<void> {
    const key = `${tenantId}/${jobId}`;
    if (this.leases.get(key)?.owner === owner) this.leases.delete(key);
  }

  async addVersion(version: ReviewedReportVersion): Promise<void> {
    const key = `${version.tenantId}/${version.jobId}/${String(version.version).padStart(6, '0')}`;
    if (this.stored.has(key)) throw new ConflictError('This report version was written by another review');
    this.stored.set(key, clone(version));
  }

  async versions(tenantId: string, jobId: string): Promise<ReviewedReportVersion[]> {
    return [...this.stored.entries()].filter(([k]) => k.startsWith(`${tenantId}/${jobId}/`)).sort(([a], [b]) => a.localeCompare(b)).map(([, v]) => clone(v));
  }

  async reviewsBetween(tenantId: string, fromIso: string, toIso: string): Promise<ReviewedReportVersion[]> {
    return [...this.stored.values()].filter((v) => v.tenantId === tenantId && v.createdAt >= fromIso && v.createdAt < toIso).map(clone);
  }
}
