// Owns one job's page: its status followed live over graphql-ws (the SDK falls back to polling),
// the stage timeline, its error with the code, the report once it is finished, and the report's
// versions (the machine's, then each review), any of which can be shown; reviewers get a link to review.
import { LitElement, html, type TemplateResult } from 'lit';
import { isTerminal, type Job, type Report, type ReportHistoryEntry } from '../../../client/src/index';
import { api, currentCapabilities, describeError } from '../session';
import { shared } from '../styles';
import './stageTimeline';
import './reportView';

export class CcJobPage extends LitElement {
  static override properties = {
    jobId: { type: String }, job: { state: true }, report: { state: true }, error: { state: true }, live: { state: true },
    history: { state: true }, shownVersion: { state: true }, canReview: { state: true },
  };
  static override styles = [shared];
  declare jobId: string;
  declare job: Job | undefined;
  declare report: Report | null | undefined;
  declare error: string;
  declare live: string;
  declare history: ReportHistoryEntry[];
  /** The version the report view shows; undefined: the latest. */
  declare shownVersion: number | undefined;
  declare canReview: boolean;
  private abort?: AbortController;

  constructor() {
    super();
    this.jobId = '';
    this.error = '';
    this.live = '';
    this.history = [];
    this.canReview = false;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    void currentCapabilities().then((c) => (this.canReview = c.reviewer));
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
    this.history = [];
    this.shownVersion = undefined;
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
      if (this.report) this.history = await api().getReportHistory(this.jobId);
    } catch (err) {
      if (!abort.signal.aborted) this.error = describeError(err);
    }
  }

  private async showVersion(version: number): Promise<void> {
    this.error = '';
    try {
      this.report = await api().getReport(this.jobId, { fhir: true, version });
      this.shownVersion = version;
    } catch (err) {
      this.error = describeError(err);
    }
  }

  private renderHistory(): TemplateResult {
    const latest = this.history.at(-1)?.version;
    const shown = this.shownVersion ?? latest;
    return html`<section class="panel" aria-labelledby="versions-title">
      <h2 id="versions-title">Report versions</h2>
      <table>
        <caption class="visually-hidden">Versions of this job's report, oldest first: 1 is the machine's, each review adds one</caption>
        <thead><tr><th scope="col">Version</th><th scope="col">Author</th><th scope="col">Created</th><th scope="col">Codes</th><th scope="col">Shown</th></tr></thead>
        <tbody>
          ${this.history.map((v) => html`<tr data-version=${v.version}>
            <td>${v.version}</td>
            <td>${v.authorKind === 'MACHINE' ? 'Machine' : `Reviewer ${v.reviewer ?? ''}`}</td>
            <td>${new Date(v.createdAt).toLocaleString()}</td>
            <td>${v.report.codes.map((c) => c.code).join(', ')}</td>
            <td>${v.version === shown
              ? html`<strong>Shown below</strong>`
              : html`<button class="secondary" @click=${() => this.showVersion(v.version)} aria-label="Show version ${v.version}">Show</button>`}</td>
          </tr>`)}
        </tbody>
      </table>
    </section>`;
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
      ${job && this.canReview && ['NEEDS_REVIEW', 'COMPLETED', 'REVIEWED'].includes(job.status) && this.report
        ? html`<p><a href="#/review/${encodeURIComponent(job.id)}">${job.status === 'NEEDS_REVIEW' ? 'Review this job' : 'Review this job again'}</a></p>`
        : ''}
      ${this.history.length ? this.renderHistory() : ''}
      ${this.report ? html`<cc-report-view .report=${this.report}></cc-report-view>` : ''}
      ${job && this.report === null && isTerminal(job.status) ? html`<p>This job has no report.</p>` : ''}
    `;
  }
}
customElements.define('cc-job-page', CcJobPage);
