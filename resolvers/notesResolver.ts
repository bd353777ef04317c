// Owns the note submission mutations (single and batch).
import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { SubmitNoteInput } from '../schema/inputs';
import { SubmitNotePayload, SubmitNotesPayload } from '../schema/types';
import { principalOf, type GraphqlContext } from './context';
import { toJob } from './mappers';

@Resolver()
export class NotesResolver {
  @Mutation(() => SubmitNotePayload, { description: 'Queue one note; returns at once with the QUEUED job' })
  async submitNote(@Arg('input', () => SubmitNoteInput) input: SubmitNoteInput, @Ctx() ctx: GraphqlContext): Promise<SubmitNotePayload> {
    const job = await ctx.services.jobs.submit(principalOf(ctx), input);
    return { job: toJob(job) };
  }

  @Mutation(() => SubmitNotesPayload, { description: 'Queue up to 100 notes; each item succeeds or fails on its own' })
  async submitNotes(@Arg('inputs', () => [SubmitNoteInput]) inputs: SubmitNoteInput[], @Ctx() ctx: GraphqlContext): Promise<SubmitNotesPayload> {
    const results = await ctx.services.jobs.submitBatch(principalOf(ctx), inputs);
    return { results: results.map((r) => ({ index: r.index, job: r.job ? toJob(r.job) : undefined, error: r.error })) };
  }
}
