// Owns the review screen of one job: claiming it (the lease and its expiry; CONFLICT when another reviewer
// holds it), a decision per machine code (accept, reject with a reason, change to a looked-up code), codes
// added with evidence chosen by selecting text in the redacted note or, from the keyboard, by choosing a
// sentence; sequencing, summary corrections and a comment; submitting, with the API's refusals shown
// beside the field they name. Decisions are about the machine's report (version 1), as the API defines them.
import { LitElement, css, html, nothing, type TemplateResult } from 'lit';
import { ConflictError, ValidationError, type Icd10Code, type Job, type Report, type ReviewClaim, type SubmittedReview } from '../../../client/src/index';
import { readReportBundle, type ReportView } from '../fhirView';
import { segmentNote, type Segment } from '../segments';
import {
  draftProblems, errorTarget, initialDraft, moveItem, overlaps, refusedCode, sentencesOf, spanFromOffsets, syncSequence, toSubmitInput,
  type DecisionKind, type ErrorTarget, type EvidenceSpan, type ReviewDraft,
} from '../reviewDraft';
import { api, describeError } from '../session';
import { notePane, shared } from '../styles';

const MACHINE_VERSION = 1;
const QUOTE_PREVIEW_CHARS = 90;

/** The pseudo-code under which the quotes chosen for added codes are cut out of the note. */
const CHOSEN = '\u0000chosen';
const keyOf = (t: ErrorTarget): string => (t.kind === 'section' ? `section:${t.name}` : `${t.kind}:${t.code}`);
const norm = (code: string) => code.replace(/\./g, '').trim().toUpperCase();
const preview = (s: string) => (s.length > QUOTE_PREVIEW_CHARS ? `${s.slice(0, QUOTE_PREVIEW_CHARS - 1)}…` : s);

type Lookup = { state: 'pending' } | { state: 'found'; entry: Icd10Code } | { state: 'missing' } | { state: 'error'; message: string };

export class CcReviewScreen extends LitElement {
  static override properties = {
    jobId: { type: String },
    job: { state: true },
    machine: { state: true },
    claim: { state: true },
    claimError: { state: true },
    draft: { state: true },
    lookups: { state: true },
    newCode: { state: true },
    newEvidence: { state: true },
    selection: { state: true },
    sentence: { state: true },
    errors: { state: true },
    formError: { state: true },
    result: { state: true },
    busy: { state: true },
    loadError: { state: true },
  };
  static override styles = [
    shared,
    notePane,
    css`
      .note { max-height: 60vh; user-select: text; }
      .chosen { background: #cfe8d5; border-bottom: 2px solid #1d6b35; }
      fieldset { border: 1px solid var(--cc-border); border-radius: 6px; margin: 0 0 0.75rem; padding: 0.5rem 0.75rem; }
      legend { font-weight: 700; padding: 0 0.25rem; }
      .choices { display: flex; flex-wrap: wrap; gap: 0.25rem 1.25rem; }
      .choices label { display: inline-flex; align-items: center; gap: 0.35rem; font-weight: 400; margin: 0.25rem 0; min-height: 44px; }
      .choices input { width: 1.2rem; height: 1.2rem; }
      [aria-invalid='true'] { border-color: var(--cc-danger); border-width: 2px; }
      .field-error { color: var(--cc-danger); font-weight: 600; margin: 0.25rem 0; }
      .field-error:empty { display: none; }
      ol.sequence li { display: flex; align-items: center; gap: 0.5rem; margin: 0.25rem 0; flex-wrap: wrap; }
      ol.sequence .code { min-width: 6rem; font-weight: 700; }
      ul.quotes { margin: 0.25rem 0; padding-left: 1.2rem; }
      .inline { display: flex; gap: 0.5rem; align-items: end; flex-wrap: wrap; }
      .inline > div { flex: 1 1 12rem; }
      .claim { display: flex; flex-wrap: wrap; gap: 0.5rem 1rem; align-items: center; }
      section + section { margin-top: 1rem; }
      textarea.short { min-height: 5rem; }
    `,
  ];

  declare jobId: string;
  declare job: Job | undefined;
  declare machine: Report | undefined;
  declare claim: ReviewClaim | undefined;
  declare claimError: string;
  declare draft: ReviewDraft | undefined;
  declare lookups: Map<string, Lookup>;
  declare newCode: string;
  declare newEvidence: EvidenceSpan[];
  declare selection: EvidenceSpan | undefined;
  declare sentence: number;
  declare errors: Map<string, string>;
  declare formError: string;
  declare result: SubmittedReview | undefined;
  declare busy: boolean;
  declare loadError: string;
  private view?: ReportView;
  private segments: Segment[] = [];
  private sentences: EvidenceSpan[] = [];

  constructor() {
    super();
    this.jobId = '';
    this.claimError = '';
    this.lookups = new Map();
    this.newCode = '';
    this.newEvidence = [];
    this.sentence = 0;
    this.errors = new Map();
    this.formError = '';
    this.busy = false;
    this.loadError = '';
  }

  protected override willUpdate(changed: Map<string, unknown>): void {
    if (changed.has('jobId') && this.jobId) void this.load();
    if (changed.has('newEvidence') || changed.has('machine') || changed.has('draft')) this.recut();
  }

  private async load(): Promise<void> {
    // The element is reused when the route moves to another job: nothing of the previous job may stay
    // editable while this one loads, and a slower earlier load must not land on top of this one.
    const jobId = this.jobId;
    this.view = undefined;
    this.segments = [];
    this.sentences = [];
    this.job = undefined;
    this.machine = undefined;
    this.draft = undefined;
    this.claim = undefined;
    this.claimError = '';
    this.result = undefined;
    this.newCode = '';
    this.newEvidence = [];
    this.selection = undefined;
    this.sentence = 0;
    this.errors = new Map();
    this.formError = '';
    this.loadError = '';
    try {
      const [job, machine] = await Promise.all([api().getJob(jobId), api().getReport(jobId, { version: MACHINE_VERSION, fhir: true })]);
      if (jobId !== this.jobId) return;
      this.job = job;
      if (!machine?.fhir) {
        this.loadError = 'This job has no report to review yet.';
        return;
      }
      this.view = readReportBundle(machine.fhir);
      this.sentences = sentencesOf(this.view.redactedText);
      this.machine = machine;
      this.draft = initialDraft(machine);
      for (const c of this.view.codes) this.setLookup(c.code, { state: 'found', entry: { code: c.code, shortDescription: c.description, longDescription: c.description, billable: true, codeSetVersion: machine.codeSetVersion } });
    } catch (err) {
      if (jobId === this.jobId) this.loadError = describeError(err);
    }
  }

  /** Marks identifiers, the machine's evidence and the quotes chosen for the code being added. */
  private recut(): void {
    const v = this.view;
    if (!v) return;
    const chosen = [...this.newEvidence, ...(this.draft?.added.flatMap((a) => a.evidence) ?? [])];
    this.segments = segmentNote(v.redactedText, v.phi, [...v.codes.map((c) => ({ code: c.code, spans: c.evidence })), { code: CHOSEN, spans: chosen }], []);
  }

  private setLookup(code: string, value: Lookup): void {
    const next = new Map(this.lookups);
    next.set(norm(code), value);
    this.lookups = next;
  }

  /** Looks a typed code up; answers the dotted code when it exists (what the API and the report use). */
  private async lookUp(code: string): Promise<string> {
    const typed = code.trim();
    if (!typed) return typed;
    const known = this.lookups.get(norm(typed));
    if (known?.state === 'found') return known.entry.code;
    this.setLookup(typed, { state: 'pending' });
    try {
      const entry = await api().lookupCode(typed);
      this.setLookup(typed, entry ? { state: 'found', entry } : { state: 'missing' });
      if (entry) this.setLookup(entry.code, { state: 'found', entry });
      return entry?.code ?? typed;
    } catch (err) {
      this.setLookup(typed, { state: 'error', message: describeError(err) });
      return typed;
    }
  }

  private describe(code: string): TemplateResult | string {
    if (!code.trim()) return '';
    const l = this.lookups.get(norm(code));
    if (!l) return '';
    switch (l.state) {
      case 'pending': return 'Looking the code up…';
      case 'found': return html`${l.entry.code}: ${l.entry.longDescription}${l.entry.billable ? '' : html` <strong>(not billable: choose a more specific code)</strong>`}`;
      case 'missing': return html`<strong>${code.trim()} is not a code of ${this.machine?.codeSetVersion ?? 'the code set'}.</strong>`;
      case 'error': return `The look-up failed (${l.message}).`;
    }
  }

  private async claimJob(): Promise<void> {
    this.claimError = '';
    this.busy = true;
    try {
      this.claim = await api().claimReview(this.jobId);
    } catch (err) {
      this.claimError = err instanceof ConflictError
        ? `CONFLICT: another reviewer holds this job, or it cannot be reviewed now (${err.message}). Try again when their claim expires.`
        : describeError(err);
    } finally {
      this.busy = false;
    }
  }

  private edit(mutate: (d: ReviewDraft) => ReviewDraft): void {
    if (!this.draft) return;
    this.draft = syncSequence(mutate(this.draft));
  }

  private setDecision(code: string, patch: Partial<{ kind: DecisionKind; reason: string; to: string }>): void {
    this.edit((d) => ({ ...d, decisions: d.decisions.map((x) => (x.code === code ? { ...x, ...patch } : x)) }));
    this.clearError({ kind: 'decision', code });
  }

  private clearError(t: ErrorTarget): void {
    if (!this.errors.has(keyOf(t))) return;
    const next = new Map(this.errors);
    next.delete(keyOf(t));
    this.errors = next;
  }

  private errorFor(t: ErrorTarget): string {
    return this.errors.get(keyOf(t)) ?? '';
  }

  // ---- evidence from the note -------------------------------------------------------------------------

  /** The note selection as redacted-text offsets: the DOM range measured from the note's start. */
  private readSelection(): EvidenceSpan | undefined {
    const note = this.renderRoot.querySelector('.note');
    if (!note || !this.view) return undefined;
    const root = this.shadowRoot as (ShadowRoot & { getSelection?: () => Selection | null }) | null;
    const sel = root?.getSelection?.() ?? document.getSelection();
    if (!sel || sel.rangeCount === 0 || sel.isCollapsed) return undefined;
    let range: AbstractRange = sel.getRangeAt(0);
    if (!note.contains(range.startContainer)) {
      // Browsers without ShadowRoot.getSelection report the host: ask for the range inside this shadow root.
      const composed = (sel as Selection & { getComposedRanges?: (o: { shadowRoots: ShadowRoot[] }) => StaticRange[] }).getComposedRanges?.({ shadowRoots: root ? [root] : [] });
      if (composed?.[0]) range = composed[0];
    }
    if (!note.contains(range.startContainer) || !note.contains(range.endContainer)) return undefined;
    const offset = (node: Node, at: number) => {
      const r = document.createRange();
      r.setStart(note, 0);
      r.setEnd(node, at);
      return r.toString().length;
    };
    return spanFromOffsets(this.view.redactedText, offset(range.startContainer, range.startOffset), offset(range.endContainer, range.endOffset));
  }

  private onNoteSelect(): void {
    const span = this.readSelection();
    if (span) this.selection = span;
  }

  private addEvidence(span: EvidenceSpan | undefined): void {
    if (!span) {
      this.formError = 'Select text in the note first (or choose a sentence).';
      return;
    }
    this.formError = '';
    if (!this.newEvidence.some((e) => overlaps(e, span))) this.newEvidence = [...this.newEvidence, span];
    this.clearError({ kind: 'section', name: 'evidence' });
    void this.updateComplete.then(() => (this.renderRoot.querySelector('#new-code') as HTMLInputElement | null)?.focus());
  }

  private async addCode(e: Event): Promise<void> {
    e.preventDefault();
    const typed = this.newCode.trim();
    const problems: string[] = [];
    if (!typed) problems.push('Type the code to add.');
    if (!this.newEvidence.length) problems.push('Choose its evidence: select text in the note, or a sentence.');
    if (problems.length) {
      this.errors = new Map(this.errors).set(keyOf({ kind: 'section', name: 'evidence' }), problems.join(' '));
      return;
    }
    const code = await this.lookUp(typed);
    if (this.lookups.get(norm(code))?.state === 'missing') {
      this.errors = new Map(this.errors).set(keyOf({ kind: 'section', name: 'evidence' }), `${typed} is not a code of the code set.`);
      return;
    }
    const evidence = this.newEvidence;
    this.edit((d) => ({ ...d, added: [...d.added.filter((a) => norm(a.code) !== norm(code)), { code, evidence }] }));
    this.newCode = '';
    this.newEvidence = [];
    this.selection = undefined;
    this.clearError({ kind: 'section', name: 'evidence' });
  }

  // ---- submit -----------------------------------------------------------------------------------------

  private async submit(e: Event): Promise<void> {
    e.preventDefault();
    if (!this.draft) return;
    this.formError = '';
    const problems = draftProblems(this.draft);
    if (problems.length) {
      this.errors = new Map(problems.map((p) => [keyOf(p.target), p.message]));
      this.formError = `The review is not complete: ${problems.map((p) => p.message).join(' ')}`;
      this.focusFirstError();
      return;
    }
    this.errors = new Map();
    // Changed-to codes are sent dotted, as looked up; each is written back to the draft as it is now, and the
    // input is read from the draft only after the last look-up (no edit made meanwhile is lost).
    for (const x of this.draft.decisions.filter((y) => y.kind === 'CHANGE')) {
      const dotted = await this.lookUp(x.to);
      if (dotted !== x.to) this.setDecision(x.code, { to: dotted });
    }
    const { input, rows } = toSubmitInput(this.draft);
    this.busy = true;
    try {
      this.result = await api().submitReview(this.jobId, input);
      this.job = this.result.job;
      this.claim = undefined;
      void this.updateComplete.then(() => (this.renderRoot.querySelector('#result') as HTMLElement | null)?.focus());
    } catch (err) {
      if (err instanceof ValidationError) {
        let target = errorTarget(err.field, rows);
        const code = refusedCode(err.message);
        if (code && (target.kind === 'section')) {
          const row = this.draft.decisions.find((d) => norm(d.code) === norm(code) || (d.kind === 'CHANGE' && norm(d.to) === norm(code)));
          if (row) target = { kind: 'decision', code: row.code };
          else if (this.draft.added.some((a) => norm(a.code) === norm(code))) target = { kind: 'added', code: this.draft.added.find((a) => norm(a.code) === norm(code))!.code };
        }
        this.errors = new Map([[keyOf(target), err.message]]);
        this.formError = `The review was refused (${err.code}): ${err.message}`;
        this.focusFirstError();
      } else if (err instanceof ConflictError) {
        this.claimError = `CONFLICT: ${err.message}. Claim the job again before submitting.`;
        this.claim = undefined;
      } else {
        this.formError = describeError(err);
      }
    } finally {
      this.busy = false;
    }
  }

  private focusFirstError(): void {
    void this.updateComplete.then(() => (this.renderRoot.querySelector('[aria-invalid="true"]') as HTMLElement | null)?.focus());
  }

  // ---- render -----------------------------------------------------------------------------------------

  private renderSegment(seg: Segment): TemplateResult | string {
    const chosen = seg.codes.includes(CHOSEN);
    const machineCodes = seg.codes.filter((c) => c !== CHOSEN);
    const cls = [seg.phiType ? 'phi' : '', machineCodes.length ? 'ev' : '', chosen ? 'chosen' : ''].filter(Boolean).join(' ');
    if (!cls) return seg.text;
    const title = [seg.phiType ? `Redacted ${seg.phiType}` : '', machineCodes.length ? `Evidence for ${machineCodes.join(', ')}` : '', chosen ? 'Chosen as evidence' : ''].filter(Boolean).join('; ');
    return html`<span class=${cls} title=${title} data-phi=${seg.phiType ?? nothing}>${seg.text}</span>`;
  }

  private renderClaim(): TemplateResult {
    const c = this.claim;
    const minutes = c ? Math.max(0, Math.round((Date.parse(c.expiresAt) - Date.now()) / 60_000)) : 0;
    return html`<section class="panel" aria-labelledby="claim-title">
      <h2 id="claim-title">Claim</h2>
      <div class="claim">
        <p role="status" data-testid="claim-status">${c
          ? html`Claimed by <strong>${c.reviewer}</strong> until <time datetime=${c.expiresAt}>${new Date(c.expiresAt).toLocaleTimeString()}</time> (lease expires in about ${minutes} min).`
          : this.result ? 'Submitted; the claim is released.' : 'Not claimed. Claim the job to review it; other reviewers are kept off until the claim expires.'}</p>
        ${this.result ? '' : html`<button @click=${this.claimJob} ?disabled=${this.busy}>${c ? 'Renew claim' : 'Claim for review'}</button>`}
      </div>
      <p role="alert" class="error" data-testid="claim-error">${this.claimError}</p>
    </section>`;
  }

  private renderDecision(d: ReviewDraft['decisions'][number]): TemplateResult {
    const c = this.machine!.codes.find((x) => x.code === d.code)!;
    const quotes = this.view?.codes.find((x) => x.code === d.code)?.evidence ?? [];
    const id = norm(d.code);
    const err = this.errorFor({ kind: 'decision', code: d.code });
    const errId = `err-${id}`;
    return html`<fieldset data-code=${d.code} aria-describedby=${errId}>
      <legend>${d.code}: ${c.description}</legend>
      <p class="hint">${c.role}, confidence ${Math.round(c.confidence * 100)}%. Evidence: ${quotes.length ? quotes.map((q) => html`<q>${q.quote}</q> `) : 'none shown'}</p>
      <div class="choices" role="radiogroup" aria-label="Decision on ${d.code}">
        ${(['ACCEPT', 'REJECT', 'CHANGE'] as const).map((k) => html`<label><input type="radio" name="decision-${id}" value=${k} .checked=${d.kind === k}
          @change=${() => this.setDecision(d.code, { kind: k })} />${k === 'ACCEPT' ? 'Accept' : k === 'REJECT' ? 'Reject' : 'Change to another code'}</label>`)}
      </div>
      ${d.kind === 'REJECT'
        ? html`<label for="reason-${id}">Reason for rejecting ${d.code}</label>
            <input id="reason-${id}" type="text" .value=${d.reason} aria-invalid=${err ? 'true' : 'false'} aria-describedby=${errId} required
              @input=${(e: Event) => this.setDecision(d.code, { reason: (e.target as HTMLInputElement).value })} />`
        : ''}
      ${d.kind === 'CHANGE'
        ? html`<label for="to-${id}">Change ${d.code} to</label>
            <input id="to-${id}" type="text" .value=${d.to} aria-invalid=${err ? 'true' : 'false'} aria-describedby="desc-${id} ${errId}" required autocomplete="off"
              @input=${(e: Event) => this.setDecision(d.code, { to: (e.target as HTMLInputElement).value })}
              @change=${async (e: Event) => this.setDecision(d.code, { to: await this.lookUp((e.target as HTMLInputElement).value) })} />
            <p id="desc-${id}" class="hint" aria-live="polite">${this.describe(d.to)}</p>`
        : ''}
      <p id=${errId} class="field-error" role="alert">${err}</p>
    </fieldset>`;
  }

  private renderEvidencePicker(): TemplateResult {
    const s = this.selection;
    return html`
      <section class="panel" aria-labelledby="pick-title">
        <h3 id="pick-title">Evidence for a code to add</h3>
        <p role="status" data-testid="selection">${s ? html`Selected: <q>${preview(s.text)}</q> (characters ${s.start}–${s.end})` : 'Select text in the note with the mouse, or choose a sentence below.'}</p>
        <p><button type="button" @click=${() => this.addEvidence(this.readSelection() ?? this.selection)} ?disabled=${!this.claim}>Use selected text as evidence</button></p>
        <label for="sentence">Or choose a sentence of the note</label>
        <div class="inline">
          <div>
            <select id="sentence" .value=${String(this.sentence)} @change=${(e: Event) => (this.sentence = Number((e.target as HTMLSelectElement).value))}>
              ${this.sentences.map((x, i) => html`<option value=${i} ?selected=${i === this.sentence}>${i + 1}. ${preview(x.text)}</option>`)}
            </select>
          </div>
          <button type="button" @click=${() => this.addEvidence(this.sentences[this.sentence])} ?disabled=${!this.claim || !this.sentences.length}>Use sentence as evidence</button>
        </div>
      </section>`;
  }

  private renderAdd(): TemplateResult {
    const err = this.errorFor({ kind: 'section', name: 'evidence' });
    return html`<section aria-labelledby="add-title">
      <h3 id="add-title">Add a code</h3>
      <label for="new-code">Code to add</label>
      <input id="new-code" type="text" autocomplete="off" .value=${this.newCode} aria-describedby="new-desc err-evidence" aria-invalid=${err ? 'true' : 'false'}
        @input=${(e: Event) => (this.newCode = (e.target as HTMLInputElement).value)}
        @change=${async (e: Event) => (this.newCode = await this.lookUp((e.target as HTMLInputElement).value))} />
      <p id="new-desc" class="hint" aria-live="polite">${this.describe(this.newCode)}</p>
      <p>Its evidence (${this.newEvidence.length}):</p>
      <ul class="quotes" aria-label="Evidence chosen for the code to add">
        ${this.newEvidence.map((q, i) => html`<li><q>${preview(q.text)}</q> <span class="hint">(${q.start}–${q.end})</span>
          <button type="button" class="secondary" aria-label="Remove evidence ${i + 1}" @click=${() => (this.newEvidence = this.newEvidence.filter((_, j) => j !== i))}>Remove</button></li>`)}
      </ul>
      <button type="button" @click=${this.addCode} ?disabled=${!this.claim}>Add code</button>
      <p id="err-evidence" class="field-error" role="alert">${err}</p>
      ${this.draft!.added.length
        ? html`<h4>Codes added</h4><ul class="quotes" aria-label="Codes added">${this.draft!.added.map((a) => {
            const aerr = this.errorFor({ kind: 'added', code: a.code });
            return html`<li data-added=${a.code}><strong>${a.code}</strong> ${this.describe(a.code)} — ${a.evidence.map((q) => html`<q>${preview(q.text)}</q> `)}
              <button type="button" class="secondary" aria-label="Remove added code ${a.code}" @click=${() => this.edit((d) => ({ ...d, added: d.added.filter((x) => x !== a) }))}>Remove</button>
              <p class="field-error" role="alert">${aerr}</p></li>`;
          })}</ul>`
        : ''}
    </section>`;
  }

  private renderSequence(): TemplateResult {
    const seq = this.draft!.sequence;
    const err = this.errorFor({ kind: 'section', name: 'sequence' });
    const move = (i: number, delta: number) => {
      this.edit((d) => ({ ...d, sequence: moveItem(d.sequence, i, delta), sequenceChanged: true }));
      // Keep focus on the moved code's control so a keyboard user can keep moving it.
      void this.updateComplete.then(() => (this.renderRoot.querySelector(`[data-seq="${CSS.escape(seq[i])}"] button[data-dir="${delta < 0 ? 'up' : 'down'}"]`) as HTMLButtonElement | null)?.focus());
    };
    return html`<section aria-labelledby="seq-title">
      <h3 id="seq-title">Sequencing</h3>
      <p class="hint">The first code is the principal (first-listed) diagnosis.${this.draft!.sequenceChanged ? '' : ' Unchanged: the validator’s order is kept.'}</p>
      <ol class="sequence" aria-label="Reviewed codes in order">
        ${seq.map((code, i) => html`<li data-seq=${code}><span class="code">${code}</span>${i === 0 ? html`<span class="hint">principal</span>` : ''}
          <button type="button" class="secondary" data-dir="up" aria-label="Move ${code} up" ?disabled=${i === 0} @click=${() => move(i, -1)}>Up</button>
          <button type="button" class="secondary" data-dir="down" aria-label="Move ${code} down" ?disabled=${i === seq.length - 1} @click=${() => move(i, 1)}>Down</button></li>`)}
      </ol>
      <p class="field-error" role="alert">${err}</p>
    </section>`;
  }

  private renderSummary(): TemplateResult {
    const err = this.errorFor({ kind: 'section', name: 'summary' });
    return html`<section aria-labelledby="sum-title">
      <h3 id="sum-title">Summary corrections</h3>
      <p class="hint">Edit a section to correct it; only changed sections are sent. Never type identifiers.</p>
      ${this.draft!.summary.map((s, i) => html`<label for="sum-${i}">Summary section: ${s.title}</label>
        <textarea id="sum-${i}" class="short" .value=${s.text} aria-invalid=${err ? 'true' : 'false'}
          @input=${(e: Event) => this.edit((d) => ({ ...d, summary: d.summary.map((x, j) => (j === i ? { ...x, text: (e.target as HTMLTextAreaElement).value } : x)) }))}></textarea>`)}
      <p class="field-error" role="alert">${err}</p>
    </section>`;
  }

  private renderResult(): TemplateResult {
    const r = this.result!;
    return html`<section class="panel" aria-labelledby="result">
      <h2 id="result" tabindex="-1">Review saved</h2>
      <p data-testid="review-result">The job is <strong class="status status-${r.job.status}">${r.job.status}</strong>; the review is report version <strong>${r.version.version}</strong>
        (${r.version.report.codes.map((c) => c.code).join(', ') || 'no codes'}).</p>
      <p><a href="#/jobs/${encodeURIComponent(this.jobId)}">Open the job page with its report versions</a> · <a href="#/review">Back to the review queue</a></p>
    </section>`;
  }

  override render(): TemplateResult {
    const v = this.view;
    const d = this.draft;
    const commentErr = this.errorFor({ kind: 'section', name: 'comment' });
    const decisionsErr = this.errorFor({ kind: 'section', name: 'decisions' }) || this.errorFor({ kind: 'section', name: 'form' });
    return html`
      <h1 tabindex="-1">Review job ${this.jobId}</h1>
      <p class="hint">${this.job ? html`Status <span class="status status-${this.job.status}" data-testid="review-job-status">${this.job.status}</span>, ${this.job.noteType}.` : 'Loading…'}
        ${this.machine?.reviewReasons.length ? html`Why it needs review: ${this.machine.reviewReasons.join('; ')}.` : ''}</p>
      <p role="alert" class="error">${this.loadError}</p>
      ${this.result ? this.renderResult() : ''}
      ${this.renderClaim()}
      ${v && d && !this.result
        ? html`<div class="layout">
            <section class="panel" aria-labelledby="rnote-title">
              <h2 id="rnote-title">Redacted note <span class="hint">(${v.redaction})</span></h2>
              <p class="hint" id="rnote-hint">Select words with the mouse to use them as evidence; offsets are in this redacted text. Yellow: the machine's evidence; green: evidence you chose.</p>
              <div class="note" data-testid="review-note" role="region" tabindex="0" aria-label="Redacted note text for evidence selection" aria-describedby="rnote-hint"
                @mouseup=${this.onNoteSelect} @keyup=${this.onNoteSelect}>${this.segments.map((s) => this.renderSegment(s))}</div>
              ${this.renderEvidencePicker()}
            </section>
            <form class="panel" @submit=${this.submit} aria-labelledby="decide-title" novalidate>
              <h2 id="decide-title">Decisions</h2>
              ${this.claim ? '' : html`<p class="hint">Claim the job to submit a review.</p>`}
              <section aria-labelledby="codes-title">
                <h3 id="codes-title">The machine's codes</h3>
                ${d.decisions.map((x) => this.renderDecision(x))}
                ${this.machine!.codes.length ? '' : html`<p>The machine proposed no code.</p>`}
              </section>
              ${this.renderAdd()}
              ${this.renderSequence()}
              ${this.renderSummary()}
              <div>
                <label for="comment">Comment for the record (no identifiers)</label>
                <textarea id="comment" class="short" .value=${d.comment} aria-invalid=${commentErr ? 'true' : 'false'}
                  @input=${(e: Event) => this.edit((x) => ({ ...x, comment: (e.target as HTMLTextAreaElement).value }))}></textarea>
                <p class="field-error" role="alert">${commentErr}</p>
              </div>
              <p class="field-error" role="alert">${decisionsErr}</p>
              <p><button type="submit" ?disabled=${this.busy || !this.claim}>Submit review</button></p>
              <p role="alert" class="error" data-testid="review-error">${this.formError}</p>
            </form>
          </div>`
        : ''}
    `;
  }
}
customElements.define('cc-review-screen', CcReviewScreen);
