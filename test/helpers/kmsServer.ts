// An AWS KMS test double at the network boundary: one HTTP/1.1 server speaking the KMS wire
// protocol (AWS JSON 1.1: POST /, `X-Amz-Target: TrentService.<Operation>`, errors as a JSON body
// with `__type`), implementing GenerateDataKey and Decrypt with real AES-256-GCM under per-key
// material and the encryption context as additional data, as KMS binds it. The real
// @aws-sdk/client-kms client reaches it through KMS_ENDPOINT.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { createCipheriv, createDecipheriv, randomBytes, randomUUID } from 'node:crypto';

export const KMS_TEST_ACCOUNT = '111122223333';

export interface KmsCall {
  operation: string;
  keyId?: string;
  encryptionContext?: Record<string, string>;
  keySpec?: string;
  /** The SDK signed the request (SigV4 Authorization header). */
  signed: boolean;
}

interface TestKey {
  arn: string;
  material: Buffer;
  enabled: boolean;
}

const IV_BYTES = 12;
const TAG_BYTES = 16;

function canonical(context: Record<string, string> | undefined): Buffer {
  const c = context ?? {};
  return Buffer.from(JSON.stringify(Object.keys(c).sort().map((k) => [k, c[k]])), 'utf8');
}

class KmsFault extends Error {
  constructor(
    readonly type: string,
    message: string,
    readonly status = 400,
  ) {
    super(message);
  }
}

export class KmsTestServer {
  readonly calls: KmsCall[] = [];
  private readonly keys = new Map<string, TestKey>();
  private readonly aliases = new Map<string, string>();
  /** Scripted failures, consumed one per request: e.g. `{ type: 'ThrottlingException' }`. */
  private readonly faults: Array<{ type: string; status: number }> = [];

  private constructor(
    private readonly server: http.Server,
    readonly region: string,
    readonly url: string,
  ) {}

  static async start(region = 'us-east-1'): Promise<KmsTestServer> {
    const server = http.createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    const self = new KmsTestServer(server, region, `http://127.0.0.1:${port}`);
    server.on('request', (req, res) => void self.onRequest(req, res));
    return self;
  }

  /** Creates a symmetric key (optionally under an alias); returns its ARN. */
  createKey(alias?: string): string {
    const arn = `arn:aws:kms:${this.region}:${KMS_TEST_ACCOUNT}:key/${randomUUID()}`;
    this.keys.set(arn, { arn, material: randomBytes(32), enabled: true });
    if (alias) this.aliases.set(alias, arn);
    return arn;
  }

  setEnabled(arn: string, enabled: boolean): void {
    this.keys.get(arn)!.enabled = enabled;
  }

  failNext(type: string, count = 1, status = type === 'KMSInternalException' ? 500 : 400): void {
    for (let i = 0; i < count; i++) this.faults.push({ type, status });
  }

  reset(): void {
    this.calls.length = 0;
    this.faults.length = 0;
  }

  async close(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private resolveKey(keyId: unknown): TestKey {
    if (typeof keyId !== 'string' || keyId === '') throw new KmsFault('ValidationException', 'KeyId is required');
    const aliasName = keyId.startsWith('alias/') ? keyId : /^arn:aws:kms:[^:]+:\d{12}:(alias\/.+)$/.exec(keyId)?.[1];
    const arn = aliasName
      ? this.aliases.get(aliasName)
      : keyId.startsWith('arn:')
        ? keyId
        : `arn:aws:kms:${this.region}:${KMS_TEST_ACCOUNT}:key/${keyId}`;
    const key = arn ? this.keys.get(arn) : undefined;
    if (!key) throw new KmsFault('NotFoundException', `Key '${keyId}' does not exist`);
    return key;
  }

  private generateDataKey(body: Record<string, unknown>): unknown {
    const key = this.resolveKey(body.KeyId);
    if (!key.enabled) throw new KmsFault('DisabledException', `${key.arn} is disabled.`);
    const bytes = body.KeySpec === 'AES_256' ? 32 : body.KeySpec === 'AES_128' ? 16 : Number(body.NumberOfBytes);
    if (!Number.isInteger(bytes) || bytes < 1 || bytes > 1024) throw new KmsFault('ValidationException', 'KeySpec or NumberOfBytes is required');
    const plaintext = randomBytes(bytes);
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv('aes-256-gcm', key.material, iv, { authTagLength: TAG_BYTES });
    cipher.setAAD(canonical(body.EncryptionContext as Record<string, string> | undefined));
    const enc = Buffer.concat([cipher.update(plaintext), cipher.final()]);
    const arn = Buffer.from(key.arn, 'utf8');
    // Like KMS, the blob names its key, so Decrypt works without a KeyId.
    const blob = Buffer.concat([Buffer.from([arn.length]), arn, iv, cipher.getAuthTag(), enc]);
    return { CiphertextBlob: blob.toString('base64'), Plaintext: plaintext.toString('base64'), KeyId: key.arn };
  }

  private decrypt(body: Record<string, unknown>): unknown {
    const blob = Buffer.from(String(body.CiphertextBlob ?? ''), 'base64');
    const invalid = () => new KmsFault('InvalidCiphertextException', '');
    if (blob.length < 1 + IV_BYTES + TAG_BYTES) throw invalid();
    const arnLength = blob[0];
    const arn = blob.subarray(1, 1 + arnLength).toString('utf8');
    const key = this.keys.get(arn);
    if (!key) throw invalid();
    if (body.KeyId !== undefined && this.resolveKey(body.KeyId).arn !== key.arn) {
      throw new KmsFault('IncorrectKeyException', 'The key ID in the request does not identify a KMS key that can perform this operation.');
    }
    if (!key.enabled) throw new KmsFault('DisabledException', `${key.arn} is disabled.`);
    let at = 1 + arnLength;
    const iv = blob.subarray(at, (at += IV_BYTES));
    const tag = blob.subarray(at, (at += TAG_BYTES));
    try {
      const decipher = createDecipheriv('aes-256-gcm', key.material, iv, { authTagLength: TAG_BYTES });
      decipher.setAAD(canonical(body.EncryptionContext as Record<string, string> | undefined));
      decipher.setAuthTag(tag);
      const plaintext = Buffer.concat([decipher.update(blob.subarray(at)), decipher.final()]);
      return { Plaintext: plaintext.toString('base64'), KeyId: key.arn, EncryptionAlgorithm: 'SYMMETRIC_DEFAULT' };
    } catch {
      throw invalid();
    }
  }

  private async onRequest(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const target = String(req.headers['x-amz-target'] ?? '');
    const operation = target.startsWith('TrentService.') ? target.slice('TrentService.'.length) : '';
    const reply = (status: number, payload: unknown) => {
      const text = JSON.stringify(payload);
      res.writeHead(status, { 'content-type': 'application/x-amz-json-1.1', 'x-amzn-requestid': randomUUID(), 'content-length': Buffer.byteLength(text) });
      res.end(text);
    };
    try {
      if (req.method !== 'POST' || req.url !== '/' || !String(req.headers['content-type'] ?? '').startsWith('application/x-amz-json-1.1')) {
        throw new KmsFault('UnknownOperationException', 'Expected an AWS JSON 1.1 POST to /');
      }
      let body: Record<string, unknown>;
      try {
        body = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}') as Record<string, unknown>;
      } catch {
        throw new KmsFault('SerializationException', 'Malformed JSON');
      }
      this.calls.push({
        operation,
        keyId: body.KeyId as string | undefined,
        encryptionContext: body.EncryptionContext as Record<string, string> | undefined,
        keySpec: body.KeySpec as string | undefined,
        signed: String(req.headers.authorization ?? '').startsWith('AWS4-HMAC-SHA256'),
      });
      const fault = this.faults.shift();
      if (fault) throw new KmsFault(fault.type, 'Scripted failure', fault.status);
      if (operation === 'GenerateDataKey') return reply(200, this.generateDataKey(body));
      if (operation === 'Decrypt') return reply(200, this.decrypt(body));
      throw new KmsFault('UnknownOperationException', `Operation ${operation || '(none)'} is not supported by this test server`);
    } catch (err) {
      if (err instanceof KmsFault) return reply(err.status, { __type: err.type, message: err.message });
      return reply(500, { __type: 'KMSInternalException', message: 'test server error' });
    }
  }
}
