// Owns the admin path of the fine-tuning export: the dataset of the caller's tenant written to S3 under
// <prefix><tenant>/<exportId>/, optionally a Bedrock customization job started on it (its ARN recorded in
// the manifest), the manifest written last so a reader that finds it finds every file it names.
import { randomBytes } from 'node:crypto';
import type { S3Client } from '@aws-sdk/client-s3';
import { ForbiddenError, ValidationError } from '../errors';
import type { Principal } from '../auth';
import type { ModelRole } from '../models/port';
import { S3DatasetSink } from '../adapters/training/s3DatasetSink';
import type { ModelCustomizer } from '../adapters/training/bedrockCustomization';
import { exportTrainingData, MANIFEST_FILE, TRAIN_FILE, VALIDATION_FILE, writeManifest, type AssistantFormat, type TrainingExportDeps, type TrainingManifest } from './reviewTrainingExport';
import { requireRole } from './jobService';

export interface TrainingExportInput {
  role: ModelRole;
  since: Date;
  validationFraction?: number;
  assistantFormat?: AssistantFormat;
  startCustomization?: boolean;
  baseModelId?: string;
  /** Merged over the configured hyper-parameters. */
  hyperParameters?: Record<string, string>;
}

export interface TrainingExportResult {
  exportId: string;
  /** s3://bucket/prefix/ of the dataset's files. */
  location: string;
  manifestUri: string;
  manifest: TrainingManifest;
}

export class TrainingExportService {
  constructor(
    private readonly deps: {
      export: () => TrainingExportDeps;
      s3?: S3Client;
      bucket?: string;
      keyPrefix: string;
      customizer?: ModelCustomizer;
      customization: { roleArn?: string; baseModelId?: string; hyperParameters: Record<string, string> };
      clock: { nowMs(): number };
    },
  ) {}

  async exportToS3(principal: Principal, input: TrainingExportInput): Promise<TrainingExportResult> {
    requireRole(principal, ['admin']);
    if (!this.deps.s3 || !this.deps.bucket) throw new ForbiddenError('The training export is not enabled on this deployment (TRAINING_EXPORT_BUCKET)');
    const baseModelId = input.baseModelId ?? this.deps.customization.baseModelId;
    if (input.startCustomization && (!this.deps.customizer || !this.deps.customization.roleArn || !baseModelId)) {
      throw new ValidationError('A customization job needs BEDROCK_CUSTOMIZATION_ROLE_ARN and a base model id', { field: 'startCustomization' });
    }
    const now = this.deps.clock.nowMs();
    const exportId = `${input.role}-${new Date(now).toISOString().replace(/[-:.]/g, '').slice(0, 15)}-${randomBytes(3).toString('hex')}`;
    const keyPrefix = `${this.deps.keyPrefix}${principal.tenant}/${exportId}/`;
    const sink = new S3DatasetSink({ client: this.deps.s3, bucket: this.deps.bucket, keyPrefix });
    const manifest = await exportTrainingData(
      this.deps.export(),
      { tenantId: principal.tenant, role: input.role, since: input.since, until: new Date(now), validationFraction: input.validationFraction, assistantFormat: input.assistantFormat },
      sink,
    );
    if (input.startCustomization) {
      const hyperParameters = { ...this.deps.customization.hyperParameters, ...(input.hyperParameters ?? {}) };
      const { jobArn } = await this.deps.customizer!.start({
        jobName: `chartcoder-${exportId}`,
        customModelName: `chartcoder-${principal.tenant}-${exportId}`.slice(0, 63),
        baseModelId: baseModelId!,
        roleArn: this.deps.customization.roleArn!,
        trainingUri: sink.uriOf(TRAIN_FILE),
        ...(manifest.files.some((f) => f.name === VALIDATION_FILE) ? { validationUri: sink.uriOf(VALIDATION_FILE) } : {}),
        outputUri: sink.uriOf('output/'),
        hyperParameters,
      });
      manifest.customization = { jobArn, baseModelId: baseModelId!, hyperParameters };
    }
    await writeManifest(sink, manifest);
    return { exportId, location: `s3://${this.deps.bucket}/${keyPrefix}`, manifestUri: sink.uriOf(MANIFEST_FILE), manifest };
  }
}
