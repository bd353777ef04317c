// Owns the cdk-nag acknowledgements: each names the construct, the finding and why it does not apply here.
// Acknowledgements are per construct and per finding (cdk-nag 3 has no rule-wide suppression), so a new
// resource with the same problem is still reported.
import { Validations, type Stack } from 'aws-cdk-lib';
import type { IConstruct } from 'constructs';

export interface Acknowledgement {
  /** Construct path below the stack. */
  readonly path: string;
  readonly id: string;
  readonly reason: string;
}

const ENDPOINT_SG = 'Network/EndpointSg';

/** The acknowledgements of one region's stack; `worker` names the compute option in use. */
export function acknowledgements(stack: Stack, workerCompute: 'fargate' | 'lambda', appName: string): Acknowledgement[] {
  const list: Acknowledgement[] = [
    { path: 'Network/Vpc', id: 'CloudFormation-Validate::W3010', reason: 'Zones are named in the deployment settings on purpose: synthesis must be offline (no availability-zone lookup) and the zone IDs are reviewed per account.' },
    { path: 'Api/AlbSg', id: 'AwsSolutions-EC23', reason: 'The internet-facing ALB is the public API entry: HTTPS from anywhere, behind AWS WAF (managed rules + per-IP rate limit); port 80 only redirects.' },
    { path: 'Api/Alb/Http', id: 'HIPAA.Security-ELBv2ACMCertificateRequired', reason: 'The port-80 listener only answers a permanent redirect to HTTPS; no request is forwarded over it.' },
    { path: 'Network/Vpc/publicSubnet1/DefaultRoute', id: 'HIPAA.Security-VPCNoUnrestrictedRouteToIGW', reason: 'Public subnets hold only the ALB and the NAT gateways; every task and function runs in private subnets.' },
    { path: 'Network/Vpc/publicSubnet2/DefaultRoute', id: 'HIPAA.Security-VPCNoUnrestrictedRouteToIGW', reason: 'Public subnets hold only the ALB and the NAT gateways; every task and function runs in private subnets.' },
    { path: 'Network/Vpc/all/IAMRole', id: 'HIPAA.Security-IAMNoInlinePolicy', reason: 'CDK-generated flow-log role: its inline policy writes to the one flow-log group only.' },
    { path: 'AccessLogs', id: 'HIPAA.Security-S3DefaultEncryptionKMS', reason: 'S3 server access logs and ALB access logs can only be delivered to SSE-S3 buckets; this bucket holds no PHI (request metadata only).' },
    { path: 'AccessLogs', id: 'HIPAA.Security-S3BucketReplicationEnabled', reason: 'Access logs are regional operational records; each region keeps its own.' },
    { path: 'Exports/Bucket', id: 'HIPAA.Security-S3BucketReplicationEnabled', reason: 'Training exports are derived data, regenerated from the global jobs table in either region; versioning guards against loss.' },
    { path: 'apiPolicy', id: `AwsSolutions-IAM5[Resource::<ExportsBucket54D5CE64.Arn>/training/*]`, reason: 'Export object keys are generated per export; the grant is limited to the training/ prefix of this one bucket and to Put/Get.' },
    {
      path: 'apiPolicy',
      id: `AwsSolutions-IAM5[Resource::arn:<AWS::Partition>:sqs:${stack.region}:${stack.account}:${appName}-events-*]`,
      reason: 'Each API process creates its own subscription queue on the events topic (EVENTS_QUEUE_PREFIX + a generated id); the grant covers only that name prefix.',
    },
  ];
  const roles = workerCompute === 'fargate' ? ['api', 'worker'] : ['api'];
  for (const role of roles) {
    list.push(
      { path: `${role}Task`, id: 'AwsSolutions-ECS2', reason: 'The environment holds resource names and settings only (tables, queues, key ARN, regions); there are no secrets (OIDC verifies with public JWKS).' },
      { path: `${role}Task/ExecutionRole`, id: 'AwsSolutions-IAM5[Resource::*]', reason: 'ecr:GetAuthorizationToken accepts only "*"; the image pull and log writes are scoped by CDK to the repository and the log group.' },
      { path: `${role}Task/ExecutionRole`, id: 'HIPAA.Security-IAMNoInlinePolicy', reason: 'CDK-generated task execution role (image pull, log stream); the application permissions are in a managed policy.' },
    );
  }
  if (workerCompute === 'lambda') {
    list.push(
      { path: 'Workers/Fn/ServiceRole', id: 'HIPAA.Security-IAMNoInlinePolicy', reason: 'CDK-generated function role policy: the same least-privilege worker statements as the Fargate workers plus the SQS event source mapping.' },
      { path: 'Workers/Fn/ServiceRole', id: 'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole]', reason: 'AWS-managed basic execution policy: log stream creation only.' },
      { path: 'Workers/Fn/ServiceRole', id: 'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaVPCAccessExecutionRole]', reason: 'AWS-managed policy the function needs to attach to private subnets (ENI management).' },
      { path: 'Workers/Fn/ServiceRole', id: 'AwsSolutions-IAM5[Resource::*]', reason: 'X-Ray PutTraceSegments/PutTelemetryRecords accept only "*".' },
      { path: 'Workers/Fn', id: 'HIPAA.Security-LambdaDLQ', reason: 'The function is invoked by the SQS event source mapping: failed messages go to the notes queue\'s own dead-letter queue (redrive policy), not to a function DLQ.' },
    );
  }
  return list;
}

export function applySuppressions(stack: Stack, workerCompute: 'fargate' | 'lambda', appName: string): Acknowledgement[] {
  const list = acknowledgements(stack, workerCompute, appName);
  for (const a of list) {
    const target = stack.node.tryFindChild(a.path.split('/')[0]!) && find(stack, a.path);
    if (!target) throw new Error(`cdk-nag acknowledgement for a missing construct: ${a.path}`);
    Validations.of(target).acknowledge({ id: a.id, reason: a.reason });
  }
  return list;
}

function find(stack: Stack, path: string): IConstruct | undefined {
  let node: IConstruct | undefined = stack;
  for (const part of path.split('/')) node = node?.node.tryFindChild(part);
  return node;
}
