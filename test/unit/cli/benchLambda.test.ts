// The pure parts of `npm run bench -- lambda`: the production package set read from the lockfile (what
// `npm ci --omit=dev` installs), the notes each sample runs, and the deadline every wait carries.
import fs from 'node:fs';
import path from 'node:path';
import { BenchTimeoutError, pickNotes, productionPackages, withTimeout } from '../../../src/cli/benchLambda';

const ROOT = path.resolve(__dirname, '../../..');

describe('production package set', () => {
  test('top-level non-dev lockfile entries only; nested copies travel inside their parent', () => {
    const lock = {
      packages: {
        '': {},
        'node_modules/graphql': {},
        'node_modules/jest': { dev: true },
        'node_modules/@aws-sdk/client-sqs': {},
        'node_modules/@aws-sdk/client-sqs/node_modules/tslib': {},
        'node_modules/fsevents': { optional: true },
      },
    };
    expect(productionPackages(lock)).toEqual([
      { name: 'graphql', optional: false },
      { name: '@aws-sdk/client-sqs', optional: false },
      { name: 'fsevents', optional: true },
    ]);
  });

  test("the project's own lockfile: every runtime dependency is in the set, the test tooling is not", () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { dependencies: Record<string, string>; devDependencies: Record<string, string> };
    const names = new Set(productionPackages(JSON.parse(fs.readFileSync(path.join(ROOT, 'package-lock.json'), 'utf8'))).map((p) => p.name));
    expect(Object.keys(pkg.dependencies).filter((d) => !names.has(d))).toEqual([]);
    // Some devDependencies are also needed by a runtime package (the lockfile then marks them non-dev); these never are.
    for (const tool of ['jest', '@swc/jest', 'aws-cdk-lib', 'cdk-nag']) if (tool in pkg.devDependencies) expect(names.has(tool)).toBe(false);
  });
});

describe('notes per sample', () => {
  const notes = Array.from({ length: 9 }, (_, i) => 'x'.repeat((i + 1) * 100));

  test('the cold job is the median-length note; warm jobs walk the length quantiles', () => {
    const picked = pickNotes(notes, 3);
    expect(picked.cold.length).toBe(500);
    expect(picked.warm.map((t) => t.length)).toEqual([200, 500, 800]);
  });
});

describe('deadlines', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  test('a wait that never ends is rejected with what was awaited', async () => {
    const pending = withTimeout(new Promise<never>(() => undefined), 5_000, 'the notes queue');
    jest.advanceTimersByTime(5_000);
    await expect(pending).rejects.toThrow(BenchTimeoutError);
    await expect(pending).rejects.toThrow(/the notes queue did not finish within 5000 ms/);
  });

  test('a wait that ends in time passes its value through', async () => {
    await expect(withTimeout(Promise.resolve(42), 5_000, 'x')).resolves.toBe(42);
  });
});
