// Unit: recovery from a messaging server that lost its queues and topic (restart without persistence):
// recreate once however many callers notice, retry the failed call once, leave other errors alone.
import type { SQSClient } from '@aws-sdk/client-sqs';
import { isMissingQueue, isMissingTopic, MessagingRecovery } from '../../../src/adapters/messagingRecovery';
import { SqsJobQueue } from '../../../src/adapters/sqs/sqsJobQueue';

const missingQueue = () => Object.assign(new Error('The specified queue does not exist.'), { name: 'QueueDoesNotExist', Code: 'AWS.SimpleQueueService.NonExistentQueue' });
const missingTopic = () => Object.assign(new Error('Topic does not exist'), { name: 'NotFoundException', Code: 'NotFound' });
const JOB = { tenantId: 'acme', jobId: '01JCXG8Z9Q4W7N3V5T2R1PK001' };

describe('MessagingRecovery', () => {
  it('recognises SQS and SNS "does not exist" answers by name or query-protocol code, nothing else', () => {
    expect(isMissingQueue(missingQueue())).toBe(true);
    expect(isMissingQueue({ Code: 'AWS.SimpleQueueService.NonExistentQueue' })).toBe(true);
    expect(isMissingTopic(missingTopic())).toBe(true);
    expect(isMissingQueue(Object.assign(new Error('x'), { name: 'ThrottlingException' }))).toBe(false);
    expect(isMissingTopic(Object.assign(new Error('x'), { name: 'ResourceNotFoundException' }))).toBe(false);
  });

  it('recreates once for a burst of callers and retries each failed call once', async () => {
    let recreated = 0;
    let exists = false;
    const recovery = new MessagingRecovery(async () => {
      recreated++;
      await new Promise((r) => setImmediate(r));
      exists = true;
    });
    const op = async () => {
      if (!exists) throw missingQueue();
      return 'sent';
    };
    await expect(Promise.all([recovery.run(op), recovery.run(op), recovery.run(op)])).resolves.toEqual(['sent', 'sent', 'sent']);
    expect(recreated).toBe(1);
    expect(recovery.recoveries).toBe(1);
  });

  it('does not touch resources for any other error, and gives up after one retry', async () => {
    let recreated = 0;
    const recovery = new MessagingRecovery(async () => void recreated++);
    await expect(recovery.run(async () => Promise.reject(Object.assign(new Error('slow down'), { name: 'ThrottlingException' })))).rejects.toMatchObject({ name: 'ThrottlingException' });
    expect(recreated).toBe(0);
    await expect(recovery.run(async () => Promise.reject(missingQueue()))).rejects.toMatchObject({ name: 'QueueDoesNotExist' });
    expect(recreated).toBe(1);
  });

  it('SqsJobQueue sends the claim check again after the queue was recreated (the SQS server restarted)', async () => {
    const sent: string[] = [];
    let queueExists = false;
    const client = {
      send: async (command: { constructor: { name: string }; input: { MessageBody?: string } }) => {
        if (!queueExists) throw missingQueue();
        sent.push(command.input.MessageBody ?? '');
        return {};
      },
    } as unknown as SQSClient;
    const recovery = new MessagingRecovery(async () => void (queueExists = true));
    const queue = new SqsJobQueue({ client, queueUrl: 'http://127.0.0.1:1/000000000000/notes', recovery });
    await queue.send(JOB);
    expect(sent.map((b) => JSON.parse(b))).toEqual([{ v: 1, ...JOB }]);
    expect(recovery.recoveries).toBe(1);
  });
});
