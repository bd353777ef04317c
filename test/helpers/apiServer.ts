// Owns the in-process API server fixture of unit tests: the real HTTP + graphql-ws server over the caller's
// services and verifier, with small fixed limits, silent logs and the given readiness checks (none by
// default); disposes itself via stop().
import { createApiServer, GRAPHQL_PATH, type ApiServer, type ReadinessCheck } from '../../src/server/http';
import type { TokenVerifier } from '../../src/auth';
import type { AppServices } from '../../resolvers/context';
import { Metrics } from '../../src/observability/metrics';
import { createLogger } from '../../src/observability/logger';

export async function startTestApiServer(services: AppServices, verifier: TokenVerifier, readiness: ReadinessCheck[] = []): Promise<{ api: ApiServer; url: string }> {
  const api = await createApiServer({
    services,
    verifier,
    logger: createLogger({ level: 'silent' }),
    metrics: new Metrics({ defaultMetrics: false }),
    readiness,
    maxRequestBytes: 1024 * 1024,
    limits: { maxDepth: 10, maxAliases: 15, maxDirectives: 10, maxTokens: 3000, maxCost: 10_000, introspection: false, fieldSuggestions: false },
    corsOrigins: [],
    ws: { maxSubscriptionsPerConnection: 5, maxConnectionsPerTenant: 5, connectionInitWaitTimeoutMs: 2000, keepAliveMs: 10_000 },
  });
  return { api, url: `http://127.0.0.1:${await api.listen(0, '127.0.0.1')}${GRAPHQL_PATH}` };
}
