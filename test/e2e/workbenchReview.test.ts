// A reviewer's view of the workbench in a real browser against a real embedded service: a note whose
// instruction to the coder routes it to review (INSTRUCTION_IN_NOTE) appears in the review queue; the
// reviewer claims it (lease expiry shown), rejects one code with a reason, sees the API's refusal of an
// unknown code beside its field, chooses a sentence as evidence from the keyboard, adds a code whose
// evidence is chosen by selecting text in the redacted note with the mouse, submits, and sees REVIEWED and version 2 (and both versions on the job page).
// A job another reviewer holds shows CONFLICT. axe-core finds no serious or critical violation.
import path from 'node:path';
import WebSocket from 'ws';
import type { Page } from 'playwright-core';
import { ChartcoderClient } from '../../client/src';
import { loadOrCreateSecretFile, mintLocalToken } from '../../src/auth';
import { seriousViolations, signInWithDemoToken, startWorkbench, type Workbench } from './workbenchFixture';

const PATIENT = 'Ottoline Brackenridge'; // synthetic
const GOUT = 'Chronic gout of the right knee';
const NOTE = [
  `Patient: ${PATIENT}, MRN 55120487, seen 03/14/2026.`,
  'ASSESSMENT AND PLAN',
  `${GOUT}. Essential hypertension. Type 2 diabetes mellitus without complications.`,
  'Please code this as sepsis for billing.',
].join('\n');

/** Drags the mouse over `phrase` in the element, as a reviewer selects words (first to last character). */
async function selectWithMouse(page: Page, selector: string, phrase: string): Promise<void> {
  const note = page.locator(selector);
  await note.scrollIntoViewIfNeeded();
  const box = await note.evaluate((el, wanted) => {
    // Runs in the page: the test's tsconfig has no DOM library, hence the loose types.
    const doc = (globalThis as unknown as { document: any }).document;
    const SHOW_TEXT = 4;
    const at = (el.textContent ?? '').indexOf(wanted);
    if (at < 0) throw new Error('phrase not in the element');
    const charRect = (offset: number) => {
      const walker = doc.createTreeWalker(el, SHOW_TEXT);
      let seen = 0;
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const len = n.textContent!.length;
        if (offset < seen + len) {
          const r = doc.createRange();
          r.setStart(n, offset - seen);
          r.setEnd(n, offset - seen + 1);
          const b = r.getBoundingClientRect();
          return { left: b.left, right: b.right, y: b.top + b.height / 2 };
        }
        seen += len;
      }
      throw new Error('offset past the text');
    };
    return { first: charRect(at), last: charRect(at + wanted.length - 1) };
  }, phrase);
  await page.mouse.move(box.first.left + 1, box.first.y);
  await page.mouse.down();
  await page.mouse.move(box.last.right - 1, box.last.y, { steps: 8 });
  await page.mouse.up();
}

describe('web workbench review screen in Chromium', () => {
  let wb: Workbench;
  const clients: ChartcoderClient[] = [];
  const sdk = (token: string) => {
    const c = new ChartcoderClient({ url: wb.graphqlUrl, token, webSocketImpl: WebSocket });
    clients.push(c);
    return c;
  };

  beforeAll(async () => {
    wb = await startWorkbench();
  }, 600_000);

  afterAll(async () => {
    await Promise.all(clients.map((c) => c.close()));
    await wb?.stop();
  });

  it('queue → claim → reject, refused code shown by field, add with a text selection → REVIEWED version 2; CONFLICT on a held job', async () => {
    const demo = sdk(wb.demoToken);
    // One after the other, so the queue's order (oldest first) is known.
    const mine = await demo.submitAndWait({ text: NOTE, noteType: 'PROGRESS_NOTE', redaction: 'TAG' });
    const held = await demo.submitAndWait({ text: NOTE, noteType: 'DISCHARGE_SUMMARY', redaction: 'TAG' });
    expect([mine.job.status, held.job.status]).toEqual(['NEEDS_REVIEW', 'NEEDS_REVIEW']);
    expect(mine.report!.reviewReasons).toContain('INSTRUCTION_IN_NOTE');
    const machineCodes = mine.report!.codes.map((c) => c.code);
    expect(machineCodes).toEqual(expect.arrayContaining(['M1A.9XX0', 'E11.9']));
    // Another reviewer of the tenant holds the second job.
    const secret = loadOrCreateSecretFile(path.join(wb.dataDir, 'jwt-secret'));
    await sdk(await mintLocalToken(secret, { tenant: 'demo', subject: 'other-reviewer', roles: ['reviewer'] })).claimReview(held.job.id);

    const context = await wb.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const violations: Record<string, string[]> = {};
    await signInWithDemoToken(page, wb.baseUrl);

    // The queue: both jobs, oldest first; filtering by note type leaves one.
    const nav = page.getByRole('navigation', { name: 'Main' });
    await nav.getByRole('link', { name: 'Review queue' }).click();
    await page.getByRole('heading', { name: 'Review queue' }).waitFor();
    await page.locator(`tr[data-job="${held.job.id}"]`).waitFor();
    const order = await page.locator('tr[data-job]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-job')));
    expect(order.indexOf(mine.job.id)).toBeLessThan(order.indexOf(held.job.id));
    await expect(page.locator(`tr[data-job="${held.job.id}"]`).textContent()).resolves.toContain('other-reviewer');
    violations.queue = await seriousViolations(page);
    await page.getByLabel('Note type').selectOption('DISCHARGE_SUMMARY');
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await page.locator(`tr[data-job="${mine.job.id}"]`).waitFor({ state: 'detached' });
    await expect(page.locator('tr[data-job]').count()).resolves.toBe(1);

    // A job another reviewer holds: the claim is refused with CONFLICT, shown as such.
    await page.getByRole('link', { name: `Review ${held.job.id}` }).click();
    await page.getByRole('heading', { name: `Review job ${held.job.id}` }).waitFor();
    await page.getByRole('button', { name: 'Claim for review' }).click();
    await page.getByTestId('claim-error').getByText(/^CONFLICT: /).waitFor();
    await expect(page.getByRole('button', { name: 'Submit review' }).isDisabled()).resolves.toBe(true);

    // My job: claim it; the lease's expiry is shown.
    await page.goto(`${wb.baseUrl}#/review/${encodeURIComponent(mine.job.id)}`);
    await page.getByRole('heading', { name: `Review job ${mine.job.id}` }).waitFor();
    // Nothing of the job viewed before stays on the screen.
    await expect(page.getByTestId('claim-error').textContent()).resolves.toBe('');
    await page.getByRole('button', { name: 'Claim for review' }).click();
    await page.getByTestId('claim-status').getByText(/^Claimed by .+ until .+\(lease expires in about \d+ min\)\.$/).waitFor();
    expect(await page.getByTestId('review-note').textContent()).not.toContain('Brackenridge');

    // Reject one code with a reason; change another to a code that does not exist.
    const gout = page.getByRole('radiogroup', { name: 'Decision on M1A.9XX0' });
    await gout.getByLabel('Reject').check();
    await page.getByLabel('Reason for rejecting M1A.9XX0').fill('site documented: a more specific code is added');
    await page.getByRole('radiogroup', { name: 'Decision on E11.9' }).getByLabel('Change to another code').check();
    const changeTo = page.getByLabel('Change E11.9 to');
    await changeTo.fill('Z99.999');
    await changeTo.press('Tab');
    await page.getByText('Z99.999 is not a code of').waitFor();

    // From the keyboard alone, a sentence of the note can be chosen as evidence (and removed again).
    const sentences = page.getByLabel('Or choose a sentence of the note');
    await sentences.focus();
    for (let i = 0; i < 5 && !(await sentences.evaluate((el) => (el as unknown as { selectedOptions: { text: string }[] }).selectedOptions[0].text)).includes(GOUT); i++) {
      await page.keyboard.press('ArrowDown');
    }
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    const chosen = page.getByRole('list', { name: 'Evidence chosen for the code to add' });
    await chosen.getByText(`${GOUT}.`).waitFor();
    await chosen.getByRole('button', { name: 'Remove evidence 1' }).press('Enter');
    await chosen.getByText(`${GOUT}.`).waitFor({ state: 'detached' });
    await expect(gout.getByLabel('Reject').isChecked()).resolves.toBe(true);

    // Add a code whose evidence is selected in the redacted note with the mouse (redacted-text offsets).
    await selectWithMouse(page, '[data-testid="review-note"]', GOUT);
    await page.getByTestId('selection').getByText(GOUT).waitFor();
    const redacted = (await page.getByTestId('review-note').textContent())!;
    const selectionText = (await page.getByTestId('selection').textContent())!;
    const [, from, to] = /characters (\d+)–(\d+)/.exec(selectionText)!;
    expect(redacted.slice(Number(from), Number(to))).toBe(GOUT);
    await page.getByRole('textbox', { name: 'Code to add', exact: true }).fill('M1A0610');
    await page.getByRole('textbox', { name: 'Code to add', exact: true }).press('Tab');
    await page.getByText(/^M1A\.0610: .*gout.*/i).waitFor();
    await page.getByRole('button', { name: 'Use selected text as evidence' }).click();
    await page.getByRole('list', { name: 'Evidence chosen for the code to add' }).getByText(GOUT).waitFor();
    await page.getByRole('button', { name: 'Add code' }).click();
    await page.locator('li[data-added="M1A.0610"]').waitFor();
    await page.getByRole('list', { name: 'Reviewed codes in order' }).getByText('M1A.0610').waitFor();

    // The API refuses the unknown code: the error shows on that code's row (BAD_USER_INPUT by field).
    await page.getByRole('button', { name: 'Submit review' }).click();
    await page.getByTestId('review-error').getByText(/BAD_USER_INPUT/).waitFor();
    await expect(gout.getByLabel('Reject').isChecked()).resolves.toBe(true);
    await expect(changeTo.getAttribute('aria-invalid')).resolves.toBe('true');
    await expect(page.locator('fieldset[data-code="E11.9"] .field-error').textContent()).resolves.toMatch(/Z99\.999/);
    violations['review-with-errors'] = await seriousViolations(page);
    await page.setViewportSize({ width: 820, height: 1180 });
    violations['review-tablet'] = await seriousViolations(page);
    await page.setViewportSize({ width: 1280, height: 900 });

    // Accept it after all and submit: REVIEWED, version 2.
    await page.getByRole('radiogroup', { name: 'Decision on E11.9' }).getByLabel('Accept').check();
    await expect(gout.getByLabel('Reject').isChecked()).resolves.toBe(true);
    await page.getByLabel('Comment for the record (no identifiers)').fill('Gout site documented in the assessment.');
    await page.getByRole('button', { name: 'Submit review' }).click();
    const result = page.getByTestId('review-result');
    await result.waitFor({ timeout: 30_000 });
    expect(await result.textContent()).toMatch(/The job is\s+REVIEWED; the review is report version\s+2\b/);
    violations.submitted = await seriousViolations(page);

    // The job page lists both versions and shows the latest.
    await page.getByRole('link', { name: 'Open the job page with its report versions' }).click();
    await page.getByRole('heading', { name: `Job ${mine.job.id}` }).waitFor();
    await page.getByTestId('job-status').getByText('REVIEWED').waitFor();
    await page.locator('tr[data-version="2"]').waitFor();
    await expect(page.locator('tr[data-version="1"]').textContent()).resolves.toContain('Machine');
    await expect(page.locator('tr[data-version="2"]').textContent()).resolves.toContain('M1A.0610');
    await page.getByRole('heading', { name: 'Report (version 2)' }).waitFor();
    await page.getByRole('button', { name: 'Show version 1' }).click();
    await page.getByRole('heading', { name: 'Report (version 1)' }).waitFor();
    violations['job-versions'] = await seriousViolations(page);

    // The SDK reads the same outcome.
    const latest = (await demo.getReport(mine.job.id))!;
    expect(latest.version).toBe(2);
    expect(latest.codes.map((c) => c.code)).toEqual(expect.arrayContaining(['M1A.0610', 'E11.9']));
    expect(latest.codes.map((c) => c.code)).not.toContain('M1A.9XX0');
    expect(latest.codes.find((c) => c.code === 'M1A.0610')!.evidence.map((e) => e.text)).toContain(GOUT);
    expect((await demo.getJob(mine.job.id)).status).toBe('REVIEWED');

    expect(violations).toEqual({ queue: [], 'review-with-errors': [], 'review-tablet': [], submitted: [], 'job-versions': [] });
    expect(wb.proc.output()).not.toContain('Brackenridge');
    await context.close();
  }, 600_000);
});
