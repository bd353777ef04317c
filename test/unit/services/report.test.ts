// Unit: report versions — version 1 is the machine's report as the pipeline stored it, reviews add 2, 3, …;
// `report(jobId, version)` serves any of them (the latest by default) and `reportHistory` all, tenant-scoped.
import { JobService } from '../../../src/services/jobService';
import { ReportService } from '../../../src/services/report';
import type { Principal, Role } from '../../../src/auth/principal';
import { NotFoundError, ValidationError } from '../../../src/errors';
import { ClinicalEngine } from '../../../src/engine';
import { localModelProvider } from '../../../src/models/local';
import { Pipeline } from '../../../workers/pipeline';
import type { JobReport } from '../../../src/domain/stageOutputs';
import type { ReviewedReportVersion } from '../../../src/domain/review';
import { MemoryEventBus, MemoryJobQueue, MemoryJobStore } from '../workers/fakes';
import { MemoryReviewStore } from '../../helpers/memoryReviewStore';

const who = (tenant: string, ...roles: Role[]): Principal => ({ subject: `${tenant}-user`, tenant, roles: new Set(roles) });
const engine = new ClinicalEngine();

function setup() {
  let now = Date.parse('2026-12-06T10:00:00.000Z');
  const store = new MemoryJobStore(() => (now += 1000));
  const jobs = new JobService({ store, sealer: store.sealer, queue: new MemoryJobQueue(), events: new MemoryEventBus(), limits: { maxNoteChars: 10_000, maxBatchSize: 10 }, logger: { info: () => undefined, warn: () => undefined, error: () => undefined } });
  const reviews = new MemoryReviewStore();
  const pipeline = new Pipeline({ store, sealer: store.sealer, events: new MemoryEventBus(), engine, models: localModelProvider(engine), clock: { nowMs: () => now } });
  return { store, reviews, pipeline, service: new ReportService({ jobs, reviews }) };
}

function reviewed(tenantId: string, jobId: string, version: number, report: JobReport): ReviewedReportVersion {
  return {
    tenantId, jobId, version, createdAt: `2026-12-06T11:00:0${version}.000Z`, author: { kind: 'REVIEWER', subject: 'coder-1' },
    report: { ...report, codes: report.codes.slice(0, 1), needsReview: false, reviewReasons: [] },
    review: { reviewer: 'coder-1', submittedAt: `2026-12-06T11:00:0${version}.000Z`, machineReportAt: '2026-12-06T10:00:00.000Z', noteType: 'PROGRESS_NOTE', coderModel: 'local', machineCodes: [], reviewedCodes: [], decisions: [], summaryCorrected: false },
  };
}

describe('ReportService', () => {
  it("serves version 1 (the machine's) until a review adds one, then the latest by default and any by number", async () => {
    const { store, reviews, pipeline, service } = setup();
    const { job } = await store.submit({ tenantId: 'acme', text: 'Assessment: essential hypertension. Type 2 diabetes mellitus.', noteType: 'PROGRESS_NOTE' });
    expect(await service.report(who('acme', 'reader'), job.jobId)).toBeNull();
    expect((await service.history(who('acme', 'reader'), job.jobId)).versions).toEqual([]);
    await pipeline.run(job);

    const first = (await service.report(who('acme', 'reader'), job.jobId))!;
    expect(first.version).toMatchObject({ version: 1, author: { kind: 'MACHINE' } });
    const machine = first.version.report;
    expect(machine.codes.length).toBeGreaterThan(1);

    await reviews.addVersion(reviewed('acme', job.jobId, 2, machine));
    const latest = (await service.report(who('acme', 'reader'), job.jobId))!;
    expect(latest.version).toMatchObject({ version: 2, author: { kind: 'REVIEWER', subject: 'coder-1' } });
    expect(latest.version.report.codes).toHaveLength(1);
    expect((await service.report(who('acme', 'reader'), job.jobId, 1))!.version.report).toEqual(machine);
    expect((await service.history(who('acme', 'reader'), job.jobId)).versions.map((v) => v.version)).toEqual([1, 2]);
    await expect(service.report(who('acme', 'reader'), job.jobId, 3)).rejects.toBeInstanceOf(NotFoundError);
    await expect(service.report(who('acme', 'reader'), job.jobId, 0)).rejects.toBeInstanceOf(ValidationError);
  });

  it("another tenant's job, and its versions, are NOT_FOUND", async () => {
    const { store, reviews, pipeline, service } = setup();
    const { job } = await store.submit({ tenantId: 'acme', text: 'Assessment: gout.', noteType: 'PROGRESS_NOTE' });
    await pipeline.run(job);
    const machine = (await service.report(who('acme', 'reader'), job.jobId))!.version.report;
    await reviews.addVersion(reviewed('acme', job.jobId, 2, machine));
    await expect(service.report(who('globex', 'reader', 'admin'), job.jobId)).rejects.toBeInstanceOf(NotFoundError);
    await expect(service.history(who('globex', 'reviewer'), job.jobId)).rejects.toBeInstanceOf(NotFoundError);
  });
});
