// Owns reading the report's FHIR R4 Bundle into what the report view shows: the redacted note, its
// redacted identifiers by type, each code's evidence and verification status, and the summary's
// sentences with their sources — every offset in the redacted text the page displays.

export interface Span {
  start: number;
  end: number;
}

export interface PhiMark extends Span {
  type: string;
}

export interface CodeView {
  code: string;
  description: string;
  verification: string;
  confidence?: number;
  role?: string;
  /** Redacted-text offsets of each quote. */
  evidence: (Span & { quote: string })[];
}

export interface SummarySentence extends Span {
  text: string;
}

export interface SummarySectionView {
  title: string;
  sentences: SummarySentence[];
}

export interface ReportView {
  redactedText: string;
  redaction: string;
  phi: PhiMark[];
  codes: CodeView[];
  summary: SummarySectionView[];
}

type Json = Record<string, any>;

const EXT = 'urn:chartcoder:fhir:StructureDefinition:';

function parts(ext: Json): Record<string, any> {
  const out: Record<string, any> = {};
  for (const p of ext.extension ?? []) out[p.url] = p.valueInteger ?? p.valueString ?? p.valueCode ?? p.valueDecimal;
  return out;
}

function decodeBase64Utf8(data: string): string {
  const bin = atob(data);
  const bytes = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
  return new TextDecoder().decode(bytes);
}

export function readReportBundle(bundle: Json): ReportView {
  const resources: Json[] = (bundle.entry ?? []).map((e: Json) => e.resource);
  const doc = resources.find((r) => r.resourceType === 'DocumentReference');
  const redactedText = doc?.content?.[0]?.attachment?.data ? decodeBase64Utf8(doc.content[0].attachment.data) : '';
  const docExt: Json[] = doc?.extension ?? [];
  const redaction = docExt.find((x) => x.url === `${EXT}redaction-mode`)?.valueCode ?? 'TAG';
  const phi = docExt
    .filter((x) => x.url === `${EXT}phi-span`)
    .map((x) => parts(x))
    .map((p) => ({ start: p.redactedStart, end: p.redactedEnd, type: p.type }))
    .filter((p) => Number.isInteger(p.start) && Number.isInteger(p.end));
  const codes: CodeView[] = resources
    .filter((r) => r.resourceType === 'Condition')
    .map((c) => {
      const coding = c.code?.coding?.[0] ?? {};
      const ext: Json[] = c.extension ?? [];
      return {
        code: coding.code,
        description: coding.display ?? c.code?.text ?? '',
        verification: c.verificationStatus?.coding?.[0]?.code ?? 'confirmed',
        confidence: ext.find((x) => x.url === `${EXT}code-confidence`)?.valueDecimal,
        role: ext.find((x) => x.url === `${EXT}code-role`)?.valueCode,
        evidence: (c.evidence ?? [])
          .flatMap((e: Json) => e.extension ?? [])
          .filter((x: Json) => x.url === `${EXT}evidence-span`)
          .map((x: Json) => parts(x))
          .filter((p: Json) => Number.isInteger(p.redactedStart) && Number.isInteger(p.redactedEnd))
          .map((p: Json) => ({ start: p.redactedStart, end: p.redactedEnd, quote: p.quote ?? '' })),
      };
    });
  const composition = resources.find((r) => r.resourceType === 'Composition');
  const summary: SummarySectionView[] = (composition?.section ?? [])
    .filter((s: Json) => (s.extension ?? []).some((x: Json) => x.url === `${EXT}evidence-span`))
    .map((s: Json) => ({
      title: s.title ?? '',
      sentences: (s.extension ?? [])
        .filter((x: Json) => x.url === `${EXT}evidence-span`)
        .map((x: Json) => parts(x))
        .map((p: Json) => ({ start: p.redactedStart, end: p.redactedEnd, text: p.quote ?? '' })),
    }));
  return { redactedText, redaction, phi, codes, summary };
}
