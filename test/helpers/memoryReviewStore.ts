// Owns the in-memory ReviewStore of unit tests: the same conditions as the DynamoDB adapter (a lease
// written only over the one the caller read, a version written once), tenant-scoped keys.
import type { Job } from '../../src/domain/job';
import type { ReviewedReportVersion, ReviewLease, ReviewStore, ReviewSubmissionWrite } from '../../src/domain/review';
import { ConflictError } from '../../src/errors';

const clone = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;

/** The job store a submitted review writes its job into (the same table in DynamoDB). */
export interface ReviewJobs {
  get(tenantId: string, jobId: string): Promise<Job>;
  /** Stores `next` if the job is still at `expectedVersion`; ConflictError otherwise. */
  commit(next: Job, expectedVersion: number): void;
}

export class MemoryReviewStore implements ReviewStore {
  readonly leases = new Map<string, ReviewLease>();
  readonly stored = new Map<string, ReviewedReportVersion>();

  constructor(private readonly jobs?: ReviewJobs) {}

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

  async addReviewedVersion(version: ReviewedReportVersion, submission: ReviewSubmissionWrite): Promise<void> {
    if (!this.jobs) throw new Error('MemoryReviewStore needs the job store to store a submitted review');
    // Every condition checked before anything is written: all or nothing, as the DynamoDB transaction.
    const key = `${version.tenantId}/${version.jobId}/${String(version.version).padStart(6, '0')}`;
    if (this.stored.has(key)) throw new ConflictError('This report version was written by another review', { reason: 'VERSION_TAKEN' });
    const current = await this.jobs.get(submission.job.tenantId, submission.job.jobId);
    if (current.version !== submission.expectedJobVersion) throw new ConflictError('The job changed while the review was stored', { reason: 'JOB_CHANGED' });
    const leaseKey = `${version.tenantId}/${version.jobId}`;
    if (this.leases.get(leaseKey)?.owner !== submission.leaseOwner) throw new ConflictError('Another reviewer holds this job now', { reason: 'LEASE_LOST' });
    try {
      this.jobs.commit(submission.job, submission.expectedJobVersion);
    } catch (err) {
      if (err instanceof ConflictError) throw new ConflictError('The job changed while the review was stored', { reason: 'JOB_CHANGED' });
      throw err;
    }
    this.stored.set(key, clone(version));
    this.leases.delete(leaseKey);
  }

  async versions(tenantId: string, jobId: string): Promise<ReviewedReportVersion[]> {
    return [...this.stored.entries()].filter(([k]) => k.startsWith(`${tenantId}/${jobId}/`)).sort(([a], [b]) => a.localeCompare(b)).map(([, v]) => clone(v));
  }

  async reviewsBetween(tenantId: string, fromIso: string, toIso: string): Promise<ReviewedReportVersion[]> {
    return [...this.stored.values()].filter((v) => v.tenantId === tenantId && v.createdAt >= fromIso && v.createdAt < toIso).map(clone);
  }
}
