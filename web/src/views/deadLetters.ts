// Owns the admin dead-letter page: the tenant's FAILED jobs with their error codes, page by page,
// and the redrive that puts them back on the queue.
import { LitElement, html, type TemplateResult } from 'lit';
import type { Job, RedriveResult } from '../../../client/src/index';
import { api, describeError } from '../session';
import { shared } from '../styles';

const PAGE_SIZE = 25;

export class CcDeadLetters extends LitElement {
  static override properties = { jobs: { state: true }, endCursor: { state: true }, hasMore: { state: true }, error: { state: true }, result: { state: true }, busy: { state: true } };
  static override styles = [shared];
  declare jobs: Job[];
  declare endCursor: string | null;
  declare hasMore: boolean;
  declare error: string;
  declare result: RedriveResult | undefined;
  declare busy: boolean;

  constructor() {
    super();
    this.jobs = [];
    this.endCursor = null;
    this.hasMore = false;
    this.error = '';
    this.busy = false;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    void this.load(true);
  }

  private async load(first: boolean): Promise<void> {
    try {
      const page = await api().listDeadLetters({ first: PAGE_SIZE, after: first ? null : this.endCursor });
      this.jobs = first ? page.items : [...this.jobs, ...page.items];
      this.endCursor = page.endCursor;
      this.hasMore = page.hasNextPage;
    } catch (err) {
      this.error = describeError(err);
    }
  }

  private async redrive(): Promise<void> {
    this.busy = true;
    this.error = '';
    try {
      this.result = await api().redriveDeadLetters();
      await this.load(true);
    } catch (err) {
      this.error = describeError(err);
    } finally {
      this.busy = false;
    }
  }

  override render(): TemplateResult {
    const r = this.result;
    return html`
      <h1 tabindex="-1">Dead letters</h1>
      <p class="hint">Jobs that failed permanently or were dead-lettered, newest first. A redrive resumes each at its first unfinished stage.</p>
      <p><button @click=${this.redrive} ?disabled=${this.busy}>Redrive dead letters</button></p>
      <p role="status">${r ? `Redriven: ${r.requeued} re-queued, ${r.resent} re-sent, ${r.dropped} dropped, ${r.failed} failed.` : ''}</p>
      <p role="alert" class="error">${this.error}</p>
      <table>
        <caption class="visually-hidden">Failed jobs with their error codes</caption>
        <thead><tr><th scope="col">Job</th><th scope="col">Error code</th><th scope="col">Reason</th><th scope="col">Updated</th></tr></thead>
        <tbody>
          ${this.jobs.map((j) => html`<tr>
            <td><a href="#/jobs/${encodeURIComponent(j.id)}">${j.id}</a></td>
            <td>${j.error?.code ?? ''}</td>
            <td>${j.error?.reason ?? ''}</td>
            <td>${new Date(j.updatedAt).toLocaleString()}</td>
          </tr>`)}
        </tbody>
      </table>
      ${this.jobs.length === 0 && !this.error ? html`<p>No dead letters.</p>` : ''}
      ${this.hasMore ? html`<p><button class="secondary" @click=${() => this.load(false)}>Load more</button></p>` : ''}
    `;
  }
}
customElements.define('cc-dead-letters', CcDeadLetters);
