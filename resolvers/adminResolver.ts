// Owns operator mutations (admin role): redriving the dead-letter queue.
import { Arg, Ctx, Int, Mutation, Resolver } from 'type-graphql';
import { RedriveResult } from '../schema/types';
import { principalOf, type GraphqlContext } from './context';
import { requireRole } from '../src/services/jobService';
import { ValidationError } from '../src/errors';

const MAX_REDRIVE = 1000;

@Resolver()
export class AdminResolver {
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
