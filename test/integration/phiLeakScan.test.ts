// PHI leak scan: synthetic notes with known PHI go through the whole service in split roles (API and worker
// as separate apps, events over SNS → SQS, both model roles on Bedrock through the real SDK against the
// Converse test server). Then every log line, every metric, every DynamoDB item outside the encrypted note
// envelope (stage outputs decoded), every audit record, every topic message and every model request body is
// searched for every PHI string: zero hits. The raw note exists only as ciphertext, and only until redaction is stored.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { ScanCommand, type AttributeValue } from '@aws-sdk/client-dynamodb';
import { loadConfig } from '../../src/config';
import { startApp, type App } from '../../src/app';
import { createLogger } from '../../src/observability/logger';
import { loadOrCreateSecretFile, mintLocalToken } from '../../src/auth';
import { createAwsClients, destroyAwsClients, type AwsClients } from '../../src/adapters/awsClients';
import { DynamoJobStore } from '../../src/adapters/dynamo/dynamoJobStore';
import { SnsEventBus } from '../../src/adapters/sns/snsEventBus';
import { isolatedServiceEnv, uniqueName } from '../helpers/infra';
import { gql, gqlOk, waitFor } from '../helpers/graphqlClient';
import { BedrockTestServer } from '../../src/devtools/bedrockDouble';
import { JobDocument, ReportDocument, SubmitNoteDocument } from '../generated/graphql';

const MODEL_ID = 'us.anthropic.claude-sonnet-4-20250514-v1:0';
const TENANT = 'tenant-leak';

// Synthetic PHI: invented people, places and numbers, in the labelled and narrative formats of real notes.
const NOTES: Array<{ text: string; phi: string[] }> = [
  {
    text: [
      'PROGRESS NOTE',
      'Patient: Wilhelmina Oyelaran    MRN: 44710923    DOB: 02/11/1948',
      'Seen on 03/14/2026 by Dr. Ignatius Pemberton at Larkspur Valley Medical Center.',
      'Contact: 617-555-0188, w.oyelaran@mailbox.example. Address: 4417 Thistlewood Lane, Marlow, NH 03456. SSN 123-45-6789.',
      'ASSESSMENT AND PLAN',
      'Type 2 diabetes mellitus with diabetic chronic kidney disease stage 3a: continue metformin. Essential hypertension: continue lisinopril.',
    ].join('\n'),
    phi: ['Wilhelmina', 'Oyelaran', '44710923', '02/11/1948', '03/14/2026', 'Pemberton', 'Larkspur', '617-555-0188', 'w.oyelaran@mailbox.example', 'Thistlewood', 'Marlow', '123-45-6789'],
  },
  {
    text: [
      'DISCHARGE SUMMARY',
      'Name: Bartholomew Quennell   Account #: 99812736',
      'Admitted 11/02/2026, discharged 11/06/2026. Attending: Dr. Roswitha Abernathy.',
      'Diagnosis: community-acquired pneumonia of the right lower lobe. Follow up with Dr. Abernathy at 508-555-0142.',
    ].join('\n'),
    phi: ['Bartholomew', 'Quennell', '99812736', '11/02/2026', '11/06/2026', 'Roswitha', 'Abernathy', '508-555-0142'],
  },
];
const ALL_PHI = NOTES.flatMap((n) => n.phi);
/** The note envelope: ciphertext and its wrapped key are the only place the raw note may be, until redaction. */
const ENVELOPE_ATTRIBUTES = new Set(['ciphertext', 'wrappedKey', 'iv', 'authTag', 'keyId']);

function attributeText(v: AttributeValue): string {
  if (v.S !== undefined) return v.S;
  if (v.N !== undefined) return v.N;
  if (v.B !== undefined) return Buffer.from(v.B).toString('latin1');
  if (v.SS) return v.SS.join(' ');
  if (v.L) return v.L.map(attributeText).join(' ');
  if (v.M) return Object.values(v.M).map(attributeText).join(' ');
  return '';
}

describe('PHI leak scan over logs, metrics, DynamoDB, topic messages and model requests', () => {
  let server: BedrockTestServer;
  let api: App;
  let worker: App;
  let tap: SnsEventBus;
  let clients: AwsClients;
  let dataDir: string;
  const logLines: string[] = [];
  const topicMessages: string[] = [];

  beforeAll(async () => {
    server = await BedrockTestServer.start(['us-east-1']);
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cc-leak-'));
    const config = loadConfig({
      MODE: 'split',
      PORT: '0',
      ...isolatedServiceEnv(dataDir, 'leak'),
      LOG_LEVEL: 'debug',
      MODEL_PROVIDER: 'bedrock',
      BEDROCK_SUMMARIZER_MODEL_ID: MODEL_ID,
      BEDROCK_CODER_MODEL_ID: MODEL_ID,
      BEDROCK_REGIONS: 'us-east-1',
      BEDROCK_ENDPOINT_URLS: server.endpointUrls,
    });
    const sink = new Writable({
      write(chunk, _enc, cb) {
        logLines.push(String(chunk));
        cb();
      },
    });
    const logger = createLogger({ level: 'debug', destination: sink });
    api = await startApp({ config, roles: new Set(['api']), logger });
    worker = await startApp({ config, roles: new Set(['worker']), logger });
    clients = createAwsClients(config.aws);
    // A tap on the events topic: sees every message the API instances receive.
    tap = new SnsEventBus({ sns: clients.sns, sqs: clients.sqs, topicArn: api.resources.eventsTopicArn, queuePrefix: `${uniqueName('tap').slice(0, 24)}-` });
    await tap.start();
    tap.subscribe((e) => topicMessages.push(JSON.stringify(e)));
  });

  afterAll(async () => {
    await tap?.stop();
    await api?.stop();
    await worker?.stop();
    if (clients) destroyAwsClients(clients);
    await server?.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('finds no PHI string anywhere outside the encrypted envelope', async () => {
    const url = api.graphqlUrl!;
    const token = await mintLocalToken(loadOrCreateSecretFile(path.join(dataDir, 'jwt-secret')), { tenant: TENANT, roles: ['submitter', 'reader'] });
    const jobIds: string[] = [];
    for (const n of NOTES) {
      jobIds.push((await gqlOk(url, token, SubmitNoteDocument, { input: { text: n.text, noteType: 'PROGRESS_NOTE' } })).submitNote.job.id);
    }
    for (const id of jobIds) {
      const job = await waitFor(async () => {
        const { job: j } = await gqlOk(url, token, JobDocument, { id });
        return j && ['COMPLETED', 'NEEDS_REVIEW', 'FAILED'].includes(j.status) ? j : undefined;
      }, 60_000);
      expect(job.status).not.toBe('FAILED');
    }
    // The reports are real (the scan below is not vacuous): codes with verbatim evidence from the originals.
    const report = (await gqlOk(url, token, ReportDocument, { jobId: jobIds[0] })).report!;
    expect(report.codes.map((c) => c.code)).toEqual(expect.arrayContaining(['E11.22']));
    await waitFor(async () => (topicMessages.filter((m) => m.includes('"COMPLETED"') || m.includes('"NEEDS_REVIEW"')).length >= jobIds.length ? true : undefined));

    // A client that types PHI into an id argument: the audit trail records the attempt, never the text.
    const probe = await gql(url, token, JobDocument, { id: `${NOTES[0].phi[0]} ${NOTES[0].phi[1]}` });
    expect(probe.errors?.[0].extensions?.code).toBe('NOT_FOUND');

    const store = new DynamoJobStore({
      client: clients.dynamodb,
      tableName: api.resources.jobsTable,
    });
    const scanTable = async (tableName: string): Promise<string[]> => {
      const out: string[] = [];
      let startKey: Record<string, AttributeValue> | undefined;
      do {
        const page = await clients.dynamodb.send(new ScanCommand({ TableName: tableName, ExclusiveStartKey: startKey }));
        for (const item of page.Items ?? []) {
          out.push(Object.entries(item).filter(([k]) => !ENVELOPE_ATTRIBUTES.has(k)).map(([k, v]) => `${k}=${attributeText(v)}`).join(' '));
        }
        startKey = page.LastEvaluatedKey;
      } while (startKey);
      return out;
    };
    const items = await scanTable(api.resources.jobsTable);
    const auditRecords = await scanTable(api.resources.auditTable);
    expect(auditRecords.some((r) => r.includes('REPORT_READ')) && auditRecords.some((r) => r.includes('targetId=invalid'))).toBe(true);
    // Stage outputs are stored compressed: scan them decoded too.
    const outputs = await Promise.all(jobIds.map(async (id) => JSON.stringify(await store.getStageOutputs(TENANT, id))));
    // Once redaction is stored the ciphertext is gone as well.
    for (const id of jobIds) await expect(store.readSealedNote(TENANT, id)).rejects.toMatchObject({ code: 'NOT_FOUND' });

    const places: Array<[string, string[]]> = [
      ['log lines', logLines],
      ['metrics', [await api.metrics.registry.metrics(), await worker.metrics.registry.metrics()]],
      ['DynamoDB items', items],
      ['audit records', auditRecords],
      ['stage outputs', outputs],
      ['topic messages', topicMessages],
      ['model requests', server.calls.map((c) => JSON.stringify(c.body))],
    ];
    const hits: string[] = [];
    for (const [place, texts] of places) {
      expect({ place, scanned: texts.length > 0 }).toEqual({ place, scanned: true });
      for (const phi of ALL_PHI) if (texts.some((t) => t.includes(phi))) hits.push(`${place}: ${phi}`);
    }
    expect(hits).toEqual([]);
    expect(server.calls.length).toBeGreaterThanOrEqual(2 * NOTES.length);
    expect(outputs.join(' ')).toContain('[NAME]');
  });
});
