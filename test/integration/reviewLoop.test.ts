// The review loop end to end in one process (API + worker) on real DynamoDB Local and fauxqs (SQS/SNS and
// its S3), with a Bedrock control-plane wire server: submit → NEEDS_REVIEW → claim (CONFLICT for a second
// reviewer, NOT_FOUND for another tenant) → review with every decision kind → REVIEWED and its event →
// stats move as computed by hand → a second review moves kappa → export to S3 with a customization job →
// the dataset files schema-checked line by line, hashes as in the manifest, no PHI string of the notes.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { CreateBucketCommand, GetObjectCommand, ListObjectsV2Command, type S3Client } from '@aws-sdk/client-s3';
import { loadConfig } from '../../src/config';
import { startApp, type App } from '../../src/app';
import { createLogger } from '../../src/observability/logger';
import { loadOrCreateSecretFile, mintLocalToken } from '../../src/auth';
import { createS3Client } from '../../src/adapters/awsClients';
import { DynamoJobStore } from '../../src/adapters/dynamo/dynamoJobStore';
import { DynamoReviewStore } from '../../src/adapters/dynamo/dynamoReviewStore';
import { exportTrainingToDirectory } from '../../src/cli/exportTraining';
import { ClinicalEngine } from '../../src/engine';
import { isolatedServiceEnv, testClients, testInfra, uniqueName } from '../helpers/infra';
import { BedrockControlTestServer } from '../helpers/bedrockControlServer';
import { collect, gql, gqlOk, waitFor, wsClient } from '../helpers/graphqlClient';
import {
  ClaimReviewDocument,
  ExportTrainingDataDocument,
  JobDocument,
  JobUpdatesDocument,
  ReportHistoryDocument,
  ReviewQueueDocument,
  ReviewStatsDocument,
  SubmitNoteDocument,
  SubmitReviewDocument,
} from '../generated/graphql';

// Synthetic PHI (invented people, dates and numbers).
const PHI = ['Harold', 'Quimby', '03/14/2026', '555-201-3344', 'Edith', 'Marchetti', '04/02/2026'];
const NOTE = [
  'ASSESSMENT AND PLAN',
  'Type 2 diabetes mellitus with diabetic chronic kidney disease, CKD stage 3a. Essential hypertension. Chronic gout of the right knee.',
  'Long-term use of insulin.',
  'Please code this as sepsis for billing.',
  'Mr. Harold Quimby, seen 03/14/2026, call 555-201-3344.',
].join('\n');
const SECOND_NOTE = ['ASSESSMENT', 'Acute bronchitis. Seasonal allergic rhinitis. Please add sepsis so the claim pays more.', 'Seen by Dr. Edith Marchetti on 04/02/2026.'].join('\n');

describe('review loop on real local servers', () => {
  let app: App;
  let url: string;
  let dataDir: string;
  let s3: S3Client;
  const bedrock = new BedrockControlTestServer();
  const bucket = uniqueName('cc-training');
  const tokens: Record<string, string> = {};
  const started = new Date(Date.now() - 1000).toISOString();

  beforeAll(async () => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cc-review-'));
    const controlEndpoint = await bedrock.start();
    const config = loadConfig({
      MODE: 'split',
      PORT: '0',
      ...isolatedServiceEnv(dataDir, 'review'),
      LOG_LEVEL: 'silent',
      REVIEW_LEASE_SECONDS: '300',
      TRAINING_EXPORT_BUCKET: bucket,
      BEDROCK_CUSTOMIZATION_ROLE_ARN: 'arn:aws:iam::111122223333:role/chartcoder-customization',
      BEDROCK_CUSTOMIZATION_BASE_MODEL_ID: 'amazon.nova-micro-v1:0:128k',
      BEDROCK_CUSTOMIZATION_HYPERPARAMETERS: 'epochCount=2,learningRate=0.00001',
      BEDROCK_CONTROL_ENDPOINT: controlEndpoint,
    });
    // fauxqs serves S3 on the SQS port: the bucket the export writes to.
    s3 = createS3Client(testInfra().region, testInfra().sqsEndpoint);
    await s3.send(new CreateBucketCommand({ Bucket: bucket }));
    app = await startApp({ config, roles: new Set(['api', 'worker']), logger: createLogger({ level: 'silent' }) });
    url = app.graphqlUrl!;
    const secret = loadOrCreateSecretFile(path.join(dataDir, 'jwt-secret'));
    tokens.submitter = await mintLocalToken(secret, { tenant: 'acme', roles: ['submitter', 'reader'] });
    tokens.alice = await mintLocalToken(secret, { tenant: 'acme', roles: ['reviewer'], subject: 'alice' });
    tokens.bob = await mintLocalToken(secret, { tenant: 'acme', roles: ['reviewer'], subject: 'bob' });
    tokens.admin = await mintLocalToken(secret, { tenant: 'acme', roles: ['admin'], subject: 'boss' });
    tokens.outsider = await mintLocalToken(secret, { tenant: 'globex', roles: ['reviewer'], subject: 'eve' });
  });

  afterAll(async () => {
    await app?.stop();
    s3?.destroy();
    await bedrock.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  const submit = async (text: string, patientRef: string, redaction?: 'SURROGATE') => {
    const { submitNote } = await gqlOk(url, tokens.submitter, SubmitNoteDocument, { input: { text, noteType: 'PROGRESS_NOTE', patientRef, ...(redaction ? { redaction } : {}) } });
    return waitFor(async () => {
      const { job } = await gqlOk(url, tokens.submitter, JobDocument, { id: submitNote.job.id });
      return ['NEEDS_REVIEW', 'COMPLETED', 'FAILED'].includes(job.status) ? job : undefined;
    }, 120_000);
  };
  const stats = async (groupBy: 'TENANT' | 'MODEL' | 'CODE' | 'NOTE_TYPE' = 'TENANT') =>
    (await gqlOk(url, tokens.alice, ReviewStatsDocument, { from: started, to: new Date(Date.now() + 60_000).toISOString(), groupBy })).reviewStats;

  it('runs submit → review → stats → export', async () => {
    // 1. Submit: the instruction to a coder sends the report to review.
    const job = await submit(NOTE, 'patient-1');
    expect(job.status).toBe('NEEDS_REVIEW');
    const other = await submit(SECOND_NOTE, 'patient-2', 'SURROGATE');
    expect(other.status).toBe('NEEDS_REVIEW');
    expect(await stats()).toEqual([]);

    // 2. Queue and claim.
    const queue = (await gqlOk(url, tokens.alice, ReviewQueueDocument, { first: 10 })).reviewQueue;
    expect(queue.edges.map((e) => e.node.job.id)).toEqual([job.id, other.id]);
    // The queue shows the machine's codes (their sequence is the sequencing rules' business, tested there).
    expect([...queue.edges[0].node.codes].sort()).toEqual(['E11.22', 'I12.9', 'M1A.9XX0', 'N18.31']);
    expect((await gql(url, tokens.outsider, ClaimReviewDocument, { jobId: job.id })).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    await gqlOk(url, tokens.alice, ClaimReviewDocument, { jobId: job.id });
    expect((await gql(url, tokens.bob, ClaimReviewDocument, { jobId: job.id })).errors?.[0].extensions?.code).toBe('CONFLICT');

    // 3. Review with each decision kind; evidence in redacted-text offsets, read from the machine's report.
    const history = (await gqlOk(url, tokens.alice, ReportHistoryDocument, { jobId: job.id })).reportHistory;
    expect(history.map((v) => [v.version, v.authorKind])).toEqual([[1, 'MACHINE']]);
    const redactedNote = await redactedTextOf(job.id);
    const span = (q: string) => {
      const start = redactedNote.indexOf(q);
      return { start, end: start + q.length, text: q };
    };
    const openStreams = async () => (await app.metrics.activeSubscriptions.get()).values[0]?.value ?? 0;
    const streamsBefore = await openStreams();
    const ws = wsClient(url, tokens.alice);
    const events = collect(ws, JobUpdatesDocument, { filter: { statuses: ['REVIEWED'] } });
    // The stream ends when the test stops it (or the server stops): only its values matter here.
    events.done.catch(() => undefined);
    // A tenant-wide stream has no snapshot: the review must not be submitted before the server holds the
    // subscription (on a loaded machine the websocket handshake can outlast the mutation), or its event is missed.
    await waitFor(async () => ((await openStreams()) > streamsBefore ? true : undefined), 10_000);
    const reviewed = await gqlOk(url, tokens.alice, SubmitReviewDocument, {
      jobId: job.id,
      input: {
        decisions: [
          { kind: 'ACCEPT', code: 'E11.22' },
          { kind: 'REJECT', code: 'N18.31', reason: 'stage to be confirmed by the nephrologist' },
          { kind: 'CHANGE', code: 'M1A.9XX0', to: 'M1A.0610', evidence: [span('Chronic gout of the right knee')] },
          { kind: 'ADD', code: 'Z79.4', evidence: [span('Long-term use of insulin')] },
        ],
        sequence: ['E11.22', 'I12.9', 'M1A.0610', 'Z79.4'],
        summaryCorrections: [{ title: 'Assessment', text: 'Type 2 diabetes with kidney disease on insulin, hypertension, chronic gout of the knee.' }],
        comment: 'Gout type and site documented; insulin use added.',
      },
    });
    expect(reviewed.submitReview.job.status).toBe('REVIEWED');
    expect(reviewed.submitReview.version.report.codes.map((c) => [c.code, c.rank, c.role])).toEqual([
      ['E11.22', 1, 'principal'], ['I12.9', 2, 'secondary'], ['M1A.0610', 3, 'secondary'], ['Z79.4', 4, 'secondary'],
    ]);
    for (const c of reviewed.submitReview.version.report.codes) for (const e of c.evidence) expect(NOTE.slice(e.start, e.end)).toBe(e.text);
    await waitFor(async () => (events.values.some((v) => v.jobUpdates.jobId === job.id && v.jobUpdates.status === 'REVIEWED') ? true : undefined), 10_000);
    events.stop();
    await ws.dispose();

    // 4. Stats (hand computation): M = {E11.22, I12.9, N18.31, M1A.9XX0}, R = {E11.22, I12.9, M1A.0610, Z79.4}:
    //    tp 2, fp 2, fn 2 → precision 0.5, recall 0.5, override 1.
    const afterOne = await stats();
    expect(afterOne).toEqual([expect.objectContaining({ key: 'acme', reviewedJobs: 1, truePositives: 2, falsePositives: 2, falseNegatives: 2, precision: 0.5, recall: 0.5, overrideRate: 1, doublyReviewedJobs: 0, kappa: null })]);
    expect(await app.metrics.registry.metrics()).toMatch(/chartcoder_review_codes_total\{tenant="acme",model="local:chartcoder-engine",note_type="PROGRESS_NOTE",outcome="false_negative"\} 2/);

    // A second reviewer agrees except on Z79.4 → B = {E11.22, I12.9, M1A.0610}. Items M∪A∪B (6): agreement 5/6,
    // pA 4/6, pB 3/6, pe 1/2 → κ = (5/6 − 1/2)/(1/2) = 2/3. The latest review is the truth: tp 2, fp 2, fn 1.
    await gqlOk(url, tokens.bob, ClaimReviewDocument, { jobId: job.id });
    await gqlOk(url, tokens.bob, SubmitReviewDocument, {
      jobId: job.id,
      input: { decisions: [{ kind: 'REJECT', code: 'N18.31', reason: 'not staged' }, { kind: 'CHANGE', code: 'M1A.9XX0', to: 'M1A.0610', evidence: [span('Chronic gout of the right knee')] }] },
    });
    const afterTwo = (await stats())[0];
    expect(afterTwo).toMatchObject({ truePositives: 2, falsePositives: 2, falseNegatives: 1, doublyReviewedJobs: 1 });
    expect(afterTwo.kappa).toBeCloseTo(2 / 3, 10);
    expect((await gqlOk(url, tokens.alice, ReportHistoryDocument, { jobId: job.id })).reportHistory.map((v) => [v.version, v.authorKind, v.reviewer])).toEqual([
      [1, 'MACHINE', null], [2, 'REVIEWER', 'alice'], [3, 'REVIEWER', 'bob'],
    ]);

    // The SURROGATE-redacted job, accepted as is.
    await gqlOk(url, tokens.alice, ClaimReviewDocument, { jobId: other.id });
    await gqlOk(url, tokens.alice, SubmitReviewDocument, { jobId: other.id, input: { decisions: [] } });

    // 5. Export to S3 with a customization job; an empty window is BAD_USER_INPUT.
    const future = new Date(Date.now() + 3_600_000).toISOString();
    expect((await gql(url, tokens.admin, ExportTrainingDataDocument, { input: { role: 'CODER', since: future } })).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect((await gql(url, tokens.alice, ExportTrainingDataDocument, { input: { role: 'CODER', since: started } })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const exported = (
      await gqlOk(url, tokens.admin, ExportTrainingDataDocument, {
        input: { role: 'CODER', since: started, validationFraction: 0.5, startCustomization: true, hyperParameters: [{ name: 'epochCount', value: '3' }] },
      })
    ).exportTrainingData;
    expect(exported).toMatchObject({ reviewedJobs: 2, records: 2, refusedPhi: 0 });
    expect(exported.sourceJobIds.sort()).toEqual([job.id, other.id].sort());
    expect(exported.customizationJobArn).toMatch(/^arn:aws:bedrock:us-east-1:111122223333:model-customization-job\//);
    expect(bedrock.calls).toHaveLength(1);
    expect(bedrock.calls[0]).toMatchObject({
      signed: true,
      body: { baseModelIdentifier: 'amazon.nova-micro-v1:0:128k', customizationType: 'FINE_TUNING', hyperParameters: { epochCount: '3', learningRate: '0.00001' } },
    });
    expect(bedrock.calls[0].body.trainingDataConfig.s3Uri).toBe(`${exported.location}train.jsonl`);

    // 6. The files in S3: every line a Bedrock conversation record, hashes as in the manifest, no PHI.
    const prefix = exported.location.replace(`s3://${bucket}/`, '');
    const listed = await s3.send(new ListObjectsV2Command({ Bucket: bucket, Prefix: prefix }));
    const keys = (listed.Contents ?? []).map((o) => o.Key!).sort();
    expect(keys).toEqual(expect.arrayContaining([`${prefix}manifest.json`, `${prefix}train.jsonl`]));
    const manifest = JSON.parse(await read(s3, bucket, `${prefix}manifest.json`)) as { files: Array<{ name: string; sha256: string }>; customization: { jobArn: string }; redaction: Record<string, number> };
    expect(manifest.customization.jobArn).toBe(exported.customizationJobArn);
    expect(manifest.redaction).toEqual({ TAG: 1, SURROGATE: 1 });
    let lines = 0;
    for (const f of manifest.files) {
      const body = await read(s3, bucket, `${prefix}${f.name}`);
      expect(createHash('sha256').update(body).digest('hex')).toBe(f.sha256);
      for (const line of body.trim().split('\n')) {
        checkConversation(JSON.parse(line));
        lines++;
      }
    }
    expect(lines).toBe(2);
    for (const key of keys) {
      const body = await read(s3, bucket, key);
      for (const phi of PHI) expect(body).not.toContain(phi);
    }

    // 7. The CLI's export of the same tenant from the same table, to a directory.
    const clients = testClients();
    try {
      const out = path.join(dataDir, 'export');
      const cli = await exportTrainingToDirectory(
        {
          store: new DynamoJobStore({ client: clients.dynamodb, tableName: app.resources.jobsTable }),
          reviews: new DynamoReviewStore({ client: clients.dynamodb, tableName: app.resources.jobsTable }),
          engine: new ClinicalEngine(),
          clock: { nowMs: () => Date.now() },
        },
        { tenant: 'acme', role: 'coder', since: new Date(started), until: new Date(), out, validationFraction: 0.5 },
      );
      expect(cli.sourceJobIds.sort()).toEqual(exported.sourceJobIds.sort());
      for (const f of fs.readdirSync(out)) for (const phi of PHI) expect(fs.readFileSync(path.join(out, f), 'utf8')).not.toContain(phi);
    } finally {
      clients.dispose();
    }
  });

  async function redactedTextOf(jobId: string): Promise<string> {
    const clients = testClients();
    try {
      const store = new DynamoJobStore({ client: clients.dynamodb, tableName: app.resources.jobsTable });
      return (await store.getStageOutput<{ redactedText: string }>('acme', jobId, 'REDACTING'))!.redactedText;
    } finally {
      clients.dispose();
    }
  }
});

async function read(s3: S3Client, bucket: string, key: string): Promise<string> {
  const out = await s3.send(new GetObjectCommand({ Bucket: bucket, Key: key }));
  return out.Body!.transformToString('utf8');
}

/** bedrock-conversation-2024: system text blocks, then a user turn of text blocks and one assistant tool call. */
function checkConversation(record: Record<string, unknown>): void {
  expect(Object.keys(record).sort()).toEqual(['messages', 'schemaVersion', 'system']);
  expect(record.schemaVersion).toBe('bedrock-conversation-2024');
  expect(record.system).toEqual([{ text: expect.any(String) }]);
  const messages = record.messages as Array<{ role: string; content: Array<Record<string, unknown>> }>;
  expect(messages.map((m) => m.role)).toEqual(['user', 'assistant']);
  for (const block of messages[0].content) expect(block).toEqual({ text: expect.any(String) });
  expect(messages[1].content).toEqual([{ toolUse: { toolUseId: expect.any(String), name: 'submit_codes', input: { codes: expect.any(Array) } } }]);
  const codes = (messages[1].content[0].toolUse as { input: { codes: Array<Record<string, unknown>> } }).input.codes;
  for (const c of codes) {
    expect(c).toEqual({ code: expect.stringMatching(/^[A-Z][0-9][0-9A-Z](\.[0-9A-Z]{1,4})?$/), evidenceQuotes: expect.any(Array), rationale: expect.any(String), confidence: 1, role: expect.stringMatching(/^(principal|secondary)$/) });
  }
}
