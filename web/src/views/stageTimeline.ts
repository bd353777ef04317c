// Owns the stage timeline of one job: the wait in the queue and each stage as a bar on one time
// axis (an SVG with a text equivalent), and the stage in progress.
import { LitElement, css, html, svg, type TemplateResult } from 'lit';
import type { Job } from '../../../client/src/index';
import { timelineBars } from '../timeline';
import { shared } from '../styles';

const fmt = (ms: number) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${Math.round(ms)} ms`);

export class CcStageTimeline extends LitElement {
  static override properties = { job: { attribute: false } };
  static override styles = [
    shared,
    css`
      svg {
        width: 100%;
        height: auto;
        max-width: 900px;
      }
      .bar { fill: var(--cc-accent); }
      .bar.QUEUED { fill: var(--cc-border); }
      text { font: 12px system-ui, sans-serif; fill: var(--cc-fg); }
      ol { padding-left: 1.25rem; }
    `,
  ];
  declare job: Job | undefined;

  override render(): TemplateResult {
    const job = this.job;
    if (!job) return html``;
    const bars = timelineBars(job);
    const totalMs = Math.max(1, ...bars.map((b) => b.startMs + b.durationMs));
    const rowH = 26;
    const labelW = 110;
    const plotW = 600;
    const x = (ms: number) => labelW + (Math.max(0, ms) / totalMs) * plotW;
    const summary = bars.map((b) => `${b.label} ${fmt(b.durationMs)}`).join(', ');
    return html`
      <h2 id="timeline-title">Stage timeline</h2>
      ${bars.length
        ? html`<svg viewBox="0 0 ${labelW + plotW + 90} ${bars.length * rowH + 10}" role="img" aria-labelledby="timeline-title" aria-describedby="timeline-text">
            ${bars.map((b, i) => svg`
              <text x="0" y=${i * rowH + 18}>${b.label}</text>
              <rect class="bar ${b.label}" x=${x(b.startMs)} y=${i * rowH + 5} width=${Math.max(2, x(b.startMs + b.durationMs) - x(b.startMs))} height="18" rx="3"></rect>
              <text x=${x(b.startMs + b.durationMs) + 6} y=${i * rowH + 18}>${fmt(b.durationMs)}</text>`)}
          </svg>
          <ol id="timeline-text" class="hint" aria-label="Stages and their durations">
            ${bars.map((b) => html`<li>${b.label}: ${fmt(b.durationMs)} (from +${fmt(Math.max(0, b.startMs))})</li>`)}
          </ol>
          <p class="visually-hidden">${summary}</p>`
        : html`<p class="hint">No stage has finished yet.</p>`}
      ${job.stage ? html`<p>In progress: <strong>${job.stage}</strong> <progress max="1" .value=${job.progress} aria-label="Job progress">${Math.round(job.progress * 100)}%</progress></p>` : ''}
    `;
  }
}
customElements.define('cc-stage-timeline', CcStageTimeline);
