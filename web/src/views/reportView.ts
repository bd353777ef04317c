// Owns the report view: the redacted note with identifiers marked by type, the summary with each
// sentence linked to its source, and the codes with description, confidence, role and evidence.
// Choosing a code highlights its evidence in the note; choosing highlighted evidence chooses its code.
import { LitElement, css, html, type TemplateResult } from 'lit';
import type { Report } from '../../../client/src/index';
import { readReportBundle, type ReportView } from '../fhirView';
import { segmentNote, type Segment } from '../segments';
import { notePane, shared } from '../styles';

export class CcReportView extends LitElement {
  static override properties = { report: { attribute: false }, selectedCode: { state: true }, selectedSource: { state: true } };
  static override styles = [
    shared,
    notePane,
    css`
      :host { --cc-note-columns: minmax(0, 3fr) minmax(0, 2fr); }
      mark.ev {
        color: inherit;
        cursor: pointer;
      }
      mark.ev.active {
        background: #ffd23f;
        outline: 2px solid #7a5a00;
        font-weight: 700;
      }
      .src-active {
        text-decoration: underline 3px var(--cc-accent);
        background: #dbe9f8;
      }
      .legend {
        display: flex;
        flex-wrap: wrap;
        gap: 0.25rem 1rem;
        list-style: none;
        padding: 0;
        margin: 0.25rem 0 0.5rem;
      }
      .codes button {
        min-width: 5.5rem;
      }
      .codes button[aria-pressed='true'] {
        background: #ffd23f;
        color: var(--cc-fg);
        border-color: #7a5a00;
      }
      tr.selected td { background: #fff7d1; }
      .summary button {
        display: inline;
        min-height: 0;
        text-align: left;
        padding: 0.1rem 0.2rem;
        margin: 0.1rem 0;
        background: none;
        color: var(--cc-fg);
        border: 1px solid transparent;
      }
      .summary button[aria-pressed='true'] { border-color: var(--cc-accent); background: #dbe9f8; }
      .tag { font-size: 0.8rem; color: var(--cc-muted); }
    `,
  ];
  declare report: Report | undefined;
  declare selectedCode: string | undefined;
  declare selectedSource: number | undefined;
  private view?: ReportView;
  private segments: Segment[] = [];
  private viewOf?: unknown;

  private model(): ReportView | undefined {
    const fhir = this.report?.fhir;
    if (!fhir) return undefined;
    if (this.viewOf !== fhir) {
      this.view = readReportBundle(fhir);
      this.viewOf = fhir;
      const v = this.view;
      this.segments = segmentNote(
        v.redactedText,
        v.phi,
        v.codes.map((c) => ({ code: c.code, spans: c.evidence })),
        v.summary.flatMap((s) => s.sentences),
      );
    }
    return this.view;
  }

  /** Selects a code (or clears it) and brings its first quote into view. */
  selectCode(code: string | undefined, from: 'list' | 'note' = 'list'): void {
    this.selectedCode = this.selectedCode === code && from === 'list' ? undefined : code;
    this.selectedSource = undefined;
    void this.updateComplete.then(() => {
      if (!this.selectedCode) return;
      const target = from === 'list'
        ? this.renderRoot.querySelector('mark.ev.active')
        : this.renderRoot.querySelector(`tr[data-code="${CSS.escape(this.selectedCode)}"]`);
      target?.scrollIntoView({ block: 'nearest' });
    });
  }

  private selectSource(index: number): void {
    this.selectedSource = this.selectedSource === index ? undefined : index;
    this.selectedCode = undefined;
    void this.updateComplete.then(() => this.renderRoot.querySelector('.src-active')?.scrollIntoView({ block: 'nearest' }));
  }

  private onMark(seg: Segment, e: Event): void {
    if (e instanceof KeyboardEvent && e.key !== 'Enter' && e.key !== ' ') return;
    e.preventDefault();
    // Several codes may rest on one quote: each activation moves to the next one.
    const i = this.selectedCode ? seg.codes.indexOf(this.selectedCode) : -1;
    this.selectCode(seg.codes[(i + 1) % seg.codes.length], 'note');
  }

  private renderSegment(seg: Segment): TemplateResult | string {
    const srcActive = this.selectedSource !== undefined && seg.sources.includes(this.selectedSource);
    let inner: TemplateResult | string = seg.text;
    if (seg.phiType) inner = html`<span class="phi" title="Redacted ${seg.phiType}" data-phi=${seg.phiType}>${seg.text}</span>`;
    if (seg.codes.length) {
      const active = this.selectedCode !== undefined && seg.codes.includes(this.selectedCode);
      return html`<mark class="ev ${active ? 'active' : ''} ${srcActive ? 'src-active' : ''}" data-codes=${seg.codes.join(' ')}
        tabindex="0" role="button" aria-pressed=${active ? 'true' : 'false'} aria-label="Evidence for ${seg.codes.join(', ')}: ${seg.text}"
        @click=${(e: Event) => this.onMark(seg, e)} @keydown=${(e: KeyboardEvent) => this.onMark(seg, e)}>${inner}</mark>`;
    }
    return srcActive ? html`<span class="src-active">${inner}</span>` : inner;
  }

  override render(): TemplateResult {
    const report = this.report;
    if (!report) return html``;
    const v = this.model();
    const phiCounts = new Map<string, number>();
    for (const p of v?.phi ?? []) phiCounts.set(p.type, (phiCounts.get(p.type) ?? 0) + 1);
    let sentenceIndex = 0;
    return html`
      <h2>Report${report.version ? ` (version ${report.version})` : ''}</h2>
      <p>
        ${report.codes.length} code${report.codes.length === 1 ? '' : 's'} from ${report.codeSetVersion}.
        ${report.needsReview ? html`<strong class="status status-NEEDS_REVIEW">Needs review:</strong> ${report.reviewReasons.join('; ')}` : ''}
      </p>
      <div class="layout">
        <section class="panel" aria-labelledby="note-title">
          <h3 id="note-title">Redacted note${v ? html` <span class="tag">(${v.redaction})</span>` : ''}</h3>
          ${phiCounts.size
            ? html`<ul class="legend" aria-label="Redacted identifiers by type">${[...phiCounts].map(([t, n]) => html`<li><span class="phi">${t}</span> × ${n}</li>`)}</ul>`
            : ''}
          ${v ? html`<div class="note" data-testid="note" role="region" tabindex="0" aria-label="Redacted note text">${this.segments.map((s) => this.renderSegment(s))}</div>` : html`<p class="hint">The redacted note is not available.</p>`}
        </section>
        <div>
          <section class="panel codes" aria-labelledby="codes-title">
            <h3 id="codes-title">Codes</h3>
            <table>
              <caption class="visually-hidden">Codes with description, confidence, role and evidence; choose a code to highlight its evidence</caption>
              <thead><tr><th scope="col">Code</th><th scope="col">Description</th><th scope="col">Confidence</th><th scope="col">Role</th><th scope="col">Evidence</th></tr></thead>
              <tbody>
                ${report.codes.map((c) => {
                  const fhirCode = v?.codes.find((x) => x.code === c.code);
                  const selected = this.selectedCode === c.code;
                  return html`<tr data-code=${c.code} class=${selected ? 'selected' : ''}>
                    <td><button aria-pressed=${selected ? 'true' : 'false'} @click=${() => this.selectCode(c.code)}>${c.code}</button></td>
                    <td>${c.description}${fhirCode && fhirCode.verification !== 'confirmed' ? html` <span class="tag">(${fhirCode.verification})</span>` : ''}${c.billable ? '' : html` <span class="tag">(not billable)</span>`}</td>
                    <td>${Math.round(c.confidence * 100)}%</td>
                    <td>${c.role}</td>
                    <td>${c.evidence.map((e) => html`<q>${e.text}</q> `)}</td>
                  </tr>`;
                })}
              </tbody>
            </table>
            ${report.rejectedCodes.length ? html`<p class="hint">Rejected: ${report.rejectedCodes.map((r) => `${r.code} (${r.reason})`).join(', ')}</p>` : ''}
          </section>
          <section class="panel summary" aria-labelledby="summary-title">
            <h3 id="summary-title">Summary</h3>
            ${v && v.summary.length
              ? v.summary.map((s) => html`<h4>${s.title}</h4><p>${s.sentences.map((sent) => {
                  const idx = sentenceIndex++;
                  return html`<button aria-pressed=${this.selectedSource === idx ? 'true' : 'false'} title="Show the source in the note" @click=${() => this.selectSource(idx)}>${sent.text}</button> `;
                })}</p>`)
              : report.summary.sections.map((s) => html`<h4>${s.title}</h4><p>${s.text}</p>`)}
          </section>
        </div>
      </div>
    `;
  }
}
customElements.define('cc-report-view', CcReportView);
