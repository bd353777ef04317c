// FHIR R4 mapping: every Bundle validates against HL7's R4 JSON schema; Condition verification status
// follows the note's context (ConText: affirmed → confirmed, uncertain → provisional, negated → never
// emitted); evidence offsets point into the original note and into the DocumentReference's redacted text.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { ICD10CM_SYSTEM, EXT_EVIDENCE_SPAN, toFhirBundle, verificationOf, type FhirReportInput } from '../../../src/fhir/bundle';
import { main } from '../../../src/cli/main';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { createFhirValidator } = require('../../../scripts/fhir-validate.js') as {
  createFhirValidator: () => (r: unknown) => { valid: boolean; errors: string[] };
};

const validate = createFhirValidator();
const GENERATED_AT = '2026-03-04T05:06:07.000Z';

type Entry = { fullUrl: string; resource: Record<string, any> };
const resources = (bundle: { entry: Entry[] }, type: string) => bundle.entry.map((e) => e.resource).filter((r) => r.resourceType === type);

/** A report over a synthetic redacted note, with evidence located by quoting it. */
function input(redactedText: string, codes: { code: string; quote: string; description?: string }[], extra: Partial<FhirReportInput> = {}): FhirReportInput {
  return {
    jobId: 'job-123',
    generatedAt: GENERATED_AT,
    noteType: 'DISCHARGE_SUMMARY',
    redactedText,
    redaction: 'TAG',
    summary: { text: `Problems: ${redactedText}`, sections: [{ kind: 'problems', title: 'Problems', text: redactedText, sources: [{ start: 0, end: redactedText.length, text: redactedText }], statements: [{ text: redactedText, sources: [{ start: 0, end: redactedText.length, text: redactedText }] }] }] },
    codes: codes.map((c, i) => {
      const at = redactedText.indexOf(c.quote);
      if (at < 0) throw new Error(`quote not in text: ${c.quote}`);
      return {
        code: c.code,
        description: c.description ?? c.code,
        confidence: 0.9,
        rank: i + 1,
        role: i === 0 ? 'principal' : 'secondary',
        evidence: [{ start: at + 7, end: at + 7 + c.quote.length, text: c.quote, redactedStart: at, redactedEnd: at + c.quote.length }],
      };
    }),
    codeSetVersion: 'ICD-10-CM FY2027',
    models: { SUMMARIZING: 'engine:chartcoder', CODING: 'us.anthropic.claude-x' },
    promptVersion: 'coder-v3',
    needsReview: false,
    ...extra,
  };
}

describe('FHIR R4 Bundle mapping', () => {
  it('maps an affirmed diagnosis to a confirmed ICD-10-CM Condition that validates against the R4 schema', () => {
    const text = 'DISCHARGE DIAGNOSES:\n1. Type 2 diabetes mellitus without complications.\nSeen by [NAME] on [DATE].';
    const phiSpans = [{ start: text.indexOf('[NAME]'), end: text.indexOf('[NAME]') + 6, type: 'NAME' }, { start: text.indexOf('[DATE]'), end: text.indexOf('[DATE]') + 6, type: 'DATE' }];
    const bundle = toFhirBundle(input(text, [{ code: 'E11.9', quote: 'Type 2 diabetes mellitus', description: 'Type 2 diabetes mellitus without complications' }], { phiSpans }));
    const result = validate(bundle);
    expect(result.errors).toEqual([]);
    expect(result.valid).toBe(true);
    const [condition] = resources(bundle, 'Condition');
    expect(condition.code.coding[0]).toEqual({ system: ICD10CM_SYSTEM, version: '2027', code: 'E11.9', display: 'Type 2 diabetes mellitus without complications' });
    expect(condition.verificationStatus.coding[0].code).toBe('confirmed');
    expect(condition.clinicalStatus.coding[0].code).toBe('active');
    // Evidence: original and redacted offsets, the quote, and a reference to the redacted note.
    const span = condition.evidence[0].extension[0];
    expect(span.url).toBe(EXT_EVIDENCE_SPAN);
    const part = (name: string) => span.extension.find((p: { url: string }) => p.url === name);
    expect(text.slice(part('redactedStart').valueInteger, part('redactedEnd').valueInteger)).toBe(part('quote').valueString);
    const [doc] = resources(bundle, 'DocumentReference');
    expect(condition.evidence[0].detail[0].reference).toBe(bundle.entry.find((e) => e.resource === doc)!.fullUrl);
    expect(Buffer.from(doc.content[0].attachment.data, 'base64').toString('utf8')).toBe(text);
    // Placeholders are listed with their type, in redacted offsets.
    const phi = doc.extension.filter((x: { url: string }) => x.url.endsWith(':phi-span'));
    expect(phi.map((x: { extension: { valueInteger?: number; valueCode?: string }[] }) => text.slice(x.extension[0].valueInteger, x.extension[1].valueInteger) + x.extension[2].valueCode)).toEqual(['[NAME]NAME', '[DATE]DATE']);
  });

  it('marks a code resting only on an uncertain mention provisional (inpatient Section II.H codes it as established)', () => {
    const text = 'DISCHARGE DIAGNOSES:\nProbable community acquired pneumonia.';
    const bundle = toFhirBundle(input(text, [{ code: 'J18.9', quote: 'pneumonia' }]));
    expect(validate(bundle).valid).toBe(true);
    expect(resources(bundle, 'Condition')[0].verificationStatus.coding[0].code).toBe('provisional');
  });

  it('never emits a refuted Condition (every mention negated), and leaves it out of the Provenance targets', () => {
    const text = 'ASSESSMENT:\nNo evidence of pneumonia. Essential hypertension.';
    const bundle = toFhirBundle(input(text, [{ code: 'J18.9', quote: 'pneumonia' }, { code: 'I10', quote: 'Essential hypertension' }]));
    expect(validate(bundle).valid).toBe(true);
    const conditions = resources(bundle, 'Condition');
    expect(conditions.map((c) => c.code.coding[0].code)).toEqual(['I10']);
    const [provenance] = resources(bundle, 'Provenance');
    expect(provenance.target).toHaveLength(3); // the Condition, the Composition, the DocumentReference
  });

  it('verification status: any affirmed mention confirms, uncertain only is provisional, negated only is refuted', () => {
    const ctx = { negated: false, uncertain: false, hypothetical: false, historical: false, family: false };
    expect(verificationOf([{ ...ctx, uncertain: true }, ctx])).toBe('confirmed');
    expect(verificationOf([{ ...ctx, uncertain: true }])).toBe('provisional');
    expect(verificationOf([{ ...ctx, negated: true }])).toBe('refuted');
    expect(verificationOf([{ ...ctx, negated: true }, { ...ctx, uncertain: true }])).toBe('provisional');
  });

  it('names the models and the code-set version in Provenance, and the summary sections in the Composition', () => {
    const text = 'ASSESSMENT:\nEssential hypertension <controlled> & stable.';
    const bundle = toFhirBundle(input(text, [{ code: 'I10', quote: 'Essential hypertension' }], { needsReview: true }));
    expect(validate(bundle).valid).toBe(true);
    const [provenance] = resources(bundle, 'Provenance');
    expect(provenance.agent.map((a: { who: { display: string } }) => a.who.display)).toEqual(['engine:chartcoder', 'us.anthropic.claude-x (prompt coder-v3)']);
    expect(provenance.entity[0].what.identifier).toEqual({ system: ICD10CM_SYSTEM, value: 'ICD-10-CM FY2027' });
    const [composition] = resources(bundle, 'Composition');
    expect(composition.status).toBe('preliminary');
    expect(composition.section[0].title).toBe('Problems');
    // Narrative XHTML escapes the note's markup characters.
    expect(composition.section[0].text.div).toContain('&lt;controlled&gt; &amp; stable');
    expect(composition.section[1].entry).toHaveLength(1);
  });

  it('writes note whitespace FHIR strings forbid (no-break space) as a space, keeping quote length and offsets', () => {
    const text = 'ASSESSMENT:\nEssential\u00a0hypertension.';
    const bundle = toFhirBundle(input(text, [{ code: 'I10', quote: 'Essential\u00a0hypertension' }]));
    expect(validate(bundle).errors).toEqual([]);
    const span = resources(bundle, 'Condition')[0].evidence[0].extension[0];
    expect(span.extension.find((p: { url: string }) => p.url === 'quote').valueString).toBe('Essential hypertension');
  });

  it('is deterministic: the same report gives the same Bundle (ids derived from the job id)', () => {
    const text = 'ASSESSMENT:\nEssential hypertension.';
    const a = toFhirBundle(input(text, [{ code: 'I10', quote: 'Essential hypertension' }]));
    const b = toFhirBundle(input(text, [{ code: 'I10', quote: 'Essential hypertension' }]));
    expect(a).toEqual(b);
    const other = toFhirBundle(input(text, [{ code: 'I10', quote: 'Essential hypertension' }], { jobId: 'job-456' }));
    expect(other.id).not.toBe(a.id);
  });
});

describe('chartcoder process --format fhir', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'chartcoder-fhir-'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('writes one schema-valid Bundle per note whose evidence offsets quote the original note, and no PHI', async () => {
    // Synthetic note (invented name, date and MRN).
    const note = 'Patient: Zorblat Quennington, MRN 44812093, seen 03/14/2026.\nASSESSMENT:\n1. Essential hypertension.\n2. Type 2 diabetes mellitus without complications.\nPLAN: continue lisinopril.';
    const inputFile = path.join(dir, 'notes.jsonl');
    const out = path.join(dir, 'bundles.jsonl');
    fs.writeFileSync(inputFile, `${JSON.stringify({ id: 'n1', text: note })}\n`);
    const stderr = new PassThrough();
    const code = await main(['process', '--format', 'fhir', '--input', inputFile, '--output', out], { stdout: new PassThrough(), stderr });
    expect(code).toBe(0);
    const raw = fs.readFileSync(out, 'utf8');
    for (const phi of ['Zorblat', 'Quennington', '44812093', '03/14/2026']) expect(raw).not.toContain(phi);
    const bundles = raw.trim().split('\n').map((l) => JSON.parse(l));
    expect(bundles).toHaveLength(1);
    expect(validate(bundles[0]).errors).toEqual([]);
    const conditions = resources(bundles[0], 'Condition');
    expect(conditions.map((c) => c.code.coding[0].code)).toEqual(expect.arrayContaining(['I10']));
    // TAG mode: every listed PHI span of the redacted note is its typed placeholder.
    const [doc] = resources(bundles[0], 'DocumentReference');
    const redacted = Buffer.from(doc.content[0].attachment.data, 'base64').toString('utf8');
    const phi = doc.extension.filter((x: { url: string }) => x.url.endsWith(':phi-span'));
    expect(phi.length).toBeGreaterThanOrEqual(2);
    for (const x of phi) expect(redacted.slice(x.extension[0].valueInteger, x.extension[1].valueInteger)).toBe(`[${x.extension[2].valueCode}]`);
    for (const c of conditions) {
      for (const span of c.evidence[0].extension) {
        const part = (name: string) => span.extension.find((p: { url: string }) => p.url === name);
        expect(note.slice(part('start').valueInteger, part('end').valueInteger)).toBe(part('quote').valueString);
      }
    }
  });

  it('refuses an unknown format', async () => {
    const stderr = new PassThrough();
    const chunks: Buffer[] = [];
    stderr.on('data', (c: Buffer) => chunks.push(c));
    const code = await main(['process', '--format', 'xml', '--input', '-', '--output', '-'], { stdout: new PassThrough(), stderr });
    expect(code).not.toBe(0);
    expect(Buffer.concat(chunks).toString('utf8')).toContain('--format expects one of json, fhir');
  });
});
