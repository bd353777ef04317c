// A user's view: `npm start` on a fresh data directory, real GraphQL HTTP and graphql-ws clients,
// SIGTERM with jobs in flight, restart on the same data directory: every accepted job completes.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePort, spawnService, type Spawned } from '../helpers/processes';
import { collect, gqlOk, waitFor, wsClient } from '../helpers/graphqlClient';
import { JobStatusDocument, JobsDocument, SubmitNoteDocument } from '../generated/graphql';

const root = path.join(__dirname, '../..');
const READY = /ready: GraphQL \(HTTP and graphql-ws\) at (http:\/\/\S+)/;
const TOKEN = /Demo token[^:]*: (\S+)/;
const PATIENT = 'Wilhelmina Stroud'; // synthetic

function note(i: number): string {
  return `Ms. ${PATIENT} (MRN 4451${i}) was seen on 02/0${(i % 9) + 1}/2026. Assessment: type 2 diabetes mellitus and essential hypertension; acute cystitis. Plan: nitrofurantoin.`;
}

describe('npm start (embedded default), as a user runs it', () => {
  let dataDir: string;
  let port: number;
  let proc: Spawned | undefined;

  beforeAll(async () => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cc-e2e-'));
    port = await freePort();
  });
  afterAll(() => {
    proc?.kill('SIGKILL');
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  const start = async (): Promise<{ url: string; token: string }> => {
    proc = spawnService('npm', ['start'], { DATA_DIR: dataDir, PORT: String(port), LOG_LEVEL: 'info' }, root);
    const [, url] = await proc.waitForLine(READY);
    const [, token] = await proc.waitForLine(TOKEN);
    return { url, token };
  };

  it('serves GraphQL, survives SIGTERM with jobs in flight, and loses no job across a restart', async () => {
    const first = await start();
    expect(first.url).toBe(`http://localhost:${port}/graphql`);

    // One job followed live over graphql-ws to completion.
    const { submitNote } = await gqlOk(first.url, first.token, SubmitNoteDocument, { input: { text: note(0) } });
    const ws = wsClient(first.url, first.token);
    const live = collect(ws, JobStatusDocument, { jobId: submitNote.job.id });
    await live.done;
    await ws.dispose();
    const statuses = live.values.map((v) => v.jobStatus.status);
    expect(['COMPLETED', 'NEEDS_REVIEW']).toContain(statuses[statuses.length - 1]);
    const versions = live.values.map((v) => v.jobStatus.version);
    expect([...versions].sort((a, b) => a - b)).toEqual(versions);

    // A burst, then SIGTERM while the worker is busy.
    const ids = [submitNote.job.id];
    for (let i = 1; i <= 20; i++) ids.push((await gqlOk(first.url, first.token, SubmitNoteDocument, { input: { text: note(i) } })).submitNote.job.id);
    proc!.kill('SIGTERM');
    const exited = await proc!.exit;
    expect(exited.code).toBe(0);
    expect(proc!.output()).toContain('stopped');

    // Same data directory: the jobs are still there and every one of them finishes.
    const second = await start();
    const finished = await waitFor(
      async () => {
        const { jobs } = await gqlOk(second.url, second.token, JobsDocument, { first: 100 });
        const byId = new Map(jobs.edges.map((e) => [e.node.id, e.node.status]));
        const done = ids.every((id) => byId.get(id) === 'COMPLETED' || byId.get(id) === 'NEEDS_REVIEW');
        return done ? byId : undefined;
      },
      90_000,
      500,
    );
    expect(ids.every((id) => finished.has(id))).toBe(true);

    proc!.kill('SIGTERM');
    expect((await proc!.exit).code).toBe(0);
    // Logs never carry the note's PHI.
    expect(proc!.output()).not.toContain(PATIENT);
  }, 240_000);
});
