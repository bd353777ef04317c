// Owns the admin metrics page: the service's own /metrics sampled while the page is open, plotted
// as throughput, queue depth, failure and review rates over time (SVG charts with a table beside).
import { LitElement, css, html, svg, type TemplateResult } from 'lit';
import { ratesOf, sampleFrom, type MetricSample, type RatePoint } from '../prometheus';
import { shared } from '../styles';

const SAMPLE_INTERVAL_MS = 5_000;
const MAX_SAMPLES = 240;

interface Series {
  title: string;
  unit: string;
  value: (p: RatePoint) => number | null;
}

const SERIES: readonly Series[] = [
  { title: 'Throughput', unit: 'jobs/min', value: (p) => p.throughputPerMin },
  { title: 'Queue depth', unit: 'messages', value: (p) => p.queueDepth },
  { title: 'Failure rate', unit: '% of finished', value: (p) => (p.failureRate === null ? null : p.failureRate * 100) },
  { title: 'Review rate', unit: '% of finished', value: (p) => (p.reviewRate === null ? null : p.reviewRate * 100) },
];

export class CcMetricsPage extends LitElement {
  static override properties = { samples: { state: true }, error: { state: true } };
  static override styles = [
    shared,
    css`
      .charts {
        display: grid;
        grid-template-columns: repeat(auto-fit, minmax(280px, 1fr));
        gap: 1rem;
      }
      svg { width: 100%; height: auto; }
      polyline { fill: none; stroke: var(--cc-accent); stroke-width: 2; }
      .axis { stroke: var(--cc-border); }
      text { font: 11px system-ui, sans-serif; fill: var(--cc-muted); }
    `,
  ];
  declare samples: MetricSample[];
  declare error: string;
  private timer?: ReturnType<typeof setInterval>;

  constructor() {
    super();
    this.samples = [];
    this.error = '';
  }

  override connectedCallback(): void {
    super.connectedCallback();
    void this.sample();
    this.timer = setInterval(() => void this.sample(), SAMPLE_INTERVAL_MS);
  }

  override disconnectedCallback(): void {
    clearInterval(this.timer);
    super.disconnectedCallback();
  }

  private async sample(): Promise<void> {
    try {
      const res = await fetch('/metrics', { cache: 'no-store' });
      if (!res.ok) throw new Error(`HTTP ${res.status}`);
      this.samples = [...this.samples, sampleFrom(await res.text(), Date.now())].slice(-MAX_SAMPLES);
      this.error = '';
    } catch (err) {
      this.error = `Could not read /metrics: ${(err as Error).message}`;
    }
  }

  private chart(s: Series, points: RatePoint[], i: number): TemplateResult {
    const values = points.map((p) => s.value(p));
    const known = values.filter((v): v is number => v !== null);
    const max = Math.max(1, ...known);
    const w = 300;
    const h = 120;
    const step = points.length > 1 ? w / (points.length - 1) : w;
    const coords = values.map((v, k) => (v === null ? null : `${(k * step).toFixed(1)},${(h - (v / max) * h).toFixed(1)}`)).filter(Boolean).join(' ');
    const last = known.at(-1);
    const id = `chart-${i}`;
    return html`<figure class="panel">
      <figcaption id=${id}><strong>${s.title}</strong> (${s.unit}): ${last === undefined ? 'no data yet' : `now ${last.toFixed(1)}, max ${Math.max(...known).toFixed(1)}`}</figcaption>
      <svg viewBox="-30 -10 ${w + 40} ${h + 30}" role="img" aria-labelledby=${id}>
        ${svg`<line class="axis" x1="0" y1=${h} x2=${w} y2=${h}></line>
          <line class="axis" x1="0" y1="0" x2="0" y2=${h}></line>
          <text x="-28" y="4">${max.toFixed(0)}</text><text x="-28" y=${h}>0</text>
          <polyline points=${coords}></polyline>`}
      </svg>
    </figure>`;
  }

  override render(): TemplateResult {
    const points = ratesOf(this.samples);
    const recent = points.slice(-10).reverse();
    return html`
      <h1 tabindex="-1">Metrics</h1>
      <p class="hint">From this service's /metrics, sampled every ${SAMPLE_INTERVAL_MS / 1000} s while this page is open (${this.samples.length} samples).</p>
      <p role="alert" class="error">${this.error}</p>
      <div class="charts">${SERIES.map((s, i) => this.chart(s, points, i))}</div>
      <h2>Recent samples</h2>
      <table>
        <caption class="visually-hidden">The latest samples behind the charts</caption>
        <thead><tr><th scope="col">Time</th>${SERIES.map((s) => html`<th scope="col">${s.title} (${s.unit})</th>`)}<th scope="col">Dead letters</th></tr></thead>
        <tbody>${recent.map((p) => html`<tr><td>${new Date(p.atMs).toLocaleTimeString()}</td>${SERIES.map((s) => html`<td>${s.value(p)?.toFixed(1) ?? '–'}</td>`)}<td>${p.dlqDepth}</td></tr>`)}</tbody>
      </table>
    `;
  }
}
customElements.define('cc-metrics-page', CcMetricsPage);
