// Integration: the embedded launcher's own guarantees. The Java check is cheap and always runs;
// the restart and crash tests each start extra JVMs (a few seconds each)
// (the shared servers of the run are already proof that startup works).

import { CreateTableCommand, ListTablesCommand } from '@aws-sdk/client-dynamodb';
import { ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { createAwsClients, destroyAwsClients } from '../../src/adapters/awsClients';
import { LocalInfrastructureError } from '../../src/local/errors';
import { assertJava, parseJavaMajor } from '../../src/local/java';

describe('Java precondition', () => {
  it('says how to install Java when it is missing', () => {
    let error: unknown;
    try {
      assertJava('java-that-does-not-exist');
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(LocalInfrastructureError);
    expect((error as Error).message).toContain('apt-get install openjdk-17-jre-headless');
    expect((error as Error).message).toContain('was not found on PATH');
  });

  it('parses old and new version strings', () => {
    expect(parseJavaMajor('openjdk version "17.0.15" 2025-04-15')).toBe(17);
    expect(parseJavaMajor('java version "1.8.0_392"')).toBe(8);
    expect(parseJavaMajor('openjdk version "21" 2023-09-19')).toBe(21);
    expect(parseJavaMajor('nothing')).toBeUndefined();
  });
});


interface ChildInfo {
  dynamodbEndpoint: string;
  sqsEndpoint: string;
  dynamodbPid: number;
}

function startChild(dataDir: string): Promise<{ child: ChildProcess; info: ChildInfo }> {
  const child = spawn(
    process.execPath,
    ['-r', path.join(__dirname, '../helpers/tsRequire.js'), path.join(__dirname, '../helpers/launcherChild.ts'), dataDir],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  return new Promise((resolve, reject) => {
    let out = '';
    let err = '';
    child.stderr!.on('data', (d: Buffer) => (err += d.toString()));
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const line = out.split('\n').find((l) => l.startsWith('{'));
      if (line) resolve({ child, info: JSON.parse(line) as ChildInfo });
    });
    child.once('exit', (code) => reject(new Error(`launcher child exited ${code}: ${err}`)));
  });
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function waitUntil(predicate: () => boolean, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (predicate()) return true;
    await new Promise((r) => setTimeout(r, 100));
  }
  return predicate();
}

describe('embedded launcher (extra JVMs)', () => {
  let dataDir: string;
  beforeAll(() => {
    dataDir = mkdtempSync(path.join(tmpdir(), 'cc-launcher-'));
  });
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('keeps DynamoDB data across a restart and stops the JVM on SIGTERM', async () => {
    const first = await startChild(dataDir);
    const clients = createAwsClients({ region: 'us-east-1', dynamodbEndpoint: first.info.dynamodbEndpoint });
    await clients.dynamodb.send(
      new CreateTableCommand({
        TableName: 'survives-restart',
        BillingMode: 'PAY_PER_REQUEST',
        AttributeDefinitions: [{ AttributeName: 'pk', AttributeType: 'S' }],
        KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }],
      }),
    );
    destroyAwsClients(clients);
    first.child.kill('SIGTERM');
    expect(await waitUntil(() => !alive(first.info.dynamodbPid), 10_000)).toBe(true);

    const second = await startChild(dataDir);
    const again = createAwsClients({ region: 'eu-west-1', dynamodbEndpoint: second.info.dynamodbEndpoint });
    const { TableNames } = await again.dynamodb.send(new ListTablesCommand({}));
    destroyAwsClients(again);
    expect(TableNames).toContain('survives-restart'); // -sharedDb: region/credentials do not matter
    second.child.kill('SIGTERM');
    expect(await waitUntil(() => !alive(second.info.dynamodbPid), 10_000)).toBe(true);
  }, 90_000);

  it('leaves no JVM behind when the parent is SIGKILLed', async () => {
    const { child, info } = await startChild(dataDir);
    expect(alive(info.dynamodbPid)).toBe(true);
    child.kill('SIGKILL');
    expect(await waitUntil(() => !alive(info.dynamodbPid), 10_000)).toBe(true);
  }, 60_000);
});
