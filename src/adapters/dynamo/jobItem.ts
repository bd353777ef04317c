// Owns the mapping between the Job model and its DynamoDB item (hand-written: the schema is small
// and explicit attribute types keep numbers numbers and optional fields absent, not null).

import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import type { Job, JobError, JobStatus, JobTransitionRecord, NoteType, PipelineStage, Priority, RedactionMode, StageRecord } from '../../domain/job';
import { isTerminal } from '../../domain/job';
import { activeShard, activeSortKey, JOB_ATTR, jobSk, tenantPk } from './keys';

export type Item = Record<string, AttributeValue>;

const s = (value: string): AttributeValue => ({ S: value });
const n = (value: number): AttributeValue => ({ N: String(value) });

function stageToAttr(record: StageRecord): AttributeValue {
  return {
    M: {
      durationMs: n(record.durationMs),
      completedAt: s(record.completedAt),
      ...(record.model !== undefined ? { model: s(record.model) } : {}),
    },
  };
}

function transitionToAttr(t: JobTransitionRecord): AttributeValue {
  return {
    M: {
      at: s(t.at),
      to: s(t.to),
      version: n(t.version),
      attempt: n(t.attempt),
      ...(t.from !== undefined ? { from: s(t.from) } : {}),
      ...(t.stage !== undefined ? { stage: s(t.stage) } : {}),
      ...(t.durationMs !== undefined ? { durationMs: n(t.durationMs) } : {}),
      ...(t.errorCode !== undefined ? { errorCode: s(t.errorCode) } : {}),
    },
  };
}

function attrToTransition(attr: AttributeValue): JobTransitionRecord {
  const m = attr.M ?? {};
  return {
    at: m.at?.S ?? '',
    to: (m.to?.S ?? 'QUEUED') as JobStatus,
    version: Number(m.version?.N ?? 0),
    attempt: Number(m.attempt?.N ?? 1),
    ...(m.from?.S !== undefined ? { from: m.from.S as JobStatus } : {}),
    ...(m.stage?.S !== undefined ? { stage: m.stage.S as PipelineStage } : {}),
    ...(m.durationMs?.N !== undefined ? { durationMs: Number(m.durationMs.N) } : {}),
    ...(m.errorCode?.S !== undefined ? { errorCode: m.errorCode.S } : {}),
  };
}

export function jobToItem(job: Job): Item {
  const stages: Record<string, AttributeValue> = {};
  for (const [stage, record] of Object.entries(job.stages)) stages[stage] = stageToAttr(record as StageRecord);
  const item: Item = {
    [JOB_ATTR.pk]: s(tenantPk(job.tenantId)),
    [JOB_ATTR.sk]: s(jobSk(job.jobId)),
    entity: s('JOB'),
    tenantId: s(job.tenantId),
    jobId: s(job.jobId),
    status: s(job.status),
    version: n(job.version),
    noteType: s(job.noteType),
    priority: s(job.priority),
    noteChars: n(job.noteChars),
    createdAt: s(job.createdAt),
    updatedAt: s(job.updatedAt),
    attempt: n(job.attempt),
    stages: { M: stages },
    history: { L: (job.history ?? []).map(transitionToAttr) },
  };
  if (job.encounterId !== undefined) item.encounterId = s(job.encounterId);
  if (job.patientRef !== undefined) item.patientRef = s(job.patientRef);
  if (job.idempotencyKey !== undefined) item.idempotencyKey = s(job.idempotencyKey);
  if (job.redactionMode !== undefined) item.redactionMode = s(job.redactionMode);
  if (job.error !== undefined) item.error = { M: { code: s(job.error.code), reason: s(job.error.reason) } };
  if (job.lease !== undefined) item.lease = { M: { owner: s(job.lease.owner), expiresAt: s(job.lease.expiresAt) } };
  // Sparse index membership: only jobs the sweeper may need to rescue.
  if (!isTerminal(job.status)) {
    item[JOB_ATTR.activePk] = s(activeShard(job.jobId));
    item[JOB_ATTR.activeSk] = s(activeSortKey(job.updatedAt, job.tenantId, job.jobId));
  }
  return item;
}

function str(item: Item, key: string): string {
  const value = item[key]?.S;
  if (value === undefined) throw new Error(`Job item is missing string attribute ${key}`);
  return value;
}

function num(item: Item, key: string): number {
  const value = item[key]?.N;
  if (value === undefined) throw new Error(`Job item is missing number attribute ${key}`);
  return Number(value);
}

export function itemToJob(item: Item): Job {
  const stages: Partial<Record<PipelineStage, StageRecord>> = {};
  for (const [stage, attr] of Object.entries(item.stages?.M ?? {})) {
    const m = attr.M ?? {};
    stages[stage as PipelineStage] = {
      durationMs: Number(m.durationMs?.N ?? 0),
      completedAt: m.completedAt?.S ?? '',
      ...(m.model?.S !== undefined ? { model: m.model.S } : {}),
    };
  }
  const errorMap = item.error?.M;
  const error: JobError | undefined = errorMap
    ? { code: errorMap.code?.S ?? 'UNKNOWN', reason: errorMap.reason?.S ?? '' }
    : undefined;
  return {
    tenantId: str(item, 'tenantId'),
    jobId: str(item, 'jobId'),
    status: str(item, 'status') as JobStatus,
    version: num(item, 'version'),
    noteType: str(item, 'noteType') as NoteType,
    priority: str(item, 'priority') as Priority,
    noteChars: num(item, 'noteChars'),
    createdAt: str(item, 'createdAt'),
    updatedAt: str(item, 'updatedAt'),
    attempt: num(item, 'attempt'),
    stages,
    history: (item.history?.L ?? []).map(attrToTransition),
    ...(item.encounterId?.S !== undefined ? { encounterId: item.encounterId.S } : {}),
    ...(item.patientRef?.S !== undefined ? { patientRef: item.patientRef.S } : {}),
    ...(item.idempotencyKey?.S !== undefined ? { idempotencyKey: item.idempotencyKey.S } : {}),
    ...(item.redactionMode?.S !== undefined ? { redactionMode: item.redactionMode.S as RedactionMode } : {}),
    ...(error ? { error } : {}),
    ...(item.lease?.M?.owner?.S && item.lease.M.expiresAt?.S ? { lease: { owner: item.lease.M.owner.S, expiresAt: item.lease.M.expiresAt.S } } : {}),
  };
}
