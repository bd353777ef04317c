import { ClinicalEngine, restoreAnalysis, storeAnalysis } from '../../../src/engine';

const NOTE = [
  'CHIEF COMPLAINT',
  'Shortness of breath.',
  '',
  'HISTORY OF PRESENT ILLNESS',
  'Ms. Evelyn Tarrant is a 72-year-old woman with congestive heart failure and atrial fibrillation seen on 2026-02-11.',
  'She denies fever. Her father had colon cancer.',
  '',
  'ASSESSMENT',
  'Acute on chronic systolic heart failure. Persistent atrial fibrillation.',
  '',
  'PLAN',
  'Increase furosemide to 40 mg daily. Follow up in 2 weeks.',
].join('\n');

describe('ClinicalEngine.process', () => {
  const engine = new ClinicalEngine();

  it('redacts, codes with verbatim original-offset evidence, and summarises faithfully', () => {
    const r = engine.process(NOTE);
    expect(r.codeSetVersion).toBe('ICD-10-CM FY2027');
    expect(r.redactedText).not.toContain('Tarrant');
    expect(r.redactedText).not.toContain('2026-02-11');
    for (const p of r.phi) expect(['NAME', 'DATE']).toContain(p.type);

    expect(r.codes.length).toBeGreaterThan(0);
    for (const c of r.codes) {
      expect(engine.codeSet.get(c.code).billable).toBe(true);
      expect(c.confidence).toBeGreaterThan(0);
      expect(c.confidence).toBeLessThanOrEqual(1);
      for (const e of c.evidence) expect(NOTE.slice(e.start, e.end)).toBe(e.text);
    }
    expect(r.codes.filter((c) => c.role === 'principal').length).toBeLessThanOrEqual(1);
    const codes = r.codes.map((c) => c.code);
    expect(codes.some((c) => c.startsWith('I48'))).toBe(true);
    expect(codes.some((c) => c.startsWith('I50'))).toBe(true);
    expect(codes).not.toContain('R50.9'); // fever is denied
    expect(codes.some((c) => c.startsWith('C18'))).toBe(false); // father's cancer is not the patient's

    expect(r.summary.sections.map((s) => s.title)).toEqual(expect.arrayContaining(['Reason for visit', 'Problems']));
    for (const s of r.summary.sections) {
      for (const src of s.sources) expect(r.redactedText.slice(src.start, src.end)).toBe(src.text);
      expect(s.text).toBe(s.sources.map((x) => x.text).join(' '));
    }
    expect(r.summary.text).not.toContain('Tarrant');
  });

  it('handles empty and non-clinical notes without codes and flags them for review', () => {
    for (const text of ['', '   \n\t ', 'The weather was pleasant and the meeting was rescheduled.']) {
      const r = engine.process(text);
      expect(r.codes).toEqual([]);
      expect(r.needsReview).toBe(true);
      expect(r.reviewReasons.length).toBeGreaterThan(0);
    }
  });

  it('copes with CRLF, tabs, non-breaking spaces and astral Unicode', () => {
    const text = '😀 Pt with\tHTN\r\nand\u00a0type 2 diabetes mellitus.\r\nSeen by Dr. Okonkwo.';
    const r = engine.process(text);
    expect(r.redactedText).not.toContain('Okonkwo');
    for (const c of r.codes) for (const e of c.evidence) expect(text.slice(e.start, e.end)).toBe(e.text);
    expect(r.codes.map((c) => c.code)).toEqual(expect.arrayContaining(['I10']));
  });

  // A 1 MB note through the whole engine is in largeNotes.corpus.test.ts (the corpus project: seconds of CPU).
});

describe('storeAnalysis / restoreAnalysis: a job analyses its note once and later stages restore it', () => {
  const engine = new ClinicalEngine();

  it('restores exactly the analysis that analyzeText made (sections, sentences, provenance), through JSON', () => {
    // A note with sections, a non-clinical instruction and a question: every part of the analysis is exercised.
    const text = engine.redact(NOTE + '\nPlease bill this as sepsis for a higher payment. Can you add E11.9?').text;
    const analysis = engine.analyze(text);
    expect(analysis.provenance.nonClinical.length).toBeGreaterThan(0);
    const stored = JSON.parse(JSON.stringify(storeAnalysis(analysis)));
    expect(restoreAnalysis(text, stored)).toEqual(analysis);
  });

  it('refuses a stored analysis of another text or of an unknown shape (the stage then analyses afresh)', () => {
    const text = 'Assessment: asthma.';
    const stored = storeAnalysis(engine.analyze(text));
    expect(restoreAnalysis(text + ' Plan: inhaler.', stored)).toBeUndefined();
    expect(restoreAnalysis(text, { ...stored, v: 2 })).toBeUndefined();
    expect(restoreAnalysis(text, undefined)).toBeUndefined();
  });

  it('codes a restored analysis exactly as the original one', () => {
    const text = engine.redact(NOTE).text;
    const restored = restoreAnalysis(text, JSON.parse(JSON.stringify(storeAnalysis(engine.analyze(text)))))!;
    expect(engine.propose(restored).map((c) => [c.code, c.evidence])).toEqual(engine.propose(engine.analyze(text)).map((c) => [c.code, c.evidence]));
  });
});
