// Owns the admin mutations for partner API keys: create (the full key returned once) and revoke.
// Both are audited (src/audit/graphqlAudit.ts).
import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { ApiKey, CreateApiKeyInput, CreatedApiKey } from '../schema/apiKeys';
import { principalOf, type GraphqlContext } from './context';
import { requireRole } from '../src/services/jobService';
import { UpstreamUnavailableError } from '../src/errors';
import type { ApiKeyRecord } from '../src/domain/ports';

function toApiKey(r: ApiKeyRecord): ApiKey {
  return Object.assign(new ApiKey(), {
    keyId: r.keyId,
    name: r.name,
    roles: r.roles,
    createdAt: r.createdAt,
    createdBy: r.createdBy,
    expiresAt: r.expiresAt,
    revokedAt: r.revokedAt,
    lastUsedAt: r.lastUsedAt,
  });
}

@Resolver()
export class ApiKeyResolver {
  @Mutation(() => CreatedApiKey, { description: 'Create an API key for a partner system of this tenant (admin role)' })
  async createApiKey(@Arg('input', () => CreateApiKeyInput) input: CreateApiKeyInput, @Ctx() ctx: GraphqlContext): Promise<CreatedApiKey & { keyId: string }> {
    const principal = principalOf(ctx);
    requireRole(principal, ['admin']);
    const keys = ctx.services.apiKeys;
    if (!keys) throw new UpstreamUnavailableError('API keys are not configured');
    const created = await keys.create(principal, { name: input.name, roles: input.roles, expiresInDays: input.expiresInDays ?? undefined });
    // keyId rides along (not a schema field) so the audit record names the key created.
    return Object.assign(new CreatedApiKey(), { apiKey: toApiKey(created.record), key: created.key, keyId: created.record.keyId });
  }

  @Mutation(() => ApiKey, { description: 'Revoke an API key of this tenant at once (admin role); idempotent' })
  async revokeApiKey(@Arg('keyId', () => String) keyId: string, @Ctx() ctx: GraphqlContext): Promise<ApiKey> {
    const principal = principalOf(ctx);
    requireRole(principal, ['admin']);
    const keys = ctx.services.apiKeys;
    if (!keys) throw new UpstreamUnavailableError('API keys are not configured');
    return toApiKey(await keys.revoke(principal, keyId));
  }
}
