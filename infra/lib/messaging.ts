// Owns the notes queue with its dead-letter queue and redrive, and the job events topic; all KMS encrypted,
// TLS enforced by the constructs' resource policies.
import { Construct } from 'constructs';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import * as sns from 'aws-cdk-lib/aws-sns';
import * as kms from 'aws-cdk-lib/aws-kms';
import { Duration } from 'aws-cdk-lib';

export interface MessagingProps {
  readonly appName: string;
  readonly key: kms.IKey;
  /** Receives before a message goes to the DLQ (the service's MAX_RECEIVE_COUNT). */
  readonly maxReceiveCount: number;
  /** Longer than the slowest job plus heartbeat slack (the worker extends visibility while it works). */
  readonly visibilityTimeoutSeconds: number;
}

export class Messaging extends Construct {
  readonly notesQueue: sqs.Queue;
  readonly notesDlq: sqs.Queue;
  readonly eventsTopic: sns.Topic;

  constructor(scope: Construct, id: string, props: MessagingProps) {
    super(scope, id);
    const encrypted = { encryption: sqs.QueueEncryption.KMS, encryptionMasterKey: props.key, dataKeyReuse: Duration.minutes(5), enforceSSL: true };
    this.notesDlq = new sqs.Queue(this, 'NotesDlq', { ...encrypted, queueName: `${props.appName}-notes-dlq`, retentionPeriod: Duration.days(14) });
    this.notesQueue = new sqs.Queue(this, 'Notes', {
      ...encrypted,
      queueName: `${props.appName}-notes`,
      visibilityTimeout: Duration.seconds(props.visibilityTimeoutSeconds),
      retentionPeriod: Duration.days(4),
      deadLetterQueue: { queue: this.notesDlq, maxReceiveCount: props.maxReceiveCount },
    });
    this.eventsTopic = new sns.Topic(this, 'Events', { topicName: `${props.appName}-events`, masterKey: props.key, enforceSSL: true });
  }
}
