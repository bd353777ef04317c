// Owns report reads.
import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { GraphQLJSONObject } from 'graphql-scalars';
import { Report } from '../schema/types';
import { principalOf, type GraphqlContext } from './context';
import { toReport } from './mappers';
import { isStoredReport } from '../src/services/report';
import type { RedactionOutput } from '../src/domain/stageOutputs';
import { toFhirBundle } from '../src/fhir/bundle';
import { fhirInputFromStoredReport } from '../src/fhir/inputs';

@Resolver(() => Report)
export class ReportsResolver {
  @Query(() => Report, { nullable: true, description: 'The coded report of a finished job; null while it is still running' })
  async report(@Arg('jobId', () => ID) jobId: string, @Ctx() ctx: GraphqlContext): Promise<Report | null> {
    const { job, outputs } = await ctx.services.jobs.stageOutputs(principalOf(ctx), jobId);
    const stored = outputs.VALIDATING;
    return isStoredReport(stored) ? toReport(job, stored) : null;
  }

  @FieldResolver(() => GraphQLJSONObject, {
    nullable: true,
    description: 'The report as a FHIR R4 Bundle (Conditions with ICD-10-CM codes and evidence, summary Composition, redacted-note DocumentReference, Provenance)',
  })
  async fhir(@Root() report: Report, @Ctx() ctx: GraphqlContext): Promise<Record<string, unknown> | null> {
    // Read again only when asked: the Bundle needs the redacted text, which the Report type does not carry.
    const { job, outputs } = await ctx.services.jobs.stageOutputs(principalOf(ctx), report.jobId);
    const stored = outputs.VALIDATING;
    const redaction = outputs.REDACTING as RedactionOutput | undefined;
    if (!isStoredReport(stored) || typeof redaction?.redactedText !== 'string') return null;
    // Stamped with the time the report was made, so the same report always gives the same Bundle.
    const generatedAt = job.stages.VALIDATING?.completedAt ?? job.updatedAt;
    return toFhirBundle(fhirInputFromStoredReport(job, stored, redaction, generatedAt));
  }
}
