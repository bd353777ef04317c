// Owns starting an Amazon Bedrock model customization (fine-tuning) job on an exported dataset:
// CreateModelCustomizationJob with the training and validation files' S3 URIs, an output location, the
// service role Bedrock assumes to read and write them, and the (LoRA) hyper-parameters as configured.
import { CreateModelCustomizationJobCommand, type BedrockClient } from '@aws-sdk/client-bedrock';

export interface CustomizationRequest {
  jobName: string;
  customModelName: string;
  baseModelId: string;
  roleArn: string;
  trainingUri: string;
  validationUri?: string;
  outputUri: string;
  /** Strings, as Bedrock takes them: e.g. epochCount, batchSize, learningRate, loraRank (names depend on the base model). */
  hyperParameters: Record<string, string>;
}

export interface ModelCustomizer {
  start(request: CustomizationRequest): Promise<{ jobArn: string }>;
}

export class BedrockModelCustomizer implements ModelCustomizer {
  constructor(private readonly client: BedrockClient) {}

  async start(request: CustomizationRequest): Promise<{ jobArn: string }> {
    const out = await this.client.send(
      new CreateModelCustomizationJobCommand({
        jobName: request.jobName,
        customModelName: request.customModelName,
        roleArn: request.roleArn,
        baseModelIdentifier: request.baseModelId,
        customizationType: 'FINE_TUNING',
        trainingDataConfig: { s3Uri: request.trainingUri },
        ...(request.validationUri ? { validationDataConfig: { validators: [{ s3Uri: request.validationUri }] } } : {}),
        outputDataConfig: { s3Uri: request.outputUri },
        hyperParameters: request.hyperParameters,
      }),
    );
    if (!out.jobArn) throw new Error('CreateModelCustomizationJob returned no jobArn');
    return { jobArn: out.jobArn };
  }
}
