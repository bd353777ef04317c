// Owns the reviewer's queue page: jobs whose report needs a person, oldest first, filtered by review
// reason, note type or code, page by page, with who holds a claim on each.
import { LitElement, html, type TemplateResult } from 'lit';
import type { NoteType, ReviewQueueFilterInput, ReviewQueueItem } from '../../../client/src/index';
import { Pager } from '../pager';
import { api, describeError } from '../session';
import { shared } from '../styles';
import { NOTE_TYPES } from './submitNote';

const PAGE_SIZE = 25;

export class CcReviewQueue extends LitElement {
  static override styles = [shared];
  private filter: ReviewQueueFilterInput = {};
  private readonly pager = new Pager<ReviewQueueItem>(this, (after) => api().listReviewQueue({ first: PAGE_SIZE, after, filter: this.filter }), describeError);

  private applyFilter(e: Event): void {
    e.preventDefault();
    const form = e.target as HTMLFormElement;
    const value = (name: string) => ((form.elements.namedItem(name) as HTMLInputElement | HTMLSelectElement).value ?? '').trim();
    this.filter = {
      ...(value('reason') ? { reason: value('reason') } : {}),
      ...(value('noteType') ? { noteType: value('noteType') as NoteType } : {}),
      ...(value('code') ? { code: value('code') } : {}),
    };
    void this.pager.load(true);
  }

  override render(): TemplateResult {
    const { items, error, hasMore, loading } = this.pager;
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
      <p role="status" class="hint">${loading ? 'Loading…' : `${items.length} job${items.length === 1 ? '' : 's'} shown${hasMore ? ' (more available)' : ''}.`}</p>
      <p role="alert" class="error">${error}</p>
      <table>
        <caption class="visually-hidden">Jobs needing review, oldest first</caption>
        <thead><tr><th scope="col">Job</th><th scope="col">Note type</th><th scope="col">Reasons</th><th scope="col">Codes</th><th scope="col">Created</th><th scope="col">Claim</th></tr></thead>
        <tbody>
          ${items.map((i) => html`<tr data-job=${i.job.id}>
            <td><a href="#/review/${encodeURIComponent(i.job.id)}">Review ${i.job.id}</a></td>
            <td>${i.job.noteType}</td>
            <td>${i.reviewReasons.join('; ')}</td>
            <td>${i.codes.join(', ')}</td>
            <td>${new Date(i.job.createdAt).toLocaleString()}</td>
            <td>${i.claim ? `${i.claim.reviewer} until ${new Date(i.claim.expiresAt).toLocaleTimeString()}` : 'Unclaimed'}</td>
          </tr>`)}
        </tbody>
      </table>
      ${!loading && items.length === 0 && !error ? html`<p>Nothing needs review.</p>` : ''}
      ${hasMore ? html`<p><button class="secondary" @click=${() => this.pager.load(false)}>Load more</button></p>` : ''}
    `;
  }
}
customElements.define('cc-review-queue', CcReviewQueue);
