// An Amazon EventBridge test double at the network boundary: one HTTP/1.1 server speaking the
// EventBridge wire protocol (AWS JSON 1.1: POST /, `X-Amz-Target: AWSEvents.PutEvents`, errors as a JSON
// body with `__type`), recording the entries it is given. The real @aws-sdk/client-eventbridge client
// reaches it through EVENTBRIDGE_ENDPOINT. Entries can be scripted to fail one by one (per-entry
// ErrorCode, as PutEvents reports partial failures) or a whole call to answer with an error type.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomUUID } from 'node:crypto';

export interface PutEntry {
  EventBusName?: string;
  Source?: string;
  DetailType?: string;
  Detail?: string;
  Time?: number;
  Resources?: string[];
}

export class EventBridgeTestServer {
  readonly entries: PutEntry[] = [];
  /** Number of PutEvents calls answered (successful or not). */
  calls = 0;
  signed = true;
  private readonly entryFaults: string[] = [];
  private readonly callFaults: Array<{ type: string; status: number }> = [];

  private constructor(
    private readonly server: http.Server,
    readonly url: string,
  ) {}

  static async start(): Promise<EventBridgeTestServer> {
    const server = http.createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    const double = new EventBridgeTestServer(server, `http://127.0.0.1:${port}`);
    server.on('request', (req, res) => double.handle(req, res));
    return double;
  }

  /** The next entries (in order) fail with this ErrorCode. */
  failNextEntries(errorCode: string, count = 1): void {
    for (let i = 0; i < count; i++) this.entryFaults.push(errorCode);
  }

  /** The next call fails as a whole (e.g. ThrottlingException, 400). */
  failNextCall(type: string, status = 400): void {
    this.callFaults.push({ type, status });
  }

  close(): Promise<void> {
    this.server.closeAllConnections();
    return new Promise((resolve) => this.server.close(() => resolve()));
  }

  private handle(req: http.IncomingMessage, res: http.ServerResponse): void {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const reply = (status: number, body: unknown) => {
        res.writeHead(status, { 'content-type': 'application/x-amz-json-1.1', 'x-amzn-requestid': randomUUID() });
        res.end(JSON.stringify(body));
      };
      if (req.method !== 'POST' || req.headers['x-amz-target'] !== 'AWSEvents.PutEvents') {
        return reply(400, { __type: 'UnknownOperationException', message: 'only PutEvents is served' });
      }
      this.calls++;
      if (!String(req.headers.authorization ?? '').startsWith('AWS4-HMAC-SHA256')) this.signed = false;
      const fault = this.callFaults.shift();
      if (fault) return reply(fault.status, { __type: fault.type, message: 'scripted failure' });
      let body: { Entries?: PutEntry[] };
      try {
        body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { Entries?: PutEntry[] };
      } catch {
        return reply(400, { __type: 'SerializationException', message: 'body is not JSON' });
      }
      const entries = body.Entries ?? [];
      if (entries.length < 1 || entries.length > 10) return reply(400, { __type: 'ValidationException', message: '1 to 10 entries' });
      let failed = 0;
      const results = entries.map((entry) => {
        const code = this.entryFaults.shift();
        if (code) {
          failed++;
          return { ErrorCode: code, ErrorMessage: 'scripted failure' };
        }
        this.entries.push(entry);
        return { EventId: randomUUID() };
      });
      reply(200, { FailedEntryCount: failed, Entries: results });
    });
  }
}
