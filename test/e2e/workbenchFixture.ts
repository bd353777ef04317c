// Owns the browser tests' world: the service built as `npm run build` builds it (tsc, then Vite for the
// workbench), one embedded process on a free port with its own data directory, headless Chromium
// (Debian's, driven by playwright-core), an axe-core scan, and signing in with the pre-filled demo token.
// Disposes itself via stop().
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { ensureWorkbenchBuilt } from '../helpers/buildOnce';
import { freePort, spawnService, type Spawned } from '../helpers/processes';

const root = path.join(__dirname, '../..');
const READY = /ready: GraphQL \(HTTP and graphql-ws\) at (http:\/\/\S+)/;
const TOKEN = /Demo token[^:]*: (\S+)/;
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const STOP_GRACE_MS = 20_000;

type AxeResult = { violations: { id: string; impact: string | null; help: string; nodes: { target: unknown }[] }[] };
const axeSource = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** axe-core in the page (evaluated through DevTools, so the page's CSP stays as served). */
export async function seriousViolations(page: Page): Promise<string[]> {
  const result = (await page.evaluate(`${axeSource}\n;axe.run(document, { resultTypes: ['violations'] })`)) as AxeResult;
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.impact} ${v.id}: ${v.help} (${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')})`);
}

export interface Workbench {
  baseUrl: string;
  graphqlUrl: string;
  demoToken: string;
  dataDir: string;
  browser: Browser;
  proc: Spawned;
  stop(): Promise<void>;
}

/** Builds, starts the embedded service (extra env on top) and launches Chromium. */
export async function startWorkbench(env: Record<string, string> = {}): Promise<Workbench> {
  // The process serves what `npm run build` produced: compile the service and build the workbench.
  // Once per Jest run for all the files that start a workbench (test/helpers/buildOnce.ts).
  ensureWorkbenchBuilt();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cc-web-e2e-'));
  const port = await freePort();
  const proc = spawnService(process.execPath, ['dist/src/main.js', 'embedded'], { DATA_DIR: dataDir, PORT: String(port), LOG_LEVEL: 'info', ...env }, root);
  const stopProc = async () => {
    proc.kill('SIGTERM');
    await Promise.race([proc.exit, new Promise((r) => setTimeout(r, STOP_GRACE_MS).unref())]);
    proc.kill('SIGKILL');
    fs.rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    const [, graphqlUrl] = await proc.waitForLine(READY, 240_000);
    const [, demoToken] = await proc.waitForLine(TOKEN);
    const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-dev-shm-usage'] });
    return {
      baseUrl: new URL('/', graphqlUrl).toString(),
      graphqlUrl,
      demoToken,
      dataDir,
      browser,
      proc,
      stop: async () => {
        await browser.close();
        await stopProc();
      },
    };
  } catch (err) {
    await stopProc();
    throw err;
  }
}

/** Signs in with the token the embedded service pre-fills for a browser on its machine; lands on Jobs. */
export async function signInWithDemoToken(page: Page, baseUrl: string): Promise<void> {
  await page.goto(baseUrl);
  await page.getByRole('heading', { name: 'Sign in' }).waitFor();
  // The token arrives from /workbench/config.json after the page renders.
  await page.waitForFunction(`Boolean(document.querySelector('cc-app')?.shadowRoot?.querySelector('cc-sign-in')?.shadowRoot?.querySelector('input')?.value)`);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('heading', { name: 'Jobs' }).waitFor();
}
