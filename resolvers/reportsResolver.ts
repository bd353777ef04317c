// Owns report reads: one version of a job's report (the latest by default), its version history, and a
// version as a FHIR R4 Bundle.
import { Arg, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import { GraphQLJSONObject } from 'graphql-scalars';
import { Report } from '../schema/types';
import { ReportVersion } from '../schema/review';
import { principalOf, type GraphqlContext } from './context';
import { toReport } from './mappers';
import { ReportService } from '../src/services/report';
import type { Job } from '../src/domain/job';
import type { ReportVersion as DomainReportVersion } from '../src/domain/report';
import type { RedactionOutput } from '../src/domain/stageOutputs';
import { toFhirBundle } from '../src/fhir/bundle';
import { fhirInputFromStoredReport } from '../src/fhir/inputs';

function reportsOf(ctx: GraphqlContext): ReportService {
  return ctx.services.reports ?? new ReportService({ jobs: ctx.services.jobs });
}

export function toReportVersion(job: Job, v: DomainReportVersion): ReportVersion {
  return Object.assign(new ReportVersion(), {
    version: v.version,
    createdAt: v.createdAt,
    authorKind: v.author.kind,
    reviewer: v.author.kind === 'REVIEWER' ? v.author.subject : undefined,
    report: toReport(job, v.report, v.version),
  });
}

@Resolver(() => Report)
export class ReportsResolver {
  @Query(() => Report, { nullable: true, description: "A version of the coded report of a finished job (the latest when version is omitted; 1 is the machine's); null while it is still running" })
  async report(
    @Arg('jobId', () => ID) jobId: string,
    @Arg('version', () => Int, { nullable: true }) version: number | null | undefined,
    @Ctx() ctx: GraphqlContext,
  ): Promise<Report | null> {
    const found = await reportsOf(ctx).report(principalOf(ctx), jobId, version);
    return found ? toReport(found.job, found.version.report, found.version.version) : null;
  }

  @Query(() => [ReportVersion], { description: "Every version of a job's report, oldest first; empty while the job is still running" })
  async reportHistory(@Arg('jobId', () => ID) jobId: string, @Ctx() ctx: GraphqlContext): Promise<ReportVersion[]> {
    const { job, versions } = await reportsOf(ctx).history(principalOf(ctx), jobId);
    return versions.map((v) => toReportVersion(job, v));
  }

  @FieldResolver(() => GraphQLJSONObject, {
    nullable: true,
    description: 'The report as a FHIR R4 Bundle (Conditions with ICD-10-CM codes and evidence, summary Composition, redacted-note DocumentReference, Provenance)',
  })
  async fhir(@Root() report: Report, @Ctx() ctx: GraphqlContext): Promise<Record<string, unknown> | null> {
    // Read again only when asked: the Bundle needs the redacted text, which the Report type does not carry.
    const principal = principalOf(ctx);
    const found = await reportsOf(ctx).report(principal, report.jobId, report.version ?? null);
    const { outputs } = await ctx.services.jobs.stageOutputs(principal, report.jobId);
    const redaction = outputs.REDACTING as RedactionOutput | undefined;
    if (!found || typeof redaction?.redactedText !== 'string') return null;
    // Stamped with the time this version was made, so the same version always gives the same Bundle.
    return toFhirBundle(fhirInputFromStoredReport(found.job, found.version.report, redaction, found.version.createdAt));
  }
}
