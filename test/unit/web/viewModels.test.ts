// The workbench's pure parts: reading the report's FHIR Bundle (the offsets the page highlights),
// cutting the note into flat runs under overlapping marks, the stage timeline bars, and the
// Prometheus samples behind the admin charts (rates from counters, restarts counted from zero).
import { toFhirBundle, type FhirReportInput } from '../../../src/fhir/bundle';
import { readReportBundle } from '../../../web/src/fhirView';
import { segmentNote } from '../../../web/src/segments';
import { parsePrometheus, ratesOf, sampleFrom } from '../../../web/src/prometheus';
import { timelineBars } from '../../../web/src/timeline';

describe('readReportBundle', () => {
  it('recovers the redacted text, identifier types, evidence and summary sources in redacted offsets', () => {
    const text = 'ASSESSMENT:\nEssential hypertension in [NAME].\nPLAN: lisinopril.';
    const at = text.indexOf('Essential hypertension');
    const input: FhirReportInput = {
      jobId: 'j1',
      generatedAt: '2026-01-01T00:00:00.000Z',
      redactedText: text,
      redaction: 'TAG',
      phiSpans: [{ start: text.indexOf('[NAME]'), end: text.indexOf('[NAME]') + 6, type: 'NAME' }],
      summary: { text: '', sections: [{ kind: 'follow_up', title: 'Plan', text: 'PLAN: lisinopril.', sources: [{ start: text.indexOf('PLAN'), end: text.length, text: 'PLAN: lisinopril.' }], statements: [{ text: 'PLAN: lisinopril.', sources: [{ start: text.indexOf('PLAN'), end: text.length, text: 'PLAN: lisinopril.' }] }] }] },
      codes: [{ code: 'I10', description: 'Essential (primary) hypertension', confidence: 0.93, rank: 1, role: 'principal', evidence: [{ start: at + 3, end: at + 25, text: 'Essential hypertension', redactedStart: at, redactedEnd: at + 22 }] }],
      codeSetVersion: 'ICD-10-CM FY2027',
      models: {},
      needsReview: false,
    };
    const view = readReportBundle(toFhirBundle(input));
    expect(view.redactedText).toBe(text);
    expect(view.phi).toEqual([{ start: text.indexOf('[NAME]'), end: text.indexOf('[NAME]') + 6, type: 'NAME' }]);
    expect(view.codes).toEqual([{ code: 'I10', description: 'Essential (primary) hypertension', verification: 'confirmed', confidence: 0.93, role: 'principal', evidence: [{ start: at, end: at + 22, quote: 'Essential hypertension' }] }]);
    expect(view.summary).toEqual([{ title: 'Plan', sentences: [{ start: text.indexOf('PLAN'), end: text.length, text: 'PLAN: lisinopril.' }] }]);
  });

  it('decodes a non-ASCII note as UTF-8 (offsets stay JavaScript string indices)', () => {
    const text = 'Café-au-lait macules; naïve to insulin — “stable”.';
    const bundle = toFhirBundle({ jobId: 'j2', generatedAt: '2026-01-01T00:00:00.000Z', redactedText: text, redaction: 'TAG', summary: { text: '', sections: [] }, codes: [], codeSetVersion: 'ICD-10-CM FY2027', models: {}, needsReview: false });
    expect(readReportBundle(bundle).redactedText).toBe(text);
  });
});

describe('segmentNote', () => {
  it('cuts overlapping marks into flat runs that each know their identifier type, codes and sources', () => {
    const text = 'abcdefghij';
    const segs = segmentNote(text, [{ start: 0, end: 2, type: 'NAME' }], [{ code: 'A', spans: [{ start: 3, end: 7 }] }, { code: 'B', spans: [{ start: 5, end: 9 }] }], [{ start: 4, end: 10 }]);
    expect(segs.map((s) => s.text).join('')).toBe(text);
    expect(segs.map((s) => [s.text, s.phiType ?? '', s.codes.join(','), s.sources.join(',')])).toEqual([
      ['ab', 'NAME', '', ''],
      ['c', '', '', ''],
      ['d', '', 'A', ''],
      ['e', '', 'A', '0'],
      ['fg', '', 'A,B', '0'],
      ['hi', '', 'B', '0'],
      ['j', '', '', '0'],
    ]);
  });
});

describe('timelineBars', () => {
  it('places each stage on one axis from the job creation, with the queue wait first', () => {
    const bars = timelineBars({
      createdAt: '2026-01-01T00:00:00.000Z',
      stages: [
        { stage: 'SUMMARIZING', durationMs: 300, completedAt: '2026-01-01T00:00:00.600Z', model: null },
        { stage: 'REDACTING', durationMs: 200, completedAt: '2026-01-01T00:00:00.300Z', model: null },
      ],
    });
    expect(bars).toEqual([
      { label: 'QUEUED', startMs: 0, durationMs: 100 },
      { label: 'REDACTING', startMs: 100, durationMs: 200 },
      { label: 'SUMMARIZING', startMs: 300, durationMs: 300 },
    ]);
  });
});

describe('Prometheus samples', () => {
  const scrape = (completed: number, review: number, failed: number, depth: number) => `# HELP chartcoder_job_transitions_total x
# TYPE chartcoder_job_transitions_total counter
chartcoder_job_transitions_total{status="REDACTING"} 99
chartcoder_job_transitions_total{status="COMPLETED"} ${completed}
chartcoder_job_transitions_total{status="NEEDS_REVIEW"} ${review}
chartcoder_job_transitions_total{status="FAILED"} ${failed}
chartcoder_queue_depth ${depth}
chartcoder_dlq_depth -1
`;

  it('parses labelled samples and skips comments', () => {
    expect(parsePrometheus('# TYPE a counter\na{b="c",d="e\\"f"} 2\nbad line\n')).toEqual([{ name: 'a', labels: { b: 'c', d: 'e\\"f' }, value: 2 }]);
  });

  it('turns counters into per-minute throughput and failure/review shares; a depth of -1 (unknown) reads as 0', () => {
    const a = sampleFrom(scrape(10, 2, 1, 4), 0);
    const b = sampleFrom(scrape(16, 4, 3, 7), 30_000);
    expect(a.dlqDepth).toBe(0);
    const [p] = ratesOf([a, b]);
    expect(p.throughputPerMin).toBeCloseTo(20);
    expect(p.failureRate).toBeCloseTo(0.2);
    expect(p.reviewRate).toBeCloseTo(0.2);
    expect(p.queueDepth).toBe(7);
  });

  it('counts from zero after a restart (a counter that went down) and gives no rate when nothing finished', () => {
    const a = sampleFrom(scrape(50, 0, 0, 0), 0);
    const b = sampleFrom(scrape(3, 0, 0, 0), 60_000);
    const c = sampleFrom(scrape(3, 0, 0, 0), 120_000);
    const [restart, idle] = ratesOf([a, b, c]);
    expect(restart.throughputPerMin).toBeCloseTo(3);
    expect(idle.failureRate).toBeNull();
  });
});
