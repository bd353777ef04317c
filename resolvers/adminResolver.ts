// Owns operator actions (admin role): the tenant's dead letters, and redriving the dead-letter queue.
import { Arg, Ctx, Int, Mutation, Query, Resolver } from 'type-graphql';
import { JobConnection, RedriveResult } from '../schema/types';
import { toConnection } from './mappers';
import { principalOf, type GraphqlContext } from './context';
import { requireRole } from '../src/services/jobService';
import { ValidationError } from '../src/errors';

const MAX_REDRIVE = 1000;

@Resolver()
export class AdminResolver {
  @Query(() => JobConnection, {
    description: "The tenant's FAILED jobs, newest first (dead-lettered or failed permanently), each with its error code and reason",
  })
  async deadLetters(
    @Ctx() ctx: GraphqlContext,
    @Arg('first', () => Int, { nullable: true }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ): Promise<JobConnection> {
    return toConnection(await ctx.services.jobs.deadLetters(principalOf(ctx), first ?? undefined, after ?? undefined));
  }

  @Mutation(() => RedriveResult, { description: 'Move dead letters back to the notes queue; FAILED jobs resume at their first unfinished stage' })
  async redriveDeadLetters(
    @Ctx() ctx: GraphqlContext,
    @Arg('maxMessages', () => Int, { nullable: true }) maxMessages?: number,
  ): Promise<RedriveResult> {
    requireRole(principalOf(ctx), ['admin']);
    if (maxMessages !== undefined && maxMessages !== null && (!Number.isInteger(maxMessages) || maxMessages < 1 || maxMessages > MAX_REDRIVE)) {
      throw new ValidationError(`maxMessages must be between 1 and ${MAX_REDRIVE}`, { field: 'maxMessages' });
    }
    return ctx.services.admin.redriveDeadLetters(maxMessages ?? undefined);
  }
}
