// Owns the reviewer's queue page: jobs whose report needs a person, oldest first, filtered by review
// reason, note type or code, page by page, with who holds a claim on each.
import { LitElement, html, type TemplateResult } from 'lit';
import type { NoteType, ReviewQueueFilterInput, ReviewQueueItem } from '../../../client/src/index';
import { api, describeError } from '../session';
import { shared } from '../styles';
import { NOTE_TYPES } from './submitNote';

const PAGE_SIZE = 25;

export class CcReviewQueue extends LitElement {
  static override properties = { items: { state: true }, endCursor: { state: true }, hasMore: { state: true }, error: { state: true }, loading: { state: true } };
  static override styles = [shared];
  declare items: ReviewQueueItem[];
  declare endCursor: string | null;
  declare hasMore: boolean;
  declare error: string;
  declare loading: boolean;
  private filter: ReviewQueueFilterInput = {};

  constructor() {
    super();
    this.items = [];
    this.endCursor = null;
    this.hasMore = false;
    this.error = '';
    this.loading = true;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    void this.load(true);
  }

  private async load(first: boolean): Promise<void> {
    this.error = '';
    this.loading = true;
    try {
      const page = await api().listReviewQueue({ first: PAGE_SIZE, after: first ? null : this.endCursor, filter: this.filter });
      this.items = first ? page.items : [...this.items, ...page.items];
      this.endCursor = page.endCursor;
      this.hasMore = page.hasNextPage;
    } catch (err) {
      this.error = describeError(err);
    } finally {
      this.loading = false;
    }
  }

  private applyFilter(e: Event): void {
    e.preventDefault();
    const form = e.target as HTMLFormElement;
    const value = (name: string) => ((form.elements.namedItem(name) as HTMLInputElement | HTMLSelectElement).value ?? '').trim();
    this.filter = {
      ...(value('reason') ? { reason: value('reason') } : {}),
      ...(value('noteType') ? { noteType: value('noteType') as NoteType } : {}),
      ...(value('code') ? { code: value('code') } : {}),
    };
    void this.load(true);
  }

  override render(): TemplateResult {
    return html`
      <h1 tabindex="-1">Review queue</h1>
      <p class="hint">Reports that need a person, oldest first. Claim one to review it; a claim keeps other reviewers off until it expires.</p>
      <form class="panel filters" @submit=${this.applyFilter} aria-label="Filter the review queue">
        <div class="row">
          <div>
            <label for="f-reason">Review reason contains</label>
            <input id="f-reason" name="reason" type="text" placeholder="e.g. INSTRUCTION_IN_NOTE" />
          </div>
          <div>
            <label for="f-type">Note type</label>
            <select id="f-type" name="noteType">
              <option value="">Any</option>
              ${NOTE_TYPES.map((t) => html`<option value=${t}>${t.replace(/_/g, ' ').toLowerCase()}</option>`)}
            </select>
          </div>
          <div>
            <label for="f-code">Code</label>
            <input id="f-code" name="code" type="text" placeholder="e.g. E11.9" />
          </div>
        </div>
        <p><button type="submit">Apply filters</button></p>
      </form>
      <p role="status" class="hint">${this.loading ? 'Loading…' : `${this.items.length} job${this.items.length === 1 ? '' : 's'} shown${this.hasMore ? ' (more available)' : ''}.`}</p>
      <p role="alert" class="error">${this.error}</p>
      <table>
        <caption class="visually-hidden">Jobs needing review, oldest first</caption>
        <thead><tr><th scope="col">Job</th><th scope="col">Note type</th><th scope="col">Reasons</th><th scope="col">Codes</th><th scope="col">Created</th><th scope="col">Claim</th></tr></thead>
        <tbody>
          ${this.items.map((i) => html`<tr data-job=${i.job.id}>
            <td><a href="#/review/${encodeURIComponent(i.job.id)}">Review ${i.job.id}</a></td>
            <td>${i.job.noteType}</td>
            <td>${i.reviewReasons.join('; ')}</td>
            <td>${i.codes.join(', ')}</td>
            <td>${new Date(i.job.createdAt).toLocaleString()}</td>
            <td>${i.claim ? `${i.claim.reviewer} until ${new Date(i.claim.expiresAt).toLocaleTimeString()}` : 'Unclaimed'}</td>
          </tr>`)}
        </tbody>
      </table>
      ${!this.loading && this.items.length === 0 && !this.error ? html`<p>Nothing needs review.</p>` : ''}
      ${this.hasMore ? html`<p><button class="secondary" @click=${() => this.load(false)}>Load more</button></p>` : ''}
    `;
  }
}
customElements.define('cc-review-queue', CcReviewQueue);
