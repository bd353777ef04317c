// Owns the GraphQL object types: jobs, reports, code-set entries, connections and events.
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { CodeRoleEnum, JobStatusEnum, NoteTypeEnum, PriorityEnum, RedactionModeEnum, StageEnum } from './enums';
import { Summary } from './summary';

export { Summary, SummaryDefect, SummarySection, SummarySource, SummaryStatement } from './summary';
import type { JobStatus, NoteType, PipelineStage, Priority, RedactionMode } from '../src/domain/job';

@ObjectType({ description: 'Why a job failed; never contains note text' })
export class JobErrorInfo {
  @Field(() => String) code!: string;
  @Field(() => String) reason!: string;
}

@ObjectType()
export class StageInfo {
  @Field(() => StageEnum) stage!: PipelineStage;
  @Field(() => Float) durationMs!: number;
  @Field(() => String, { nullable: true, description: 'Which model ran the stage' }) model?: string;
  @Field(() => String) completedAt!: string;
}

@ObjectType({ description: 'One submitted note moving through the pipeline' })
export class Job {
  @Field(() => ID) id!: string;
  @Field(() => JobStatusEnum) status!: JobStatus;
  @Field(() => StageEnum, { nullable: true, description: 'The stage in progress, if any' }) stage?: PipelineStage;
  @Field(() => Float, { description: '0–1' }) progress!: number;
  @Field(() => Int, { description: 'Increases with every stored change' }) version!: number;
  @Field(() => NoteTypeEnum) noteType!: NoteType;
  @Field(() => PriorityEnum) priority!: Priority;
  @Field(() => RedactionModeEnum) redaction!: RedactionMode;
  @Field(() => String, { nullable: true }) encounterId?: string;
  @Field(() => String, { nullable: true }) patientRef?: string;
  @Field(() => Int, { description: 'Length of the submitted text in UTF-16 code units' }) noteChars!: number;
  @Field(() => String) createdAt!: string;
  @Field(() => String) updatedAt!: string;
  @Field(() => [StageInfo]) stages!: StageInfo[];
  @Field(() => JobErrorInfo, { nullable: true }) error?: JobErrorInfo;
  /** Set by the resolver that created it; not a schema field. */
  tenantId!: string;
}

@ObjectType()
export class Evidence {
  @Field(() => Int, { description: 'Offset into the submitted text (UTF-16 code units)' }) start!: number;
  @Field(() => Int) end!: number;
  @Field(() => String, { description: 'The quote: text.slice(start, end)' }) text!: string;
}

@ObjectType()
export class ReportCode {
  @Field(() => String, { description: 'Dotted ICD-10-CM code' }) code!: string;
  @Field(() => String) description!: string;
  @Field(() => Boolean) billable!: boolean;
  @Field(() => Float) confidence!: number;
  @Field(() => CodeRoleEnum) role!: 'principal' | 'secondary';
  @Field(() => Int) rank!: number;
  @Field(() => [Evidence]) evidence!: Evidence[];
}

@ObjectType()
export class RejectedCode {
  @Field(() => String) code!: string;
  @Field(() => String) reason!: string;
}

@ObjectType()
export class StageModel {
  @Field(() => StageEnum) stage!: PipelineStage;
  @Field(() => String) model!: string;
}

@ObjectType()
export class StageTiming {
  @Field(() => StageEnum) stage!: PipelineStage;
  @Field(() => Float) durationMs!: number;
}

@ObjectType({ description: 'One model call: accounting only, never prompt or note text' })
export class ModelInvocationInfo {
  @Field(() => StageEnum) stage!: PipelineStage;
  @Field(() => String) modelId!: string;
  @Field(() => String, { nullable: true }) region?: string;
  @Field(() => Float) latencyMs!: number;
  @Field(() => Int, { nullable: true }) inputTokens?: number;
  @Field(() => Int, { nullable: true }) outputTokens?: number;
  @Field(() => String, { nullable: true }) stopReason?: string;
  @Field(() => Int) attempts!: number;
  @Field(() => String, { nullable: true }) guardrailAction?: string;
}

@ObjectType({ description: 'Coder model vs engine candidates, before validation' })
export class CodeAgreement {
  @Field(() => Int) engineCodes!: number;
  @Field(() => Int) modelCodes!: number;
  @Field(() => Int) agreed!: number;
}

@ObjectType({ description: 'The coded result of a finished job' })
export class Report {
  @Field(() => ID) jobId!: string;
  @Field(() => Int, { description: "1 is the machine's report; each submitted review adds a version" }) version!: number;
  @Field(() => JobStatusEnum) status!: JobStatus;
  @Field(() => Summary) summary!: Summary;
  @Field(() => [ReportCode]) codes!: ReportCode[];
  @Field(() => [RejectedCode]) rejectedCodes!: RejectedCode[];
  @Field(() => Boolean) needsReview!: boolean;
  @Field(() => [String]) reviewReasons!: string[];
  @Field(() => String, { description: 'e.g. "ICD-10-CM FY2027"' }) codeSetVersion!: string;
  @Field(() => [StageModel]) models!: StageModel[];
  @Field(() => [StageTiming]) timings!: StageTiming[];
  @Field(() => String, { nullable: true, description: 'Versioned prompt of the coder model, when a model provider ran' }) promptVersion?: string;
  @Field(() => Int, { description: 'Summary statements dropped because their quotes were not in the note' }) droppedSummaryStatements!: number;
  @Field(() => CodeAgreement, { nullable: true }) agreement?: CodeAgreement;
  @Field(() => [ModelInvocationInfo]) invocations!: ModelInvocationInfo[];
}

@ObjectType()
export class PageInfo {
  @Field(() => Boolean) hasNextPage!: boolean;
  @Field(() => String, { nullable: true }) endCursor?: string;
}

@ObjectType()
export class JobEdge {
  @Field(() => String) cursor!: string;
  @Field(() => Job) node!: Job;
}

@ObjectType()
export class JobConnection {
  @Field(() => [JobEdge]) edges!: JobEdge[];
  @Field(() => PageInfo) pageInfo!: PageInfo;
}

@ObjectType()
export class SubmitNotePayload {
  @Field(() => Job) job!: Job;
}

@ObjectType({ description: 'A per-item error in a batch; never contains note text' })
export class ItemError {
  @Field(() => String) code!: string;
  @Field(() => String) message!: string;
}

@ObjectType()
export class SubmitNoteResult {
  @Field(() => Int, { description: 'Position in the submitted list' }) index!: number;
  @Field(() => Job, { nullable: true }) job?: Job;
  @Field(() => ItemError, { nullable: true }) error?: ItemError;
}

@ObjectType()
export class SubmitNotesPayload {
  @Field(() => [SubmitNoteResult]) results!: SubmitNoteResult[];
}

@ObjectType({ description: 'A job transition, as seen by a subscriber' })
export class JobStatusEvent {
  @Field(() => ID) jobId!: string;
  @Field(() => JobStatusEnum) status!: JobStatus;
  @Field(() => StageEnum, { nullable: true }) stage?: PipelineStage;
  @Field(() => Float) progress!: number;
  @Field(() => Int) version!: number;
  @Field(() => String) at!: string;
  @Field(() => String, { nullable: true }) errorCode?: string;
}

@ObjectType({ description: 'One stored transition of a job (jobEvents): ids, times and codes only, never note text' })
export class JobTransition {
  @Field(() => String) at!: string;
  @Field(() => JobStatusEnum, { nullable: true, description: 'Absent on the record of submission' }) from?: JobStatus;
  @Field(() => JobStatusEnum) status!: JobStatus;
  @Field(() => Int, { description: "The job's version after this transition" }) version!: number;
  @Field(() => Int, { description: '1 on submission; retryJob and redrive start the next attempt' }) attempt!: number;
  @Field(() => StageEnum, { nullable: true, description: 'The stage whose output this transition stored' }) stage?: PipelineStage;
  @Field(() => Int, { nullable: true, description: 'How long that stage ran' }) durationMs?: number;
  @Field(() => String, { nullable: true }) errorCode?: string;
}

@ObjectType()
export class Icd10Code {
  @Field(() => String) code!: string;
  @Field(() => String) shortDescription!: string;
  @Field(() => String) longDescription!: string;
  @Field(() => Boolean) billable!: boolean;
  @Field(() => String) codeSetVersion!: string;
  @Field(() => String, { nullable: true }) category?: string;
  @Field(() => String, { nullable: true }) block?: string;
  @Field(() => Int, { nullable: true }) chapter?: number;
}

@ObjectType()
export class Icd10SearchHit {
  @Field(() => Icd10Code) entry!: Icd10Code;
  @Field(() => Float) score!: number;
}

@ObjectType({ description: 'Outcome of an operator redrive of the dead-letter queue (counts only: the DLQ spans tenants)' })
export class RedriveResult {
  @Field(() => Int, { description: 'FAILED jobs put back to QUEUED and enqueued' }) requeued!: number;
  @Field(() => Int, { description: 'Unfinished jobs enqueued again' }) resent!: number;
  @Field(() => Int, { description: 'Dead letters of finished or deleted jobs, removed' }) dropped!: number;
  @Field(() => Int, { description: 'Dead letters left in the DLQ after an error' }) failed!: number;
}
