// Owns the Job model: the record of one submitted note as it moves through the pipeline.
// Plain data, no AWS types. The raw note text is never part of a Job; only the store holds it, encrypted.
import type { RedactionMode } from '../engine/types';
import type { SealedNote } from './ports';
export { REDACTION_MODES, type RedactionMode } from '../engine/types';

export const JOB_STATUSES = [
  'QUEUED',
  'REDACTING',
  'SUMMARIZING',
  'CODING',
  'VALIDATING',
  'COMPLETED',
  'NEEDS_REVIEW',
  'REVIEWED',
  'FAILED',
  'CANCELLED',
] as const;
export type JobStatus = (typeof JOB_STATUSES)[number];

/** The working stages, in order. Each persists an output before the next starts. */
export const PIPELINE_STAGES = ['REDACTING', 'SUMMARIZING', 'CODING', 'VALIDATING'] as const;
export type PipelineStage = (typeof PIPELINE_STAGES)[number];

export const TERMINAL_STATUSES = ['COMPLETED', 'NEEDS_REVIEW', 'REVIEWED', 'FAILED', 'CANCELLED'] as const;
export type TerminalStatus = (typeof TERMINAL_STATUSES)[number];

export const NOTE_TYPES = [
  'PROGRESS_NOTE',
  'DISCHARGE_SUMMARY',
  'HISTORY_AND_PHYSICAL',
  'CONSULTATION',
  'EMERGENCY_DEPARTMENT',
  'OPERATIVE_NOTE',
  'RADIOLOGY_REPORT',
  'PATHOLOGY_REPORT',
  'OTHER',
] as const;
export type NoteType = (typeof NOTE_TYPES)[number];

export const PRIORITIES = ['LOW', 'NORMAL', 'HIGH'] as const;
export type Priority = (typeof PRIORITIES)[number];

/** What a stage recorded about itself; the stage's output lives next to the job, not inside it. */
export interface StageRecord {
  durationMs: number;
  /** Which model ran the stage, e.g. `local:engine@1` or a Bedrock model id / inference profile. */
  model?: string;
  completedAt: string;
}

export interface JobError {
  /** Machine-readable, e.g. `MAX_RECEIVE_COUNT_EXCEEDED`, `MODEL_ACCESS_DENIED`. */
  code: string;
  /** Operator-facing reason. Never contains note text. */
  reason: string;
}

/** One stored transition, kept on the job for support and audit (`jobEvents`): ids, times and codes only. */
export interface JobTransitionRecord {
  at: string;
  /** Absent on the record of submission. */
  from?: JobStatus;
  to: JobStatus;
  /** The job's version after this transition. */
  version: number;
  attempt: number;
  /** The stage whose output this transition stored, and how long it ran. */
  stage?: PipelineStage;
  durationMs?: number;
  errorCode?: string;
}

/**
 * Transitions kept per job. A job makes at most 5 per attempt, and attempts are bounded by retries and
 * redrives, so this only trims a pathological job and keeps the item far from DynamoDB's 400 KB limit.
 */
export const MAX_JOB_HISTORY = 100;

export interface Job {
  tenantId: string;
  jobId: string;
  status: JobStatus;
  /** Incremented by every stored change; events and conditional writes are ordered by it. */
  version: number;
  noteType: NoteType;
  priority: Priority;
  encounterId?: string;
  /** Opaque caller reference; the service never interprets it. */
  patientRef?: string;
  idempotencyKey?: string;
  /** Length of the submitted text in UTF-16 code units. */
  noteChars: number;
  createdAt: string;
  updatedAt: string;
  stages: Partial<Record<PipelineStage, StageRecord>>;
  error?: JobError;
  /** How many times the job has been (re)queued by retryJob/redrive. */
  attempt: number;
  /** How PHI is replaced in the redacted text; absent on jobs stored before modes existed (= TAG). */
  redactionMode?: RedactionMode;
  /** Every stored transition, oldest first (submission included); empty on jobs stored before it existed. */
  history: JobTransitionRecord[];
  /**
   * The worker run allowed to start the current stage's (paid) work, until `expiresAt`. Written with every
   * worker transition; another worker must claim an expired lease (a conditional write) before it may call a
   * model, so a model call never starts for a stage whose output someone else has stored. Absent when terminal.
   */
  lease?: JobLease;
}

export interface JobLease {
  /** Opaque worker run id (process and random part); no PHI. */
  owner: string;
  expiresAt: string;
}

/** What a submitter provides. `text` is PHI: it is sealed (services/noteIntake.ts) before anything stores it. */
export interface Submission {
  tenantId: string;
  text: string;
  noteType: NoteType;
  priority?: Priority;
  encounterId?: string;
  patientRef?: string;
  idempotencyKey?: string;
  redactionMode?: RedactionMode;
}

/** A job ready to store: the note already sealed for this job id, so the store persists only ciphertext. */
export interface NewJob extends Omit<Submission, 'text'> {
  /** Chosen before sealing: the seal is bound to (tenant, job), so it cannot be replayed onto another job. */
  jobId: string;
  noteChars: number;
  sealedNote: SealedNote;
}

/** The record of a job just accepted: version 1, QUEUED, no stages. The note text is not part of it. */
export function newJobRecord(input: NewJob, createdAt: string): Job {
  return {
    tenantId: input.tenantId,
    jobId: input.jobId,
    status: 'QUEUED',
    version: 1,
    noteType: input.noteType,
    priority: input.priority ?? 'NORMAL',
    noteChars: input.noteChars,
    createdAt,
    updatedAt: createdAt,
    attempt: 1,
    stages: {},
    history: [{ at: createdAt, to: 'QUEUED', version: 1, attempt: 1 }],
    ...(input.encounterId !== undefined ? { encounterId: input.encounterId } : {}),
    ...(input.patientRef !== undefined ? { patientRef: input.patientRef } : {}),
    ...(input.idempotencyKey !== undefined ? { idempotencyKey: input.idempotencyKey } : {}),
    ...(input.redactionMode !== undefined ? { redactionMode: input.redactionMode } : {}),
  };
}

export function isTerminal(status: JobStatus): status is TerminalStatus {
  return (TERMINAL_STATUSES as readonly string[]).includes(status);
}

export function isPipelineStage(status: JobStatus): status is PipelineStage {
  return (PIPELINE_STAGES as readonly string[]).includes(status);
}
