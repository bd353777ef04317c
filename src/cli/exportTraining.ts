// Owns `chartcoder export-training`: the fine-tuning dataset of one tenant's reviewed jobs written to a
// directory (train.jsonl, validation.jsonl, manifest.json; owner-only permissions), read from the jobs table
// at DYNAMODB_ENDPOINT or on AWS. The admin mutation exportTrainingData writes the same dataset to S3.
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { Writable } from 'node:stream';
import { ValidationError } from '../errors';
import { loadConfig } from '../config';
import { createAwsClients, destroyAwsClients } from '../adapters/awsClients';
import { DynamoJobStore } from '../adapters/dynamo/dynamoJobStore';
import { DynamoReviewStore } from '../adapters/dynamo/dynamoReviewStore';
import { ClinicalEngine } from '../engine';
import { TENANT_PATTERN } from '../auth/principal';
import { exportTrainingData, writeManifest, type DatasetSink, type TrainingExportDeps, type TrainingManifest } from '../services/reviewTrainingExport';
import type { ModelRole } from '../models/port';

export const EXPORT_TRAINING_USAGE = `  export-training --tenant T --role coder|summarizer --since 2026-01-01T00:00:00Z --out DIR [--until ISO]
      [--validation-fraction 0.1] [--assistant-format tool|text]
      Write the tenant's reviewed jobs as an Amazon Bedrock fine-tuning dataset (conversation JSON Lines, split by
      patient, deduplicated, every record re-scanned for PHI) and its manifest (counts, codes, sha256) to DIR.
`;

/** Files in a local directory, readable by their owner only. */
export class DirectorySink implements DatasetSink {
  constructor(private readonly dir: string) {
    fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  }

  async write(name: string, body: Buffer): Promise<void> {
    await fs.promises.writeFile(path.join(this.dir, name), body, { mode: 0o600 });
  }
}

export interface ExportTrainingArgs {
  tenant: string;
  role: ModelRole;
  since: Date;
  until: Date;
  out: string;
  validationFraction?: number;
  assistantFormat?: 'tool' | 'text';
}

export function parseExportTrainingArgs(args: string[], nowMs: number): ExportTrainingArgs {
  const { values } = parseArgs({
    args,
    options: {
      tenant: { type: 'string' },
      role: { type: 'string' },
      since: { type: 'string' },
      until: { type: 'string' },
      out: { type: 'string' },
      'validation-fraction': { type: 'string' },
      'assistant-format': { type: 'string' },
    },
  });
  if (!values.tenant || !TENANT_PATTERN.test(values.tenant)) throw new ValidationError('--tenant is required (a tenant id)');
  if (values.role !== 'coder' && values.role !== 'summarizer') throw new ValidationError('--role must be coder or summarizer');
  const since = isoTime(values.since, '--since');
  const until = values.until ? isoTime(values.until, '--until') : new Date(nowMs);
  if (!values.out) throw new ValidationError('--out DIR is required');
  const fraction = values['validation-fraction'] === undefined ? undefined : Number(values['validation-fraction']);
  if (fraction !== undefined && !(fraction >= 0 && fraction < 1)) throw new ValidationError('--validation-fraction must be in [0, 1)');
  const format = values['assistant-format'];
  if (format !== undefined && format !== 'tool' && format !== 'text') throw new ValidationError('--assistant-format must be tool or text');
  return { tenant: values.tenant, role: values.role, since, until, out: values.out, ...(fraction !== undefined ? { validationFraction: fraction } : {}), ...(format ? { assistantFormat: format } : {}) };
}

function isoTime(value: string | undefined, flag: string): Date {
  const d = new Date(value ?? '');
  if (!value || Number.isNaN(d.getTime()) || !/^\d{4}-\d{2}-\d{2}/.test(value)) throw new ValidationError(`${flag} must be an ISO 8601 time`);
  return d;
}

/** Runs the export against the given stores; the CLI's body, and a seam for tests. */
export async function exportTrainingToDirectory(deps: TrainingExportDeps, args: ExportTrainingArgs): Promise<TrainingManifest> {
  const sink = new DirectorySink(args.out);
  const manifest = await exportTrainingData(
    deps,
    { tenantId: args.tenant, role: args.role, since: args.since, until: args.until, validationFraction: args.validationFraction, assistantFormat: args.assistantFormat },
    sink,
  );
  await writeManifest(sink, manifest);
  return manifest;
}

export async function runExportTraining(args: string[], io: { stdout: Writable; stderr: Writable }): Promise<number> {
  const parsed = parseExportTrainingArgs(args, Date.now());
  // The split-mode view of the environment: the tables live at DYNAMODB_ENDPOINT or on AWS.
  const config = loadConfig({ ...process.env, MODE: 'split' });
  const clients = createAwsClients(config.aws);
  try {
    const deps: TrainingExportDeps = {
      store: new DynamoJobStore({ client: clients.dynamodb, tableName: config.tables.jobs }),
      reviews: new DynamoReviewStore({ client: clients.dynamodb, tableName: config.tables.jobs }),
      engine: new ClinicalEngine({ fiscalYear: config.icd10FiscalYear, phi: config.phi }),
      clock: { nowMs: () => Date.now() },
    };
    const m = await exportTrainingToDirectory(deps, parsed);
    io.stdout.write(
      `${m.counts.records} records (${m.counts.train} train, ${m.counts.validation} validation) from ${m.counts.reviewedJobs} reviewed jobs; ` +
        `${m.counts.duplicates} duplicates, ${m.counts.refusedPhi} refused for PHI, ${m.counts.withoutLabel} without a label\n`,
    );
    for (const f of m.files) io.stdout.write(`${path.join(parsed.out, f.name)}  ${f.records} records  sha256 ${f.sha256}\n`);
    return 0;
  } finally {
    destroyAwsClients(clients);
  }
}
