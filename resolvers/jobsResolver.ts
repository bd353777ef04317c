// Owns job reads (job, jobs, jobEvents), job control (cancelJob, retryJob) and the status subscriptions.
import { Arg, Ctx, ID, Int, Mutation, Query, Resolver, Root, Subscription } from 'type-graphql';
import { ValidationError } from '../src/errors';
import { JobFilterInput, JobUpdatesFilter } from '../schema/inputs';
import { Job, JobConnection, JobStatusEvent, JobTransition } from '../schema/types';
import { principalOf, type GraphqlContext } from './context';
import { toConnection, toEvent, toJob, toTransition } from './mappers';
import type { JobEvent } from '../src/domain/events';
import { jobStatusStream, jobUpdatesStream } from '../src/services/subscriptions';
import type { JobFilter } from '../src/domain/ports';

function parseTime(value: string | undefined, field: string): Date | undefined {
  if (value === undefined || value === null) return undefined;
  const d = new Date(value);
  if (Number.isNaN(d.getTime()) || !/^\d{4}-\d{2}-\d{2}/.test(value)) throw new ValidationError(`${field} must be an ISO 8601 time`, { field });
  return d;
}

@Resolver()
export class JobsResolver {
  @Query(() => Job, { description: "One of the caller's jobs" })
  async job(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphqlContext): Promise<Job> {
    return toJob(await ctx.services.jobs.get(principalOf(ctx), id));
  }

  @Query(() => JobConnection, { description: "The caller's jobs, newest first (Relay connection)" })
  async jobs(
    @Ctx() ctx: GraphqlContext,
    @Arg('filter', () => JobFilterInput, { nullable: true }) filter?: JobFilterInput,
    @Arg('first', () => Int, { nullable: true }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ): Promise<JobConnection> {
    const domainFilter: JobFilter = {
      status: filter?.status ?? undefined,
      noteType: filter?.noteType ?? undefined,
      encounterId: filter?.encounterId ?? undefined,
      createdFrom: parseTime(filter?.createdAfter, 'createdAfter'),
      createdTo: parseTime(filter?.createdBefore, 'createdBefore'),
    };
    return toConnection(await ctx.services.jobs.list(principalOf(ctx), domainFilter, first ?? undefined, after ?? undefined));
  }

  @Query(() => [JobTransition], { description: 'Every stored transition of one of the caller\'s jobs, oldest first: time, attempt, stage, error code' })
  async jobEvents(@Arg('jobId', () => ID) jobId: string, @Ctx() ctx: GraphqlContext): Promise<JobTransition[]> {
    return (await ctx.services.jobs.history(principalOf(ctx), jobId)).map(toTransition);
  }

  @Mutation(() => Job, { description: 'Cancel a job that has not finished' })
  async cancelJob(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphqlContext): Promise<Job> {
    return toJob(await ctx.services.jobs.cancel(principalOf(ctx), id));
  }

  @Mutation(() => Job, { description: 'Put a FAILED job back on the queue; finished stages are not redone' })
  async retryJob(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphqlContext): Promise<Job> {
    return toJob(await ctx.services.jobs.retry(principalOf(ctx), id));
  }

  @Subscription(() => JobStatusEvent, {
    description: 'The current state of a job, then every transition, until a terminal state',
    subscribe: ({ args, context }) => jobStatusStream(context as GraphqlContext, String((args as { jobId: string }).jobId)),
  })
  jobStatus(@Root() event: JobEvent, @Arg('jobId', () => ID) _jobId: string): JobStatusEvent {
    return toEvent(event);
  }

  @Subscription(() => JobStatusEvent, {
    description: "Every transition of the caller's jobs",
    subscribe: ({ args, context }) => jobUpdatesStream(context as GraphqlContext, (args as { filter?: JobUpdatesFilter }).filter),
  })
  jobUpdates(@Root() event: JobEvent, @Arg('filter', () => JobUpdatesFilter, { nullable: true }) _filter?: JobUpdatesFilter): JobStatusEvent {
    return toEvent(event);
  }
}
