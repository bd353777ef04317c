// Owns the two forced tools (their JSON schemas, names and the parsing of what a model sends back):
// `submit_summary` for the summarizer and `submit_codes` for the coder. Parsing is strict and total:
// any shape problem becomes a message for the repair turn, never an exception. Those messages are
// for the model only (they may quote its output); callers store fixed reason codes instead.
import type { ContentBlock, ConverseCommandOutput, ToolConfiguration } from '@aws-sdk/client-bedrock-runtime';
import type { CodeRole } from '../../engine';

export const SUMMARY_TOOL = 'submit_summary';
export const CODES_TOOL = 'submit_codes';

/** Bounds that keep one answer reviewable (and a runaway model from flooding the validator). */
const MAX_CODES = 50;
const MAX_QUOTES = 10;
const MAX_QUOTE_CHARS = 1_000;
const MAX_STATEMENTS = 40;
const MAX_TEXT_CHARS = 2_000;

/** The structured summary's section titles (prompt v2), in display order. */
export const SUMMARY_SECTION_TITLES = ['Reason for visit', 'Problems', 'Medication changes', 'Allergies', 'Key findings', 'Procedures', 'Follow-up and pending'] as const;
/** Titles of the flat summary (prompt v1), still accepted from a model and read as the v2 section they became. */
export const LEGACY_SUMMARY_TITLES: Readonly<Record<string, (typeof SUMMARY_SECTION_TITLES)[number]>> = {
  Findings: 'Key findings',
  Assessment: 'Problems',
  Plan: 'Follow-up and pending',
  Medications: 'Medication changes',
};

const summarySchema = {
  type: 'object',
  required: ['sections'],
  properties: {
    sections: {
      type: 'array',
      items: {
        type: 'object',
        required: ['title', 'statements'],
        properties: {
          title: { type: 'string', enum: [...SUMMARY_SECTION_TITLES] },
          statements: {
            type: 'array',
            items: {
              type: 'object',
              required: ['text', 'quotes'],
              properties: {
                text: { type: 'string', description: 'One short sentence that keeps the note\'s negation, uncertainty, family and history context.' },
                quotes: { type: 'array', minItems: 1, items: { type: 'string' }, description: 'Verbatim quotes from the note supporting the statement.' },
              },
            },
          },
        },
      },
    },
  },
};

const codesSchema = {
  type: 'object',
  required: ['codes'],
  properties: {
    codes: {
      type: 'array',
      items: {
        type: 'object',
        required: ['code', 'evidenceQuotes', 'rationale', 'confidence', 'role'],
        properties: {
          code: { type: 'string', description: 'Billable ICD-10-CM code with the dot, e.g. E11.9' },
          evidenceQuotes: { type: 'array', minItems: 1, items: { type: 'string' }, description: 'Verbatim quotes from the note stating the condition.' },
          rationale: { type: 'string', description: 'One sentence.' },
          confidence: { type: 'number', minimum: 0, maximum: 1 },
          role: { type: 'string', enum: ['principal', 'secondary'] },
        },
      },
    },
  },
};

/** toolConfig with the one tool and `toolChoice: {tool: {name}}`: the model must answer through it. */
export function forcedTool(name: typeof SUMMARY_TOOL | typeof CODES_TOOL): ToolConfiguration {
  const schema = name === SUMMARY_TOOL ? summarySchema : codesSchema;
  const description =
    name === SUMMARY_TOOL
      ? 'Submit the summary of the note: sections of statements, each with verbatim supporting quotes.'
      : 'Submit the ICD-10-CM codes for the note, each with verbatim evidence quotes.';
  return {
    tools: [{ toolSpec: { name, description, inputSchema: { json: schema as never } } }],
    toolChoice: { tool: { name } },
  };
}

export type ToolCall = { ok: true; input: unknown } | { ok: false; reason: 'NO_TOOL_CALL'; problem: string };

/** The input of the named tool's call in a Converse answer (a model may also have written text). */
export function toolInput(output: ConverseCommandOutput, name: string): ToolCall {
  const content: ContentBlock[] = output.output && 'message' in output.output ? (output.output.message?.content ?? []) : [];
  const call = content.find((b) => b.toolUse?.name === name)?.toolUse;
  if (call) return { ok: true, input: call.input };
  const other = content.find((b) => b.toolUse)?.toolUse?.name;
  const problem = other
    ? `You called a tool named ${JSON.stringify(other).slice(0, 60)}; the only tool is ${name}.`
    : `You did not call the tool ${name} (stop reason: ${output.stopReason ?? 'none'}). Answer only by calling ${name}.`;
  return { ok: false, reason: 'NO_TOOL_CALL', problem };
}

/** Some models send nested JSON as a string; accept it once, still strictly shaped. */
function unwrap(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  try {
    return JSON.parse(value);
  } catch {
    return value;
  }
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function stringList(v: unknown, max: number): string[] | undefined {
  const value = unwrap(v);
  if (!Array.isArray(value) || value.length === 0 || value.length > max) return undefined;
  if (!value.every((q) => typeof q === 'string' && q.trim() !== '' && q.length <= MAX_QUOTE_CHARS)) return undefined;
  return value as string[];
}

export interface ModelStatement {
  text: string;
  quotes: string[];
}

export interface ModelSection {
  title: string;
  statements: ModelStatement[];
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; problems: string[] };

export function parseSummaryInput(input: unknown): Parsed<ModelSection[]> {
  const root = unwrap(input);
  const sections = isObject(root) ? unwrap(root.sections) : undefined;
  if (!Array.isArray(sections)) return { ok: false, problems: ['The input must be an object {"sections": [...]} with "sections" an array.'] };
  const problems: string[] = [];
  const out: ModelSection[] = [];
  let statementCount = 0;
  sections.forEach((s, i) => {
    const title = isObject(s) && typeof s.title === 'string' ? (LEGACY_SUMMARY_TITLES[s.title] ?? s.title) : undefined;
    if (!isObject(s) || title === undefined || !(SUMMARY_SECTION_TITLES as readonly string[]).includes(title)) {
      problems.push(`sections[${i}].title must be one of: ${SUMMARY_SECTION_TITLES.join(', ')}.`);
      return;
    }
    const statements = unwrap(s.statements);
    if (!Array.isArray(statements)) {
      problems.push(`sections[${i}].statements must be an array.`);
      return;
    }
    const kept: ModelStatement[] = [];
    statements.forEach((st, j) => {
      const quotes = isObject(st) ? stringList(st.quotes, MAX_QUOTES) : undefined;
      if (!isObject(st) || typeof st.text !== 'string' || !st.text.trim() || st.text.length > MAX_TEXT_CHARS || !quotes) {
        problems.push(`sections[${i}].statements[${j}] must be {"text": non-empty string, "quotes": 1-${MAX_QUOTES} non-empty strings}.`);
        return;
      }
      kept.push({ text: st.text.trim(), quotes });
    });
    statementCount += kept.length;
    out.push({ title, statements: kept });
  });
  if (statementCount > MAX_STATEMENTS) problems.push(`At most ${MAX_STATEMENTS} statements in all.`);
  return problems.length ? { ok: false, problems } : { ok: true, value: out };
}

export interface ModelCode {
  code: string;
  evidenceQuotes: string[];
  rationale: string;
  confidence: number;
  role: CodeRole;
}

export function parseCodesInput(input: unknown): Parsed<ModelCode[]> {
  const root = unwrap(input);
  const codes = isObject(root) ? unwrap(root.codes) : undefined;
  if (!Array.isArray(codes)) return { ok: false, problems: ['The input must be an object {"codes": [...]} with "codes" an array.'] };
  if (codes.length > MAX_CODES) return { ok: false, problems: [`At most ${MAX_CODES} codes.`] };
  const problems: string[] = [];
  const out: ModelCode[] = [];
  codes.forEach((c, i) => {
    const where = `codes[${i}]`;
    if (!isObject(c)) {
      problems.push(`${where} must be an object.`);
      return;
    }
    const quotes = stringList(c.evidenceQuotes, MAX_QUOTES);
    const confidence = typeof c.confidence === 'string' && c.confidence.trim() !== '' ? Number(c.confidence) : c.confidence;
    const bad: string[] = [];
    if (typeof c.code !== 'string' || !c.code.trim() || c.code.length > 16) bad.push('"code" must be a code string such as "E11.9"');
    if (!quotes) bad.push(`"evidenceQuotes" must be 1-${MAX_QUOTES} non-empty verbatim quotes`);
    if (typeof c.rationale !== 'string') bad.push('"rationale" must be a string');
    if (typeof confidence !== 'number' || !Number.isFinite(confidence) || confidence < 0 || confidence > 1) bad.push('"confidence" must be a number from 0 to 1');
    if (c.role !== 'principal' && c.role !== 'secondary') bad.push('"role" must be "principal" or "secondary"');
    if (bad.length) {
      problems.push(`${where}: ${bad.join('; ')}.`);
      return;
    }
    out.push({
      code: (c.code as string).trim().toUpperCase(),
      evidenceQuotes: quotes!,
      rationale: (c.rationale as string).slice(0, MAX_TEXT_CHARS),
      confidence: confidence as number,
      role: c.role as CodeRole,
    });
  });
  return problems.length ? { ok: false, problems } : { ok: true, value: out };
}
