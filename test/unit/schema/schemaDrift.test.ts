import fs from 'node:fs';
import path from 'node:path';
import { printGraphqlSchema } from '../../../src/server/schema';

describe('schema/schema.graphql', () => {
  it('matches the schema emitted from the type-graphql classes (run `npm run schema` after changing them)', () => {
    const committed = fs.readFileSync(path.join(__dirname, '../../../schema/schema.graphql'), 'utf8');
    expect(printGraphqlSchema()).toBe(committed);
  });

  it('exposes the operations outside checks rely on', () => {
    const sdl = printGraphqlSchema();
    for (const field of ['submitNote(input: SubmitNoteInput!): SubmitNotePayload!', 'submitNotes(inputs: [SubmitNoteInput!]!)', 'job(id: ID!): Job!', 'report(jobId: ID!, version: Int): Report', 'jobs(after: String, filter: JobFilterInput, first: Int): JobConnection!', 'cancelJob(id: ID!)', 'retryJob(id: ID!)', 'icd10Code(code: String!)', 'searchIcd10(first: Int, query: String!)', 'jobStatus(jobId: ID!): JobStatusEvent!', 'jobUpdates(filter: JobUpdatesFilter)']) {
      expect(sdl).toContain(field);
    }
  });
});
