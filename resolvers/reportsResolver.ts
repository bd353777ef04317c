// Owns report reads.
import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import { Report } from '../schema/types';
import { principalOf, type GraphqlContext } from './context';
import { toReport } from './mappers';
import { isStoredReport } from '../src/services/report';

@Resolver()
export class ReportsResolver {
  @Query(() => Report, { nullable: true, description: 'The coded report of a finished job; null while it is still running' })
  async report(@Arg('jobId', () => ID) jobId: string, @Ctx() ctx: GraphqlContext): Promise<Report | null> {
    const { job, outputs } = await ctx.services.jobs.stageOutputs(principalOf(ctx), jobId);
    const stored = outputs.VALIDATING;
    return isStoredReport(stored) ? toReport(job, stored) : null;
  }
}
