// Owns the single-table key design of the jobs table. Every item lives under its tenant's
// partition, so no read or query can reach another tenant's data by construction.
//
//   pk = TENANT#<tenantId>   sk = JOB#<jobId>             the job (ULID ids: sk order = creation order)
//                            sk = RAW#<jobId>             a sealed note a failure before redaction moved out of its job item
//                                                         (the job item holds it from submit; deleted after redaction; TTL backstop)
//                            sk = OUT#<jobId>#<stage>     a stage's stored output (gzip JSON)
//                            sk = IDEMP#<idempotencyKey>  which job a (tenant, key) pair created
//                            sk = RATE#<bucket>           a submission rate bucket (GCRA state; TTL once full again)
//   pk = APIKEY#<keyId>      sk = APIKEY                  a partner API key (hashed secret; dynamoApiKeyStore.ts)
//
// GSI active-jobs (sparse): activePk = ACTIVE#<shard>, activeSk = <updatedAt>#<tenantId>#<jobId>,
// present only while the job is non-terminal, so the sweeper reads stuck jobs without a scan.

import { createHash } from 'node:crypto';
import { ACTIVE_INDEX } from '../../domain/constants';
import type { PipelineStage } from '../../domain/job';

export const JOB_ATTR = {
  pk: 'pk',
  sk: 'sk',
  activePk: 'activePk',
  activeSk: 'activeSk',
  ttl: 'expiresAt',
} as const;

export const SK_PREFIX = { job: 'JOB#', raw: 'RAW#', output: 'OUT#', idempotency: 'IDEMP#', rate: 'RATE#' } as const;

export const tenantPk = (tenantId: string): string => `TENANT#${tenantId}`;
export const jobSk = (jobId: string): string => `${SK_PREFIX.job}${jobId}`;
export const rawSk = (jobId: string): string => `${SK_PREFIX.raw}${jobId}`;
export const outputSk = (jobId: string, stage: PipelineStage): string => `${SK_PREFIX.output}${jobId}#${stage}`;
export const idempotencySk = (key: string): string => `${SK_PREFIX.idempotency}${key}`;
export const rateSk = (bucket: string): string => `${SK_PREFIX.rate}${bucket}`;

export function activeShard(jobId: string): string {
  const n = createHash('sha256').update(jobId).digest().readUInt32BE(0) % ACTIVE_INDEX.shardCount;
  return `ACTIVE#${n}`;
}

export const activeSortKey = (updatedAt: string, tenantId: string, jobId: string): string =>
  `${updatedAt}#${tenantId}#${jobId}`;
