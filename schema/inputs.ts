// Owns the GraphQL input types. Size and shape limits are enforced in the service layer, where the
// configured limits live, so every violation maps to one typed error.
import { Field, InputType } from 'type-graphql';
import { JobStatusEnum, NoteTypeEnum, PriorityEnum, RedactionModeEnum } from './enums';
import type { JobStatus, NoteType, Priority, RedactionMode } from '../src/domain/job';

@InputType()
export class SubmitNoteInput {
  @Field(() => String, { description: 'The clinical note (PHI). Limited to MAX_NOTE_CHARS (default 200,000).' })
  text!: string;
  @Field(() => NoteTypeEnum, { defaultValue: 'OTHER' }) noteType!: NoteType;
  @Field(() => String, { nullable: true }) encounterId?: string;
  @Field(() => String, { nullable: true, description: 'Opaque caller reference to the patient; never interpreted' }) patientRef?: string;
  @Field(() => String, { nullable: true, description: 'Same key and tenant → the same job' }) idempotencyKey?: string;
  @Field(() => PriorityEnum, { defaultValue: 'NORMAL' }) priority!: Priority;
  @Field(() => RedactionModeEnum, { nullable: true, description: "Absent: the deployment's default (REDACTION_MODE, TAG unless configured)" })
  redaction?: RedactionMode;
}

@InputType()
export class JobFilterInput {
  @Field(() => JobStatusEnum, { nullable: true }) status?: JobStatus;
  @Field(() => NoteTypeEnum, { nullable: true }) noteType?: NoteType;
  @Field(() => String, { nullable: true }) encounterId?: string;
  @Field(() => String, { nullable: true, description: 'ISO 8601, inclusive' }) createdAfter?: string;
  @Field(() => String, { nullable: true, description: 'ISO 8601, inclusive' }) createdBefore?: string;
}

@InputType()
export class JobUpdatesFilter {
  @Field(() => [JobStatusEnum], { nullable: true }) statuses?: JobStatus[];
  @Field(() => NoteTypeEnum, { nullable: true }) noteType?: NoteType;
}
