// Owns the GraphQL enums, registered from the domain's own value lists so the two never drift.
import { registerEnumType } from 'type-graphql';
import { JOB_STATUSES, NOTE_TYPES, PRIORITIES, PIPELINE_STAGES, REDACTION_MODES } from '../src/domain/job';

function enumObject<T extends string>(values: readonly T[]): { [K in T]: K } {
  return Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };
}

export const JobStatusEnum = enumObject(JOB_STATUSES);
export const NoteTypeEnum = enumObject(NOTE_TYPES);
export const PriorityEnum = enumObject(PRIORITIES);
export const StageEnum = enumObject(PIPELINE_STAGES);
export const RedactionModeEnum = enumObject(REDACTION_MODES);
export const CodeRoleEnum = { principal: 'principal', secondary: 'secondary' } as const;

registerEnumType(JobStatusEnum, { name: 'JobStatus', description: 'Lifecycle state of a job' });
registerEnumType(NoteTypeEnum, { name: 'NoteType', description: 'Kind of clinical note' });
registerEnumType(PriorityEnum, { name: 'Priority', description: 'Queue priority' });
registerEnumType(StageEnum, { name: 'Stage', description: 'Pipeline stage' });
registerEnumType(RedactionModeEnum, {
  name: 'RedactionMode',
  description: 'How PHI reads in the redacted note: TAG placeholders ([NAME]), SURROGATE realistic consistent replacements (dates shifted by one per-job offset), MASK same-length asterisks',
});
registerEnumType(CodeRoleEnum, { name: 'CodeRole', description: 'Principal (first-listed) or secondary diagnosis' });
