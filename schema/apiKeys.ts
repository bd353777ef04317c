// Owns the GraphQL types of partner API keys: the key as admins see it (never its secret), the
// one-time answer of createApiKey that carries the full key, and the creation input.
import { Field, InputType, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: 'A partner API key of the tenant (its secret is never shown again after creation)' })
export class ApiKey {
  @Field(() => String, { description: 'Public id, the part before the dot' }) keyId!: string;
  @Field(() => String) name!: string;
  @Field(() => [String]) roles!: string[];
  @Field(() => String) createdAt!: string;
  @Field(() => String) createdBy!: string;
  @Field(() => String, { nullable: true }) expiresAt?: string;
  @Field(() => String, { nullable: true }) revokedAt?: string;
  @Field(() => String, { nullable: true, description: 'Recorded at most once a minute' }) lastUsedAt?: string;
}

@ObjectType()
export class CreatedApiKey {
  @Field(() => ApiKey) apiKey!: ApiKey;
  @Field(() => String, { description: 'The full key, ck_<id>.<secret>: shown this once; send it as "Authorization: ApiKey <key>" or "x-api-key"' })
  key!: string;
}

@InputType()
export class CreateApiKeyInput {
  @Field(() => String, { description: 'Who the key is for (1-64 printable characters)' }) name!: string;
  @Field(() => [String], { description: 'submitter, reader, reviewer, admin' }) roles!: string[];
  @Field(() => Int, { nullable: true, description: 'Expiry in days (1-3650); none = until revoked' }) expiresInDays?: number;
}
