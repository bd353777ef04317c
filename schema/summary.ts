// Owns the GraphQL shape of a report's summary: the flat fields older clients read (text, and per section
// title + text) and the structured sections (kind, statements with their quoted sources, problem numbers)
// with the summary's completeness defects. Offsets are into the redacted note the summary was made from.
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { SUMMARY_SECTION_KINDS, type Summary as DomainSummary, type SummaryDefect as DomainSummaryDefect, type SummarySectionKind } from '../src/engine/summarize';

export const SummarySectionKindEnum = Object.fromEntries(SUMMARY_SECTION_KINDS.map((k) => [k, k])) as { [K in SummarySectionKind]: K };
registerEnumType(SummarySectionKindEnum, {
  name: 'SummarySectionKind',
  description: 'reason (for visit), problems (each assessed problem with status and plan), medications (changes), allergies, findings (abnormal results and exam), procedures, follow_up (and pending)',
});

type DefectKind = DomainSummaryDefect['kind'];
const DEFECT_KINDS: readonly DefectKind[] = ['CODED_CONDITION_NOT_SUMMARIZED', 'OVER_BUDGET', 'NO_ASSESSMENT_FOUND', 'STATEMENT_DROPPED'];
export const SummaryDefectKindEnum = Object.fromEntries(DEFECT_KINDS.map((k) => [k, k])) as { [K in DefectKind]: K };
registerEnumType(SummaryDefectKindEnum, {
  name: 'SummaryDefectKind',
  description: 'CODED_CONDITION_NOT_SUMMARIZED: a coded condition of the assessment no statement names; OVER_BUDGET: the assessed problems alone exceed the length budget; NO_ASSESSMENT_FOUND; STATEMENT_DROPPED: a model statement failed verification',
});

@ObjectType({ description: 'A quoted stretch of the redacted note' })
export class SummarySource {
  @Field(() => Int, { description: 'Offset into the redacted note (UTF-16 code units)' }) start!: number;
  @Field(() => Int) end!: number;
  @Field(() => String, { description: 'redactedText.slice(start, end)' }) text!: string;
}

@ObjectType({ description: 'One statement of the summary with the note text it rests on' })
export class SummaryStatement {
  @Field(() => String, { description: 'For the embedded engine, exactly the text of its one source' }) text!: string;
  @Field(() => [SummarySource]) sources!: SummarySource[];
  @Field(() => Int, { nullable: true, description: 'Problems section: which problem (0-based) the statement belongs to' }) problem?: number;
}

@ObjectType()
export class SummarySection {
  @Field(() => String) title!: string;
  @Field(() => String, { description: 'The statements joined by a space' }) text!: string;
  @Field(() => SummarySectionKindEnum, { nullable: true, description: 'Absent on summaries stored before sections had kinds' }) kind?: SummarySectionKind;
  @Field(() => [SummaryStatement], { description: 'Empty on summaries stored before statements existed' }) statements!: SummaryStatement[];
}

@ObjectType({ description: 'Something the summary lacks or dropped: codes and counts only, never note text' })
export class SummaryDefect {
  @Field(() => SummaryDefectKindEnum) kind!: DefectKind;
  @Field(() => String, { nullable: true, description: 'ICD-10-CM code, for CODED_CONDITION_NOT_SUMMARIZED' }) code?: string;
  @Field(() => SummarySectionKindEnum, { nullable: true }) section?: SummarySectionKind;
  @Field(() => String, { nullable: true, description: 'A fixed reason code or a count' }) detail?: string;
}

@ObjectType()
export class Summary {
  @Field(() => String, { description: '"Title: text" per section, one per line' }) text!: string;
  @Field(() => [SummarySection]) sections!: SummarySection[];
  @Field(() => [SummaryDefect], { description: 'Empty when the summary is complete' }) defects!: SummaryDefect[];
}

/**
 * A stored summary as the API shows it. Summaries stored before sections had kinds and statements read
 * with one statement per source and no defects, so old reports keep working for every client.
 */
export function toSummaryView(stored: DomainSummary): Summary {
  return {
    text: stored.text,
    sections: stored.sections.map((s) => ({
      title: s.title,
      text: s.text,
      ...(s.kind ? { kind: s.kind } : {}),
      statements: s.statements ?? s.sources.map((src) => ({ text: src.text, sources: [src] })),
    })),
    defects: stored.defects ?? [],
  };
}
