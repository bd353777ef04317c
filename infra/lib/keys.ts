// Owns the customer-managed KMS keys: the note key (envelope encryption of note text, the only key the
// service may Decrypt with) and the data key (encryption at rest of tables, queues, topics, logs, buckets).
import { Construct } from 'constructs';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as iam from 'aws-cdk-lib/aws-iam';
import { ArnFormat, Duration, RemovalPolicy, Stack } from 'aws-cdk-lib';

export interface KeysProps {
  readonly appName: string;
  /** In the standby region: the primary's multi-Region note key, so notes written there decrypt here. */
  readonly primaryNoteKeyArn?: string;
}

export class Keys extends Construct {
  readonly noteKey: kms.IKey;
  readonly dataKey: kms.Key;

  constructor(scope: Construct, id: string, props: KeysProps) {
    super(scope, id);
    const stack = Stack.of(this);
    this.dataKey = new kms.Key(this, 'DataKey', {
      description: `${props.appName} data at rest (DynamoDB, SQS, SNS, S3, logs)`,
      enableKeyRotation: true,
      rotationPeriod: Duration.days(365),
      removalPolicy: RemovalPolicy.RETAIN,
      alias: `alias/${props.appName}-data`,
    });
    // CloudWatch Logs and the AWS services that publish to the encrypted topics and queues need the key.
    this.dataKey.addToResourcePolicy(
      new iam.PolicyStatement({
        principals: [new iam.ServicePrincipal(`logs.${stack.region}.amazonaws.com`)],
        actions: ['kms:Encrypt', 'kms:Decrypt', 'kms:ReEncrypt*', 'kms:GenerateDataKey*', 'kms:Describe*'],
        resources: ['*'],
        conditions: { ArnLike: { 'kms:EncryptionContext:aws:logs:arn': stack.formatArn({ service: 'logs', resource: 'log-group', resourceName: '*', arnFormat: ArnFormat.COLON_RESOURCE_NAME }) } },
      }),
    );
    this.dataKey.addToResourcePolicy(
      new iam.PolicyStatement({
        principals: [new iam.ServicePrincipal('cloudwatch.amazonaws.com'), new iam.ServicePrincipal('events.amazonaws.com')],
        actions: ['kms:Decrypt', 'kms:GenerateDataKey*'],
        resources: ['*'],
        conditions: { StringEquals: { 'aws:SourceAccount': stack.account } },
      }),
    );
    if (props.primaryNoteKeyArn) {
      const replica = new kms.CfnReplicaKey(this, 'NoteKeyReplica', {
        primaryKeyArn: props.primaryNoteKeyArn,
        description: `${props.appName} note envelope key (replica)`,
        keyPolicy: new iam.PolicyDocument({
          statements: [new iam.PolicyStatement({ principals: [new iam.AccountRootPrincipal()], actions: ['kms:*'], resources: ['*'] })],
        }),
      });
      replica.applyRemovalPolicy(RemovalPolicy.RETAIN);
      this.noteKey = kms.Key.fromKeyArn(this, 'NoteKeyRef', replica.attrArn);
    } else {
      this.noteKey = new kms.Key(this, 'NoteKey', {
        description: `${props.appName} note envelope key (per-job data keys)`,
        enableKeyRotation: true,
        multiRegion: true,
        removalPolicy: RemovalPolicy.RETAIN,
        alias: `alias/${props.appName}-notes`,
      });
    }
  }
}
