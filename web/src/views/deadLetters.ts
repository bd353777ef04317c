// Owns the admin dead-letter page: the tenant's FAILED jobs with their error codes, page by page,
// and the redrive that puts them back on the queue.
import { LitElement, html, type TemplateResult } from 'lit';
import type { Job, RedriveResult } from '../../../client/src/index';
import { Pager } from '../pager';
import { api, describeError } from '../session';
import { shared } from '../styles';

const PAGE_SIZE = 25;

export class CcDeadLetters extends LitElement {
  static override properties = { result: { state: true }, busy: { state: true } };
  static override styles = [shared];
  declare result: RedriveResult | undefined;
  declare busy: boolean;
  private readonly pager = new Pager<Job>(this, (after) => api().listDeadLetters({ first: PAGE_SIZE, after }), describeError);

  constructor() {
    super();
    this.busy = false;
  }

  private async redrive(): Promise<void> {
    this.busy = true;
    try {
      this.result = await api().redriveDeadLetters();
      await this.pager.load(true);
    } catch (err) {
      this.pager.setError(describeError(err));
    } finally {
      this.busy = false;
    }
  }

  override render(): TemplateResult {
    const r = this.result;
    const { items: jobs, error, hasMore, loading } = this.pager;
    return html`
      <h1 tabindex="-1">Dead letters</h1>
      <p class="hint">Jobs that failed permanently or were dead-lettered, newest first. A redrive resumes each at its first unfinished stage.</p>
      <p><button @click=${this.redrive} ?disabled=${this.busy}>Redrive dead letters</button></p>
      <p role="status">${r ? `Redriven: ${r.requeued} re-queued, ${r.resent} re-sent, ${r.dropped} dropped, ${r.failed} failed.` : ''}</p>
      <p role="alert" class="error">${error}</p>
      <table>
        <caption class="visually-hidden">Failed jobs with their error codes</caption>
        <thead><tr><th scope="col">Job</th><th scope="col">Error code</th><th scope="col">Reason</th><th scope="col">Updated</th></tr></thead>
        <tbody>
          ${jobs.map((j) => html`<tr>
            <td><a href="#/jobs/${encodeURIComponent(j.id)}">${j.id}</a></td>
            <td>${j.error?.code ?? ''}</td>
            <td>${j.error?.reason ?? ''}</td>
            <td>${new Date(j.updatedAt).toLocaleString()}</td>
          </tr>`)}
        </tbody>
      </table>
      ${!loading && jobs.length === 0 && !error ? html`<p>No dead letters.</p>` : ''}
      ${hasMore ? html`<p><button class="secondary" @click=${() => this.pager.load(false)}>Load more</button></p>` : ''}
    `;
  }
}
customElements.define('cc-dead-letters', CcDeadLetters);
