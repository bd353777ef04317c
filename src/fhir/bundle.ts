// Owns the FHIR R4 view of a coded report: one pure function from the stored report (redacted text,
// summary, verified codes) to a Bundle of Conditions, a Composition, a DocumentReference and a Provenance.
// It reads only redacted text and PHI-free evidence, so the Bundle carries no identifier the report lacks.
import { createHash } from 'node:crypto';
import { analyzeText, type TextAnalysis } from '../engine/text';
import { mentionContext } from '../engine/context';
import type { CodeRole, EvidenceSpan, MentionContext, RedactionMode } from '../engine/types';
import type { Summary, SummarySectionKind } from '../engine/summarize';

/** The code system URI FHIR assigns to ICD-10-CM (terminology.hl7.org, "ICD-10-CM"). */
export const ICD10CM_SYSTEM = 'http://hl7.org/fhir/sid/icd-10-cm';
export const LOINC_SYSTEM = 'http://loinc.org';
const CONDITION_CLINICAL_SYSTEM = 'http://terminology.hl7.org/CodeSystem/condition-clinical';
const CONDITION_VER_STATUS_SYSTEM = 'http://terminology.hl7.org/CodeSystem/condition-ver-status';
const CONDITION_CATEGORY_SYSTEM = 'http://terminology.hl7.org/CodeSystem/condition-category';
const PROVENANCE_PARTICIPANT_SYSTEM = 'http://terminology.hl7.org/CodeSystem/provenance-participant-type';
/** Identifier system of Chartcoder job ids (a URN: the service has no canonical web address). */
export const JOB_ID_SYSTEM = 'urn:chartcoder:job';

/** Chartcoder's own extensions. Each is a complex extension whose parts are named below. */
export const EXTENSION_BASE = 'urn:chartcoder:fhir:StructureDefinition';
export const EXT_EVIDENCE_SPAN = `${EXTENSION_BASE}:evidence-span`;
export const EXT_CODE_CONFIDENCE = `${EXTENSION_BASE}:code-confidence`;
export const EXT_CODE_ROLE = `${EXTENSION_BASE}:code-role`;
export const EXT_REDACTION_MODE = `${EXTENSION_BASE}:redaction-mode`;
/** Where a redacted identifier sits in the DocumentReference's text, and its type (never its value). */
export const EXT_PHI_SPAN = `${EXTENSION_BASE}:phi-span`;

/**
 * LOINC document types of the note types (the codes US Core / C-CDA use for these documents); the
 * summary is a "Summarization of episode note".
 */
const NOTE_TYPE_LOINC: Readonly<Record<string, { code: string; display: string }>> = {
  PROGRESS_NOTE: { code: '11506-3', display: 'Progress note' },
  DISCHARGE_SUMMARY: { code: '18842-5', display: 'Discharge summary' },
  HISTORY_AND_PHYSICAL: { code: '34117-2', display: 'History and physical note' },
  CONSULTATION: { code: '11488-4', display: 'Consult note' },
  EMERGENCY_DEPARTMENT: { code: '34111-5', display: 'Emergency department note' },
  OPERATIVE_NOTE: { code: '11504-8', display: 'Surgical operation note' },
  RADIOLOGY_REPORT: { code: '18748-4', display: 'Diagnostic imaging study' },
  PATHOLOGY_REPORT: { code: '11526-1', display: 'Pathology study' },
  OTHER: { code: '34109-9', display: 'Note' },
};
const SUMMARY_LOINC = { code: '34133-9', display: 'Summarization of episode note' };
/** LOINC codes of the C-CDA sections the summary's sections correspond to. */
const SUMMARY_SECTION_LOINC: Readonly<Record<SummarySectionKind, { code: string; display: string }>> = {
  reason: { code: '29299-5', display: 'Reason for visit Narrative' },
  problems: { code: '11450-4', display: 'Problem list - Reported' },
  medications: { code: '10160-0', display: 'History of Medication use Narrative' },
  allergies: { code: '48765-2', display: 'Allergies and adverse reactions Document' },
  findings: { code: '30954-2', display: 'Relevant diagnostic tests/laboratory data Narrative' },
  procedures: { code: '47519-4', display: 'History of Procedures Document' },
  follow_up: { code: '18776-5', display: 'Plan of care note' },
};

/** One evidence quote: original-note offsets and, when known, redacted-text offsets (DocumentReference content). */
export interface FhirEvidence extends EvidenceSpan {
  redactedStart?: number;
  redactedEnd?: number;
}

export interface FhirCode {
  code: string;
  description: string;
  confidence: number;
  rank: number;
  role: CodeRole;
  evidence: FhirEvidence[];
}

/** What the mapper needs from a finished job; every field is PHI-free (redacted text, offsets, codes). */
export interface FhirReportInput {
  jobId: string;
  /** ISO instant the Bundle is stamped with (injected so the mapping is pure). */
  generatedAt: string;
  noteType?: string;
  /** The caller's opaque patient reference, returned to the same tenant as an identifier. */
  patientRef?: string;
  encounterId?: string;
  redactedText: string;
  redaction: RedactionMode;
  /** Redacted identifiers in redacted-text offsets, with their types. */
  phiSpans?: { start: number; end: number; type: string }[];
  summary: Summary;
  codes: FhirCode[];
  codeSetVersion: string;
  /** Stage → model that produced it (e.g. { SUMMARIZING: 'local-engine' }). */
  models: Readonly<Record<string, string | undefined>>;
  promptVersion?: string;
  needsReview: boolean;
}

// FHIR JSON is open-ended; these aliases keep the mapper readable without a 3 MB type package.
type Json = Record<string, unknown>;
export interface FhirBundle extends Json {
  resourceType: 'Bundle';
  entry: { fullUrl: string; resource: Json & { resourceType: string; id: string } }[];
}

export type VerificationStatus = 'confirmed' | 'provisional' | 'refuted';

/**
 * The verification status the note's own words give a code, from the ConText attributes of its
 * evidence in the redacted text: any affirmed mention confirms it; a code resting only on uncertain
 * mentions (an inpatient "probable pneumonia" coded as established under Guidelines Section II.H) is
 * provisional; one resting only on negated mentions is refuted. Hypothetical mentions state no condition.
 */
export function verificationOf(contexts: readonly MentionContext[]): VerificationStatus {
  if (contexts.length === 0) return 'confirmed';
  if (contexts.some((c) => !c.negated && !c.uncertain && !c.hypothetical)) return 'confirmed';
  if (contexts.some((c) => !c.negated && c.uncertain)) return 'provisional';
  return 'refuted';
}

/** A stable urn:uuid for one resource of one job, so the same report always maps to the same Bundle. */
export function resourceUuid(jobId: string, key: string): string {
  const h = createHash('sha256').update(`${jobId}\u0000${key}`).digest('hex');
  // RFC 4122 layout, version 5-style nibble and variant bits, from a name hash.
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-${((parseInt(h[16], 16) & 0x3) | 0x8).toString(16)}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/**
 * A FHIR `string` allows only space, CR, LF and tab as whitespace (R4 regex `[ \r\n\t\S]+`): any other
 * whitespace (no-break space, thin space, line separator) becomes a space. Each is one UTF-16 unit, so a
 * quote keeps its length and still lines up with its offsets.
 */
export function fhirString(s: string): string {
  return s.replace(/[^\S \r\n\t]/g, ' ');
}

function escapeXhtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function narrative(paragraphs: readonly string[]): Json {
  return { status: 'generated', div: `<div xmlns="http://www.w3.org/1999/xhtml">${paragraphs.map((p) => `<p>${escapeXhtml(p)}</p>`).join('')}</div>` };
}

function spanExtension(e: { start?: number; end?: number; redactedStart?: number; redactedEnd?: number; text: string }): Json {
  const parts: Json[] = [];
  if (e.start !== undefined && e.end !== undefined) parts.push({ url: 'start', valueInteger: e.start }, { url: 'end', valueInteger: e.end });
  if (e.redactedStart !== undefined && e.redactedEnd !== undefined) {
    parts.push({ url: 'redactedStart', valueInteger: e.redactedStart }, { url: 'redactedEnd', valueInteger: e.redactedEnd });
  }
  if (e.text.trim()) parts.push({ url: 'quote', valueString: fhirString(e.text) });
  return { url: EXT_EVIDENCE_SPAN, extension: parts };
}

function subjectOf(input: FhirReportInput): Json {
  return input.patientRef ? { identifier: { value: input.patientRef } } : { display: `Patient of Chartcoder job ${input.jobId}` };
}

/**
 * The summary's sections as Composition sections. The one place the summary shape is read, so a richer
 * summary (named sections, per-sentence sources) changes this function only.
 */
export function summarySections(summary: Summary): Json[] {
  return summary.sections
    .filter((s) => s.text.trim().length > 0)
    .map((s) => ({
      title: fhirString(s.title),
      // The same sections as the API and the workbench, each with its C-CDA / LOINC section code.
      ...(s.kind && SUMMARY_SECTION_LOINC[s.kind] ? { code: { coding: [{ system: LOINC_SYSTEM, ...SUMMARY_SECTION_LOINC[s.kind] }] } } : {}),
      // Sources are redacted-text offsets: the DocumentReference's content.
      extension: s.sources.map((src) => spanExtension({ redactedStart: src.start, redactedEnd: src.end, text: src.text })),
      text: narrative(s.sources.length ? s.sources.map((src) => src.text) : [s.text]),
    }));
}

function modelOf(models: FhirReportInput['models'], stage: string): string | undefined {
  return models[stage] ?? undefined;
}

/** Maps a finished report to a FHIR R4 Bundle (type collection). Refuted codes are never emitted. */
export function toFhirBundle(input: FhirReportInput, analysis: TextAnalysis = analyzeText(input.redactedText)): FhirBundle {
  const url = (key: string) => `urn:uuid:${resourceUuid(input.jobId, key)}`;
  const idOf = (key: string) => resourceUuid(input.jobId, key);
  const subject = subjectOf(input);
  const encounter = input.encounterId ? { encounter: { identifier: { value: input.encounterId } } } : {};
  const docKey = 'DocumentReference/note';
  const compositionKey = 'Composition/summary';
  const fy = /(\d{4})/.exec(input.codeSetVersion)?.[1];

  const entries: FhirBundle['entry'] = [];
  const conditionUrls: string[] = [];
  for (const c of [...input.codes].sort((a, b) => a.rank - b.rank)) {
    const located = c.evidence.filter((e) => e.redactedStart !== undefined && e.redactedEnd !== undefined && e.redactedEnd > e.redactedStart!);
    const status = verificationOf(located.map((e) => mentionContext(analysis, { start: e.redactedStart!, end: e.redactedEnd! })));
    if (status === 'refuted') continue;
    const key = `Condition/${c.code}`;
    conditionUrls.push(url(key));
    entries.push({
      fullUrl: url(key),
      resource: {
        resourceType: 'Condition',
        id: idOf(key),
        extension: [
          { url: EXT_CODE_CONFIDENCE, valueDecimal: c.confidence },
          { url: EXT_CODE_ROLE, valueCode: c.role },
        ],
        // Every emitted code is a current diagnosis of this encounter: history and family history are
        // coded as their own Z codes, whose condition (the history) is present.
        clinicalStatus: { coding: [{ system: CONDITION_CLINICAL_SYSTEM, code: 'active' }] },
        verificationStatus: { coding: [{ system: CONDITION_VER_STATUS_SYSTEM, code: status }] },
        category: [{ coding: [{ system: CONDITION_CATEGORY_SYSTEM, code: 'encounter-diagnosis', display: 'Encounter Diagnosis' }] }],
        code: {
          coding: [{ system: ICD10CM_SYSTEM, ...(fy ? { version: fy } : {}), code: c.code, display: fhirString(c.description) }],
          text: fhirString(c.description),
        },
        subject,
        ...encounter,
        recordedDate: input.generatedAt,
        evidence: [{
          extension: c.evidence.map((e) => spanExtension(e)),
          detail: [{ reference: url(docKey) }],
        }],
      },
    });
  }

  const summarizer = modelOf(input.models, 'SUMMARIZING');
  entries.push({
    fullUrl: url(compositionKey),
    resource: {
      resourceType: 'Composition',
      id: idOf(compositionKey),
      identifier: { system: JOB_ID_SYSTEM, value: input.jobId },
      // A report waiting for a reviewer is not final.
      status: input.needsReview ? 'preliminary' : 'final',
      type: { coding: [{ system: LOINC_SYSTEM, ...SUMMARY_LOINC }] },
      subject,
      ...encounter,
      date: input.generatedAt,
      author: [{ display: summarizer ? `Chartcoder summarizer (${summarizer})` : 'Chartcoder summarizer' }],
      title: 'Clinical summary',
      relatesTo: [{ code: 'transforms', targetReference: { reference: url(docKey) } }],
      section: [
        ...summarySections(input.summary),
        ...(conditionUrls.length
          ? [{ title: 'Coded diagnoses', code: { coding: [{ system: LOINC_SYSTEM, code: '29548-5', display: 'Diagnosis Narrative' }] }, entry: conditionUrls.map((reference) => ({ reference })) }]
          : []),
      ],
    },
  });

  const noteType = NOTE_TYPE_LOINC[input.noteType ?? 'OTHER'] ?? NOTE_TYPE_LOINC.OTHER;
  entries.push({
    fullUrl: url(docKey),
    resource: {
      resourceType: 'DocumentReference',
      id: idOf(docKey),
      extension: [
        { url: EXT_REDACTION_MODE, valueCode: input.redaction },
        ...(input.phiSpans ?? []).map((p) => ({
          url: EXT_PHI_SPAN,
          extension: [{ url: 'redactedStart', valueInteger: p.start }, { url: 'redactedEnd', valueInteger: p.end }, { url: 'type', valueCode: p.type }],
        })),
      ],
      identifier: [{ system: JOB_ID_SYSTEM, value: input.jobId }],
      status: 'current',
      docStatus: 'final',
      type: { coding: [{ system: LOINC_SYSTEM, ...noteType }] },
      subject,
      date: input.generatedAt,
      description: `Clinical note with PHI redacted (${input.redaction})`,
      content: [{
        attachment: {
          contentType: 'text/plain; charset=utf-8',
          data: Buffer.from(input.redactedText, 'utf8').toString('base64'),
          size: Buffer.byteLength(input.redactedText, 'utf8'),
          title: 'Redacted note',
        },
      }],
      ...(input.encounterId ? { context: { encounter: [{ identifier: { value: input.encounterId } }] } } : {}),
    },
  });

  const agents = Object.entries(input.models)
    .filter((e): e is [string, string] => typeof e[1] === 'string' && e[1].length > 0)
    .map(([stage, model]) => ({
      type: { coding: [{ system: PROVENANCE_PARTICIPANT_SYSTEM, code: 'assembler', display: 'Assembler' }] },
      role: [{ text: stage }],
      who: { display: `${model}${stage === 'CODING' && input.promptVersion ? ` (prompt ${input.promptVersion})` : ''}` },
    }));
  const provenanceKey = 'Provenance/report';
  entries.push({
    fullUrl: url(provenanceKey),
    resource: {
      resourceType: 'Provenance',
      id: idOf(provenanceKey),
      target: [...conditionUrls, url(compositionKey), url(docKey)].map((reference) => ({ reference })),
      recorded: input.generatedAt,
      agent: agents.length ? agents : [{ who: { display: 'Chartcoder' } }],
      entity: [{
        role: 'source',
        what: { identifier: { system: ICD10CM_SYSTEM, value: input.codeSetVersion }, display: `Code set ${input.codeSetVersion}` },
      }],
    },
  });

  return {
    resourceType: 'Bundle',
    id: idOf('Bundle'),
    identifier: { system: JOB_ID_SYSTEM, value: input.jobId },
    type: 'collection',
    timestamp: input.generatedAt,
    entry: entries,
  };
}
