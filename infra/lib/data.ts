// Owns the DynamoDB tables (jobs, audit): the key schema the adapters expect (src/adapters/provision.ts),
// point-in-time recovery, TTL on expiresAt, the data CMK, and optionally a global-table replica.
import { Construct } from 'constructs';
import * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as kms from 'aws-cdk-lib/aws-kms';
import { RemovalPolicy } from 'aws-cdk-lib';

export interface DataProps {
  readonly appName: string;
  readonly key: kms.IKey;
  /** Replica region and the ARN (or alias ARN) of the data key there: turns both tables into global tables. */
  readonly replica?: { readonly region: string; readonly keyArn: string };
}

/** Attribute names of src/adapters/dynamo/keys.ts (JOB_ATTR) and the sparse active-jobs index. */
const ATTR = { pk: 'pk', sk: 'sk', activePk: 'activePk', activeSk: 'activeSk', ttl: 'expiresAt' } as const;
const ACTIVE_INDEX_NAME = 'active-jobs';

export class Data extends Construct {
  readonly jobs: dynamodb.TableV2;
  readonly audit: dynamodb.TableV2;

  constructor(scope: Construct, id: string, props: DataProps) {
    super(scope, id);
    const s = (name: string) => ({ name, type: dynamodb.AttributeType.STRING });
    const common = {
      partitionKey: s(ATTR.pk),
      sortKey: s(ATTR.sk),
      billing: dynamodb.Billing.onDemand(),
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
      timeToLiveAttribute: ATTR.ttl,
      deletionProtection: true,
      removalPolicy: RemovalPolicy.RETAIN,
      encryption: props.replica
        ? dynamodb.TableEncryptionV2.customerManagedKey(props.key, { [props.replica.region]: props.replica.keyArn })
        : dynamodb.TableEncryptionV2.customerManagedKey(props.key),
      replicas: props.replica ? [{ region: props.replica.region }] : [],
    };
    this.jobs = new dynamodb.TableV2(this, 'Jobs', {
      ...common,
      tableName: `${props.appName}-jobs`,
      globalSecondaryIndexes: [{ indexName: ACTIVE_INDEX_NAME, partitionKey: s(ATTR.activePk), sortKey: s(ATTR.activeSk) }],
    });
    this.audit = new dynamodb.TableV2(this, 'Audit', { ...common, tableName: `${props.appName}-audit` });
  }
}
