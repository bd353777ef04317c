// Unit: the Bedrock runtime clients share HTTP/2 sessions (a handful of sessions for a worker's concurrent
// Converse calls instead of one connection per call), and a call that times out retires its region's
// client so a session that stopped answering cannot take later calls with it, while calls already in
// flight on the old sessions still finish. Real SDK client against an in-process HTTP/2 Converse stub on
// loopback that counts the sessions it accepts.
import http2 from 'node:http2';
import type { AddressInfo } from 'node:net';
import type { BedrockRuntimeClient } from '@aws-sdk/client-bedrock-runtime';
import { loadConfig } from '../../../src/config';
import { createBedrockClients, MAX_STREAMS_PER_SESSION, type BedrockClients } from '../../../src/models/bedrock/clients';

const REGION = 'us-east-1';

/** A Converse stub: answers after the delay the model id names (`wait-<ms>`), never answers `hang`, refuses `invalid`. */
class ConverseStub {
  sessionsOpened = 0;
  private readonly open = new Set<http2.ServerHttp2Session>();
  private readonly answered: Array<() => void> = [];
  private constructor(private readonly server: http2.Http2Server, readonly url: string) {}

  static async start(): Promise<ConverseStub> {
    const server = http2.createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const stub = new ConverseStub(server, `http://127.0.0.1:${(server.address() as AddressInfo).port}`);
    server.on('session', (s) => {
      stub.sessionsOpened++;
      stub.open.add(s);
      s.on('close', () => stub.open.delete(s));
      s.on('error', () => undefined);
    });
    server.on('stream', (stream, headers) => {
      stream.on('error', () => undefined);
      const model = decodeURIComponent(/^\/model\/([^/]+)\/converse$/.exec(String(headers[':path']))?.[1] ?? '');
      stream.resume();
      stream.on('end', () => {
        if (model === 'hang') return;
        if (model === 'invalid') {
          stream.respond({ ':status': 400, 'content-type': 'application/json', 'x-amzn-errortype': 'ValidationException' });
          stream.end(JSON.stringify({ message: 'invalid' }));
          return;
        }
        const delayMs = Number(/^wait-(\d+)$/.exec(model)?.[1] ?? 0);
        setTimeout(() => {
          if (stream.destroyed) return;
          stream.respond({ ':status': 200, 'content-type': 'application/json' });
          stream.end(JSON.stringify({ output: { message: { role: 'assistant', content: [{ text: model }] } }, stopReason: 'end_turn', usage: { inputTokens: 1, outputTokens: 1, totalTokens: 2 }, metrics: { latencyMs: delayMs } }));
        }, delayMs);
      });
    });
    return stub;
  }

  async close(): Promise<void> {
    for (const s of this.open) s.destroy();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}

function clientsFor(stub: ConverseStub, extra: Parameters<typeof createBedrockClients>[1] = {}): BedrockClients {
  const config = loadConfig({ BEDROCK_REGIONS: REGION, BEDROCK_ENDPOINT_URLS: `${REGION}=${stub.url}`, BEDROCK_REQUEST_TIMEOUT_MS: '5000' }, '/srv');
  return createBedrockClients(config.models.bedrock, extra);
}

function converse(clients: BedrockClients, modelId: string, signal = new AbortController().signal) {
  return clients.send(REGION, { modelId, messages: [{ role: 'user', content: [{ text: 'hello' }] }] }, signal);
}

describe('Bedrock runtime clients: shared HTTP/2 sessions (issue 11 §5, Bedrock-mode overhead per job)', () => {
  let stub: ConverseStub;
  beforeEach(async () => {
    stub = await ConverseStub.start();
  });
  afterEach(async () => {
    await stub.close();
  });

  it('concurrent calls share sessions: at most one per MAX_STREAMS_PER_SESSION calls in flight, every call answered', async () => {
    const clients = clientsFor(stub);
    const calls = 40;
    try {
      const outputs = await Promise.all(Array.from({ length: calls }, () => converse(clients, 'wait-50')));
      expect(outputs.map((o) => o.output?.message?.content?.[0]?.text)).toEqual(Array(calls).fill('wait-50'));
      expect(stub.sessionsOpened).toBeLessThanOrEqual(Math.ceil(calls / MAX_STREAMS_PER_SESSION));
      // Sequential calls afterwards reuse what is open rather than connecting again.
      const before = stub.sessionsOpened;
      for (let i = 0; i < 5; i++) await converse(clients, 'wait-0');
      expect(stub.sessionsOpened).toBe(before);
    } finally {
      clients.destroy();
    }
  });

  it('a timed-out call retires its client: later calls open a fresh session, calls in flight on the old one still finish, the old client is destroyed later', async () => {
    const created: BedrockRuntimeClient[] = [];
    const destroyed: BedrockRuntimeClient[] = [];
    const scheduled: Array<{ fn: () => void; delayMs: number }> = [];
    const clients = clientsFor(stub, {
      createClient: () => {
        const inner = clientsFor(stub);
        const client = inner.byRegion.get(REGION)!;
        const destroy = client.destroy.bind(client);
        client.destroy = () => {
          destroyed.push(client);
          destroy();
        };
        created.push(client);
        return client;
      },
      schedule: (fn, delayMs) => scheduled.push({ fn, delayMs }),
    });
    try {
      await converse(clients, 'wait-0');
      const first = clients.byRegion.get(REGION)!;
      expect(stub.sessionsOpened).toBe(1);

      const slow = converse(clients, 'wait-300'); // in flight on the first client's session
      const abort = new AbortController();
      const hung = converse(clients, 'hang', abort.signal).catch((e: Error) => e);
      setTimeout(() => abort.abort(), 50);
      expect(await hung).toBeInstanceOf(Error);

      const second = clients.byRegion.get(REGION)!;
      expect(second).not.toBe(first);
      expect(created).toEqual([first, second]);
      await converse(clients, 'wait-0');
      expect(stub.sessionsOpened).toBe(2); // the replacement connected once

      expect((await slow).output?.message?.content?.[0]?.text).toBe('wait-300');
      expect(destroyed).toEqual([]); // retired, not yet destroyed
      expect(scheduled).toHaveLength(1);
      expect(scheduled[0].delayMs).toBe(2 * 5000); // past every in-flight call's own deadline
      scheduled[0].fn();
      expect(destroyed).toEqual([first]);
    } finally {
      clients.destroy();
    }
    expect(destroyed).toEqual([created[0], created[1]]);
  });

  it('a call refused by the model (not a timeout) keeps the client and its session', async () => {
    const clients = clientsFor(stub);
    try {
      const client = clients.byRegion.get(REGION)!;
      const err = (await converse(clients, 'invalid').catch((e: Error) => e)) as Error;
      expect(err.name).toBe('ValidationException');
      expect(clients.byRegion.get(REGION)).toBe(client);
      await converse(clients, 'wait-0');
      expect(stub.sessionsOpened).toBe(1);
    } finally {
      clients.destroy();
    }
  });
});
