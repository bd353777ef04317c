// Owns one job's page: its status followed live over graphql-ws (the SDK falls back to polling),
// the stage timeline, its error with the code, and the report once it is finished.
import { LitElement, html, type TemplateResult } from 'lit';
import { isTerminal, type Job, type Report } from '../../../client/src/index';
import { api, describeError } from '../session';
import { shared } from '../styles';
import './stageTimeline';
import './reportView';

export class CcJobPage extends LitElement {
  static override properties = { jobId: { type: String }, job: { state: true }, report: { state: true }, error: { state: true }, live: { state: true } };
  static override styles = [shared];
  declare jobId: string;
  declare job: Job | undefined;
  declare report: Report | null | undefined;
  declare error: string;
  declare live: string;
  private abort?: AbortController;

  constructor() {
    super();
    this.jobId = '';
    this.error = '';
    this.live = '';
  }

  override disconnectedCallback(): void {
    this.abort?.abort();
    super.disconnectedCallback();
  }

  protected override willUpdate(changed: Map<string, unknown>): void {
    if (changed.has('jobId') && this.jobId) void this.follow();
  }

  private async follow(): Promise<void> {
    this.abort?.abort();
    const abort = (this.abort = new AbortController());
    this.job = undefined;
    this.report = undefined;
    this.error = '';
    try {
      this.job = await api().getJob(this.jobId);
      if (!isTerminal(this.job.status)) {
        this.live = 'Following this job live.';
        const result = await api().waitForJob(this.jobId, {
          signal: abort.signal,
          fhir: true,
          onEvent: (e) => {
            if (this.job && e.version > this.job.version) this.job = { ...this.job, status: e.status, stage: e.stage, progress: e.progress, version: e.version };
            // Stage timings arrive with the stored job.
            void api().getJob(this.jobId).then((j) => {
              if (!abort.signal.aborted && (!this.job || j.version >= this.job.version)) this.job = j;
            });
          },
        });
        if (abort.signal.aborted) return;
        this.job = result.job;
        this.report = result.report;
        this.live = `Finished: ${result.job.status}.`;
      } else {
        this.report = await api().getReport(this.jobId, { fhir: true });
      }
    } catch (err) {
      if (!abort.signal.aborted) this.error = describeError(err);
    }
  }

  override render(): TemplateResult {
    const job = this.job;
    return html`
      <h1 tabindex="-1">Job ${this.jobId}</h1>
      <p role="status" class="hint">${this.live}</p>
      <p role="alert" class="error">${this.error}</p>
      ${job
        ? html`<dl class="panel">
              <dt>Status</dt><dd class="status status-${job.status}" data-testid="job-status">${job.status}</dd>
              <dt>Note type</dt><dd>${job.noteType}</dd>
              <dt>Redaction</dt><dd>${job.redaction}</dd>
              <dt>Created</dt><dd>${new Date(job.createdAt).toLocaleString()}</dd>
              ${job.error ? html`<dt>Error</dt><dd class="error">${job.error.code}: ${job.error.reason}</dd>` : ''}
            </dl>
            <section class="panel" aria-label="Stage timeline"><cc-stage-timeline .job=${job}></cc-stage-timeline></section>`
        : html`<p>Loading…</p>`}
      ${this.report ? html`<cc-report-view .report=${this.report}></cc-report-view>` : ''}
      ${job && this.report === null && isTerminal(job.status) ? html`<p>This job has no report.</p>` : ''}
    `;
  }
}
customElements.define('cc-job-page', CcJobPage);
