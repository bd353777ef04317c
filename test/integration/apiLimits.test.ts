// The API's protective limits on real servers, over HTTP and graphql-ws alike: depth, aliases, directives,
// tokens and cost; introspection and field suggestions off in production; CSRF prevention, no batched
// arrays, the CORS allow-list and the websocket Origin check; subscriptions per connection, connections per
// tenant and the connection_init deadline. Each case expects a typed rejection and a server that still answers.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'graphql';
import WebSocket from 'ws';
import { loadConfig } from '../../src/config';
import { startApp, type App } from '../../src/app';
import { createLogger } from '../../src/observability/logger';
import { loadOrCreateSecretFile, mintLocalToken } from '../../src/auth';
import { isolatedServiceEnv } from '../helpers/infra';
import { gql, waitFor, wsClient, type GraphqlError } from '../helpers/graphqlClient';

const ALLOWED_ORIGIN = 'https://workbench.example.org';

describe('API limits (HTTP and graphql-ws)', () => {
  let app: App;
  let url: string;
  let token: string;
  let otherTenant: string;
  let dataDir: string;

  beforeAll(async () => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cc-limits-'));
    const config = loadConfig({
      MODE: 'split',
      PORT: '0',
      ...isolatedServiceEnv(dataDir, 'limits'),
      NODE_ENV: 'production',
      GRAPHQL_MAX_DEPTH: '4',
      GRAPHQL_MAX_ALIASES: '3',
      GRAPHQL_MAX_DIRECTIVES: '3',
      GRAPHQL_MAX_TOKENS: '200',
      GRAPHQL_MAX_COST: '500',
      CORS_ORIGINS: ALLOWED_ORIGIN,
      WS_MAX_SUBSCRIPTIONS_PER_CONNECTION: '2',
      WS_MAX_CONNECTIONS_PER_TENANT: '2',
      WS_CONNECTION_INIT_TIMEOUT_MS: '300',
      RATE_LIMIT_CREDENTIAL_NOTES_PER_MINUTE: 'submitter=2',
      LOG_LEVEL: 'silent',
    });
    app = await startApp({ config, roles: new Set(['api']), logger: createLogger({ level: 'silent' }) });
    url = app.graphqlUrl!;
    const secret = loadOrCreateSecretFile(path.join(dataDir, 'jwt-secret'));
    token = await mintLocalToken(secret, { tenant: 'tenant-limits', roles: ['submitter', 'reader'] });
    otherTenant = await mintLocalToken(secret, { tenant: 'tenant-other', roles: ['reader'] });
  });

  afterAll(async () => {
    await app?.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  const http = (query: string, variables?: Record<string, unknown>) => gql(url, token, parse(query), variables);
  const codeOf = (errors: GraphqlError[] | undefined): string | undefined => errors?.[0]?.extensions?.code;

  // __typename aliases are free (GraphQL Armor's allow-list): a bomb aliases real fields.
  const aliasBomb = '{ a: jobs(first: 1) { pageInfo { hasNextPage } } b: jobs(first: 1) { pageInfo { hasNextPage } } c: jobs(first: 1) { pageInfo { hasNextPage } } d: jobs(first: 1) { pageInfo { hasNextPage } } }';
  const directiveBomb = '{ __typename @include(if: true) @include(if: true) @skip(if: false) @skip(if: false) }';
  const deep = '{ jobs { edges { node { stages { stage } } } } }';
  const costly = 'query { jobs(first: 100) { edges { node { id status noteChars createdAt updatedAt } } } }';
  const cheap = 'query { jobs(first: 2) { edges { node { id } } } }';
  const manyTokens = `{ ${Array.from({ length: 250 }, () => '__typename').join(' ')} }`;
  const introspection = '{ __schema { types { name } } }';

  /** Runs one operation over graphql-ws and returns the errors it was rejected with (or none). */
  async function overWs(query: string, variables?: Record<string, unknown>): Promise<GraphqlError[] | undefined> {
    const client = wsClient(url, token);
    try {
      return await new Promise<GraphqlError[] | undefined>((resolve) => {
        client.subscribe({ query, variables }, {
          next: (r) => (r.errors?.length ? resolve(r.errors as GraphqlError[]) : undefined),
          error: (e) => resolve(Array.isArray(e) ? (e as GraphqlError[]) : [{ message: String(e) }]),
          complete: () => resolve(undefined),
        });
      });
    } finally {
      await client.dispose();
    }
  }

  it.each([
    ['aliases', aliasBomb, 'GRAPHQL_VALIDATION_FAILED'],
    ['directives', directiveBomb, 'GRAPHQL_VALIDATION_FAILED'],
    ['depth', deep, 'GRAPHQL_VALIDATION_FAILED'],
    ['tokens', manyTokens, 'GRAPHQL_PARSE_FAILED'],
    ['cost (list fields weighted by first)', costly, 'QUERY_TOO_COMPLEX'],
    ['introspection (off in production)', introspection, 'GRAPHQL_VALIDATION_FAILED'],
  ])('%s: rejected with a typed error on HTTP and on graphql-ws', async (_name, query, code) => {
    const r = await http(query);
    expect(r.status).toBeLessThan(500);
    expect(codeOf(r.errors)).toBe(code);
    expect(r.data ?? undefined).toBeUndefined();
    expect(codeOf(await overWs(query))).toBe(code);
  });

  it('operations within the limits pass on both transports', async () => {
    const r = await http(cheap);
    expect(r.errors).toBeUndefined();
    expect(r.data).toEqual({ jobs: { edges: [] } });
    expect(await overWs(cheap)).toBeUndefined();
    expect(await overWs('{ a: __typename b: __typename c: __typename }')).toBeUndefined();
  });

  it('cost counts the page size a variable asks for', async () => {
    const q = 'query($n: Int) { jobs(first: $n) { edges { node { id status noteChars createdAt updatedAt } } } }';
    expect(codeOf((await http(q, { n: 100 })).errors)).toBe('QUERY_TOO_COMPLEX');
    expect((await http(q, { n: 2 })).errors).toBeUndefined();
    expect(codeOf(await overWs(q, { n: 100 }))).toBe('QUERY_TOO_COMPLEX');
  });

  it('field suggestions are off in production: an unknown field is not answered with the schema', async () => {
    const r = await http('{ jbos { edges { cursor } } }');
    expect(codeOf(r.errors)).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(r.errors![0].message).not.toMatch(/Did you mean/);
    const ws = await overWs('{ jbos { edges { cursor } } }');
    expect(ws![0].message).not.toMatch(/Did you mean/);
  });

  it('CSRF prevention: a simple (non-preflighted) request cannot run an operation; batched arrays are refused', async () => {
    const form = await fetch(url, { method: 'POST', headers: { 'content-type': 'text/plain', authorization: `Bearer ${token}` }, body: JSON.stringify({ query: '{ __typename }' }) });
    expect(form.status).toBe(415);
    const get = await fetch(`${url}?query=${encodeURIComponent('{ __typename }')}`, { headers: { authorization: `Bearer ${token}` } });
    expect(get.status).toBe(400);
    const batch = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify([{ query: '{ __typename }' }, { query: '{ __typename }' }]),
    });
    expect(batch.status).toBe(400);
  });

  it('CORS answers only the allow-listed origin', async () => {
    const preflight = (origin: string) =>
      fetch(url, { method: 'OPTIONS', headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization, content-type' } });
    const ok = await preflight(ALLOWED_ORIGIN);
    expect(ok.status).toBe(204);
    expect(ok.headers.get('access-control-allow-origin')).toBe(ALLOWED_ORIGIN);
    expect(ok.headers.get('access-control-allow-headers')).toContain('authorization');
    const evil = await preflight('https://evil.example.com');
    expect(evil.status).toBe(403);
    expect(evil.headers.get('access-control-allow-origin')).toBeNull();
    const post = await fetch(url, { method: 'POST', headers: { origin: 'https://evil.example.com', 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify({ query: '{ __typename }' }) });
    expect(post.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('a websocket from a foreign browser origin is refused; the allow-listed origin is accepted', async () => {
    const attempt = (origin: string) =>
      new Promise<string>((resolve) => {
        const socket = new WebSocket(url.replace(/^http/, 'ws'), 'graphql-transport-ws', { origin });
        socket.on('open', () => {
          socket.close();
          resolve('open');
        });
        socket.on('unexpected-response', (_req, res) => resolve(`http ${res.statusCode}`));
        socket.on('error', () => resolve('error'));
      });
    expect(await attempt('https://evil.example.com')).toBe('http 401');
    expect(await attempt(ALLOWED_ORIGIN)).toBe('open');
  });

  async function activeSubscriptions(): Promise<number> {
    const text = await (await fetch(url.replace(/\/graphql$/, '/metrics'))).text();
    return Number(/^chartcoder_active_subscriptions (\d+)/m.exec(text)?.[1] ?? 0);
  }

  it('at most N operations per connection: the next one gets RATE_LIMITED, the others keep running', async () => {
    const client = wsClient(url, token);
    const results: Array<GraphqlError[] | 'active'> = [];
    const stops: Array<() => void> = [];
    try {
      for (let i = 0; i < 3; i++) {
        results.push('active');
        stops.push(
          client.subscribe({ query: 'subscription { jobUpdates { jobId } }' }, {
            next: () => undefined,
            error: (e) => (results[i] = Array.isArray(e) ? (e as GraphqlError[]) : [{ message: String(e) }]),
            complete: () => undefined,
          }),
        );
        // Wait until the server holds this one (or has refused it) before sending the next.
        await waitFor(async () => (results[i] !== 'active' || (await activeSubscriptions()) >= i + 1 ? true : undefined));
      }
      expect(results[0]).toBe('active');
      expect(results[1]).toBe('active');
      expect(codeOf(results[2] as GraphqlError[])).toBe('RATE_LIMITED');
    } finally {
      stops.forEach((s) => s());
      await client.dispose();
    }
  });

  it('at most N connections per tenant: the next one is closed with 1008; other tenants are unaffected', async () => {
    const open = (t: string) =>
      new Promise<{ socket: WebSocket; closed: Promise<number> }>((resolve) => {
        const socket = new WebSocket(url.replace(/^http/, 'ws'), 'graphql-transport-ws');
        const closed = new Promise<number>((r) => socket.on('close', (code) => r(code)));
        socket.on('open', () => socket.send(JSON.stringify({ type: 'connection_init', payload: { Authorization: `Bearer ${t}` } })));
        socket.on('message', (m) => {
          if (JSON.parse(String(m)).type === 'connection_ack') resolve({ socket, closed });
        });
        closed.then(() => resolve({ socket, closed }));
      });
    const a = await open(token);
    const b = await open(token);
    const c = await open(token);
    try {
      expect(await c.closed).toBe(1008);
      const other = await open(otherTenant);
      expect(other.socket.readyState).toBe(WebSocket.OPEN);
      other.socket.close();
    } finally {
      a.socket.close();
      b.socket.close();
    }
  });

  it('a socket that never sends connection_init is closed at the deadline (4408)', async () => {
    const socket = new WebSocket(url.replace(/^http/, 'ws'), 'graphql-transport-ws');
    const code = await new Promise<number>((resolve) => socket.on('close', (c) => resolve(c)));
    expect(code).toBe(4408);
  });

  it('a credential over its role\'s rate gets RATE_LIMITED with a retry hint (shared bucket in DynamoDB)', async () => {
    const submit = () => http('mutation($t: String!) { submitNote(input: { text: $t }) { job { id } } }', { t: 'Essential hypertension.' });
    const codes: Array<string | undefined> = [];
    let hint: unknown;
    for (let i = 0; i < 4; i++) {
      const r = await submit();
      codes.push(codeOf(r.errors));
      if (r.errors) hint = r.errors[0].extensions?.retryAfterSeconds;
    }
    expect(codes.slice(0, 2)).toEqual([undefined, undefined]);
    expect(codes.slice(2)).toEqual(['RATE_LIMITED', 'RATE_LIMITED']);
    expect(hint).toEqual(expect.any(Number));
    expect(hint as number).toBeGreaterThanOrEqual(1);
  });

  it('the server still answers after every rejection', async () => {
    const r = await http('{ __typename }');
    expect(r.data).toEqual({ __typename: 'Query' });
  });
});
