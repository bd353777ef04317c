// A user's view of the web workbench in a real browser (Debian's Chromium driven by playwright-core,
// headless) against a real embedded service: sign in with the pre-filled demo token, submit a note,
// watch it finish live, choose a code and see its evidence highlighted (and the reverse), and an
// axe-core scan of every page with no serious or critical violation. The SDK cross-checks the report.
import WebSocket from 'ws';
import { ChartcoderClient } from '../../client/src';
import { seriousViolations, startWorkbench, type Workbench } from './workbenchFixture';

const PATIENT = 'Perpetua Quellingham'; // synthetic
const NOTE = [
  `Patient: ${PATIENT}, MRN 77310452, seen 04/02/2026.`,
  'ASSESSMENT:',
  '1. Essential hypertension, stable on lisinopril.',
  '2. Type 2 diabetes mellitus without complications.',
  'PLAN: continue current medications; recheck A1c in three months.',
].join('\n');

describe('web workbench in Chromium', () => {
  let wb: Workbench;
  let baseUrl: string;
  let graphqlUrl: string;
  let demoToken: string;

  beforeAll(async () => {
    // Model latency makes each stage visible to a watcher.
    wb = await startWorkbench({ LOCAL_MODEL_LATENCY_MS: '600' });
    ({ baseUrl, graphqlUrl, demoToken } = wb);
  }, 600_000);

  afterAll(async () => {
    await wb?.stop();
  });

  it('signs in, submits a note, follows it live, links codes and evidence both ways, with no serious a11y violation', async () => {
    const context = await wb.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const cspErrors: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error' && /Content Security Policy/i.test(m.text())) cspErrors.push(m.text());
    });
    const violations: Record<string, string[]> = {};

    // Sign in: the embedded service pre-fills its demo token for a browser on this machine.
    const response = await page.goto(baseUrl);
    expect(response!.headers()['content-security-policy']).toContain("script-src 'self'");
    await expect(page.getByRole('heading', { name: 'Sign in' }).waitFor()).resolves.toBeUndefined();
    const tokenField = page.getByLabel('Access token or API key');
    // The token arrives from /workbench/config.json after the page renders.
    await page.waitForFunction(`Boolean(document.querySelector('cc-app')?.shadowRoot?.querySelector('cc-sign-in')?.shadowRoot?.querySelector('input')?.value)`);
    // A demo token like the one printed at start (minted per ask, so its iat differs).
    const prefilled = JSON.parse(Buffer.from((await tokenField.inputValue()).split('.')[1], 'base64url').toString('utf8'));
    expect(prefilled).toMatchObject({ tenant: 'demo', roles: expect.arrayContaining(['submitter', 'reader', 'reviewer', 'admin']) });
    violations['sign-in'] = await seriousViolations(page);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { name: 'Jobs' }).waitFor();

    // Submit a note from the keyboard-usable form.
    const nav = page.getByRole('navigation', { name: 'Main' });
    await nav.getByRole('link', { name: 'Submit a note' }).click();
    await page.getByRole('heading', { name: 'Submit a note' }).waitFor();
    violations.submit = await seriousViolations(page);
    await page.getByLabel('Clinical note').fill(NOTE);
    await page.getByLabel('Note type').selectOption('PROGRESS_NOTE');
    await page.getByLabel('Redaction mode').selectOption('TAG');
    await page.getByRole('button', { name: 'Submit' }).click();

    // The job page follows it live: it starts unfinished and finishes without a reload.
    await page.getByRole('heading', { name: /^Job / }).waitFor();
    await page.getByText('Following this job live.').waitFor({ timeout: 30_000 });
    await page.getByText(/^Finished: (COMPLETED|NEEDS_REVIEW)\.$/).waitFor({ timeout: 120_000 });
    const jobId = (await page.getByRole('heading', { name: /^Job / }).textContent())!.replace(/^Job /, '').trim();
    await page.getByRole('img', { name: 'Stage timeline' }).waitFor();
    for (const stage of ['REDACTING', 'SUMMARIZING', 'CODING', 'VALIDATING']) {
      await expect(page.getByRole('list', { name: 'Stages and their durations' }).getByText(new RegExp(`^${stage}: `)).count()).resolves.toBe(1);
    }

    // The report: identifiers marked by type, never shown.
    const note = page.getByTestId('note');
    await note.waitFor();
    expect(await note.textContent()).not.toContain('Quellingham');
    expect(await page.locator('[data-phi="NAME"]').count()).toBeGreaterThan(0);

    // Choosing a code highlights its evidence…
    await page.getByRole('button', { name: 'I10', exact: true }).click();
    const active = page.locator('mark.ev.active');
    await active.first().waitFor();
    const highlighted = (await active.allTextContents()).join(' ');
    expect(highlighted.toLowerCase()).toContain('hypertension');
    expect(await page.getByRole('button', { name: 'I10', exact: true }).getAttribute('aria-pressed')).toBe('true');

    // …and the reverse: choosing evidence in the note chooses its code.
    const diabetesMark = page.locator('mark.ev', { hasText: /diabetes/i }).first();
    const diabetesCodes = (await diabetesMark.getAttribute('data-codes'))!.split(' ');
    expect(diabetesCodes[0]).toMatch(/^E11/);
    await diabetesMark.focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('button', { name: diabetesCodes[0], exact: true }).getAttribute('aria-pressed')).resolves.toBe('true');
    expect(await page.locator('mark.ev.active', { hasText: /hypertension/i }).count()).toBe(0);
    violations.report = await seriousViolations(page);
    // Readable on a tablet: the same report in portrait, one column.
    await page.setViewportSize({ width: 820, height: 1180 });
    violations['report-tablet'] = await seriousViolations(page);
    await page.setViewportSize({ width: 1280, height: 900 });

    // The SDK reads the same report: the highlighted quotes are its evidence.
    const client = new ChartcoderClient({ url: graphqlUrl, token: demoToken, webSocketImpl: WebSocket });
    const report = (await client.getReport(jobId))!;
    await client.close();
    const i10 = report.codes.find((c) => c.code === 'I10')!;
    for (const e of i10.evidence) expect(highlighted).toContain(e.text);

    // Admin pages render and pass the scan too.
    await nav.getByRole('link', { name: 'Dead letters' }).click();
    await page.getByRole('heading', { name: 'Dead letters' }).waitFor();
    await page.getByText('No dead letters.').waitFor();
    violations['dead-letters'] = await seriousViolations(page);
    await nav.getByRole('link', { name: 'Metrics' }).click();
    await page.getByRole('heading', { name: 'Metrics' }).waitFor();
    await page.getByText(/\(\d+ samples\)/).waitFor();
    violations.metrics = await seriousViolations(page);
    await nav.getByRole('link', { name: 'Jobs' }).click();
    await page.locator(`tr[data-job="${jobId}"]`).waitFor();
    violations.jobs = await seriousViolations(page);

    expect(violations).toEqual({ 'sign-in': [], submit: [], report: [], 'report-tablet': [], 'dead-letters': [], metrics: [], jobs: [] });
    expect(cspErrors).toEqual([]);
    expect(wb.proc.output()).not.toContain('Quellingham');
    await context.close();
  }, 600_000);
});
