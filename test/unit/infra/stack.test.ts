// The CDK app: resources, encryption at rest everywhere, least-privilege IAM, failover records, and both
// cdk-nag packs (HIPAA Security, AWS Solutions) and aws-cdk-lib's built-in CloudFormation validation with zero
// unacknowledged findings. Each app is synthesized once (beforeAll); the built-in validation, most of a
// synthesis's cost, is remembered per content (test/helpers/cdkSynth.ts).
import { Match, Template } from 'aws-cdk-lib/assertions';
import type { Stack } from 'aws-cdk-lib';
import { AwsSolutionsChecks, HIPAASecurityChecks, NagPack } from 'cdk-nag';
import { EXAMPLE_SETTINGS, validateSettings, SettingsError, type ChartcoderSettings } from '../../../infra/lib/settings';
import { acknowledgements } from '../../../infra/lib/nag';
import { HEALTH_CHECK } from '../../../infra/lib/failover';
import { BREAKER_OPEN_PATTERN } from '../../../infra/lib/monitoring';
import { albIdleTimeoutSeconds, SERVICE } from '../../../infra/lib/stack';
import { removeSynthOutputs, synthesizeApp } from '../../helpers/cdkSynth';

type Statement = { Effect: string; Action: string | string[]; Resource: unknown; Condition?: Record<string, unknown> };

// The built-in CloudFormation validation's report is content-addressed on disk (test/helpers/cdkSynth.ts).
const synth = (settings: ChartcoderSettings) => synthesizeApp(settings);

function statements(template: Template): Statement[] {
  const out: Statement[] = [];
  for (const type of ['AWS::IAM::Policy', 'AWS::IAM::ManagedPolicy']) {
    for (const res of Object.values(template.findResources(type))) out.push(...((res as { Properties: { PolicyDocument: { Statement: Statement[] } } }).Properties.PolicyDocument.Statement));
  }
  return out;
}
const actionsOf = (s: Statement) => (Array.isArray(s.Action) ? s.Action : [s.Action]);
const resourcesOf = (s: Statement) => (Array.isArray(s.Resource) ? s.Resource : [s.Resource]);

interface NagRun { rulesChecked: Set<string>; violations: string[]; acknowledged: number }
/** Runs one pack over a stack, counting distinct rules applied and findings acknowledged. */
function runNag(makePack: () => NagPack, stack: Stack): NagRun {
  const pack = makePack();
  const proto = NagPack.prototype as unknown as { applyRule(p: { ruleSuffixOverride?: string; rule: { name: string } }): void; isAcknowledged(n: unknown, id: string): boolean };
  const run: NagRun = { rulesChecked: new Set(), violations: [], acknowledged: 0 };
  const applySpy = jest.spyOn(proto, 'applyRule').mockImplementation(function (this: NagPack, p) {
    run.rulesChecked.add(`${this.readPackName}-${p.ruleSuffixOverride ?? p.rule.name}`);
    return originalApply.call(this, p);
  });
  const ackSpy = jest.spyOn(proto, 'isAcknowledged').mockImplementation(function (this: NagPack, n, id) {
    const yes = originalAck.call(this, n, id);
    if (yes) run.acknowledged += 1;
    return yes;
  });
  try {
    const report = pack.validateScope(stack);
    for (const v of report.violations) for (const r of v.violatingResources) run.violations.push(`${v.ruleName} ${(r as { constructPath?: string }).constructPath ?? ''}`);
  } finally {
    applySpy.mockRestore();
    ackSpy.mockRestore();
  }
  return run;
}
const originalApply = (NagPack.prototype as unknown as { applyRule: (...a: unknown[]) => void }).applyRule;
const originalAck = (NagPack.prototype as unknown as { isAcknowledged: (...a: unknown[]) => boolean }).isAcknowledged;

let fargate: ReturnType<typeof synth>;
let lambda: ReturnType<typeof synth>;
beforeAll(() => {
  fargate = synth(EXAMPLE_SETTINGS);
  // The Lambda option in one region is enough to check its wiring and its nag findings.
  const { secondary: _unused, ...single } = EXAMPLE_SETTINGS;
  lambda = synth({ ...single, workerCompute: 'lambda', eventBridge: false });
});
afterAll(() => removeSynthOutputs());

describe('data stores (encryption at rest, recovery, retention)', () => {
  test('both tables: point-in-time recovery, TTL on expiresAt, customer-managed KMS key, replica in the standby region', () => {
    const t = fargate.templates[0]!;
    const tables = t.findResources('AWS::DynamoDB::GlobalTable');
    expect(Object.keys(tables)).toHaveLength(2);
    for (const table of Object.values(tables) as Array<{ Properties: Record<string, any> }>) {
      const p = table.Properties;
      expect(p.TimeToLiveSpecification).toEqual({ AttributeName: 'expiresAt', Enabled: true });
      expect(p.SSESpecification).toMatchObject({ SSEEnabled: true, SSEType: 'KMS' });
      expect(p.Replicas.map((r: { Region: string }) => r.Region).sort()).toEqual(['us-east-1', 'us-west-2']);
      for (const r of p.Replicas) {
        expect(r.PointInTimeRecoverySpecification).toEqual({ PointInTimeRecoveryEnabled: true });
        expect(r.SSESpecification.KMSMasterKeyId).toBeDefined();
      }
    }
    // The key schema and the sparse index the adapters use (src/adapters/provision.ts).
    t.hasResourceProperties('AWS::DynamoDB::GlobalTable', { TableName: 'chartcoder-jobs', GlobalSecondaryIndexes: [Match.objectLike({ IndexName: SERVICE.activeIndexName })] });
  });

  test('queues and topics are KMS encrypted; the notes queue redrives to its DLQ after the service\'s receive count', () => {
    for (const t of fargate.templates) {
      const queues = Object.values(t.findResources('AWS::SQS::Queue')) as Array<{ Properties: Record<string, any> }>;
      expect(queues.length).toBeGreaterThanOrEqual(2);
      for (const q of queues) expect(q.Properties.KmsMasterKeyId).toBeDefined();
      for (const topic of Object.values(t.findResources('AWS::SNS::Topic')) as Array<{ Properties: Record<string, any> }>) expect(topic.Properties.KmsMasterKeyId).toBeDefined();
      t.hasResourceProperties('AWS::SQS::Queue', { QueueName: 'chartcoder-notes', RedrivePolicy: { deadLetterTargetArn: Match.anyValue(), maxReceiveCount: SERVICE.maxReceiveCount } });
      // TLS only on every queue and topic.
      for (const type of ['AWS::SQS::QueuePolicy', 'AWS::SNS::TopicPolicy']) {
        for (const pol of Object.values(t.findResources(type)) as Array<{ Properties: { PolicyDocument: { Statement: Statement[] } } }>) {
          expect(pol.Properties.PolicyDocument.Statement.some((s) => s.Effect === 'Deny' && JSON.stringify(s.Condition ?? {}).includes('aws:SecureTransport'))).toBe(true);
        }
      }
    }
  });

  test('exports bucket: KMS, versioned, TLS-only, public access blocked, access logs', () => {
    const t = fargate.templates[0]!;
    t.hasResourceProperties('AWS::S3::Bucket', {
      BucketEncryption: { ServerSideEncryptionConfiguration: [Match.objectLike({ ServerSideEncryptionByDefault: Match.objectLike({ SSEAlgorithm: 'aws:kms', KMSMasterKeyID: Match.anyValue() }) })] },
      VersioningConfiguration: { Status: 'Enabled' },
      PublicAccessBlockConfiguration: { BlockPublicAcls: true, BlockPublicPolicy: true, IgnorePublicAcls: true, RestrictPublicBuckets: true },
      LoggingConfiguration: Match.objectLike({ DestinationBucketName: Match.anyValue() }),
    });
    for (const pol of Object.values(t.findResources('AWS::S3::BucketPolicy')) as Array<{ Properties: { PolicyDocument: { Statement: Statement[] } } }>) {
      expect(pol.Properties.PolicyDocument.Statement.some((s) => s.Effect === 'Deny' && JSON.stringify(s.Condition).includes('aws:SecureTransport'))).toBe(true);
    }
  });

  test('every log group is encrypted with the data key and has a retention', () => {
    for (const t of [...fargate.templates, ...lambda.templates]) {
      const groups = Object.values(t.findResources('AWS::Logs::LogGroup')) as Array<{ Properties: Record<string, any> }>;
      expect(groups.length).toBeGreaterThanOrEqual(4);
      for (const g of groups) {
        expect(g.Properties.KmsKeyId).toBeDefined();
        expect(g.Properties.RetentionInDays).toBe(EXAMPLE_SETTINGS.logRetentionDays);
      }
    }
  });

  test('keys rotate; the note key is multi-Region so the standby can decrypt notes written in the primary', () => {
    const t = fargate.templates[0]!;
    for (const k of Object.values(t.findResources('AWS::KMS::Key')) as Array<{ Properties: Record<string, any> }>) expect(k.Properties.EnableKeyRotation).toBe(true);
    t.hasResourceProperties('AWS::KMS::Key', { MultiRegion: true, Description: Match.stringLikeRegexp('note envelope') });
  });
});

describe('network: PHI stays off the public internet', () => {
  test('gateway endpoints for S3 and DynamoDB, interface endpoints for Bedrock Runtime, SQS, SNS, KMS, Logs, ECR', () => {
    const t = fargate.templates[0]!;
    const endpoints = Object.values(t.findResources('AWS::EC2::VPCEndpoint')) as Array<{ Properties: Record<string, any> }>;
    const names = endpoints.map((e) => JSON.stringify(e.Properties.ServiceName));
    for (const svc of ['.s3', '.dynamodb', 'bedrock-runtime', '.sqs', '.sns', '.kms', '.logs', '.ecr.api', '.ecr.dkr']) {
      expect(names.some((n) => n.includes(svc))).toBe(true);
    }
    // Tasks run in private subnets without public addresses.
    for (const svc of Object.values(t.findResources('AWS::ECS::Service')) as Array<{ Properties: Record<string, any> }>) {
      expect(svc.Properties.NetworkConfiguration.AwsvpcConfiguration.AssignPublicIp).toBe('DISABLED');
    }
  });
});

describe('API: ALB + WAF, idle timeout between the graphql-ws keep-alive and the HTTP keep-alive', () => {
  test('idle timeout rule: above the websocket keep-alive, below the server keep-alive timeout', () => {
    expect(albIdleTimeoutSeconds(25)).toBeGreaterThan(25);
    expect(albIdleTimeoutSeconds(25)).toBeLessThan(SERVICE.httpKeepAliveTimeoutSeconds);
    expect(() => albIdleTimeoutSeconds(40)).toThrow(/HTTP keep-alive/);
    fargate.templates[0]!.hasResourceProperties('AWS::ElasticLoadBalancingV2::LoadBalancer', {
      LoadBalancerAttributes: Match.arrayWith([{ Key: 'idle_timeout.timeout_seconds', Value: String(albIdleTimeoutSeconds(EXAMPLE_SETTINGS.wsKeepAliveSeconds)) }]),
    });
  });

  test('WAF web ACL: a per-IP rate rule and AWS managed rule groups, associated with the ALB, logging without credentials', () => {
    const t = fargate.templates[0]!;
    const acl = Object.values(t.findResources('AWS::WAFv2::WebACL'))[0] as { Properties: { Rules: Array<Record<string, any>> } };
    expect(acl.Properties.Rules.some((r) => r.Statement.RateBasedStatement?.Limit === EXAMPLE_SETTINGS.wafRateLimitPer5Min)).toBe(true);
    const groups = acl.Properties.Rules.filter((r) => r.Statement.ManagedRuleGroupStatement?.VendorName === 'AWS').map((r) => r.Statement.ManagedRuleGroupStatement.Name);
    expect(groups).toEqual(expect.arrayContaining(['AWSManagedRulesCommonRuleSet', 'AWSManagedRulesKnownBadInputsRuleSet']));
    t.resourceCountIs('AWS::WAFv2::WebACLAssociation', 1);
    t.hasResourceProperties('AWS::WAFv2::LoggingConfiguration', { RedactedFields: Match.arrayWith([{ SingleHeader: { Name: 'authorization' } }]) });
  });

  test('containers: read-only root file system, non-root user, one image for both roles chosen by ROLE', () => {
    const t = fargate.templates[0]!;
    const roles: string[] = [];
    for (const td of Object.values(t.findResources('AWS::ECS::TaskDefinition')) as Array<{ Properties: Record<string, any> }>) {
      const c = td.Properties.ContainerDefinitions[0];
      expect(c.ReadonlyRootFilesystem).toBe(true);
      expect(c.User).toBe('1000:1000');
      roles.push(c.Environment.find((e: { Name: string }) => e.Name === 'ROLE').Value);
    }
    expect(roles.sort()).toEqual(['api', 'worker']);
  });
});

describe('IAM least privilege', () => {
  test('no wildcard actions; "*" resources only for actions that accept nothing else', () => {
    const starOnly = new Set(['ecr:GetAuthorizationToken', 'xray:PutTraceSegments', 'xray:PutTelemetryRecords', 'ec2:DescribeNetworkInterfaces', 'ec2:CreateNetworkInterface', 'ec2:DeleteNetworkInterface', 'ec2:AssignPrivateIpAddresses', 'ec2:UnassignPrivateIpAddresses', 'logs:CreateLogStream', 'logs:PutLogEvents', 'logs:DescribeLogStreams']);
    for (const t of [...fargate.templates, ...lambda.templates]) {
      for (const s of statements(t)) {
        for (const a of actionsOf(s)) expect(a).not.toMatch(/^\*$|:\*$/);
        if (resourcesOf(s).includes('*')) for (const a of actionsOf(s)) expect(starOnly.has(a)).toBe(true);
      }
    }
  });

  test('Bedrock calls only on the configured model and inference-profile ARNs', () => {
    for (const t of [...fargate.templates, ...lambda.templates]) {
      const bedrock = statements(t).filter((s) => actionsOf(s).some((a) => a.startsWith('bedrock:')));
      expect(bedrock.length).toBeGreaterThan(0);
      for (const s of bedrock) {
        expect(actionsOf(s)).toEqual(expect.arrayContaining(['bedrock:InvokeModel', 'bedrock:Converse']));
        expect(resourcesOf(s).sort()).toEqual([...EXAMPLE_SETTINGS.bedrockModelArns].sort());
      }
    }
  });

  test('kms:Decrypt directly only on the note key; the data key only through the AWS services that use it', () => {
    const t = fargate.templates[0]!;
    const noteKeyId = Object.entries(t.findResources('AWS::KMS::Key', { Properties: { MultiRegion: true } })).map(([id]) => id)[0]!;
    const decrypt = statements(t).filter((s) => actionsOf(s).includes('kms:Decrypt'));
    expect(decrypt.length).toBeGreaterThan(0);
    for (const s of decrypt) {
      const direct = !JSON.stringify(s.Condition ?? {}).includes('kms:ViaService');
      if (direct) expect(JSON.stringify(s.Resource)).toContain(noteKeyId);
    }
  });

  test('data-plane statements name their tables, queues, topic and bucket prefix', () => {
    for (const s of statements(fargate.templates[0]!)) {
      if (actionsOf(s).some((a) => /^(dynamodb|sqs|sns|s3|events):/.test(a))) expect(resourcesOf(s)).not.toContain('*');
    }
  });
});

describe('workers', () => {
  test('Fargate workers scale on queue depth and on the age of the oldest message', () => {
    const t = fargate.templates[0]!;
    const alarms = Object.values(t.findResources('AWS::CloudWatch::Alarm')) as Array<{ Properties: Record<string, any> }>;
    const policies = Object.keys(t.findResources('AWS::ApplicationAutoScaling::ScalingPolicy'));
    const scalingMetrics = alarms.filter((a) => (a.Properties.AlarmActions ?? []).some((x: { Ref?: string }) => x.Ref !== undefined && policies.includes(x.Ref))).map((a) => a.Properties.MetricName);
    expect(scalingMetrics).toEqual(expect.arrayContaining(['ApproximateNumberOfMessagesVisible', 'ApproximateAgeOfOldestMessage']));
    t.hasResourceProperties('AWS::ApplicationAutoScaling::ScalingPolicy', { PolicyType: 'StepScaling' });
  });

  test('Lambda option: SQS event source mapping with partial batch failure reporting; queue visibility 6× the function timeout', () => {
    const t = lambda.templates[0]!;
    t.hasResourceProperties('AWS::Lambda::EventSourceMapping', { FunctionResponseTypes: ['ReportBatchItemFailures'] });
    const fn = Object.values(t.findResources('AWS::Lambda::Function', { Properties: { PackageType: 'Image' } }))[0] as { Properties: Record<string, any> };
    t.hasResourceProperties('AWS::SQS::Queue', { QueueName: 'chartcoder-notes', VisibilityTimeout: 6 * fn.Properties.Timeout });
    expect(fn.Properties.VpcConfig.SubnetIds.length).toBeGreaterThan(0);
    expect(fn.Properties.KmsKeyArn).toBeDefined();
    t.resourceCountIs('AWS::ECS::Service', 1);
  });
});

describe('alarms, dashboard, failover', () => {
  test('alarms: DLQ not empty, queue age, 5xx, Bedrock throttling, breaker open (log metric filter)', () => {
    const t = fargate.templates[0]!;
    const alarms = Object.values(t.findResources('AWS::CloudWatch::Alarm')) as Array<{ Properties: Record<string, any> }>;
    const text = alarms.map((a) => JSON.stringify(a.Properties)).join('\n');
    for (const m of ['ApproximateNumberOfMessagesVisible', 'ApproximateAgeOfOldestMessage', 'HTTPCode_Target_5XX_Count', 'HTTPCode_ELB_5XX_Count', 'InvocationThrottles', 'BedrockBreakerOpen']) expect(text).toContain(m);
    t.hasResourceProperties('AWS::Logs::MetricFilter', { FilterPattern: BREAKER_OPEN_PATTERN });
    t.resourceCountIs('AWS::CloudWatch::Dashboard', 1);
  });

  test('Route 53: PRIMARY record in the primary, SECONDARY in the standby, each with a /readyz health check', () => {
    const [primary, secondary] = fargate.templates;
    primary!.hasResourceProperties('AWS::Route53::RecordSet', { Failover: 'PRIMARY', Name: EXAMPLE_SETTINGS.apiRecordName, HealthCheckId: Match.anyValue() });
    secondary!.hasResourceProperties('AWS::Route53::RecordSet', { Failover: 'SECONDARY', Name: EXAMPLE_SETTINGS.apiRecordName });
    primary!.hasResourceProperties('AWS::Route53::HealthCheck', { HealthCheckConfig: Match.objectLike({ ResourcePath: HEALTH_CHECK.path, RequestInterval: HEALTH_CHECK.requestIntervalSeconds, FailureThreshold: HEALTH_CHECK.failureThreshold }) });
    // The standby owns no table: it uses the global-table replica.
    secondary!.resourceCountIs('AWS::DynamoDB::GlobalTable', 0);
  });
});

describe('cdk-nag: HIPAA Security and AWS Solutions', () => {
  test('zero unacknowledged findings in every stack of both compute options; every acknowledgement has a reason', () => {
    const lines: string[] = [];
    const all = [
      ...fargate.stacks.map((s) => ({ s, label: `fargate ${s.stackName}`, compute: 'fargate' as const })),
      ...lambda.stacks.map((s) => ({ s, label: `lambda ${s.stackName}`, compute: 'lambda' as const })),
    ];
    for (const { s, label, compute } of all) {
      for (const [name, make] of [['AwsSolutions', () => new AwsSolutionsChecks(s)], ['HIPAA.Security', () => new HIPAASecurityChecks(s)]] as const) {
        const run = runNag(make, s);
        expect(run.violations).toEqual([]);
        expect(run.rulesChecked.size).toBeGreaterThan(20);
        lines.push(`${label} ${name}: ${run.rulesChecked.size} rules applied, 0 unacknowledged findings, ${run.acknowledged} acknowledged`);
      }
      const acks = acknowledgements(s, compute, EXAMPLE_SETTINGS.appName);
      for (const a of acks) expect(a.reason.length).toBeGreaterThan(40);
      lines.push(`${label}: ${acks.length} acknowledgements (${new Set(acks.map((a) => a.id.replace(/\[.*$/, ''))).size} distinct rules)`);
    }
    // The built-in CloudFormation validation (rule engine over the templates) every synthesis runs.
    for (const [label, synthesized] of [['fargate', fargate], ['lambda', lambda]] as const) {
      const cfn = synthesized.validation.find((r) => r.pluginName === 'CloudFormation Validate');
      expect(cfn).toBeDefined();
      expect(cfn!.violations).toEqual([]);
      expect(cfn!.conclusion).toBe('success');
      lines.push(`${label} CloudFormation Validate: 0 unacknowledged findings, ${cfn!.acknowledged.length} acknowledged${synthesized.validationFromCache ? ' (report stored for these templates)' : ''}`);
    }
    console.log(lines.join('\n'));
  });
});

describe('deployment settings are validated once, with the field named', () => {
  test.each([
    [{ bedrockModelArns: ['arn:aws:bedrock:us-east-1::foundation-model/*'] }, /bedrockModelArns/],
    [{ imageTag: 'latest' }, /imageTag/],
    [{ wsKeepAliveSeconds: 0 }, /wsKeepAliveSeconds/],
    [{ primary: { ...EXAMPLE_SETTINGS.primary, account: '123' } }, /account/],
  ])('rejects %j', (patch, message) => {
    expect(() => validateSettings({ ...EXAMPLE_SETTINGS, ...patch } as ChartcoderSettings)).toThrow(SettingsError);
    expect(() => validateSettings({ ...EXAMPLE_SETTINGS, ...patch } as ChartcoderSettings)).toThrow(message);
  });
});
