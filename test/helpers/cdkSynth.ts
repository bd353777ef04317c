// Owns synthesizing the CDK app for the infra unit tests with aws-cdk-lib's built-in CloudFormation validation
// (the wasm rule engine every `app.synth()` runs, about 3.5 CPU-s of the 4 a synthesis costs) remembered on disk.
// Its report is a pure function of the synthesized templates, the acknowledgements in the construct tree and
// the library versions, so it is stored under a hash of all of them (plus the infra sources and the settings):
// any change to a template, an acknowledgement, the stack code or a library is another key, so a stored report
// is never stale. A miss runs the real validation inside `app.synth()` exactly as before and stores its summary.
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { Template } from 'aws-cdk-lib/assertions';
import type { App } from 'aws-cdk-lib';
import { buildApp } from '../../infra/bin/app';
import type { ChartcoderStack } from '../../infra/lib/stack';
import type { ChartcoderSettings } from '../../infra/lib/settings';
import { cacheDir } from '../../src/engine/coding/lexiconCache';

const root = join(__dirname, '..', '..');

/** What the built-in CloudFormation validation concluded, per plugin: only what the tests assert on. */
export interface ValidationSummary {
  pluginName: string;
  conclusion: string;
  /** Unacknowledged findings: rule and construct paths. */
  violations: string[];
  /** Findings acknowledged in the construct tree (Validations.of(x).acknowledge). */
  acknowledged: string[];
}

export interface SynthesizedApp {
  app: App;
  stacks: ChartcoderStack[];
  templates: Template[];
  validation: ValidationSummary[];
  /** Whether the validation report came from the content-addressed store (false: validated in this run). */
  validationFromCache: boolean;
}

interface ReportJson {
  pluginReports?: Array<{
    pluginName: string;
    conclusion: string;
    violations?: Array<{ ruleName: string; violatingConstructs?: Array<{ constructPath?: string }> }>;
    suppressedViolations?: Array<{ ruleName: string; acknowledgedAt?: string }>;
  }>;
}

function summarize(report: ReportJson): ValidationSummary[] {
  return (report.pluginReports ?? []).map((p) => ({
    pluginName: p.pluginName,
    conclusion: p.conclusion,
    violations: (p.violations ?? []).flatMap((v) => (v.violatingConstructs ?? [{}]).map((c) => `${v.ruleName} ${c.constructPath ?? ''}`.trim())),
    acknowledged: (p.suppressedViolations ?? []).map((s) => `${s.ruleName} ${s.acknowledgedAt ?? ''}`.trim()),
  }));
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? filesUnder(join(dir, e.name)) : [join(dir, e.name)])).sort();
}

function versionOf(pkg: string): string {
  return (JSON.parse(readFileSync(require.resolve(`${pkg}/package.json`), 'utf8')) as { version: string }).version;
}

/** Every input the validation report depends on; the construct tree's acknowledgements live in its metadata. */
function validationKey(app: App, settings: ChartcoderSettings, templates: Template[]): string {
  const hash = createHash('sha256');
  for (const pkg of ['aws-cdk-lib', 'cdk-nag', 'constructs']) hash.update(`${pkg}@${versionOf(pkg)}\n`);
  for (const file of filesUnder(join(root, 'infra'))) hash.update(`${relative(root, file)}\n`).update(readFileSync(file));
  hash.update(JSON.stringify(settings));
  for (const [name, value] of Object.entries(process.env).sort()) if (name.startsWith('CDK_') && name !== 'CDK_VALIDATION') hash.update(`${name}=${value}\n`);
  for (const t of templates) hash.update(JSON.stringify(t.toJSON()));
  for (const c of app.node.findAll()) {
    const metadata = c.node.metadata.filter((m) => m.type.includes('acknowledge') || m.type.includes('validation'));
    if (metadata.length > 0) hash.update(`${c.node.path}:${JSON.stringify(metadata.map((m) => [m.type, m.data]))}\n`);
  }
  return hash.digest('hex');
}

const outdirs: string[] = [];

/** Runs fn with aws-cdk-lib's built-in validation switched on or off (its documented CDK_VALIDATION switch). */
function withBuiltinValidation<T>(on: boolean, fn: () => T): T {
  const previous = process.env.CDK_VALIDATION;
  if (on) delete process.env.CDK_VALIDATION;
  else process.env.CDK_VALIDATION = 'false';
  try {
    return fn();
  } finally {
    if (previous === undefined) delete process.env.CDK_VALIDATION;
    else process.env.CDK_VALIDATION = previous;
  }
}

/** Builds and synthesizes the app into a fresh directory (removed by removeSynthOutputs). */
export function synthesizeApp(settings: ChartcoderSettings): SynthesizedApp {
  const outdir = mkdtempSync(join(tmpdir(), 'cdk-test-'));
  outdirs.push(outdir);
  const { app, stacks } = buildApp(settings, { outdir, nag: false });
  // Everything synthesis does but the built-in validation: preparation, aspects, token resolution, the assembly.
  withBuiltinValidation(false, () => app.synth());
  let templates = stacks.map((s) => Template.fromStack(s));
  const dir = cacheDir();
  const key = validationKey(app, settings, templates);
  const file = dir ? join(dir, `cdk-validation-${key}.json`) : undefined;
  try {
    const parsed = file ? (JSON.parse(readFileSync(file, 'utf8')) as { key?: string; validation?: ValidationSummary[] }) : undefined;
    if (parsed?.key === key && Array.isArray(parsed.validation)) return { app, stacks, templates, validation: parsed.validation, validationFromCache: true };
  } catch {
    // No stored report: validate below.
  }
  // A miss synthesizes again, this time with the validation, exactly as a plain `app.synth()` would.
  withBuiltinValidation(true, () => app.synth({ force: true }));
  templates = stacks.map((s) => Template.fromStack(s));
  const validation = summarize(JSON.parse(readFileSync(join(outdir, 'validation-report.json'), 'utf8')) as ReportJson);
  if (file && dir) {
    try {
      mkdirSync(dir, { recursive: true });
      // Written whole then renamed: a concurrent reader sees the old state or the new, never half a file.
      const partial = `${file}.${process.pid}.tmp`;
      writeFileSync(partial, JSON.stringify({ key, validation }));
      renameSync(partial, file);
    } catch {
      // An unwritable cache only costs the next run a validation.
    }
  }
  return { app, stacks, templates, validation, validationFromCache: false };
}

export function removeSynthOutputs(): void {
  for (const d of outdirs.splice(0)) rmSync(d, { recursive: true, force: true });
}
