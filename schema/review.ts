// Owns the GraphQL types of the review loop: report versions and who wrote them, the review queue,
// claims and the review a reviewer submits.
import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Job, PageInfo, Report } from './types';
import { NoteTypeEnum } from './enums';
import type { NoteType } from '../src/domain/job';
import { REVIEW_STATS_GROUPS, type ReviewStatsGroupBy } from '../src/domain/reviewStats';

export const ReportAuthorKindEnum = { MACHINE: 'MACHINE', REVIEWER: 'REVIEWER' } as const;
registerEnumType(ReportAuthorKindEnum, { name: 'ReportAuthorKind', description: "Who wrote a report version: the machine's pipeline or a reviewer" });

@ObjectType({ description: "One version of a job's report: 1 is the machine's, each review adds one" })
export class ReportVersion {
  @Field(() => Int) version!: number;
  @Field(() => String) createdAt!: string;
  @Field(() => ReportAuthorKindEnum) authorKind!: keyof typeof ReportAuthorKindEnum;
  @Field(() => String, { nullable: true, description: "The reviewer's token subject (REVIEWER versions)" }) reviewer?: string;
  @Field(() => Report) report!: Report;
}

export const CodeDecisionKindEnum = { ACCEPT: 'ACCEPT', REJECT: 'REJECT', CHANGE: 'CHANGE', ADD: 'ADD' } as const;
registerEnumType(CodeDecisionKindEnum, {
  name: 'CodeDecisionKind',
  description: "ACCEPT a machine code, REJECT it (with a reason), CHANGE it to another code, or ADD a code with its evidence",
});

@InputType({ description: 'An evidence quote in REDACTED-text offsets (the text reviewers see); text must equal the slice' })
export class ReviewEvidenceInput {
  @Field(() => Int) start!: number;
  @Field(() => Int) end!: number;
  @Field(() => String) text!: string;
}

@InputType()
export class CodeDecisionInput {
  @Field(() => CodeDecisionKindEnum) kind!: keyof typeof CodeDecisionKindEnum;
  @Field(() => String, { description: "The machine's code decided on (ACCEPT, REJECT, CHANGE) or the code added (ADD)" }) code!: string;
  @Field(() => String, { nullable: true, description: 'REJECT: why' }) reason?: string;
  @Field(() => String, { nullable: true, description: 'CHANGE: the code it becomes' }) to?: string;
  @Field(() => [ReviewEvidenceInput], { nullable: true, description: "ADD (required) and CHANGE (optional; default the machine code's evidence)" }) evidence?: ReviewEvidenceInput[];
}

@InputType()
export class SummaryCorrectionInput {
  @Field(() => String, { description: 'Section title; a title the summary lacks adds a section' }) title!: string;
  @Field(() => String) text!: string;
}

@InputType()
export class SubmitReviewInput {
  @Field(() => [CodeDecisionInput], { description: 'Machine codes without a decision are accepted' }) decisions!: CodeDecisionInput[];
  @Field(() => [String], { nullable: true, description: 'Every reviewed code once, principal/first-listed first' }) sequence?: string[];
  @Field(() => [SummaryCorrectionInput], { nullable: true }) summaryCorrections?: SummaryCorrectionInput[];
  @Field(() => String, { nullable: true, description: 'Free text for the record; refused when it carries PHI' }) comment?: string;
}

@InputType()
export class ReviewQueueFilterInput {
  @Field(() => String, { nullable: true, description: 'Part of a review reason, case-insensitive (LOW_CONFIDENCE, EXCLUDES1, INSTRUCTION_IN_NOTE…)' }) reason?: string;
  @Field(() => NoteTypeEnum, { nullable: true }) noteType?: NoteType;
  @Field(() => String, { nullable: true, description: "A code of the machine's report" }) code?: string;
}

@ObjectType({ description: 'A lease on a job for one reviewer; other reviewers get CONFLICT until it expires' })
export class ReviewClaim {
  @Field(() => ID) jobId!: string;
  @Field(() => String) reviewer!: string;
  @Field(() => String) claimedAt!: string;
  @Field(() => String) expiresAt!: string;
}

@ObjectType()
export class ReviewQueueItem {
  @Field(() => Job) job!: Job;
  @Field(() => [String]) reviewReasons!: string[];
  @Field(() => [String], { description: "The machine's codes" }) codes!: string[];
  @Field(() => ReviewClaim, { nullable: true, description: 'A live claim by a reviewer, if any' }) claim?: ReviewClaim;
}

@ObjectType()
export class ReviewQueueEdge {
  @Field(() => String) cursor!: string;
  @Field(() => ReviewQueueItem) node!: ReviewQueueItem;
}

@ObjectType()
export class ReviewQueueConnection {
  @Field(() => [ReviewQueueEdge]) edges!: ReviewQueueEdge[];
  @Field(() => PageInfo) pageInfo!: PageInfo;
}

@ObjectType()
export class SubmitReviewPayload {
  @Field(() => Job, { description: 'Now REVIEWED' }) job!: Job;
  @Field(() => ReportVersion, { description: 'The version this review added' }) version!: ReportVersion;
}

export const ReviewStatsGroupByEnum = Object.fromEntries(REVIEW_STATS_GROUPS.map((g) => [g, g])) as { [K in ReviewStatsGroupBy]: K };
registerEnumType(ReviewStatsGroupByEnum, { name: 'ReviewStatsGroupBy', description: 'Group accuracy figures by tenant, coder model id, code or note type' });

@ObjectType({ description: "The machine's codes against reviewers' in a window (each job's latest review is its truth); null where undefined" })
export class ReviewStatsRow {
  @Field(() => String, { description: 'Tenant, coder model id, code (no dot) or note type' }) key!: string;
  @Field(() => Int) reviewedJobs!: number;
  @Field(() => Int) truePositives!: number;
  @Field(() => Int) falsePositives!: number;
  @Field(() => Int) falseNegatives!: number;
  @Field(() => Float, { nullable: true }) precision?: number | null;
  @Field(() => Float, { nullable: true }) recall?: number | null;
  @Field(() => Float, { nullable: true, description: 'Share of reviewed jobs whose reviewer rejected, changed or added a code' }) overrideRate?: number | null;
  @Field(() => Float, { nullable: true, description: "From the machine's report to the first review" }) meanTimeToReviewSeconds?: number | null;
  @Field(() => Float, { nullable: true }) medianTimeToReviewSeconds?: number | null;
  @Field(() => Int) doublyReviewedJobs!: number;
  @Field(() => Float, { nullable: true, description: "Cohen's kappa of the first two reviewers' codes, over jobs reviewed twice" }) kappa?: number | null;
}

export const TrainingRoleEnum = { CODER: 'CODER', SUMMARIZER: 'SUMMARIZER' } as const;
registerEnumType(TrainingRoleEnum, { name: 'TrainingRole', description: 'Which model role the fine-tuning dataset trains' });
export const AssistantFormatEnum = { TOOL: 'TOOL', TEXT: 'TEXT' } as const;
registerEnumType(AssistantFormatEnum, {
  name: 'TrainingAssistantFormat',
  description: "TOOL: the assistant turn is the provider's forced tool call (submit_codes / submit_summary); TEXT: its input as JSON text",
});

@InputType()
export class HyperParameterInput {
  @Field(() => String) name!: string;
  @Field(() => String) value!: string;
}

@InputType()
export class ExportTrainingInput {
  @Field(() => TrainingRoleEnum) role!: keyof typeof TrainingRoleEnum;
  @Field(() => String, { description: 'ISO 8601: reviews submitted since then' }) since!: string;
  @Field(() => Float, { nullable: true, description: 'Share of patients held out for validation (default 0.1)' }) validationFraction?: number;
  @Field(() => AssistantFormatEnum, { nullable: true }) assistantFormat?: keyof typeof AssistantFormatEnum;
  @Field(() => Boolean, { nullable: true, description: 'Start a Bedrock model customization job on the dataset' }) startCustomization?: boolean;
  @Field(() => String, { nullable: true, description: 'Default BEDROCK_CUSTOMIZATION_BASE_MODEL_ID' }) baseModelId?: string;
  @Field(() => [HyperParameterInput], { nullable: true, description: 'Over BEDROCK_CUSTOMIZATION_HYPERPARAMETERS (epochCount, learningRate, …)' }) hyperParameters?: HyperParameterInput[];
}

@ObjectType()
export class TrainingDatasetFile {
  @Field(() => String) name!: string;
  @Field(() => Int) records!: number;
  @Field(() => Int) bytes!: number;
  @Field(() => String) sha256!: string;
}

@ObjectType({ description: 'A fine-tuning dataset written to S3 (Bedrock conversation JSON Lines and a manifest)' })
export class TrainingExport {
  @Field(() => String) exportId!: string;
  @Field(() => String, { description: 's3:// prefix of the files' }) location!: string;
  @Field(() => String) manifestUri!: string;
  @Field(() => Int) reviewedJobs!: number;
  @Field(() => Int) records!: number;
  @Field(() => Int) train!: number;
  @Field(() => Int) validation!: number;
  @Field(() => Int) duplicates!: number;
  @Field(() => Int, { description: 'Records refused because the redactor found PHI in them' }) refusedPhi!: number;
  @Field(() => [TrainingDatasetFile]) files!: TrainingDatasetFile[];
  @Field(() => [ID]) sourceJobIds!: string[];
  @Field(() => String, { nullable: true }) customizationJobArn?: string;
}
