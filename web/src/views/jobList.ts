// Owns the live job list: the newest jobs page by page, kept current by the jobUpdates subscription.
import { LitElement, html, type TemplateResult } from 'lit';
import type { Job, JobStatusEvent } from '../../../client/src/index';
import { Pager } from '../pager';
import { api, describeError } from '../session';
import { shared } from '../styles';

const PAGE_SIZE = 20;

export class CcJobList extends LitElement {
  static override properties = { live: { state: true }, liveError: { state: true } };
  static override styles = [shared];
  declare live: boolean;
  declare liveError: string;
  private abort?: AbortController;
  private readonly pager = new Pager<Job>(this, (after) => api().listJobs({ first: PAGE_SIZE, after }), describeError);

  constructor() {
    super();
    this.live = false;
    this.liveError = '';
  }

  override connectedCallback(): void {
    super.connectedCallback();
    void this.follow();
  }

  override disconnectedCallback(): void {
    this.abort?.abort();
    super.disconnectedCallback();
  }

  private async follow(): Promise<void> {
    this.abort = new AbortController();
    try {
      this.live = true;
      for await (const e of api().watchJobUpdates(undefined, { signal: this.abort.signal })) this.apply(e);
    } catch (err) {
      if (!this.abort.signal.aborted) this.liveError = `Live updates stopped (${describeError(err)}); reload to resume.`;
    } finally {
      this.live = false;
    }
  }

  private apply(e: JobStatusEvent): void {
    const jobs = this.pager.items;
    const i = jobs.findIndex((j) => j.id === e.jobId);
    if (i < 0) {
      // A job this page has not seen (submitted elsewhere): the first page has it now.
      void this.pager.load(true);
      return;
    }
    if (jobs[i].version >= e.version) return;
    const next = [...jobs];
    next[i] = { ...next[i], status: e.status, stage: e.stage, progress: e.progress, version: e.version, updatedAt: e.at };
    this.pager.setItems(next);
  }

  override render(): TemplateResult {
    const { items: jobs, error, hasMore, loading } = this.pager;
    return html`
      <h1 tabindex="-1">Jobs</h1>
      <p class="hint" role="status">${this.live ? 'Live: statuses update as jobs move.' : 'Not live.'}</p>
      <p role="alert" class="error">${error || this.liveError}</p>
      <table>
        <caption class="visually-hidden">Your jobs, newest first</caption>
        <thead><tr><th scope="col">Job</th><th scope="col">Status</th><th scope="col">Progress</th><th scope="col">Note type</th><th scope="col">Created</th></tr></thead>
        <tbody>
          ${jobs.map((j) => html`<tr data-job=${j.id}>
            <td><a href="#/jobs/${encodeURIComponent(j.id)}">${j.id}</a></td>
            <td class="status status-${j.status}">${j.status}${j.error ? html` <span class="hint">(${j.error.code})</span>` : ''}</td>
            <td><progress max="1" .value=${j.progress} aria-label="Progress of job ${j.id}">${Math.round(j.progress * 100)}%</progress></td>
            <td>${j.noteType}</td>
            <td>${new Date(j.createdAt).toLocaleString()}</td>
          </tr>`)}
        </tbody>
      </table>
      ${!loading && jobs.length === 0 && !error ? html`<p>No jobs yet. <a href="#/submit">Submit a note</a>.</p>` : ''}
      ${hasMore ? html`<p><button class="secondary" @click=${() => this.pager.load(false)}>Load more</button></p>` : ''}
    `;
  }
}
customElements.define('cc-job-list', CcJobList);
