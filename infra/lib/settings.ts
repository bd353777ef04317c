// Owns the deployment settings of the CDK app: one typed record per region, validated once, so
// synthesis never looks anything up (no context queries, no account lookups: `npm run synth` is offline).

/** How the pipeline stages run behind the notes queue. */
export type WorkerCompute = 'fargate' | 'lambda';

export interface RegionSettings {
  /** AWS account id (12 digits). */
  readonly account: string;
  readonly region: string;
  /** Availability zones named explicitly so synthesis needs no lookup. */
  readonly availabilityZones: readonly string[];
  /** VPC address range (literal, so security group rules can name it). */
  readonly vpcCidr: string;
  /** 'primary' takes traffic; 'secondary' is the warm standby Route 53 fails over to. */
  readonly failoverRole: 'PRIMARY' | 'SECONDARY';
}

export interface ChartcoderSettings {
  readonly appName: string;
  readonly primary: RegionSettings;
  readonly secondary?: RegionSettings;
  /** ECR repository (same name in every region, replicated by ECR replication) and immutable tag. */
  readonly imageRepositoryName: string;
  readonly imageTag: string;
  /** Bedrock model or inference-profile ARNs the service may call: the only resources of bedrock:InvokeModel/Converse. */
  readonly bedrockModelArns: readonly string[];
  /** Bedrock model ids as CloudWatch names them (dimension ModelId), for the throttling alarm. */
  readonly bedrockModelIds: readonly string[];
  /** Public DNS: the hosted zone (imported by id, no lookup), the record name and the ACM certificate per region. */
  readonly hostedZoneId: string;
  readonly zoneName: string;
  readonly apiRecordName: string;
  readonly certificateArns: Readonly<Record<string, string>>;
  readonly workerCompute: WorkerCompute;
  /** Publish job lifecycle events to an EventBridge bus beside the SNS topic. */
  readonly eventBridge: boolean;
  /** graphql-ws keep-alive of the service (WS_KEEPALIVE_MS); the ALB idle timeout must exceed it. */
  readonly wsKeepAliveSeconds: number;
  readonly logRetentionDays: number;
  readonly alarmEmail?: string;
  /** Further service settings passed as environment (OIDC_ISSUER, OIDC_AUDIENCE, CORS_ORIGINS, …): never secrets. */
  readonly serviceEnvironment?: Readonly<Record<string, string>>;
  readonly api: { readonly minTasks: number; readonly maxTasks: number; readonly cpu: number; readonly memoryMiB: number };
  readonly workers: { readonly minTasks: number; readonly maxTasks: number; readonly cpu: number; readonly memoryMiB: number; readonly concurrency: number };
  /** WAF rate-based rule: requests per 5 minutes per client IP. */
  readonly wafRateLimitPer5Min: number;
  /** Queue age that pages someone (seconds). */
  readonly queueAgeAlarmSeconds: number;
}

const ACCOUNT = /^\d{12}$/;
const REGION = /^[a-z]{2}(-gov)?-[a-z]+-\d$/;
const BEDROCK_ARN = /^arn:aws[a-z-]*:bedrock:[a-z0-9-]+:(\d{12})?:(foundation-model|inference-profile|application-inference-profile|provisioned-model)\/[A-Za-z0-9.:_-]+$/;

export class SettingsError extends Error {
  constructor(field: string, expected: string, got?: unknown) {
    super(`deployment setting ${field}: expected ${expected}${got === undefined ? '' : `, got ${JSON.stringify(got)}`}`);
    this.name = 'SettingsError';
  }
}

/** Checks every setting once, with a message naming the field (fail fast, as the service's config does). */
export function validateSettings(s: ChartcoderSettings): ChartcoderSettings {
  for (const r of [s.primary, ...(s.secondary ? [s.secondary] : [])]) {
    if (!ACCOUNT.test(r.account)) throw new SettingsError('account', '12 digits', r.account);
    if (!REGION.test(r.region)) throw new SettingsError('region', 'an AWS region name', r.region);
    if (r.availabilityZones.length < 2) throw new SettingsError(`${r.region}.availabilityZones`, 'at least two zones');
    if (!/^10\.\d{1,3}\.0\.0\/16$/.test(r.vpcCidr)) throw new SettingsError(`${r.region}.vpcCidr`, 'a 10.x.0.0/16 range', r.vpcCidr);
    if (!s.certificateArns[r.region]) throw new SettingsError(`certificateArns.${r.region}`, 'an ACM certificate ARN');
  }
  if (s.secondary && s.secondary.region === s.primary.region) throw new SettingsError('secondary.region', 'a region other than the primary');
  if (s.bedrockModelIds.length === 0) throw new SettingsError('bedrockModelIds', 'at least one model or inference-profile id');
  if (s.bedrockModelArns.length === 0) throw new SettingsError('bedrockModelArns', 'at least one model or inference-profile ARN');
  for (const arn of s.bedrockModelArns) {
    if (!BEDROCK_ARN.test(arn) || arn.includes('*')) throw new SettingsError('bedrockModelArns', 'a Bedrock model/inference-profile ARN without wildcards', arn);
  }
  if (s.imageTag === 'latest' || !/^[A-Za-z0-9._-]{1,128}$/.test(s.imageTag)) throw new SettingsError('imageTag', 'an immutable tag (not "latest")', s.imageTag);
  if (s.wsKeepAliveSeconds < 1 || s.wsKeepAliveSeconds > 300) throw new SettingsError('wsKeepAliveSeconds', '1-300', s.wsKeepAliveSeconds);
  return s;
}

/**
 * The example deployment `npm run synth` renders: placeholders a team replaces through `cdk.json`-style
 * context (`-c settings=path.json` is not available without the CLI, so `CHARTCODER_INFRA_SETTINGS` names a JSON file).
 */
export const EXAMPLE_SETTINGS: ChartcoderSettings = {
  appName: 'chartcoder',
  primary: { account: '111111111111', region: 'us-east-1', availabilityZones: ['us-east-1a', 'us-east-1b'], vpcCidr: '10.40.0.0/16', failoverRole: 'PRIMARY' },
  secondary: { account: '111111111111', region: 'us-west-2', availabilityZones: ['us-west-2a', 'us-west-2b'], vpcCidr: '10.41.0.0/16', failoverRole: 'SECONDARY' },
  imageRepositoryName: 'chartcoder',
  imageTag: '0.1.0',
  bedrockModelArns: [
    'arn:aws:bedrock:us-east-1:111111111111:inference-profile/us.anthropic.claude-sonnet-4-20250514-v1:0',
    'arn:aws:bedrock:us-east-1::foundation-model/anthropic.claude-sonnet-4-20250514-v1:0',
    'arn:aws:bedrock:us-east-2::foundation-model/anthropic.claude-sonnet-4-20250514-v1:0',
    'arn:aws:bedrock:us-west-2::foundation-model/anthropic.claude-sonnet-4-20250514-v1:0',
  ],
  bedrockModelIds: ['us.anthropic.claude-sonnet-4-20250514-v1:0'],
  serviceEnvironment: { OIDC_ISSUER: 'https://cognito-idp.us-east-1.amazonaws.com/us-east-1_EXAMPLE', OIDC_AUDIENCE: 'chartcoder' },
  hostedZoneId: 'Z0000000000EXAMPLE',
  zoneName: 'example.org',
  apiRecordName: 'chartcoder.example.org',
  certificateArns: {
    'us-east-1': 'arn:aws:acm:us-east-1:111111111111:certificate/00000000-0000-0000-0000-000000000001',
    'us-west-2': 'arn:aws:acm:us-west-2:111111111111:certificate/00000000-0000-0000-0000-000000000002',
  },
  workerCompute: 'fargate',
  eventBridge: true,
  wsKeepAliveSeconds: 25,
  logRetentionDays: 365,
  api: { minTasks: 2, maxTasks: 20, cpu: 1024, memoryMiB: 2048 },
  workers: { minTasks: 1, maxTasks: 50, cpu: 2048, memoryMiB: 4096, concurrency: 16 },
  wafRateLimitPer5Min: 2000,
  queueAgeAlarmSeconds: 900,
};
