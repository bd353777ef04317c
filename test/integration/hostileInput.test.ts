// The hostile-input suite (issue 12 §6): every request is hostile until proven otherwise. Against a real
// API + worker on the local servers: query bombs, fragment cycles, huge variables, broken encodings and
// control characters, oversize notes, wrong content types, batched arrays, forged/expired/wrong-audience/
// alg:none tokens, another tenant's ids in every argument of every operation, injection strings in every
// string argument, cursor tampering, subscription floods, slow-loris sockets, and a seeded, time-bounded
// grammar fuzz over the schema. Each case expects a typed rejection (or a correct answer), no 5xx where the
// client is at fault, no stack trace, no echo of what was sent; the server answers afterwards. The tally
// (cases tried, typed rejections, 5xx, crashes) is printed for the closing note.
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import {
  buildSchema,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLSchema,
} from 'graphql';
import { SignJWT } from 'jose';
import { loadConfig } from '../../src/config';
import { startApp, type App } from '../../src/app';
import { createLogger } from '../../src/observability/logger';
import { loadOrCreateSecretFile, mintLocalToken, LOCAL_AUDIENCE, LOCAL_ISSUER } from '../../src/auth';
import { mulberry32 } from '../../src/engine/random';
import { isolatedServiceEnv, uniqueName } from '../helpers/infra';
import { gqlOk, waitFor, wsClient, type GraphqlError } from '../helpers/graphqlClient';
import { JobDocument, SubmitNoteDocument } from '../generated/graphql';

const MAX_NOTE_CHARS = 20_000;
const SCHEMA_FILE = path.join(__dirname, '..', '..', 'schema', 'schema.graphql');
/** Every code a client may see. INTERNAL is not in it: a client's input must never cause one. */
const TYPED_CODES = new Set([
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'QUERY_TOO_COMPLEX',
  'PAYLOAD_TOO_LARGE',
  'NOT_FOUND',
  'FORBIDDEN',
  'UNAUTHENTICATED',
  'CONFLICT',
  'RATE_LIMITED',
  'INVALID_CODE',
  'UNKNOWN_CODE',
]);
/** Strings an attacker tries in every string argument. */
const INJECTIONS = [
  "' OR '1'='1' --",
  '{"$gt": ""}',
  '#pk = :pk OR attribute_exists(#sk)',
  '../../../../etc/passwd',
  '<script>alert(1)</script>',
  'x\r\nSet-Cookie: a=b',
  '%s%s%s%n',
  '${jndi:ldap://127.0.0.1/a}',
  '\u202Egnp.exe',
  'TENANT#other#JOB#01JCXG8Z9Q4W7N3V5T2R1PKHMB',
  'a'.repeat(5_000),
];

interface Outcome {
  status: number;
  errors?: GraphqlError[];
  data?: Record<string, unknown> | null;
  text: string;
}

const tally = { tried: 0, typedRejections: 0, answered: 0, serverErrors: 0, untyped: 0 };

// The setup starts the service and takes one job through the whole engine, whose first load of its lexicons and code
// tables costs tens of CPU-seconds; on a shared CI machine under load that alone passed Jest's 60 s default. These are
// budgets for readiness, not assertions about speed: the hooks return as soon as the job is done.
const SETUP_JOB_TIMEOUT_MS = 150_000;
const SETUP_TIMEOUT_MS = 240_000;

describe('hostile input (HTTP and graphql-ws, real servers)', () => {
  let app: App;
  let url: string;
  let base: string;
  let secret: Uint8Array;
  let alice: string; // tenant-a, every role
  let mallory: string; // tenant-m, every role: the cross-tenant prober
  let dataDir: string;
  let schema: GraphQLSchema;
  let aliceJob: string;
  let aliceCursor: string | undefined;

  beforeAll(async () => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cc-hostile-'));
    const config = loadConfig({
      MODE: 'split',
      PORT: '0',
      ...isolatedServiceEnv(dataDir, 'hostile'),
      NODE_ENV: 'production',
      MAX_NOTE_CHARS: String(MAX_NOTE_CHARS),
      HTTP_HEADERS_TIMEOUT_MS: '1000',
      HTTP_REQUEST_TIMEOUT_MS: '2000',
      WS_MAX_SUBSCRIPTIONS_PER_CONNECTION: '5',
      LOG_LEVEL: 'silent',
    });
    app = await startApp({ config, roles: new Set(['api', 'worker']), logger: createLogger({ level: 'silent' }) });
    url = app.graphqlUrl!;
    base = url.replace(/\/graphql$/, '');
    secret = loadOrCreateSecretFile(path.join(dataDir, 'jwt-secret'));
    const all = ['submitter', 'reader', 'reviewer', 'admin'] as const;
    alice = await mintLocalToken(secret, { tenant: 'tenant-a', roles: [...all] });
    mallory = await mintLocalToken(secret, { tenant: 'tenant-m', roles: [...all] });
    schema = buildSchema(fs.readFileSync(SCHEMA_FILE, 'utf8'));
    const submitted = await gqlOk(url, alice, SubmitNoteDocument, { input: { text: 'Assessment: type 2 diabetes mellitus and essential hypertension.', idempotencyKey: 'alice-key-1', encounterId: 'enc-alice' } });
    aliceJob = submitted.submitNote.job.id;
    await waitFor(async () => {
      const { job } = await gqlOk(url, alice, JobDocument, { id: aliceJob });
      return ['COMPLETED', 'NEEDS_REVIEW'].includes(job.status) ? job : undefined;
    }, SETUP_JOB_TIMEOUT_MS);
    const page = await post(JSON.stringify({ query: '{ jobs(first: 1) { pageInfo { endCursor } } }' }), alice);
    aliceCursor = (page.data?.jobs as { pageInfo: { endCursor?: string } } | undefined)?.pageInfo.endCursor;
  }, SETUP_TIMEOUT_MS);

  afterAll(async () => {
    // eslint-disable-next-line no-console
    console.log(`hostile-input tally: ${JSON.stringify(tally)}`);
    await app?.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  async function post(body: string | Buffer, token: string | undefined, headers: Record<string, string> = {}): Promise<Outcome> {
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers },
      body,
    });
    const text = await res.text();
    let parsed: { data?: Record<string, unknown> | null; errors?: GraphqlError[] } = {};
    try {
      parsed = JSON.parse(text);
    } catch {
      // Not JSON (e.g. a plain 4xx): judged on the status alone.
    }
    return { status: res.status, errors: parsed.errors, data: parsed.data, text };
  }

  /**
   * The contract for a hostile request: < 500, every error typed (a client-visible code, never INTERNAL), no
   * stack trace, and nothing sent echoed back (a note's text is PHI). Returns the first error code.
   */
  function judge(o: Outcome, sent: readonly string[] = []): string | undefined {
    tally.tried++;
    if (o.status >= 500) tally.serverErrors++;
    expect(o.status).toBeLessThan(500);
    expect(o.text).not.toMatch(/stacktrace|\bat [\w.<>]+ \(.*:\d+:\d+\)/);
    for (const s of sent) if (s.length >= 12) expect(o.text).not.toContain(s);
    if (!o.errors?.length) {
      tally.answered++;
      return undefined;
    }
    for (const e of o.errors) {
      const code = e.extensions?.code;
      if (typeof code !== 'string' || !TYPED_CODES.has(code)) tally.untyped++;
      expect(TYPED_CODES).toContain(code);
    }
    tally.typedRejections++;
    return o.errors[0].extensions?.code;
  }

  async function healthy(): Promise<void> {
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
    const r = await post(JSON.stringify({ query: '{ jobs(first: 1) { edges { node { id } } } }' }), alice);
    expect(r.errors).toBeUndefined();
  }

  describe('query shape', () => {
    const fieldsOf = (n: number) => Array.from({ length: n }, (_, i) => `f${i}: __typename`).join(' ');
    it.each([
      ['deep nesting (60 levels)', `{ ${'jobs { edges { node { '.repeat(20)}id${' } } }'.repeat(20)} }`],
      ['wide selection (5,000 fields)', `{ ${fieldsOf(5_000)} }`],
      ['alias bomb on a list field', `{ ${Array.from({ length: 100 }, (_, i) => `a${i}: jobs(first: 100) { edges { node { id } } }`).join(' ')} }`],
      ['directive bomb', `{ __typename ${'@include(if: true) '.repeat(500)} }`],
      ['fragment cycle', 'query { jobs { ...A } } fragment A on JobConnection { ...B } fragment B on JobConnection { ...A }'],
      ['fragment spread fan-out', `query { jobs { ...F0 } } ${Array.from({ length: 30 }, (_, i) => `fragment F${i} on JobConnection { ${i < 29 ? `...F${i + 1} ...F${i + 1}` : 'pageInfo { hasNextPage }'} }`).join(' ')}`],
      ['deeply nested list literal', `{ jobs(first: ${'['.repeat(2_000)}1${']'.repeat(2_000)}) { pageInfo { hasNextPage } } }`],
      ['unterminated string', '{ icd10Code(code: "E11'],
      ['unknown operation name', JSON.stringify({ query: '{ __typename }', operationName: 'Nope' })],
    ])('%s: typed rejection, server healthy', async (_name, query) => {
      const body = query.startsWith('{"') ? query : JSON.stringify({ query });
      const code = judge(await post(body, alice));
      expect(code).toBeDefined();
      await healthy();
    });

    it('a fragment cycle and an alias bomb are refused over graphql-ws too', async () => {
      for (const query of ['query { jobs { ...A } } fragment A on JobConnection { ...B } fragment B on JobConnection { ...A }', `{ ${Array.from({ length: 100 }, (_, i) => `a${i}: jobs(first: 100) { edges { node { id } } }`).join(' ')} }`]) {
        const client = wsClient(url, alice);
        try {
          const errors = await new Promise<GraphqlError[] | undefined>((resolve) => {
            client.subscribe({ query }, { next: (r) => resolve(r.errors as GraphqlError[] | undefined), error: (e) => resolve(Array.isArray(e) ? (e as GraphqlError[]) : [{ message: String(e) }]), complete: () => resolve(undefined) });
          });
          tally.tried++;
          expect(TYPED_CODES).toContain(errors?.[0]?.extensions?.code);
          tally.typedRejections++;
        } finally {
          await client.dispose();
        }
      }
    });
  });

  describe('bodies, encodings and transports', () => {
    it('huge variables: a body over the limit is 413 PAYLOAD_TOO_LARGE before it is parsed', async () => {
      const body = JSON.stringify({ query: 'query($q: String!) { icd10Code(code: $q) { code } }', variables: { q: 'x'.repeat(40 * 1024 * 1024) } });
      const o = await post(body, alice);
      expect(o.status).toBe(413);
      expect(judge(o)).toBe('PAYLOAD_TOO_LARGE');
      await healthy();
    });

    it('a note over MAX_NOTE_CHARS is PAYLOAD_TOO_LARGE and creates no job', async () => {
      const encounterId = `enc-${uniqueName()}`;
      const text = `Patient Zelda Quarry has asthma. ${'x'.repeat(MAX_NOTE_CHARS)}`;
      const o = await post(JSON.stringify({ query: 'mutation($i: SubmitNoteInput!) { submitNote(input: $i) { job { id } } }', variables: { i: { text, encounterId } } }), alice);
      expect(judge(o, ['Zelda Quarry'])).toBe('PAYLOAD_TOO_LARGE');
      const list = await post(JSON.stringify({ query: `{ jobs(filter: { encounterId: "${encounterId}" }) { edges { node { id } } } }` }), alice);
      expect((list.data?.jobs as { edges: unknown[] }).edges).toEqual([]);
    });

    it('invalid UTF-8 bytes, NUL and control characters in a note: accepted as text, processed to the end, evidence offsets exact', async () => {
      const prefix = Buffer.from('{"query":"mutation($i: SubmitNoteInput!) { submitNote(input: $i) { job { id } } }","variables":{"i":{"text":"', 'utf8');
      const bad = Buffer.from([0xc3, 0x28, 0xff, 0xfe, 0xed, 0xa0, 0x80]); // overlong/invalid sequences and an encoded surrogate
      const rest = Buffer.from(' \\u0000\\u0001\\u001b[31m Assessment: essential hypertension.\\u0007"}}}', 'utf8');
      const o = await post(Buffer.concat([prefix, bad, rest]), alice);
      expect(judge(o)).toBeUndefined();
      const jobId = (o.data?.submitNote as { job: { id: string } }).job.id;
      const done = await waitFor(async () => {
        const { job } = await gqlOk(url, alice, JobDocument, { id: jobId });
        return ['COMPLETED', 'NEEDS_REVIEW', 'FAILED'].includes(job.status) ? job : undefined;
      });
      expect(['COMPLETED', 'NEEDS_REVIEW']).toContain(done.status);
      const report = await post(JSON.stringify({ query: `{ report(jobId: "${jobId}") { codes { code evidence { start end text } } } }` }), alice);
      const codes = (report.data?.report as { codes: Array<{ code: string; evidence: Array<{ text: string }> }> }).codes;
      expect(codes.map((c) => c.code)).toContain('I10');
    });

    it('a lone UTF-16 surrogate (not Unicode) is BAD_USER_INPUT, never a stored job that cannot be encoded', async () => {
      const body = '{"query":"mutation($i: SubmitNoteInput!) { submitNote(input: $i) { job { id } } }","variables":{"i":{"text":"Asthma \\ud800 flare."}}}';
      expect(judge(await post(body, alice))).toBe('BAD_USER_INPUT');
    });

    it.each([
      ['text/plain (CSRF: a simple request)', { 'content-type': 'text/plain' }],
      ['application/x-www-form-urlencoded', { 'content-type': 'application/x-www-form-urlencoded' }],
      ['multipart/form-data', { 'content-type': 'multipart/form-data; boundary=x' }],
      ['application/xml', { 'content-type': 'application/xml' }],
      ['none', { 'content-type': '' }],
    ])('wrong content type %s: 415 before the body is read, no operation run', async (_name, headers) => {
      const o = await post(JSON.stringify({ query: 'mutation { cancelJob(id: "x") { id } }' }), alice, headers);
      expect(o.status).toBe(415);
      expect(judge(o)).toBe('BAD_REQUEST');
    });

    it.each([
      ['malformed JSON', '{"query": "{ __typename }"'],
      ['a batched array', JSON.stringify([{ query: '{ __typename }' }, { query: '{ __typename }' }])],
      ['a JSON scalar', '42'],
      ['query of the wrong type', JSON.stringify({ query: { kind: 'Document' } })],
      ['variables of the wrong type', JSON.stringify({ query: '{ __typename }', variables: 'x' })],
      ['an empty body', ''],
    ])('%s: 400 with a typed error', async (_name, body) => {
      const o = await post(body, alice);
      expect(o.status).toBe(400);
      expect(judge(o)).toBeDefined();
    });

    it('a GET cannot run a mutation, and needs the preflight header for a query', async () => {
      const mutation = await fetch(`${url}?query=${encodeURIComponent('mutation { cancelJob(id: "x") { id } }')}`, { headers: { authorization: `Bearer ${alice}`, 'apollo-require-preflight': '1' } });
      tally.tried++;
      expect([400, 405]).toContain(mutation.status);
      const simple = await fetch(`${url}?query=${encodeURIComponent('{ __typename }')}`, { headers: { authorization: `Bearer ${alice}` } });
      tally.tried++;
      expect(simple.status).toBe(400);
      tally.typedRejections += 2;
    });
  });

  describe('credentials', () => {
    const b64 = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
    const claims = (over: Record<string, unknown> = {}) => ({ tenant: 'tenant-a', roles: ['admin'], sub: 'x', iss: LOCAL_ISSUER, aud: LOCAL_AUDIENCE, exp: Math.floor(Date.now() / 1000) + 600, ...over });
    const signed = (payload: Record<string, unknown>, key: Uint8Array = secret) => new SignJWT(payload).setProtectedHeader({ alg: 'HS256' }).sign(key);

    const cases: Array<[string, () => Promise<string | undefined>]> = [
      ['forged (another key)', () => signed(claims(), new Uint8Array(32).fill(7))],
      ['expired', () => signed(claims({ exp: Math.floor(Date.now() / 1000) - 3_600 }))],
      ['wrong audience', () => signed(claims({ aud: 'someone-else' }))],
      ['wrong issuer', () => signed(claims({ iss: 'https://evil.example' }))],
      ['alg:none', async () => `${b64({ alg: 'none', typ: 'JWT' })}.${b64(claims())}.`],
      ['no exp', () => signed(Object.fromEntries(Object.entries(claims()).filter(([k]) => k !== 'exp')))],
      ['tenant with a key separator', () => signed(claims({ tenant: 'tenant-a#JOB' }))],
      ['garbage', async () => 'not.a.jwt'],
      ['oversized (9 KB)', async () => 'a'.repeat(9_000)],
      ['absent', async () => undefined],
    ];

    it.each(cases)('%s token: 401 UNAUTHENTICATED over HTTP, socket closed over graphql-ws', async (_name, make) => {
      const token = await make();
      const o = await post(JSON.stringify({ query: '{ jobs(first: 1) { edges { node { id } } } }' }), token);
      expect(o.status).toBe(401);
      expect(judge(o)).toBe('UNAUTHENTICATED');
      const client = wsClient(url, token);
      try {
        const outcome = await new Promise<string>((resolve) => {
          client.subscribe({ query: `subscription { jobStatus(jobId: "${aliceJob}") { status } }` }, {
            next: () => resolve('data'),
            error: () => resolve('closed'),
            complete: () => resolve('complete'),
          });
        });
        tally.tried++;
        expect(outcome).toBe('closed');
        tally.typedRejections++;
      } finally {
        await client.dispose();
      }
    });

    it('headers past the server\'s header limit (a 20 KB token) are refused by the HTTP layer with 431', async () => {
      const o = await post(JSON.stringify({ query: '{ __typename }' }), 'a'.repeat(20_000));
      tally.tried++;
      expect(o.status).toBe(431);
      tally.typedRejections++;
      await healthy();
    });

    it('a non-Bearer scheme and a token in the query string are not credentials', async () => {
      const basic = await post(JSON.stringify({ query: '{ __typename }' }), undefined, { authorization: 'Basic YWRtaW46YWRtaW4=' });
      expect(judge(basic)).toBe('UNAUTHENTICATED');
      const res = await fetch(`${url}?access_token=${alice}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ __typename }' }) });
      tally.tried++;
      expect(res.status).toBe(401);
      tally.typedRejections++;
    });
  });

  describe("another tenant's ids in every argument", () => {
    /** Root fields taking a job id, and how to probe them; the test below fails when a new one is not listed. */
    const probes: Record<string, string> = {
      job: `query($id: ID!) { job(id: $id) { id status } }`,
      report: `query($id: ID!) { report(jobId: $id) { jobId codes { code } summary { text } } }`,
      jobEvents: `query($id: ID!) { jobEvents(jobId: $id) { status } }`,
      cancelJob: `mutation($id: ID!) { cancelJob(id: $id) { id status } }`,
      retryJob: `mutation($id: ID!) { retryJob(id: $id) { id status } }`,
      reportHistory: `query($id: ID!) { reportHistory(jobId: $id) { version report { codes { code } summary { text } } } }`,
      claimReview: `mutation($id: ID!) { claimReview(jobId: $id) { jobId reviewer } }`,
      submitReview: `mutation($id: ID!) { submitReview(jobId: $id, input: { decisions: [] }) { job { id status } } }`,
    };

    it('every query and mutation with an id argument is probed', () => {
      const withIds = [schema.getQueryType()!, schema.getMutationType()!].flatMap((t) =>
        Object.values(t.getFields())
          .filter((f) => f.args.some((a) => getNamedType(a.type).name === 'ID'))
          .map((f) => f.name),
      );
      expect(withIds.sort()).toEqual(Object.keys(probes).sort());
    });

    it.each(Object.keys(probes))('%s with tenant A\'s job id, as tenant B with every role: NOT_FOUND, nothing of A returned', async (field) => {
      const o = await post(JSON.stringify({ query: probes[field], variables: { id: aliceJob } }), mallory);
      expect(judge(o)).toBe('NOT_FOUND');
      expect(o.text).not.toContain('diabetes');
      expect(o.data?.[field] ?? null).toBeNull();
    });

    it("jobStatus(jobId) over graphql-ws with A's id: an error, never A's status", async () => {
      const client = wsClient(url, mallory);
      try {
        const got = await new Promise<{ data?: unknown; errors?: GraphqlError[] }>((resolve) => {
          client.subscribe({ query: `subscription { jobStatus(jobId: "${aliceJob}") { jobId status } }` }, {
            next: (r) => resolve({ data: r.data, errors: r.errors as GraphqlError[] | undefined }),
            error: (e) => resolve({ errors: Array.isArray(e) ? (e as GraphqlError[]) : [{ message: String(e) }] }),
            complete: () => resolve({}),
          });
        });
        tally.tried++;
        expect(got.data ?? null).toBeNull();
        expect(got.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
        tally.typedRejections++;
      } finally {
        await client.dispose();
      }
    });

    it("lists, filters, dead letters, idempotency keys and A's cursor never reach A's jobs", async () => {
      const list = await post(JSON.stringify({ query: '{ jobs(filter: { encounterId: "enc-alice" }) { edges { node { id } } } }' }), mallory);
      expect(judge(list)).toBeUndefined();
      expect((list.data?.jobs as { edges: unknown[] }).edges).toEqual([]);
      const dead = await post(JSON.stringify({ query: '{ deadLetters { edges { node { id } } } }' }), mallory);
      judge(dead);
      expect(dead.text).not.toContain(aliceJob);
      // The same idempotency key in another tenant is another job, never A's.
      const same = await post(JSON.stringify({ query: 'mutation { submitNote(input: { text: "Gout.", idempotencyKey: "alice-key-1" }) { job { id } } }' }), mallory);
      expect(judge(same)).toBeUndefined();
      expect((same.data?.submitNote as { job: { id: string } }).job.id).not.toBe(aliceJob);
      if (aliceCursor) {
        const paged = await post(JSON.stringify({ query: 'query($a: String) { jobs(first: 5, after: $a) { edges { node { id } } } }', variables: { a: aliceCursor } }), mallory);
        judge(paged);
        expect(paged.text).not.toContain(aliceJob);
      }
    });

    it("jobUpdates for tenant B never carries tenant A's transitions", async () => {
      const client = wsClient(url, mallory);
      const seen: string[] = [];
      const stop = client.subscribe({ query: 'subscription { jobUpdates { jobId status } }' }, { next: (r) => seen.push(JSON.stringify(r.data)), error: () => undefined, complete: () => undefined });
      try {
        // B's own probe job proves the subscription is live before A submits.
        const probe = await gqlOk(url, mallory, SubmitNoteDocument, { input: { text: 'Probe: asthma.' } });
        await waitFor(async () => (seen.some((s) => s.includes(probe.submitNote.job.id)) ? true : undefined));
        const a = await gqlOk(url, alice, SubmitNoteDocument, { input: { text: 'Assessment: gastroesophageal reflux disease.' } });
        const aId = a.submitNote.job.id;
        await waitFor(async () => {
          const { job } = await gqlOk(url, alice, JobDocument, { id: aId });
          return ['COMPLETED', 'NEEDS_REVIEW'].includes(job.status) ? job : undefined;
        });
        // B's probe finishing after A's job proves B's stream was delivering all along.
        const p2 = await gqlOk(url, mallory, SubmitNoteDocument, { input: { text: 'Probe: gout.' } });
        await waitFor(async () => (seen.some((s) => s.includes(p2.submitNote.job.id)) ? true : undefined));
        tally.tried++;
        expect(seen.filter((s) => s.includes(aId))).toEqual([]);
        tally.answered++;
      } finally {
        stop();
        await client.dispose();
      }
    });
  });

  describe('injection strings in every string argument', () => {
    /** [operation, variables] for each string-typed argument or input field of every root query and mutation. */
    function targets(): Array<[string, string, Record<string, unknown>, (payload: string) => Record<string, unknown>]> {
      const out: Array<[string, string, Record<string, unknown>, (payload: string) => Record<string, unknown>]> = [];
      for (const [kind, type] of [['query', schema.getQueryType()!], ['mutation', schema.getMutationType()!]] as const) {
        for (const field of Object.values(type.getFields())) {
          const selection = selectionFor(getNamedType(field.type));
          for (const arg of field.args) {
            const named = getNamedType(arg.type);
            const varDefs = field.args.map((a) => `$${a.name}: ${String(a.type)}`).join(', ');
            const op = `${kind}(${varDefs}) { ${field.name}(${field.args.map((a) => `${a.name}: $${a.name}`).join(', ')})${selection} }`;
            const required = Object.fromEntries(field.args.filter((a) => isNonNullType(a.type) && a !== arg).map((a) => [a.name, validValue(a.type)]));
            if (isScalarType(named) && ['String', 'ID'].includes(named.name)) {
              out.push([`${field.name}(${arg.name})`, op, required, (p) => ({ ...required, [arg.name]: isListType(nullable(arg.type)) ? [p] : p })]);
            } else if (isInputObjectType(named)) {
              for (const inner of Object.values(named.getFields())) {
                const innerNamed = getNamedType(inner.type);
                if (!isScalarType(innerNamed) || !['String', 'ID'].includes(innerNamed.name)) continue;
                const base = validValue(named) as Record<string, unknown>;
                const wrap = (v: Record<string, unknown>) => (isListType(nullable(arg.type)) ? [v] : v);
                out.push([`${field.name}(${arg.name}.${inner.name})`, op, required, (p) => ({ ...required, [arg.name]: wrap({ ...base, [inner.name]: p }) })]);
              }
            }
          }
        }
      }
      return out;
    }

    it('every payload in every string argument: answered or a typed rejection, never 5xx, never echoed', async () => {
      const all = targets();
      expect(all.length).toBeGreaterThanOrEqual(10);
      for (const [, op, , vars] of all) {
        for (const payload of INJECTIONS) {
          judge(await post(JSON.stringify({ query: op, variables: vars(payload) }), alice), [payload]);
        }
      }
      await healthy();
    });

    it.each([
      ['garbage', 'not-a-cursor'],
      ['base64 of forged JSON', Buffer.from(JSON.stringify({ id: '01JCXG8Z9Q4W7N3V5T2R1PKHMB', f: 'x' })).toString('base64url')],
      ['a key expression', 'eyJwayI6IlRFTkFOVCNvdGhlciJ9'],
      ['a huge cursor', 'A'.repeat(10_000)],
    ])('cursor tampering (%s): BAD_USER_INPUT', async (_name, after) => {
      const o = await post(JSON.stringify({ query: 'query($a: String) { jobs(first: 2, after: $a) { edges { node { id } } } }', variables: { a: after } }), alice);
      expect(judge(o)).toBe('BAD_USER_INPUT');
    });
  });

  describe('floods and slow clients', () => {
    it('a subscription flood on one socket: the operations past the limit get RATE_LIMITED, the server stays healthy', async () => {
      const client = wsClient(url, alice);
      try {
        const outcomes = await Promise.all(
          Array.from({ length: 200 }, () =>
            new Promise<string>((resolve) => {
              client.subscribe({ query: `subscription { jobStatus(jobId: "${aliceJob}") { status } }` }, {
                next: (r) => resolve(r.errors?.length ? String((r.errors[0] as GraphqlError).extensions?.code) : 'data'),
                error: (e) => resolve(Array.isArray(e) ? String((e[0] as GraphqlError).extensions?.code) : 'closed'),
                complete: () => resolve('complete'),
              });
            }),
          ),
        );
        tally.tried += outcomes.length;
        const limited = outcomes.filter((o) => o === 'RATE_LIMITED').length;
        tally.typedRejections += limited;
        tally.answered += outcomes.length - limited;
        expect(limited).toBeGreaterThan(0);
        expect(outcomes.every((o) => ['data', 'RATE_LIMITED'].includes(o))).toBe(true);
      } finally {
        await client.dispose();
      }
      await healthy();
    });

    function rawSocket(): Promise<net.Socket> {
      const { port } = new URL(base);
      return new Promise((resolve, reject) => {
        const s = net.connect(Number(port), '127.0.0.1', () => resolve(s));
        s.on('error', reject);
      });
    }

    it('slow-loris headers: the socket is closed at the headers timeout while other clients are served', async () => {
      const socket = await rawSocket();
      const closed = new Promise<string>((resolve) => {
        let answer = '';
        socket.on('data', (d) => (answer += d.toString('latin1')));
        socket.on('close', () => resolve(answer));
      });
      socket.write('POST /graphql HTTP/1.1\r\nHost: localhost\r\n');
      const drip = setInterval(() => socket.write('X-Slow: 1\r\n'), 200);
      try {
        await healthy(); // served meanwhile
        const answer = await closed;
        tally.tried++;
        expect(answer === '' || /^HTTP\/1\.1 408/.test(answer)).toBe(true);
        tally.typedRejections++;
      } finally {
        clearInterval(drip);
        socket.destroy();
      }
      await healthy();
    });

    it('slow-loris body: a request whose body never arrives is closed at the request timeout', async () => {
      const socket = await rawSocket();
      const closed = new Promise<string>((resolve) => {
        let answer = '';
        socket.on('data', (d) => (answer += d.toString('latin1')));
        socket.on('close', () => resolve(answer));
      });
      socket.write(`POST /graphql HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nAuthorization: Bearer ${alice}\r\nContent-Length: 1000\r\n\r\n{"query":`);
      const answer = await closed;
      tally.tried++;
      expect(answer === '' || /^HTTP\/1\.1 408/.test(answer)).toBe(true);
      tally.typedRejections++;
      socket.destroy();
      await healthy();
    });
  });

  describe('grammar fuzz', () => {
    const FUZZ_SEED = 20261206;
    const FUZZ_OPERATIONS = 300;

    it(`${FUZZ_OPERATIONS} seeded random operations over the schema (seed ${FUZZ_SEED}): no 5xx, every error typed`, async () => {
      const rand = mulberry32(FUZZ_SEED);
      const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)];
      const roots: GraphQLObjectType[] = [schema.getQueryType()!, schema.getMutationType()!];
      const codes = new Map<string, number>();
      for (let i = 0; i < FUZZ_OPERATIONS; i++) {
        const root = pick(roots);
        const field = pick(Object.values(root.getFields()).filter((f) => f.name !== 'redriveDeadLetters'));
        const { query, variables } = fuzzOperation(root === schema.getMutationType() ? 'mutation' : 'query', field, rand);
        const o = await post(JSON.stringify({ query, variables }), pick([alice, mallory]));
        const code = judge(o);
        codes.set(code ?? 'answered', (codes.get(code ?? 'answered') ?? 0) + 1);
      }
      // A fuzz that only ever hits the parser tests nothing: resolvers must have run and answered too.
      expect(codes.get('answered') ?? 0).toBeGreaterThan(10);
      expect([...codes.keys()].length).toBeGreaterThan(3);
      await healthy();
    });
  });
});

function nullable(t: GraphQLInputType): GraphQLInputType {
  return isNonNullType(t) ? (t.ofType as GraphQLInputType) : t;
}

/** `{ __typename }` for object types (enough to run the resolver), nothing for leaves. */
function selectionFor(t: GraphQLNamedType): string {
  return isObjectType(t) ? ' { __typename }' : '';
}

/** A valid value of an input type (required fields only, plus a note text). */
function validValue(t: GraphQLInputType): unknown {
  if (isNonNullType(t)) return validValue(t.ofType as GraphQLInputType);
  if (isListType(t)) return [validValue(t.ofType as GraphQLInputType)];
  if (isEnumType(t)) return t.getValues()[0].name;
  if (isInputObjectType(t)) {
    const out: Record<string, unknown> = {};
    for (const f of Object.values(t.getFields())) {
      if (isNonNullType(f.type) && f.defaultValue === undefined) out[f.name] = f.name === 'text' ? 'Assessment: asthma.' : validValue(f.type);
    }
    return out;
  }
  switch (t.name) {
    case 'Int':
      return 1;
    case 'Float':
      return 1.5;
    case 'Boolean':
      return true;
    case 'ID':
      return '01JCXG8Z9Q4W7N3V5T2R1PKHMB';
    default:
      return 'x';
  }
}

/** A random operation on one root field: arguments right, wrong, missing or extreme; selections real or not. */
function fuzzOperation(kind: 'query' | 'mutation', field: GraphQLField<unknown, unknown>, rand: () => number): { query: string; variables: Record<string, unknown> } {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)];
  const variables: Record<string, unknown> = {};
  const defs: string[] = [];
  const args: string[] = [];
  for (const arg of field.args as GraphQLArgument[]) {
    const roll = rand();
    if (roll < 0.15 && !isNonNullType(arg.type)) continue; // omitted
    defs.push(`$${arg.name}: ${String(arg.type)}`);
    args.push(`${arg.name}: $${arg.name}`);
    variables[arg.name] = roll < 0.55 ? validValue(arg.type) : roll < 0.75 ? pick(hostileScalars()) : roll < 0.85 ? null : randomValue(arg.type, rand, 0);
  }
  if (rand() < 0.1) args.push(`${pick(['bogus', 'first', 'id'])}: ${pick(['1', '"x"', 'null', '[1,2]', '{a: 1}'])}`);
  const selection = randomSelection(getNamedType(field.type), rand, 0);
  const alias = rand() < 0.2 ? 'x: ' : '';
  const header = defs.length ? `${kind}(${defs.join(', ')})` : kind;
  return { query: `${header} { ${alias}${field.name}${args.length ? `(${args.join(', ')})` : ''}${selection} }`, variables };
}

function hostileScalars(): unknown[] {
  return ['', ' ', -1, 0, 2 ** 31, -(2 ** 53), 1e308, 3.7, true, 'NaN', '\u0000', '💥'.repeat(100), ['a'], { a: 1 }, INJECTIONS[0]];
}

function randomValue(t: GraphQLInputType, rand: () => number, depth: number): unknown {
  if (isNonNullType(t)) return randomValue(t.ofType as GraphQLInputType, rand, depth);
  if (isListType(t)) return Array.from({ length: Math.floor(rand() * 4) }, () => randomValue(t.ofType as GraphQLInputType, rand, depth + 1));
  if (isEnumType(t)) return rand() < 0.8 ? t.getValues()[Math.floor(rand() * t.getValues().length)].name : 'NOT_A_VALUE';
  if (isInputObjectType(t)) {
    if (depth > 3) return {};
    return Object.fromEntries(Object.values(t.getFields()).filter(() => rand() < 0.7).map((f) => [f.name, randomValue(f.type, rand, depth + 1)]));
  }
  const h = hostileScalars();
  return h[Math.floor(rand() * h.length)];
}

function randomSelection(t: GraphQLNamedType, rand: () => number, depth: number): string {
  if (!isObjectType(t)) return rand() < 0.05 ? ' { id }' : '';
  const fields = Object.values(t.getFields());
  const chosen = fields.filter(() => rand() < 0.4);
  if (chosen.length === 0) chosen.push(fields[0]);
  const parts = chosen.map((f) => {
    if (f.args.length && rand() < 0.5) return `${f.name}${randomSelection(getNamedType(f.type), rand, depth + 1)}`;
    return depth > 4 ? '__typename' : `${f.name}${randomSelection(getNamedType(f.type), rand, depth + 1)}`;
  });
  if (rand() < 0.05) parts.push('notAField');
  return ` { ${parts.join(' ')} }`;
}
