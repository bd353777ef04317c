// An Amazon Bedrock control-plane test double at the network boundary: one HTTP/1.1 server speaking the
// REST-JSON protocol of CreateModelCustomizationJob (POST /model-customization-jobs → 201 {jobArn}) as the
// real @aws-sdk/client-bedrock client sends it (BEDROCK_CONTROL_ENDPOINT), validating the request's shape
// and recording it. Unknown routes answer 404 UnknownOperationException; disposes itself via stop().
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomBytes } from 'node:crypto';

export const BEDROCK_TEST_ACCOUNT = '111122223333';

export interface CustomizationCall {
  body: {
    jobName: string;
    customModelName: string;
    roleArn: string;
    baseModelIdentifier: string;
    customizationType?: string;
    trainingDataConfig: { s3Uri: string };
    validationDataConfig?: { validators: Array<{ s3Uri: string }> };
    outputDataConfig: { s3Uri: string };
    hyperParameters?: Record<string, string>;
  };
  /** The SDK signed the request (SigV4 Authorization header). */
  signed: boolean;
}

export class BedrockControlTestServer {
  readonly calls: CustomizationCall[] = [];
  private server?: http.Server;

  async start(): Promise<string> {
    this.server = http.createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => this.handle(req, Buffer.concat(chunks).toString('utf8'), res));
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  async stop(): Promise<void> {
    if (this.server) await new Promise<void>((resolve) => this.server!.close(() => resolve()));
  }

  private handle(req: http.IncomingMessage, raw: string, res: http.ServerResponse): void {
    const send = (status: number, body: unknown, type?: string) => {
      res.writeHead(status, { 'content-type': 'application/json', ...(type ? { 'x-amzn-errortype': type } : {}) });
      res.end(JSON.stringify(body));
    };
    if (req.method !== 'POST' || req.url?.split('?')[0] !== '/model-customization-jobs') {
      send(404, { message: `No route ${req.method} ${req.url}` }, 'UnknownOperationException');
      return;
    }
    let body: CustomizationCall['body'];
    try {
      body = JSON.parse(raw) as CustomizationCall['body'];
    } catch {
      send(400, { message: 'Malformed JSON' }, 'ValidationException');
      return;
    }
    const s3 = (u: unknown) => typeof u === 'string' && u.startsWith('s3://');
    if (!body.jobName || !body.customModelName || !body.roleArn || !body.baseModelIdentifier || !s3(body.trainingDataConfig?.s3Uri) || !s3(body.outputDataConfig?.s3Uri)) {
      send(400, { message: 'Missing a required field of CreateModelCustomizationJob' }, 'ValidationException');
      return;
    }
    this.calls.push({ body, signed: /^AWS4-HMAC-SHA256 /.test(String(req.headers.authorization ?? '')) });
    send(201, { jobArn: `arn:aws:bedrock:us-east-1:${BEDROCK_TEST_ACCOUNT}:model-customization-job/${body.baseModelIdentifier.split(':')[0]}/${randomBytes(6).toString('hex')}` });
  }
}
