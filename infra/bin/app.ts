// Owns the CDK app: the primary region's stack and, when configured, the standby region's, from the example
// settings or the JSON file CHARTCODER_INFRA_SETTINGS names; `npm run synth` writes cdk.out offline.
import { readFileSync } from 'node:fs';
import { App, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks, HIPAASecurityChecks } from 'cdk-nag';
import { ChartcoderStack } from '../lib/stack';
import { EXAMPLE_SETTINGS, validateSettings, type ChartcoderSettings } from '../lib/settings';
import { applySuppressions } from '../lib/nag';

export function buildApp(settings: ChartcoderSettings, options: { outdir?: string; nag?: boolean; primaryNoteKeyArn?: string } = {}): { app: App; stacks: ChartcoderStack[] } {
  validateSettings(settings);
  const app = new App({ outdir: options.outdir ?? 'cdk.out' });
  const stacks = [new ChartcoderStack(app, `${settings.appName}-primary`, { settings, regionSettings: settings.primary })];
  if (settings.secondary) {
    stacks.push(
      new ChartcoderStack(app, `${settings.appName}-secondary`, {
        settings,
        regionSettings: settings.secondary,
        ...(options.primaryNoteKeyArn ? { primaryNoteKeyArn: options.primaryNoteKeyArn } : {}),
      }),
    );
  }
  for (const stack of stacks) applySuppressions(stack, settings.workerCompute, settings.appName);
  if (options.nag !== false) {
    // Synthesis fails on any unacknowledged finding of either pack.
    Validations.of(app).addPlugins(new AwsSolutionsChecks(app, { verbose: true }), new HIPAASecurityChecks(app, { verbose: true }));
  }
  return { app, stacks };
}

if (require.main === module) {
  const file = process.env.CHARTCODER_INFRA_SETTINGS;
  const settings: ChartcoderSettings = file ? JSON.parse(readFileSync(file, 'utf8')) : EXAMPLE_SETTINGS;
  const { app } = buildApp(settings, { ...(process.env.PRIMARY_NOTE_KEY_ARN ? { primaryNoteKeyArn: process.env.PRIMARY_NOTE_KEY_ARN } : {}) });
  const assembly = app.synth();
  for (const s of assembly.stacks) console.log(`${s.stackName}: ${s.templateFullPath}`);
}
