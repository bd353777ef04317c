// Integration: provisioning everything at once is idempotent, also when two processes start together.

import { DescribeTableCommand, DescribeTimeToLiveCommand } from '@aws-sdk/client-dynamodb';
import { GetQueueAttributesCommand } from '@aws-sdk/client-sqs';
import { provision } from '../../src/adapters/provision';
import { ACTIVE_INDEX } from '../../src/domain/constants';
import { testClients, uniqueName } from '../helpers/infra';

describe('provision (DynamoDB Local + fauxqs)', () => {
  const clients = testClients();
  afterAll(() => clients.dispose());

  it('creates tables (jobs with GSI, audit), TTL on both, queues with redrive and topic; concurrent and repeated runs agree', async () => {
    const prefix = uniqueName();
    const spec = {
      jobsTable: `${prefix}-jobs`,
      auditTable: `${prefix}-audit`,
      notesQueue: `${prefix}-notes`,
      notesDlq: `${prefix}-notes-dlq`,
      eventsTopic: `${prefix}-events`,
      visibilityTimeoutSeconds: 45,
      maxReceiveCount: 4,
    };
    const [a, b] = await Promise.all([provision(clients, spec), provision(clients, spec)]);
    expect(b).toEqual(a);
    expect(await provision(clients, spec)).toEqual(a);

    const { Table } = await clients.dynamodb.send(new DescribeTableCommand({ TableName: spec.jobsTable }));
    expect(Table?.GlobalSecondaryIndexes?.map((i) => i.IndexName)).toEqual([ACTIVE_INDEX.name]);
    const ttl = await clients.dynamodb.send(new DescribeTimeToLiveCommand({ TableName: spec.jobsTable }));
    expect(ttl.TimeToLiveDescription).toMatchObject({ TimeToLiveStatus: 'ENABLED', AttributeName: 'expiresAt' });
    // Audit records expire through TTL too (retention), never through an API.
    const auditTtl = await clients.dynamodb.send(new DescribeTimeToLiveCommand({ TableName: spec.auditTable }));
    expect(auditTtl.TimeToLiveDescription).toMatchObject({ TimeToLiveStatus: 'ENABLED', AttributeName: 'expiresAt' });

    const { Attributes } = await clients.sqs.send(
      new GetQueueAttributesCommand({ QueueUrl: a.notesQueueUrl, AttributeNames: ['VisibilityTimeout', 'RedrivePolicy'] }),
    );
    expect(Attributes?.VisibilityTimeout).toBe('45');
    expect(JSON.parse(Attributes!.RedrivePolicy!)).toMatchObject({ deadLetterTargetArn: a.notesDlqArn });
    expect(a.eventsTopicArn).toContain(spec.eventsTopic);
  });
});
