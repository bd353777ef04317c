// E2E: the short form of `npm run chaos` (issue 11), so CI guards fault tolerance: split mode (API and
// workers as spawned processes) on real DynamoDB Local, fauxqs and the Bedrock Converse test double.
// N = 20 per scenario and fewer kills; asserts the acceptance: nothing lost, nothing duplicated (no second
// job for an idempotency key, no model call for a stage whose output was stored), every failure has a
// reason and only poison notes fail. The full run (N = 200, every scenario) is `npm run chaos`.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { formatTable } from '../../src/cli/chaos';
import type { ScenarioResult } from '../../src/cli/chaos/run';
import { ensureServiceBuilt } from '../helpers/buildOnce';

const root = path.join(__dirname, '../..');
// Short invented notes keep the clinical engine's CPU share small on a shared CI machine.
const TEXTS = [
  'Assessment: essential hypertension, well controlled. Seen by Dr. Ottoline Braithwaite on 03/02/2026.',
  'Impression: type 2 diabetes mellitus without complications. Continue metformin. Call 555-201-7788.',
  'Assessment: chronic obstructive pulmonary disease with acute exacerbation. Mr. Tobias Renwick, 71.',
  'Diagnosis: acute cystitis without hematuria. Nitrofurantoin for five days. MRN 4471902.',
];

const SCENARIOS = ['worker-kill', 'duplicate-delivery', 'poison'];

describe('chaos (short form): split mode under faults', () => {
  let results: ScenarioResult[] = [];

  beforeAll(async () => {
    // The harness and the processes it spawns run compiled (fauxqs is ES-module only, which Jest's VM
    // cannot import); make sure dist/ matches the sources (once per Jest run: test/helpers/buildOnce.ts).
    ensureServiceBuilt();
    const textsFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'cc-chaos-e2e-')), 'texts.json');
    fs.writeFileSync(textsFile, JSON.stringify(TEXTS));
    const args = ['--jobs', '20', '--kills', '3', '--model-latency', '100', '--seed', '7', '--deadline-seconds', '120', '--submit-rate', '10', '--texts-file', textsFile, '--json', '--parallel'];
    for (const name of SCENARIOS) args.push('--scenario', name);
    // Exit code 1 means a scenario failed its acceptance; the assertions below say which and why.
    const { stdout } = await promisify(execFile)(process.execPath, [path.join(root, 'dist/src/cli/chaos.js'), ...args], { cwd: root, maxBuffer: 16 * 1024 * 1024 }).catch(
      (err: { stdout?: string; code?: number; stderr?: string }) => {
        if (err.code === 1 && err.stdout) return { stdout: err.stdout };
        throw new Error(`chaos harness failed (${err.code}): ${err.stderr?.slice(-3000)}`);
      },
    );
    results = JSON.parse(stdout.trim().split('\n').pop()!) as ScenarioResult[];
    fs.rmSync(path.dirname(textsFile), { recursive: true, force: true });
    for (const r of results) process.stdout.write(`${formatTable(r)}\n`);
  }, 400_000);

  it.each(SCENARIOS)('%s: nothing lost or duplicated, every failure has a reason', (name) => {
    const r = results.find((x) => x.name === name)!;
    expect(r.submitted).toBe(20);
    expect(r.lost).toBe(0);
    expect(r.duplicated).toBe(0);
    expect(r.failedWithReason).toBe(r.failed);
    expect(r.unexpectedFailures).toBe(0);
    expect(r.completed + r.failed).toBe(20);
  });

  it('duplicate copies of the claim checks were consumed, not dead-lettered', () => {
    expect(results.find((x) => x.name === 'duplicate-delivery')!.deadLetters).toBe(0);
  });

  it('poison notes end FAILED with MAX_RECEIVE_COUNT_EXCEEDED and in the DLQ; the others complete', () => {
    const r = results.find((x) => x.name === 'poison')!;
    expect(r.failureReasons).toEqual({ MAX_RECEIVE_COUNT_EXCEEDED: 2 });
    // At least one dead letter per poison job (a sweeper copy of a job still retrying may add another).
    expect(r.deadLetters).toBeGreaterThanOrEqual(2);
    expect(r.completed).toBe(18);
  });
});
