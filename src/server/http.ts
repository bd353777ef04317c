// Owns the API process's network surface: one node:http server carrying GraphQL over HTTP
// (Apollo Server 5, through its transport-neutral executeHTTPGraphQLRequest) and graphql-ws on the
// same /graphql path, plus /healthz, /readyz and /metrics, and the web workbench at / (static.ts).
// Knows nothing about AWS.
import http from 'node:http';
import crypto from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { ApolloServer, HeaderMap } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { WebSocketServer } from 'ws';
import { useServer } from 'graphql-ws/use/ws';
import { CloseCode } from 'graphql-ws';
import { GraphQLError, NoSchemaIntrospectionCustomRule, parse, validate, type ExecutionArgs, type GraphQLFormattedError } from 'graphql';
import { bearerToken, credentialFingerprint, presentedApiKey, type Principal, type TokenVerifier } from '../auth';
import { UNAUTHENTICATED_CHAIN } from '../domain/audit';
import { ChartcoderError, UnauthenticatedError } from '../errors';
import { VerifiedTokenCache } from './verifiedTokens';
import { buildGraphqlSchema } from './schema';
import { formatError } from './errors';
import { allValidationRules, costError, queryCost, validationRules, withoutSuggestions, type GraphqlLimits } from './limits';
import type { AppServices, GraphqlContext, RequestOrigin } from '../../resolvers/context';
import type { Logger } from '../observability/logger';
import type { Metrics } from '../observability/metrics';
import { DEFAULTS } from '../domain/constants';
import { createStaticSite, type StaticSiteOptions } from './static';
import { Readiness, type ReadinessCheck } from './readiness';

export const GRAPHQL_PATH = '/graphql';

export type { ReadinessCheck } from './readiness';

export interface ApiServerOptions {
  services: AppServices;
  verifier: TokenVerifier;
  logger: Logger;
  metrics: Metrics;
  readiness: ReadinessCheck[];
  /** Largest accepted request body (a full batch of maximum-size notes fits). */
  maxRequestBytes: number;
  limits: GraphqlLimits;
  /** Browser origins allowed cross-origin (CORS and websocket Origin); empty = same origin only. */
  corsOrigins: readonly string[];
  ws: {
    maxSubscriptionsPerConnection: number;
    maxConnectionsPerTenant: number;
    connectionInitWaitTimeoutMs: number;
    keepAliveMs: number;
    /** Events one subscription may hold for a subscriber that is not reading (services/subscriptions.ts default when absent). */
    maxBufferedEventsPerSubscription?: number;
  };
  /** Socket timeouts (config HTTP_*); the defaults of domain/constants.ts when absent. */
  http?: { headersTimeoutMs: number; requestTimeoutMs: number; keepAliveTimeoutMs: number };
  /** The web workbench (built by `npm run build`); absent = not served. */
  web?: StaticSiteOptions;
}

/** RFC 6455 close code 1008: the connection breaks a policy (here: too many connections for the tenant). */
export const WS_CLOSE_POLICY_VIOLATION = 1008;
/** RFC 6455 "Try Again Later": a subscriber that stopped reading its events; it may reconnect and resubscribe. */
export const WS_CLOSE_SLOW_SUBSCRIBER = 1013;
/** Preflight answers are cached by browsers this long. */
const CORS_MAX_AGE_SECONDS = 600;

export interface ApiServer {
  server: http.Server;
  listen(port: number, host?: string): Promise<number>;
  /** Stops accepting, closes websockets, drains in-flight requests. */
  stop(): Promise<void>;
}

class BodyTooLargeError extends Error {}

/** `application/json` or a `+json` media type, any parameters (charset). */
const JSON_CONTENT_TYPE = /^\s*application\/([\w.-]+\+)?json\s*(;|$)/i;

function readBody(req: http.IncomingMessage, maxBytes: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > maxBytes) {
        reject(new BodyTooLargeError());
        req.resume();
        return;
      }
      chunks.push(c);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function sendJson(res: http.ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text) });
  res.end(text);
}

function graphqlErrorBody(code: string, message: string): unknown {
  return { errors: [{ message, extensions: { code } }] };
}

export async function createApiServer(options: ApiServerOptions): Promise<ApiServer> {
  const { services, logger, metrics, limits } = options;
  const verifier = new VerifiedTokenCache(options.verifier);
  const schema = buildGraphqlSchema();
  const timeouts = options.http ?? { headersTimeoutMs: DEFAULTS.httpHeadersTimeoutMs, requestTimeoutMs: DEFAULTS.httpRequestTimeoutMs, keepAliveTimeoutMs: DEFAULTS.httpKeepAliveTimeoutMs };
  const server = http.createServer({
    // Slow-loris: a request whose headers or body trickle in is answered 408 and its socket closed.
    headersTimeout: timeouts.headersTimeoutMs,
    requestTimeout: timeouts.requestTimeoutMs,
    keepAliveTimeout: timeouts.keepAliveTimeoutMs,
    // Node checks those timeouts on this period (default 30 s); a short timeout needs a shorter period.
    connectionsCheckingInterval: Math.min(1_000, Math.max(100, Math.floor(timeouts.headersTimeoutMs / 2))),
  });
  const originAllowed = (origin: string | undefined, host: string | undefined): boolean =>
    origin === undefined || options.corsOrigins.includes(origin) || (host !== undefined && sameHost(origin, host));
  // Cross-site websocket hijacking: a browser page on another origin may not open a socket here.
  const wss = new WebSocketServer({
    server,
    path: GRAPHQL_PATH,
    verifyClient: (info: { origin?: string; req: http.IncomingMessage }) => originAllowed(info.origin || undefined, info.req.headers.host),
  });
  const site = options.web ? createStaticSite(options.web) : undefined;
  const wsRules = [...allValidationRules(limits), ...(limits.introspection ? [] : [NoSchemaIntrospectionCustomRule])];
  const connectionsByTenant = new Map<string, number>();
  const format = (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const out = formatError(formatted, error);
    return limits.fieldSuggestions ? out : { ...out, message: withoutSuggestions(out.message) };
  };

  /** A partner API key (`ApiKey …` or x-api-key) or a bearer JWT; never both looked at for one call. */
  const authenticate = async (authorization: string | undefined | null, xApiKey?: string | null): Promise<Principal> => {
    const key = presentedApiKey(authorization, xApiKey);
    if (key !== undefined) {
      if (!services.apiKeys) throw new UnauthenticatedError('API keys are not accepted here');
      return services.apiKeys.verify(key);
    }
    return verifier.verify(bearerToken(authorization));
  };
  /** Names a presented credential without keeping it: an API key by its public id, anything else by a fingerprint. */
  const presentedId = (authorization: unknown, xApiKey: unknown): string => {
    const key = presentedApiKey(typeof authorization === 'string' ? authorization : undefined, typeof xApiKey === 'string' ? xApiKey : undefined);
    const keyId = key !== undefined ? /^(ck_[A-Za-z0-9]{16})\./.exec(key)?.[1] : undefined;
    if (keyId) return `apikey:${keyId}`;
    const raw = typeof authorization === 'string' && authorization ? authorization : typeof xApiKey === 'string' && xApiKey ? xApiKey : undefined;
    return raw ? `presented:${credentialFingerprint(raw)}` : 'none';
  };
  /** Every rejected credential is recorded (best effort: a flood of bad tokens must not queue without bound). */
  const auditRejected = (credentialId: string, code: string, origin: RequestOrigin, requestId: string, transport: 'http' | 'ws'): void => {
    services.audit?.recordBestEffort({
      tenantId: UNAUTHENTICATED_CHAIN,
      actor: { subject: 'anonymous', credentialId, roles: [] },
      action: 'CREDENTIAL_REJECTED',
      outcome: 'DENIED',
      errorCode: code,
      requestId,
      ...origin,
      detail: { transport },
    });
  };

  const wsCleanup = useServer<Record<string, unknown>, { principal?: Principal; requestId?: string; origin?: RequestOrigin }>(
    {
      schema,
      connectionInitWaitTimeout: options.ws.connectionInitWaitTimeoutMs,
      // The same limits as HTTP: tokens bound the parse, then the shared rules, then the cost with variables.
      onSubscribe: (ctx, _id, payload): ExecutionArgs | readonly GraphQLError[] => {
        if (Object.keys(ctx.subscriptions).length > options.ws.maxSubscriptionsPerConnection) {
          return [new GraphQLError(`At most ${options.ws.maxSubscriptionsPerConnection} operations may be active on one connection`, { extensions: { code: 'RATE_LIMITED' } })];
        }
        let document;
        try {
          document = parse(payload.query, { maxTokens: limits.maxTokens });
        } catch (err) {
          const message = err instanceof GraphQLError ? err.message : 'Syntax error';
          return [new GraphQLError(message, { extensions: { code: 'GRAPHQL_PARSE_FAILED' } })];
        }
        const errors = validate(schema, document, wsRules);
        if (errors.length) return errors.map((e) => new GraphQLError(e.message, { nodes: e.nodes, extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }));
        const cost = queryCost(schema, document, payload.variables ?? undefined, payload.operationName);
        if (cost > limits.maxCost) return [costError(cost, limits)];
        return { schema, document, variableValues: payload.variables, operationName: payload.operationName };
      },
      onConnect: async (ctx) => {
        const params = ctx.connectionParams ?? {};
        const raw = (params.Authorization ?? params.authorization ?? (params.token ? `Bearer ${String(params.token)}` : undefined)) as string | undefined;
        const wsApiKey = (params['x-api-key'] ?? params.apiKey) as string | undefined;
        let principal: Principal;
        const caller = originOf(ctx.extra.request);
        try {
          principal = await authenticate(typeof raw === 'string' ? raw : undefined, typeof wsApiKey === 'string' ? wsApiKey : undefined);
        } catch (err) {
          auditRejected(presentedId(raw, wsApiKey), err instanceof ChartcoderError ? err.code : 'UNAUTHENTICATED', caller, crypto.randomUUID(), 'ws');
          ctx.extra.socket.close(CloseCode.Unauthorized, 'Unauthorized');
          return false;
        }
        const open = connectionsByTenant.get(principal.tenant) ?? 0;
        if (open >= options.ws.maxConnectionsPerTenant) {
          metrics.graphqlErrors.inc({ code: 'RATE_LIMITED' });
          ctx.extra.socket.close(WS_CLOSE_POLICY_VIOLATION, 'Too many connections for this tenant');
          return false;
        }
        connectionsByTenant.set(principal.tenant, open + 1);
        ctx.extra.principal = principal;
        ctx.extra.origin = caller;
        ctx.extra.requestId = crypto.randomUUID();
        metrics.websocketConnections.inc();
        return true;
      },
      onDisconnect: (ctx) => {
        const principal = ctx.extra.principal;
        if (!principal) return;
        metrics.websocketConnections.dec();
        const left = (connectionsByTenant.get(principal.tenant) ?? 1) - 1;
        if (left > 0) connectionsByTenant.set(principal.tenant, left);
        else connectionsByTenant.delete(principal.tenant);
      },
      context: (ctx): GraphqlContext => {
        // Per connection: a subscription whose subscriber stopped reading closes this socket (bounded memory).
        const socket = ctx.extra.socket;
        const connectionServices: typeof services = Object.assign({}, services, {
          onSlowSubscriber: () => {
            metrics.graphqlErrors.inc({ code: 'SLOW_SUBSCRIBER' });
            logger.warn({ requestId: ctx.extra.requestId }, 'websocket subscriber is not reading its events; closing');
            socket.close(WS_CLOSE_SLOW_SUBSCRIBER, 'Subscriber is not reading its events');
          },
          ...(options.ws.maxBufferedEventsPerSubscription ? { maxBufferedEvents: options.ws.maxBufferedEventsPerSubscription } : {}),
        });
        return { principal: ctx.extra.principal, requestId: ctx.extra.requestId ?? crypto.randomUUID(), services: connectionServices, origin: ctx.extra.origin };
      },
      onError: (_ctx, _id, _payload, errors) => {
        for (const e of errors) metrics.graphqlErrors.inc({ code: String(e.extensions?.code ?? 'UNKNOWN') });
        return errors.map((e) => format(e.toJSON(), e));
      },
      onNext: (_ctx, _id, _payload, _args, result) => {
        // Subscription results pass through the same error formatting as HTTP.
        const r = result as { errors?: readonly GraphQLError[] };
        if (r.errors?.length) {
          return { ...result, errors: r.errors.map((e) => format(e.toJSON(), e)) } as unknown as typeof result;
        }
        return undefined;
      },
    },
    wss,
    options.ws.keepAliveMs,
  );

  const apollo = new ApolloServer<GraphqlContext>({
    schema,
    formatError: format,
    includeStacktraceInErrorResponses: false,
    // A cross-site form post or simple GET cannot run an operation: it needs a JSON content type or the
    // apollo-require-preflight header, which a browser only sends after a CORS preflight we control.
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    parseOptions: { maxTokens: limits.maxTokens },
    // The process owns SIGINT/SIGTERM (graceful drain of workers too); Apollo must not race it.
    stopOnTerminationSignals: false,
    validationRules: validationRules(limits),
    introspection: limits.introspection,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer: server }),
      ApolloServerPluginLandingPageDisabled(),
      {
        async serverWillStart() {
          return {
            async drainServer() {
              await wsCleanup.dispose();
            },
          };
        },
        async requestDidStart() {
          return {
            async didResolveOperation(rc) {
              const cost = queryCost(schema, rc.document, rc.request.variables, rc.operationName);
              // A client fault: 400, not Apollo's default 500 for errors thrown from plugins.
              if (cost > limits.maxCost) throw costError(cost, limits, { http: { status: 400 } });
            },
            async didEncounterErrors(rc) {
              for (const e of rc.errors) {
                const original = e.originalError;
                const code = original instanceof ChartcoderError ? original.code : String(e.extensions?.code ?? 'INTERNAL_SERVER_ERROR');
                metrics.graphqlErrors.inc({ code });
                if (!(original instanceof ChartcoderError) && !e.extensions?.code) {
                  // Unexpected: log the error class and path, never variables (they hold note text).
                  logger.error({ requestId: rc.contextValue.requestId, err: original?.name ?? e.name, path: e.path }, 'unexpected GraphQL error');
                }
              }
            },
          };
        },
      },
    ],
  });
  await apollo.start();

  const readiness = new Readiness(options.readiness, {
    onFailure: (check, err) => logger.warn({ check, err: (err as Error).name }, 'readiness check failed'),
  });

  server.on('request', (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const requestId = (typeof req.headers['x-request-id'] === 'string' && /^[\w-]{1,64}$/.test(req.headers['x-request-id']) ? req.headers['x-request-id'] : crypto.randomUUID());
    res.setHeader('x-request-id', requestId);
    const origin = typeof req.headers.origin === 'string' ? req.headers.origin : undefined;
    if (origin !== undefined && options.corsOrigins.includes(origin)) {
      res.setHeader('access-control-allow-origin', origin);
      res.setHeader('vary', 'Origin');
    }
    const handle = async (): Promise<void> => {
      if (req.method === 'OPTIONS') {
        if (origin === undefined || !options.corsOrigins.includes(origin)) return sendJson(res, 403, { error: 'origin not allowed' });
        res.writeHead(204, {
          'access-control-allow-methods': 'GET, POST, OPTIONS',
          'access-control-allow-headers': 'authorization, x-api-key, content-type, apollo-require-preflight, x-request-id',
          'access-control-max-age': String(CORS_MAX_AGE_SECONDS),
        });
        res.end();
        return;
      }
      if (url.pathname === '/healthz') return sendJson(res, 200, { status: 'ok' });
      if (url.pathname === '/readyz') {
        const report = await readiness.report();
        return sendJson(res, report.httpStatus, report.body);
      }
      if (url.pathname === '/metrics') {
        const body = await metrics.registry.metrics();
        res.writeHead(200, { 'content-type': metrics.registry.contentType });
        res.end(body);
        return;
      }
      if (url.pathname !== GRAPHQL_PATH) {
        if (site && (await site(req, res, url.pathname))) return;
        return sendJson(res, 404, { error: 'not found' });
      }

      let body: unknown;
      if (req.method === 'POST') {
        // GraphQL over HTTP: a POST body is JSON. Anything else is refused before it is read, so a body sent
        // as text/plain, a form or XML (or with no type) never runs an operation.
        if (!JSON_CONTENT_TYPE.test(req.headers['content-type'] ?? '')) {
          return sendJson(res, 415, graphqlErrorBody('BAD_REQUEST', 'Content-Type must be application/json'));
        }
        let raw: string;
        try {
          raw = await readBody(req, options.maxRequestBytes);
        } catch (err) {
          if (err instanceof BodyTooLargeError) return sendJson(res, 413, graphqlErrorBody('PAYLOAD_TOO_LARGE', `Request body is larger than ${options.maxRequestBytes} bytes`));
          throw err;
        }
        try {
          body = raw.length ? JSON.parse(raw) : undefined;
        } catch {
          return sendJson(res, 400, graphqlErrorBody('BAD_REQUEST', 'Request body is not valid JSON'));
        }
      }
      const headers = new HeaderMap();
      for (const [k, v] of Object.entries(req.headers)) if (v !== undefined) headers.set(k, Array.isArray(v) ? v.join(', ') : v);
      let principal: Principal;
      const caller = originOf(req);
      try {
        principal = await authenticate(req.headers.authorization, headerValue(req.headers['x-api-key']));
      } catch (err) {
        const e = err instanceof ChartcoderError ? err : new UnauthenticatedError();
        auditRejected(presentedId(req.headers.authorization, headerValue(req.headers['x-api-key'])), e.code, caller, requestId, 'http');
        metrics.graphqlErrors.inc({ code: e.code });
        return sendJson(res, 401, graphqlErrorBody(e.code, e.message));
      }
      const result = await apollo.executeHTTPGraphQLRequest({
        httpGraphQLRequest: { method: (req.method ?? 'GET').toUpperCase(), headers, search: url.search, body },
        context: async () => ({ principal, requestId, services, origin: caller }),
      });
      for (const [k, v] of result.headers) res.setHeader(k, v);
      res.statusCode = result.status ?? 200;
      if (result.body.kind === 'complete') {
        res.end(result.body.string);
      } else {
        for await (const chunk of result.body.asyncIterator) res.write(chunk);
        res.end();
      }
    };
    handle().catch((err) => {
      logger.error({ requestId, err: (err as Error).name }, 'request failed');
      if (!res.headersSent) sendJson(res, 500, graphqlErrorBody('INTERNAL_SERVER_ERROR', 'Internal server error'));
      else res.end();
    });
  });

  return {
    server,
    listen: (port, host = '0.0.0.0') =>
      new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, host, () => {
          server.off('error', reject);
          resolve((server.address() as AddressInfo).port);
        });
      }),
    stop: async () => {
      // Out of the load balancer's rotation first, while in-flight requests finish.
      readiness.beginShutdown();
      await apollo.stop();
      wss.close();
    },
  };
}

const MAX_FORWARDED_FOR_CHARS = 256;

const headerValue = (v: string | string[] | undefined): string | undefined => (typeof v === 'string' ? v : undefined);

function originOf(req: http.IncomingMessage): RequestOrigin {
  const xff = req.headers['x-forwarded-for'];
  // Client-controlled: kept only when it is a list of addresses, so no free text reaches the audit trail.
  const forwardedFor = typeof xff === 'string' ? (/^[0-9A-Fa-f:.,\[\] ]{1,256}$/.test(xff) ? xff.slice(0, MAX_FORWARDED_FOR_CHARS) : 'invalid') : undefined;
  return { ...(req.socket.remoteAddress ? { ip: req.socket.remoteAddress } : {}), ...(forwardedFor ? { forwardedFor } : {}) };
}

function sameHost(origin: string, host: string): boolean {
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}
