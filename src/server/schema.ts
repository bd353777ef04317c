// Owns building the executable GraphQL schema from the type-graphql resolver classes, and printing
// it to schema/schema.graphql (committed; a test fails when the emitted file drifts).
import 'reflect-metadata';
import path from 'node:path';
import { buildSchemaSync } from 'type-graphql';
import { printSchema, lexicographicSortSchema, type GraphQLSchema } from 'graphql';
import { NotesResolver } from '../../resolvers/notesResolver';
import { JobsResolver } from '../../resolvers/jobsResolver';
import { ReportsResolver } from '../../resolvers/reportsResolver';
import { CodeSetResolver } from '../../resolvers/codeSetResolver';
import { AdminResolver } from '../../resolvers/adminResolver';
import { AuditResolver } from '../../resolvers/auditResolver';
import { ApiKeyResolver } from '../../resolvers/apiKeyResolver';
import { ReviewResolver } from '../../resolvers/reviewResolver';
import { auditMiddleware } from '../audit/graphqlAudit';

/** type-graphql insists on a PubSub when any @Subscription exists; ours use `subscribe` streams instead. */
const NO_TOPIC_PUBSUB = {
  publish(): void {
    throw new Error('topic-based subscriptions are not used');
  },
  subscribe(): AsyncIterable<unknown> {
    throw new Error('topic-based subscriptions are not used');
  },
};

let cached: GraphQLSchema | undefined;

export function buildGraphqlSchema(): GraphQLSchema {
  cached ??= buildSchemaSync({
    resolvers: [NotesResolver, JobsResolver, ReportsResolver, CodeSetResolver, AdminResolver, AuditResolver, ApiKeyResolver, ReviewResolver],
    // Every read of PHI-derived data and every privileged call leaves an audit record (AUDITED_OPERATIONS).
    globalMiddlewares: [auditMiddleware],
    pubSub: NO_TOPIC_PUBSUB,
    validate: false,
  });
  return cached;
}

export const SCHEMA_FILE = path.join('schema', 'schema.graphql');

export function printGraphqlSchema(): string {
  return `# Generated from the type-graphql classes in schema/ and resolvers/ by \`npm run schema\`. Do not edit.\n\n${printSchema(lexicographicSortSchema(buildGraphqlSchema()))}\n`;
}
