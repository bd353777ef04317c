// Integration: SqsJobQueue and queue provisioning against fauxqs — claim-check messages, long
// polling, visibility changes, depth, and redrive to the DLQ after maxReceiveCount.

import { SendMessageCommand } from '@aws-sdk/client-sqs';
import { provisionQueues } from '../../src/adapters/provision';
import { SqsJobQueue } from '../../src/adapters/sqs/sqsJobQueue';
import { testClients, uniqueName } from '../helpers/infra';

const JOB_ID = '01JCXG8Z9Q4W7N3V5T2R1PKHMB';

describe('SqsJobQueue (fauxqs)', () => {
  const clients = testClients();
  afterAll(() => clients.dispose());

  async function queues(maxReceiveCount = 2) {
    const prefix = uniqueName();
    const provisioned = await provisionQueues(clients.sqs, {
      notesQueue: `${prefix}-notes`,
      notesDlq: `${prefix}-notes-dlq`,
      visibilityTimeoutSeconds: 30,
      maxReceiveCount,
    });
    const malformed: string[] = [];
    return {
      ...provisioned,
      malformed,
      notes: new SqsJobQueue({ client: clients.sqs, queueUrl: provisioned.notesQueueUrl, onMalformed: (id) => malformed.push(id) }),
      dlq: new SqsJobQueue({ client: clients.sqs, queueUrl: provisioned.notesDlqUrl }),
    };
  }

  it('sends only the claim check and receives it with a receive count', async () => {
    const { notes, notesQueueUrl } = await queues();
    await notes.send({ tenantId: 'acme', jobId: JOB_ID });
    const [message] = await notes.receive({ waitTimeSeconds: 1 });
    expect(message).toMatchObject({ tenantId: 'acme', jobId: JOB_ID, receiveCount: 1 });
    expect(message.sentAtMs).toBeGreaterThan(0);
    expect(notesQueueUrl).toContain('-notes');
    await notes.delete(message.receiptHandle);
    expect(await notes.receive({ waitTimeSeconds: 0 })).toEqual([]);
    expect(await notes.depth()).toEqual({ visible: 0, inFlight: 0, delayed: 0 });
  });

  it('long-polls until a message arrives', async () => {
    const { notes } = await queues();
    const started = Date.now();
    const receiving = notes.receive({ waitTimeSeconds: 5 });
    setTimeout(() => void notes.send({ tenantId: 'acme', jobId: JOB_ID }), 300);
    const messages = await receiving;
    expect(messages).toHaveLength(1);
    expect(Date.now() - started).toBeLessThan(4_000);
  });

  it('hides a received message and makes it visible again through changeVisibility', async () => {
    const { notes } = await queues(5);
    await notes.send({ tenantId: 'acme', jobId: JOB_ID });
    const [first] = await notes.receive({ waitTimeSeconds: 1 });
    expect(await notes.depth()).toMatchObject({ visible: 0, inFlight: 1 });
    expect(await notes.receive({ waitTimeSeconds: 0 })).toEqual([]);
    await notes.changeVisibility(first.receiptHandle, 0);
    const [second] = await notes.receive({ waitTimeSeconds: 1 });
    expect(second.jobId).toBe(JOB_ID);
    expect(second.receiveCount).toBe(2);
  });

  it('reports delayed messages in depth', async () => {
    const { notes } = await queues();
    await notes.send({ tenantId: 'acme', jobId: JOB_ID }, { delaySeconds: 60 });
    expect(await notes.depth()).toMatchObject({ delayed: 1, visible: 0 });
  });

  it('moves a message to the DLQ after maxReceiveCount receives', async () => {
    const { notes, dlq } = await queues(2);
    await notes.send({ tenantId: 'acme', jobId: JOB_ID });
    for (let i = 1; i <= 2; i++) {
      const [m] = await notes.receive({ waitTimeSeconds: 1 });
      expect(m.receiveCount).toBe(i);
      await notes.changeVisibility(m.receiptHandle, 0); // simulate a failed attempt
    }
    expect(await notes.receive({ waitTimeSeconds: 1 })).toEqual([]);
    expect((await dlq.depth()).visible).toBe(1);
    const [dead] = await dlq.receive({ waitTimeSeconds: 1 });
    expect(dead).toMatchObject({ tenantId: 'acme', jobId: JOB_ID });
  });

  it('never returns a malformed body as a job; it is reported by id and left for the DLQ', async () => {
    const { notes, notesQueueUrl, malformed, dlq } = await queues(1);
    await clients.sqs.send(new SendMessageCommand({ QueueUrl: notesQueueUrl, MessageBody: '{"jobId":"x"}' }));
    expect(await notes.receive({ waitTimeSeconds: 1, visibilityTimeoutSeconds: 0 })).toEqual([]);
    expect(malformed).toHaveLength(1);
    expect(await notes.receive({ waitTimeSeconds: 1 })).toEqual([]);
    expect((await dlq.depth()).visible).toBe(1);
  });

  it('provisioning queues again is idempotent and applies changed settings', async () => {
    const prefix = uniqueName();
    const spec = { notesQueue: `${prefix}-n`, notesDlq: `${prefix}-d`, visibilityTimeoutSeconds: 30, maxReceiveCount: 3 };
    const a = await provisionQueues(clients.sqs, spec);
    const b = await provisionQueues(clients.sqs, { ...spec, maxReceiveCount: 4 });
    expect(b).toEqual(a);
    const { GetQueueAttributesCommand } = await import('@aws-sdk/client-sqs');
    const { Attributes } = await clients.sqs.send(
      new GetQueueAttributesCommand({ QueueUrl: b.notesQueueUrl, AttributeNames: ['RedrivePolicy'] }),
    );
    expect(JSON.parse(Attributes!.RedrivePolicy!)).toMatchObject({ deadLetterTargetArn: a.notesDlqArn });
    expect(Number(JSON.parse(Attributes!.RedrivePolicy!).maxReceiveCount)).toBe(4);
  });
});
