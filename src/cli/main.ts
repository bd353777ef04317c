// Owns the `chartcoder` command line: argument parsing and dispatch to the subcommands.
import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { finished } from 'node:stream/promises';
import type { Writable } from 'node:stream';
import { ClinicalEngine, REDACTION_MODES, type RedactionMode } from '../engine';
import { loadCodeSet } from '../engine/icd10';
import { ChartcoderError } from '../errors';
import { openInput, OUTPUT_FORMATS, processNotes, type OutputFormat } from './processNotes';
import { explainPhi } from './explainPhi';
import { createPhiDetector, RecognizerRegistry } from '../engine/phi';
// The service's configuration, auth and AWS modules (the SDK clients alone cost ~0.1 CPU-s to load) are
// required by the commands that use them, so `chartcoder process` starts with the engine only. (A dynamic
// import() would go through the ES module loader, which this CommonJS build and Jest do not need.)
const lazy = {
  config: () => require('../config') as typeof import('../config'),
  auth: () => require('../auth') as typeof import('../auth'),
  awsClients: () => require('../adapters/awsClients') as typeof import('../adapters/awsClients'),
  auditStore: () => require('../adapters/dynamo/dynamoAuditStore') as typeof import('../adapters/dynamo/dynamoAuditStore'),
  auditVerify: () => require('../audit/verify') as typeof import('../audit/verify'),
  exportTraining: () => require('./exportTraining') as typeof import('./exportTraining'),
};

/** The help text (its export-training part lives with that command, which loads the AWS clients: read on demand). */
const usage = (): string => `Usage: chartcoder <command> [options]

Commands:
  process --input notes.jsonl --output results.jsonl [--fiscal-year 2027] [--redaction TAG|SURROGATE|MASK] [--surrogate-seed S] [--format json|fhir]
      Redact, summarise and code JSON Lines notes {id, text}; "-" means stdin/stdout. --format fhir writes one
      FHIR R4 Bundle per line (Conditions, summary Composition, redacted-note DocumentReference, Provenance).
  explain-phi --input notes.jsonl|- [--list]
      Print every redacted span of each note with its type, recognizers and cue words (the span's own text
      is shown: for the operator's own file, never for logs). --list prints the recognizers.
  code-lookup <code> [--fiscal-year 2027]      Show one ICD-10-CM code and its hierarchy.
  code-search <query> [--limit 20] [--fiscal-year 2027]
      Search code descriptions.
  audit-verify [--tenant T]
      Walk the hash-chained audit trail (every tenant's, or one) in AUDIT_TABLE at DYNAMODB_ENDPOINT / AWS
      and report the first break: a changed, removed, inserted or reordered record. Exit 1 on a break.
  token --tenant T --roles submitter,reader [--ttl-seconds 43200]
      Print a bearer token for the embedded mode, signed with the secret in DATA_DIR (default .chartcoder/).
${lazy.exportTraining().EXPORT_TRAINING_USAGE}`;

type Io = { stdout: Writable & { isTTY?: boolean }; stderr: Writable & { isTTY?: boolean } };

function fiscalYear(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d{4}$/.test(value)) throw new ChartcoderError('BAD_USER_INPUT', `--fiscal-year expects a four-digit year, got "${value}"`);
  return Number(value);
}

async function runProcess(args: string[], io: Io): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      input: { type: 'string', short: 'i' },
      output: { type: 'string', short: 'o' },
      'fiscal-year': { type: 'string' },
      redaction: { type: 'string' },
      'surrogate-seed': { type: 'string' },
      format: { type: 'string' },
    },
  });
  const format = values.format?.toLowerCase() ?? 'json';
  if (!(OUTPUT_FORMATS as readonly string[]).includes(format)) {
    throw new ChartcoderError('BAD_USER_INPUT', `--format expects one of ${OUTPUT_FORMATS.join(', ')}`);
  }
  const redaction = values.redaction?.toUpperCase();
  if (redaction !== undefined && !(REDACTION_MODES as readonly string[]).includes(redaction)) {
    throw new ChartcoderError('BAD_USER_INPUT', `--redaction expects one of ${REDACTION_MODES.join(', ')}`);
  }
  if (!values.input || !values.output) {
    io.stderr.write('process needs --input and --output (use "-" for stdin/stdout)\n');
    return 2;
  }
  const engine = new ClinicalEngine({ fiscalYear: fiscalYear(values['fiscal-year']) });
  const { stream, totalBytes } = openInput(values.input);
  const output = values.output === '-' ? process.stdout : fs.createWriteStream(values.output);
  const stats = await processNotes({
    input: stream,
    output,
    engine,
    errors: io.stderr,
    totalBytes,
    progress: Boolean(io.stderr.isTTY),
    redaction: redaction as RedactionMode | undefined,
    surrogateSeed: values['surrogate-seed'],
    format: format as OutputFormat,
  });
  if (output !== process.stdout) {
    output.end();
    await finished(output);
  }
  io.stderr.write(`${stats.notes} notes processed, ${stats.malformed} lines skipped, ${(stats.elapsedMs / 1000).toFixed(1)} s\n`);
  return 0;
}

async function runExplainPhi(args: string[], io: Io): Promise<number> {
  const { values } = parseArgs({ args, options: { input: { type: 'string', short: 'i' }, list: { type: 'boolean' } } });
  if (values.list) {
    for (const r of new RecognizerRegistry().list()) io.stdout.write(`${r.name.padEnd(32)}${r.type.padEnd(10)}${r.description}\n`);
    return 0;
  }
  if (!values.input) {
    io.stderr.write('explain-phi needs --input (a JSON Lines file of {id, text}, or "-" for stdin)\n');
    return 2;
  }
  // The deployment's recognizer switches and allow/deny lists, so the explanation matches what the service redacts.
  const { loadConfig } = lazy.config();
  const phi = loadConfig(process.env).phi;
  const detector = createPhiDetector(phi);
  const input = values.input === '-' ? process.stdin : fs.createReadStream(values.input);
  const stats = await explainPhi({ input, output: io.stdout, errors: io.stderr, detector });
  io.stderr.write(`${stats.notes} notes, ${stats.spans} spans, ${stats.malformed} lines skipped\n`);
  return 0;
}

function runLookup(args: string[], io: Io): number {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { 'fiscal-year': { type: 'string' } } });
  if (positionals.length !== 1) {
    io.stderr.write('code-lookup needs exactly one code, e.g. chartcoder code-lookup E11.22\n');
    return 2;
  }
  const codeSet = loadCodeSet(fiscalYear(values['fiscal-year']));
  const entry = codeSet.get(positionals[0]);
  const h = codeSet.hierarchy(entry.code);
  io.stdout.write(
    JSON.stringify(
      {
        ...entry,
        codeSetVersion: codeSet.version,
        chapter: h.chapter,
        block: h.block,
        category: { code: h.category.code, description: h.category.longDescription },
        parents: h.ancestors.map((a) => ({ code: a.code, description: a.longDescription })),
        children: codeSet.children(entry.code).map((c) => ({ code: c.code, description: c.longDescription, billable: c.billable })),
      },
      null,
      2,
    ) + '\n',
  );
  return 0;
}

function runSearch(args: string[], io: Io): number {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { limit: { type: 'string', short: 'n' }, 'fiscal-year': { type: 'string' } },
  });
  const query = positionals.join(' ').trim();
  const limit = values.limit === undefined ? 20 : Number(values.limit);
  if (!query || !Number.isInteger(limit) || limit < 1 || limit > 500) {
    io.stderr.write('code-search needs a query and an optional --limit between 1 and 500\n');
    return 2;
  }
  const codeSet = loadCodeSet(fiscalYear(values['fiscal-year']));
  for (const hit of codeSet.search(query, limit)) {
    io.stdout.write(`${hit.entry.code.padEnd(9)}${hit.entry.billable ? 'billable' : 'header  '}  ${hit.score.toFixed(2)}  ${hit.entry.longDescription}\n`);
  }
  return 0;
}

async function runToken(args: string[], io: Io): Promise<number> {
  const { values } = parseArgs({
    args,
    options: { tenant: { type: 'string' }, roles: { type: 'string' }, 'ttl-seconds': { type: 'string' }, subject: { type: 'string' } },
  });
  if (!values.tenant || !values.roles) {
    io.stderr.write('token needs --tenant and --roles (comma list of submitter, reader, reviewer, admin)\n');
    return 2;
  }
  const ttl = values['ttl-seconds'] === undefined ? undefined : Number(values['ttl-seconds']);
  if (ttl !== undefined && (!Number.isInteger(ttl) || ttl < 1 || ttl > 30 * 24 * 3600)) {
    io.stderr.write('--ttl-seconds must be an integer between 1 and 2592000\n');
    return 2;
  }
  // Same resolution as the service: JWT_SECRET_FILE, else DATA_DIR/jwt-secret.
  const { loadConfig } = lazy.config();
  const { loadOrCreateSecretFile, mintLocalToken } = lazy.auth();
  const config = loadConfig(process.env);
  if (config.auth.kind !== 'local') {
    io.stderr.write('token mints local tokens only; this configuration verifies tokens from an OIDC issuer\n');
    return 2;
  }
  const secret = loadOrCreateSecretFile(config.auth.jwtSecretFile);
  const roles = values.roles.split(',').map((r) => r.trim()).filter(Boolean);
  io.stdout.write((await mintLocalToken(secret, { tenant: values.tenant, roles, subject: values.subject, ttlSeconds: ttl })) + '\n');
  return 0;
}

async function runAuditVerify(args: string[], io: Io): Promise<number> {
  const { values } = parseArgs({ args, options: { tenant: { type: 'string' } } });
  const { loadConfig } = lazy.config();
  const { createAwsClients, destroyAwsClients } = lazy.awsClients();
  const { DynamoAuditStore } = lazy.auditStore();
  const { verifyAuditTrail } = lazy.auditVerify();
  // The split-mode view of the environment: the tables live at DYNAMODB_ENDPOINT or on AWS.
  const config = loadConfig({ ...process.env, MODE: 'split' });
  const clients = createAwsClients(config.aws);
  try {
    const store = new DynamoAuditStore({ client: clients.dynamodb, tableName: config.tables.audit });
    const reports = await verifyAuditTrail(store, { tenantId: values.tenant, nowSeconds: Math.floor(Date.now() / 1000) });
    let broken = 0;
    for (const r of reports) {
      if (r.firstBreak) {
        broken++;
        io.stdout.write(`${r.tenantId}: BROKEN at seq ${r.firstBreak.seq} (${r.firstBreak.reason}) after ${r.verified} good records\n`);
      } else if (r.head) {
        // The head hash is what an operator anchors elsewhere: a later run must extend it, never replace it.
        io.stdout.write(`${r.tenantId}: ok, ${r.verified} records (seq ${r.firstSeq}-${r.head.seq}), head ${r.head.hash}\n`);
      } else {
        io.stdout.write(`${r.tenantId}: no records\n`);
      }
    }
    io.stderr.write(`${reports.length} chains verified, ${broken} broken\n`);
    return broken > 0 ? 1 : 0;
  } finally {
    destroyAwsClients(clients);
  }
}

export async function main(argv: string[], io: Io = { stdout: process.stdout, stderr: process.stderr }): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case 'process':
        return await runProcess(rest, io);
      case 'explain-phi':
        return await runExplainPhi(rest, io);
      case 'code-lookup':
        return runLookup(rest, io);
      case 'code-search':
        return runSearch(rest, io);
      case 'token':
        return await runToken(rest, io);
      case 'audit-verify':
        return await runAuditVerify(rest, io);
      case 'export-training':
        return await lazy.exportTraining().runExportTraining(rest, io);
      case undefined:
      case 'help':
      case '--help':
      case '-h':
        io.stdout.write(usage());
        return command === undefined ? 2 : 0;
      default:
        io.stderr.write(`Unknown command "${command}".\n${usage()}`);
        return 2;
    }
  } catch (err) {
    if (err instanceof ChartcoderError) {
      io.stderr.write(`chartcoder: ${err.code}: ${err.message}\n`);
      return 1;
    }
    if (err instanceof TypeError && (err as NodeJS.ErrnoException).code?.startsWith('ERR_PARSE_ARGS')) {
      io.stderr.write(`chartcoder: ${err.message}\n${usage()}`);
      return 2;
    }
    throw err;
  }
}
