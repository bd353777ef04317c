// /readyz tells the load balancer the truth (issue 11 §5): 503 while a critical dependency (jobs table,
// notes queue) fails or does not answer in time, or while the instance shuts down; an open model breaker
// is reported but never takes the API out of rotation (submits only write and enqueue).
import { LocalTokenVerifier } from '../../../src/auth';
import type { AppServices } from '../../../resolvers/context';
import { bedrockBreakerState, NotReadyError, Readiness, type ReadinessCheck } from '../../../src/server/readiness';
import { startTestApiServer } from '../../helpers/apiServer';

const ok = (name: string): ReadinessCheck => ({ name, check: async () => undefined });
const failing = (name: string): ReadinessCheck => ({ name, check: async () => Promise.reject(Object.assign(new Error('connect ECONNREFUSED'), { name: 'Error' })) });
const hanging = (name: string): ReadinessCheck => ({ name, check: () => new Promise<void>(() => undefined) });

describe('Readiness', () => {
  it('is ready when every check answers', async () => {
    expect(await new Readiness([ok('dynamodb'), ok('sqs')]).report()).toEqual({ httpStatus: 200, body: { status: 'ready', checks: { dynamodb: 'ok', sqs: 'ok' } } });
  });

  it('is not ready (503) when a critical dependency fails, naming it', async () => {
    const failures: string[] = [];
    const report = await new Readiness([ok('dynamodb'), failing('sqs')], { onFailure: (name) => failures.push(name) }).report();
    expect(report).toEqual({ httpStatus: 503, body: { status: 'not ready', checks: { dynamodb: 'ok', sqs: 'failing' } } });
    expect(failures).toEqual(['sqs']);
  });

  it('is not ready when a critical dependency does not answer within its deadline (a hung store is a down store)', async () => {
    const report = await new Readiness([hanging('dynamodb'), ok('sqs')], { timeoutMs: 20 }).report();
    expect(report).toEqual({ httpStatus: 503, body: { status: 'not ready', checks: { dynamodb: 'timeout', sqs: 'ok' } } });
  });

  it('stays in rotation, degraded, when only an informational check fails (every Bedrock region open)', async () => {
    const bedrock: ReadinessCheck = { name: 'bedrock', critical: false, check: async () => bedrockBreakerState(['us-east-1', 'us-west-2'], new Map([['us-east-1', 'open'], ['us-west-2', 'open']])) };
    expect(await new Readiness([ok('dynamodb'), bedrock]).report()).toEqual({
      httpStatus: 200,
      body: { status: 'degraded', checks: { dynamodb: 'ok', bedrock: 'us-east-1 open, us-west-2 open' } },
    });
  });

  it('answers 503 "shutting down" once shutdown began, without asking the dependencies', async () => {
    let asked = 0;
    const readiness = new Readiness([{ name: 'dynamodb', check: async () => void asked++ }]);
    readiness.beginShutdown();
    expect(await readiness.report()).toEqual({ httpStatus: 503, body: { status: 'shutting down', checks: {} } });
    expect(asked).toBe(0);
  });
});

describe('bedrockBreakerState', () => {
  it('says closed when every region is, each region otherwise, and refuses only when all are open', () => {
    expect(bedrockBreakerState(['us-east-1', 'us-west-2'], new Map())).toBe('closed');
    expect(bedrockBreakerState(['us-east-1', 'us-west-2'], new Map([['us-east-1', 'open']]))).toBe('us-east-1 open, us-west-2 closed');
    expect(() => bedrockBreakerState(['us-east-1'], new Map([['us-east-1', 'open']]))).toThrow(NotReadyError);
  });
});

describe('GET /readyz on the API server', () => {
  it('answers the report over HTTP: 200 when ready, 503 as soon as a critical dependency fails', async () => {
    let sqsUp = true;
    const { api, url } = await startTestApiServer({} as AppServices, new LocalTokenVerifier(new Uint8Array(32).fill(3)), [
      ok('dynamodb'),
      { name: 'sqs', check: async () => (sqsUp ? undefined : Promise.reject(new Error('down'))) },
    ]);
    const readyz = url.replace('/graphql', '/readyz');
    try {
      let res = await fetch(readyz);
      expect([res.status, await res.json()]).toEqual([200, { status: 'ready', checks: { dynamodb: 'ok', sqs: 'ok' } }]);
      sqsUp = false;
      res = await fetch(readyz);
      expect([res.status, await res.json()]).toEqual([503, { status: 'not ready', checks: { dynamodb: 'ok', sqs: 'failing' } }]);
    } finally {
      await api.stop();
    }
  });
});
