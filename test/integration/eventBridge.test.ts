// Integration: job lifecycle events on an Amazon EventBridge bus (EVENT_BUS_NAME), through the real
// @aws-sdk/client-eventbridge against the EventBridge wire-protocol double. The adapter alone (batching,
// per-entry failures fail the publish) and the service end to end (a submitted note's every transition
// reaches the bus with source, detail-type and a detail that carries no note text).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '../../src/config';
import { startApp, type App } from '../../src/app';
import { createLogger } from '../../src/observability/logger';
import { loadOrCreateSecretFile, mintLocalToken } from '../../src/auth';
import { createEventBridgeClient } from '../../src/adapters/awsClients';
import { EventBridgeBus, EVENTBRIDGE_DETAIL_TYPE, EVENTBRIDGE_SOURCE } from '../../src/adapters/events/eventBridgeBus';
import { InProcessEventBus } from '../../src/adapters/events/inProcessEventBus';
import type { JobEvent } from '../../src/domain/events';
import { isolatedServiceEnv } from '../helpers/infra';
import { gqlOk, waitFor } from '../helpers/graphqlClient';
import { EventBridgeTestServer } from '../helpers/eventBridgeServer';
import { JobDocument, SubmitNoteDocument } from '../generated/graphql';

let bus: EventBridgeTestServer;
beforeAll(async () => {
  bus = await EventBridgeTestServer.start();
});
afterAll(() => bus.close());

function event(n: number): JobEvent {
  return { tenantId: 'acme', jobId: `01JOB${String(n).padStart(21, '0')}`, status: 'QUEUED', version: 1, progress: 0, at: '2026-12-06T12:00:00.000Z' };
}

describe('EventBridgeBus', () => {
  it('puts every published event on the bus (at most 10 per call) and still delivers it to the service bus', async () => {
    const client = createEventBridgeClient('us-east-1', bus.url);
    const inner = new InProcessEventBus();
    const seen: JobEvent[] = [];
    inner.subscribe((e) => seen.push(e));
    const events = new EventBridgeBus(inner, { client, busName: 'partners' });
    const before = { entries: bus.entries.length, calls: bus.calls };
    await Promise.all(Array.from({ length: 25 }, (_, i) => events.publish(event(i))));
    const put = bus.entries.slice(before.entries);
    expect(put).toHaveLength(25);
    expect(bus.calls - before.calls).toBeGreaterThanOrEqual(3);
    expect(put[0]).toMatchObject({ EventBusName: 'partners', Source: EVENTBRIDGE_SOURCE, DetailType: EVENTBRIDGE_DETAIL_TYPE });
    expect(JSON.parse(put[0].Detail!)).toMatchObject({ tenantId: 'acme', status: 'QUEUED', version: 1 });
    expect(seen).toHaveLength(25);
    expect(bus.signed).toBe(true);
    client.destroy();
  });

  it('fails the publish when EventBridge refuses its entry, so the pipeline retries the transition', async () => {
    const client = createEventBridgeClient('us-east-1', bus.url);
    const events = new EventBridgeBus(new InProcessEventBus(), { client, busName: 'partners' });
    bus.failNextEntries('InternalFailure');
    await expect(events.publish(event(99))).rejects.toThrow(/InternalFailure/);
    bus.failNextCall('AccessDeniedException');
    await expect(events.publish(event(98))).rejects.toThrow();
    client.destroy();
  });
});

describe('the service with EVENT_BUS_NAME', () => {
  let app: App;
  let dataDir: string;
  beforeAll(async () => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cc-eb-'));
    const config = loadConfig({ MODE: 'split', PORT: '0', ...isolatedServiceEnv(dataDir, 'eb'), EVENT_BUS_NAME: 'chartcoder-partners', EVENTBRIDGE_ENDPOINT: bus.url });
    app = await startApp({ config, roles: new Set(['api', 'worker']), logger: createLogger({ level: 'silent' }) });
  });
  afterAll(async () => {
    await app?.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it("puts a submitted note's every transition on the bus, in detail never the note's text", async () => {
    const token = await mintLocalToken(loadOrCreateSecretFile(path.join(dataDir, 'jwt-secret')), { tenant: 'acme', roles: ['submitter', 'reader'] });
    const text = 'Mr. Harold Quimby, seen 03/14/2026. Assessment: essential hypertension. Plan: continue lisinopril.';
    const id = (await gqlOk(app.graphqlUrl!, token, SubmitNoteDocument, { input: { text, noteType: 'PROGRESS_NOTE' } })).submitNote.job.id;
    await waitFor(async () => {
      const { job } = await gqlOk(app.graphqlUrl!, token, JobDocument, { id });
      return job && ['COMPLETED', 'NEEDS_REVIEW'].includes(job.status) ? job : undefined;
    }, 60_000);
    const statuses = () => bus.entries.filter((e) => e.EventBusName === 'chartcoder-partners' && JSON.parse(e.Detail!).jobId === id).map((e) => JSON.parse(e.Detail!).status);
    await waitFor(async () => (statuses().some((s: string) => s === 'COMPLETED' || s === 'NEEDS_REVIEW') ? true : undefined), 10_000);
    expect(statuses()).toEqual(expect.arrayContaining(['QUEUED', 'REDACTING', 'SUMMARIZING', 'CODING', 'VALIDATING']));
    const details = bus.entries.map((e) => e.Detail!).join('\n');
    for (const phi of ['Harold', 'Quimby', '03/14/2026', 'lisinopril']) expect(details).not.toContain(phi);
  });
});
