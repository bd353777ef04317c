// Owns the review loop's API (role reviewer): the queue of reports needing a person, claims, and reviews.
// Thin: the ReviewService decides; this maps inputs and results.
import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import { ExportTrainingInput, ReviewClaim, ReviewQueueConnection, ReviewQueueFilterInput, ReviewStatsGroupByEnum, ReviewStatsRow, SubmitReviewInput, SubmitReviewPayload, TrainingExport } from '../schema/review';
import type { ReviewStatsGroupBy } from '../src/domain/reviewStats';
import { principalOf, type GraphqlContext } from './context';
import { toJob } from './mappers';
import { toReportVersion } from './reportsResolver';
import { ForbiddenError, ValidationError } from '../src/errors';
import type { ReviewService } from '../src/services/reviewService';
import type { CodeDecision, ReviewInput, ReviewLease } from '../src/domain/review';

function reviewOf(ctx: GraphqlContext): ReviewService {
  if (!ctx.services.review) throw new ForbiddenError('The review loop is not enabled on this deployment');
  return ctx.services.review;
}

function toClaim(lease: ReviewLease): ReviewClaim {
  return Object.assign(new ReviewClaim(), { jobId: lease.jobId, reviewer: lease.owner, claimedAt: lease.claimedAt, expiresAt: lease.expiresAt });
}

/** GraphQL's one input shape → the domain's decision union (the service checks each kind's fields). */
export function toReviewInput(input: SubmitReviewInput): ReviewInput {
  const decisions = input.decisions.map((d) => {
    const evidence = (d.evidence ?? []).map((e) => ({ start: e.start, end: e.end, text: e.text }));
    switch (d.kind) {
      case 'ACCEPT':
        return { kind: 'ACCEPT', code: d.code };
      case 'REJECT':
        return { kind: 'REJECT', code: d.code, reason: d.reason ?? '' };
      case 'CHANGE':
        return { kind: 'CHANGE', code: d.code, to: d.to ?? '', ...(evidence.length ? { evidence } : {}) };
      case 'ADD':
        return { kind: 'ADD', code: d.code, evidence };
    }
  }) as CodeDecision[];
  return {
    decisions,
    ...(input.sequence ? { sequence: input.sequence } : {}),
    ...(input.summaryCorrections ? { summaryCorrections: input.summaryCorrections.map((c) => ({ title: c.title, text: c.text })) } : {}),
    ...(input.comment !== undefined && input.comment !== null ? { comment: input.comment } : {}),
  };
}

function isoTime(value: string, field: string): Date {
  const d = new Date(value);
  if (Number.isNaN(d.getTime()) || !/^\d{4}-\d{2}-\d{2}/.test(value)) throw new ValidationError(`${field} must be an ISO 8601 time`, { field });
  return d;
}

@Resolver()
export class ReviewResolver {
  @Query(() => ReviewQueueConnection, { description: 'Reports needing a person (NEEDS_REVIEW), oldest first; role reviewer' })
  async reviewQueue(
    @Ctx() ctx: GraphqlContext,
    @Arg('filter', () => ReviewQueueFilterInput, { nullable: true }) filter?: ReviewQueueFilterInput,
    @Arg('first', () => Int, { nullable: true }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ): Promise<ReviewQueueConnection> {
    const page = await reviewOf(ctx).queue(principalOf(ctx), filter ?? {}, first, after);
    return {
      edges: page.items.map(({ cursor, item }) => ({
        cursor,
        node: { job: toJob(item.job), reviewReasons: item.reviewReasons, codes: item.codes, ...(item.lease ? { claim: toClaim(item.lease) } : {}) },
      })),
      pageInfo: { hasNextPage: page.hasNextPage, endCursor: page.endCursor },
    };
  }

  @Query(() => [ReviewStatsRow], { description: "Accuracy of the machine's codes against reviews submitted in [from, to): precision, recall, override rate, time to review, Cohen's kappa" })
  async reviewStats(
    @Arg('from', () => String, { description: 'ISO 8601, inclusive' }) from: string,
    @Arg('to', () => String, { description: 'ISO 8601, exclusive' }) to: string,
    @Arg('groupBy', () => ReviewStatsGroupByEnum) groupBy: ReviewStatsGroupBy,
    @Ctx() ctx: GraphqlContext,
  ): Promise<ReviewStatsRow[]> {
    const [fromDate, toDate] = [isoTime(from, 'from'), isoTime(to, 'to')];
    return reviewOf(ctx).stats(principalOf(ctx), fromDate, toDate, groupBy);
  }

  @Mutation(() => ReviewClaim, { description: 'Claim a job for review (a lease with expiry; claiming again renews it); CONFLICT while another reviewer holds it' })
  async claimReview(@Arg('jobId', () => ID) jobId: string, @Ctx() ctx: GraphqlContext): Promise<ReviewClaim> {
    return toClaim(await reviewOf(ctx).claim(principalOf(ctx), jobId));
  }

  @Mutation(() => TrainingExport, { description: "Admin: write the tenant's reviewed jobs as a Bedrock fine-tuning dataset to S3 (PHI re-scanned record by record), optionally starting a customization job" })
  async exportTrainingData(@Arg('input', () => ExportTrainingInput) input: ExportTrainingInput, @Ctx() ctx: GraphqlContext): Promise<TrainingExport> {
    // Not a fault a caller can wait out: the deployment has no export bucket (TRAINING_EXPORT_BUCKET).
    if (!ctx.services.training) throw new ForbiddenError('The training export is not enabled on this deployment');
    const result = await ctx.services.training.exportToS3(principalOf(ctx), {
      role: input.role === 'CODER' ? 'coder' : 'summarizer',
      since: isoTime(input.since, 'since'),
      ...(input.validationFraction !== undefined && input.validationFraction !== null ? { validationFraction: input.validationFraction } : {}),
      ...(input.assistantFormat ? { assistantFormat: input.assistantFormat === 'TEXT' ? 'text' : 'tool' } : {}),
      startCustomization: input.startCustomization ?? false,
      ...(input.baseModelId ? { baseModelId: input.baseModelId } : {}),
      ...(input.hyperParameters?.length ? { hyperParameters: Object.fromEntries(input.hyperParameters.map((h) => [h.name, h.value])) } : {}),
    });
    const m = result.manifest;
    return {
      exportId: result.exportId,
      location: result.location,
      manifestUri: result.manifestUri,
      reviewedJobs: m.counts.reviewedJobs,
      records: m.counts.records,
      train: m.counts.train,
      validation: m.counts.validation,
      duplicates: m.counts.duplicates,
      refusedPhi: m.counts.refusedPhi,
      files: m.files,
      sourceJobIds: m.sourceJobIds,
      ...(m.customization ? { customizationJobArn: m.customization.jobArn } : {}),
    };
  }

  @Mutation(() => SubmitReviewPayload, { description: "Submit a review of a claimed job: a new report version, the job REVIEWED" })
  async submitReview(@Arg('jobId', () => ID) jobId: string, @Arg('input', () => SubmitReviewInput) input: SubmitReviewInput, @Ctx() ctx: GraphqlContext): Promise<SubmitReviewPayload> {
    const { job, version } = await reviewOf(ctx).submit(principalOf(ctx), jobId, toReviewInput(input));
    return { job: toJob(job), version: toReportVersion(job, version) };
  }
}
