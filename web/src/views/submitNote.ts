// Owns the submit page: a note pasted or read from a text file, its note type and redaction mode.
// The note stays in this page's memory only; on success the job page takes over.
import { LitElement, html, type TemplateResult } from 'lit';
import type { NoteType, RedactionMode } from '../../../client/src/index';
import { api, describeError } from '../session';
import { shared } from '../styles';

export const NOTE_TYPES: readonly NoteType[] = [
  'PROGRESS_NOTE', 'DISCHARGE_SUMMARY', 'HISTORY_AND_PHYSICAL', 'CONSULTATION', 'EMERGENCY_DEPARTMENT',
  'OPERATIVE_NOTE', 'RADIOLOGY_REPORT', 'PATHOLOGY_REPORT', 'OTHER',
];
const REDACTION_MODES: readonly { value: RedactionMode | ''; label: string }[] = [
  { value: '', label: "Service default" },
  { value: 'TAG', label: 'Typed tags ([NAME], [DATE]…)' },
  { value: 'SURROGATE', label: 'Realistic surrogates, dates shifted' },
  { value: 'MASK', label: 'Masked (same length)' },
];
const label = (s: string) => s.charAt(0) + s.slice(1).toLowerCase().replace(/_/g, ' ');
/** Notes are text; a file larger than this is refused here rather than by the API. */
const MAX_FILE_BYTES = 1024 * 1024;

export class CcSubmitNote extends LitElement {
  static override properties = { text: { state: true }, noteType: { state: true }, redaction: { state: true }, error: { state: true }, busy: { state: true } };
  static override styles = [shared];
  declare text: string;
  declare noteType: NoteType;
  declare redaction: RedactionMode | '';
  declare error: string;
  declare busy: boolean;

  constructor() {
    super();
    this.text = '';
    this.noteType = 'PROGRESS_NOTE';
    this.redaction = '';
    this.error = '';
    this.busy = false;
  }

  private async readFile(e: Event): Promise<void> {
    const file = (e.target as HTMLInputElement).files?.[0];
    if (!file) return;
    if (file.size > MAX_FILE_BYTES) {
      this.error = `The file is larger than ${MAX_FILE_BYTES / 1024} KiB; notes are plain text.`;
      return;
    }
    this.text = await file.text();
  }

  private async submit(e: Event): Promise<void> {
    e.preventDefault();
    this.error = '';
    this.busy = true;
    try {
      const job = await api().submitNote({ text: this.text, noteType: this.noteType, ...(this.redaction ? { redaction: this.redaction } : {}) });
      this.text = '';
      location.hash = `#/jobs/${encodeURIComponent(job.id)}`;
    } catch (err) {
      this.error = describeError(err);
    } finally {
      this.busy = false;
    }
  }

  override render(): TemplateResult {
    return html`
      <h1 tabindex="-1">Submit a note</h1>
      <form class="panel" @submit=${this.submit}>
        <label for="note">Clinical note</label>
        <textarea id="note" name="note" required aria-describedby="note-hint" .value=${this.text}
          @input=${(e: Event) => (this.text = (e.target as HTMLTextAreaElement).value)}></textarea>
        <p id="note-hint" class="hint">Paste the note, or read it from a text file. It is sent to the service and not kept in this browser.</p>
        <label for="file">Or read a text file</label>
        <input id="file" type="file" accept=".txt,text/plain" @change=${this.readFile} />
        <label for="note-type">Note type</label>
        <select id="note-type" .value=${this.noteType} @change=${(e: Event) => (this.noteType = (e.target as HTMLSelectElement).value as NoteType)}>
          ${NOTE_TYPES.map((t) => html`<option value=${t} ?selected=${t === this.noteType}>${label(t)}</option>`)}
        </select>
        <label for="redaction">Redaction mode</label>
        <select id="redaction" .value=${this.redaction} @change=${(e: Event) => (this.redaction = (e.target as HTMLSelectElement).value as RedactionMode | '')}>
          ${REDACTION_MODES.map((m) => html`<option value=${m.value} ?selected=${m.value === this.redaction}>${m.label}</option>`)}
        </select>
        <p><button type="submit" ?disabled=${this.busy || !this.text.trim()}>Submit</button></p>
        <p role="alert" class="error">${this.error}</p>
      </form>
    `;
  }
}
customElements.define('cc-submit-note', CcSubmitNote);
