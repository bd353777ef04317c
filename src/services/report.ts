// Owns reading reports back: the versions of a job's report (version 1 the machine's VALIDATING output,
// checked for shape before the API serves it; 2, 3, … the reviews'), tenant-scoped through the job service.
import { NotFoundError, ValidationError } from '../errors';
import type { Principal } from '../auth';
import type { Job } from '../domain/job';
import type { JobReport } from '../domain/stageOutputs';
import { machineReportVersion, type ReportVersion } from '../domain/report';
import type { ReviewStore } from '../domain/review';
import type { JobService } from './jobService';

export type StoredReport = JobReport;

export function isStoredReport(value: unknown): value is StoredReport {
  const v = value as StoredReport | undefined;
  return !!v && typeof v === 'object' && Array.isArray(v.codes) && typeof v.codeSetVersion === 'string' && !!v.summary;
}

export interface JobReportVersion {
  job: Job;
  version: ReportVersion;
}

export class ReportService {
  /** Without a review store (deployments or tests with no review loop) only version 1 exists. */
  constructor(private readonly deps: { jobs: JobService; reviews?: ReviewStore }) {}

  /** The job and every version of its report, oldest first; no versions while the job is still running. */
  async history(principal: Principal, jobId: string): Promise<{ job: Job; versions: ReportVersion[] }> {
    const { job, outputs } = await this.deps.jobs.stageOutputs(principal, jobId);
    const machine = outputs.VALIDATING;
    if (!isStoredReport(machine)) return { job, versions: [] };
    const reviewed = this.deps.reviews ? await this.deps.reviews.versions(principal.tenant, jobId) : [];
    return { job, versions: [machineReportVersion(job, machine), ...reviewed].sort((a, b) => a.version - b.version) };
  }

  /** One version (the latest when `version` is absent); null while the job is running; NOT_FOUND for a version never written. */
  async report(principal: Principal, jobId: string, version?: number | null): Promise<JobReportVersion | null> {
    if (version !== undefined && version !== null && (!Number.isInteger(version) || version < 1)) {
      throw new ValidationError('version must be a positive integer', { field: 'version' });
    }
    const { job, versions } = await this.history(principal, jobId);
    if (versions.length === 0) return null;
    const found = version === undefined || version === null ? versions[versions.length - 1] : versions.find((v) => v.version === version);
    if (!found) throw new NotFoundError('No such report version', { jobId, version: version ?? 0 });
    return { job, version: found };
  }
}
