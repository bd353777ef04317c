// Owns the Bedrock Runtime wire double shared by tests and dev tooling (bench pipeline, chaos; never on the
// service's import graph): one cleartext HTTP/2 server per region at the network boundary, speaking the
// Converse wire protocol (POST /model/{modelId}/converse, JSON, errors as an `x-amzn-errortype` header +
// JSON `message`), scripted per test through `handler`. The real
// @aws-sdk/client-bedrock-runtime client reaches it through BEDROCK_ENDPOINT_URLS.
import { mulberry32 } from '../engine/random';
import http2 from 'node:http2';
import type { AddressInfo } from 'node:net';

export interface ConverseBody {
  system?: { text: string }[];
  messages: { role: string; content: { text?: string }[] }[];
  toolConfig?: { tools: { toolSpec: { name: string } }[]; toolChoice?: { tool?: { name: string } } };
  inferenceConfig?: { maxTokens?: number; temperature?: number };
  guardrailConfig?: { guardrailIdentifier: string; guardrailVersion: string };
  /** Set by the adapter to the job id and role: lets a test count calls per job and stage. */
  requestMetadata?: Record<string, string>;
}

/** The model id the dev tools (benches, chaos) configure against this double: an inference profile, as production uses. */
export const DOUBLE_MODEL_ID = 'us.anthropic.claude-sonnet-4-20250514-v1:0';

export interface ConverseCall {
  region: string;
  modelId: string;
  body: ConverseBody;
  /** The SigV4 Authorization header was present (the SDK signed the request). */
  signed: boolean;
  /** 0-based order of arrival over all regions. */
  seq: number;
  /** Wall-clock arrival (Date.now()), comparable with the service's stored timestamps on the same machine. */
  atMs: number;
  /** The usage the answer reported (set once answered with a 200): the bench's token accounting. */
  usage?: { inputTokens: number; outputTokens: number };
}

export type Reply =
  | { tool: string; input: unknown; stopReason?: string; delayMs?: number }
  | { text: string; stopReason?: string; delayMs?: number }
  | { error: string; status: number; delayMs?: number }
  /** A 200 whose body is not JSON at all. */
  | { rawBody: string; delayMs?: number }
  /** The stream is reset without an answer (a network error for the client). */
  | { reset: true };

export type Handler = (call: ConverseCall) => Reply | Promise<Reply>;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** The note the adapter sent (inside <note>…</note>), the candidates and the summary it passed on. */
export function noteOf(body: ConverseBody): string {
  const all = body.messages.flatMap((m) => m.content.map((c) => c.text ?? '')).join('\n');
  const m = /<note>\n([\s\S]*?)\n<\/note>/.exec(all);
  return m ? m[1] : '';
}

export interface SentCandidate {
  code: string;
  description: string;
  confidence: number;
  role: 'principal' | 'secondary';
  evidence: string[];
}

export function candidatesOf(body: ConverseBody): SentCandidate[] {
  const all = body.messages.flatMap((m) => m.content.map((c) => c.text ?? '')).join('\n');
  const m = /<candidates>\n([\s\S]*?)\n<\/candidates>/.exec(all);
  return m ? (JSON.parse(m[1]) as SentCandidate[]) : [];
}

export function toolOf(body: ConverseBody): string | undefined {
  return body.toolConfig?.toolChoice?.tool?.name;
}

/** Was this a repair turn (the adapter lists the previous answer's problems)? */
export function isRepair(body: ConverseBody): boolean {
  return body.messages.some((m) => m.content.some((c) => (c.text ?? '').startsWith('Your previous answer could not be accepted')));
}

/** A well-behaved model: verbatim-quoted summary lines; the engine's candidates confirmed with their evidence. */
export const oracle: Handler = (call) => {
  const tool = toolOf(call.body);
  if (tool === 'submit_summary') {
    const lines = noteOf(call.body)
      .split('\n')
      .map((l) => l.trim())
      // A long paragraph is quoted by its opening words (still verbatim; quotes are capped in length).
      .map((l) => (l.length > 300 ? l.slice(0, l.lastIndexOf(' ', 300)) : l))
      .filter((l) => l.split(/\s+/).length >= 3);
    return {
      tool,
      input: {
        sections: [
          { title: 'Reason for visit', statements: lines.slice(0, 1).map((l) => ({ text: 'Visit reason as documented.', quotes: [l] })) },
          { title: 'Problems', statements: lines.slice(1, 4).map((l) => ({ text: 'Documented finding.', quotes: [l] })) },
        ],
      },
    };
  }
  if (tool === 'submit_codes') return { tool, input: { codes: confirmCandidates(call.body) } };
  return { text: 'I do not know that tool.' };
};

/** The coder answer `oracle` gives: each engine candidate confirmed with its first quote. */
export function confirmCandidates(body: ConverseBody): Array<Record<string, unknown>> {
  return candidatesOf(body).map((c) => ({
    code: c.code,
    evidenceQuotes: c.evidence.slice(0, 2),
    rationale: 'Documented in the note.',
    confidence: Math.max(0.7, c.confidence),
    role: c.role,
  }));
}

/** Deterministic PRNG for reproducible storms. */
export const seededRandom = mulberry32;

interface RegionServer {
  region: string;
  server: http2.Http2Server;
  url: string;
  sessions: Set<http2.ServerHttp2Session>;
}

export class BedrockTestServer {
  handler: Handler = oracle;
  readonly calls: ConverseCall[] = [];
  private seq = 0;

  private constructor(private readonly servers: RegionServer[]) {}

  static async start(regions: string[]): Promise<BedrockTestServer> {
    const servers: RegionServer[] = [];
    const self = new BedrockTestServer(servers);
    for (const region of regions) {
      const server = http2.createServer();
      const sessions = new Set<http2.ServerHttp2Session>();
      server.on('session', (s) => {
        sessions.add(s);
        s.on('close', () => sessions.delete(s));
        s.on('error', () => undefined);
      });
      server.on('stream', (stream, headers) => void self.onStream(region, stream, headers));
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      const { port } = server.address() as AddressInfo;
      servers.push({ region, server, url: `http://127.0.0.1:${port}`, sessions });
    }
    return self;
  }

  /** For BEDROCK_ENDPOINT_URLS. */
  get endpointUrls(): string {
    return this.servers.map((s) => `${s.region}=${s.url}`).join(',');
  }

  callsIn(region: string): ConverseCall[] {
    return this.calls.filter((c) => c.region === region);
  }

  reset(handler: Handler = oracle): void {
    this.handler = handler;
    this.calls.length = 0;
  }

  async close(): Promise<void> {
    for (const s of this.servers) {
      for (const session of s.sessions) session.destroy();
      await new Promise<void>((resolve) => s.server.close(() => resolve()));
    }
  }

  private async onStream(region: string, stream: http2.ServerHttp2Stream, headers: http2.IncomingHttpHeaders): Promise<void> {
    stream.on('error', () => undefined);
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(chunk as Buffer);
    const path = String(headers[':path'] ?? '');
    const match = /^\/model\/([^/]+)\/converse$/.exec(path);
    if (headers[':method'] !== 'POST' || !match) {
      return this.send(stream, 404, { 'x-amzn-errortype': 'UnknownOperationException' }, { message: 'Unknown operation' });
    }
    let body: ConverseBody;
    try {
      body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as ConverseBody;
    } catch {
      return this.send(stream, 400, { 'x-amzn-errortype': 'SerializationException' }, { message: 'Malformed JSON' });
    }
    const call: ConverseCall = {
      region,
      modelId: decodeURIComponent(match[1]),
      body,
      signed: String(headers.authorization ?? '').startsWith('AWS4-HMAC-SHA256'),
      seq: this.seq++,
      atMs: Date.now(),
    };
    this.calls.push(call);
    let reply: Reply;
    try {
      reply = await this.handler(call);
    } catch {
      reply = { error: 'InternalServerException', status: 500 };
    }
    if ('reset' in reply) {
      stream.close(http2.constants.NGHTTP2_INTERNAL_ERROR);
      return;
    }
    if (reply.delayMs) await sleep(reply.delayMs);
    if ('error' in reply) {
      return this.send(
        stream,
        reply.status,
        { 'x-amzn-errortype': `${reply.error}:http://internal.amazon.com/coral/com.amazon.bedrock/` },
        { message: `${reply.error} from the test double` },
      );
    }
    if ('rawBody' in reply) return this.send(stream, 200, {}, reply.rawBody);
    const content = 'tool' in reply ? [{ toolUse: { toolUseId: `tooluse_${call.seq}`, name: reply.tool, input: reply.input } }] : [{ text: reply.text }];
    const inputTokens = Math.ceil(JSON.stringify(body).length / 4);
    const outputTokens = Math.ceil(JSON.stringify(content).length / 4);
    call.usage = { inputTokens, outputTokens };
    this.send(stream, 200, {}, {
      output: { message: { role: 'assistant', content } },
      stopReason: reply.stopReason ?? ('tool' in reply ? 'tool_use' : 'end_turn'),
      usage: { inputTokens, outputTokens, totalTokens: inputTokens + outputTokens },
      metrics: { latencyMs: reply.delayMs ?? 1 },
    });
  }

  private send(stream: http2.ServerHttp2Stream, status: number, headers: Record<string, string>, body: unknown): void {
    if (stream.closed || stream.destroyed) return;
    try {
      stream.respond({ ':status': status, 'content-type': 'application/json', 'x-amzn-requestid': `req-${this.seq}`, ...headers });
      stream.end(typeof body === 'string' ? body : JSON.stringify(body));
    } catch {
      // The client gave up (timeout) before the answer; nothing to do.
    }
  }
}
