// The README's SDK example is runnable documentation: it is taken from README.md as written,
// compiled, and run against a real in-process API; its output is checked.
// Compiled with @swc/core, the compiler Jest runs every test file through, not the TypeScript compiler: loading
// `typescript` (9 MB of JavaScript, in no other unit file) into this file's context cost more CPU than the test.
import fs from 'node:fs';
import path from 'node:path';
import { transformSync } from '@swc/core';
import { startMemoryService, type MemoryService } from '../../helpers/memoryService';

const README = path.join(__dirname, '../../../README.md');

/** The first ```ts block of the "Client SDK" section. */
function sdkExample(): string {
  const readme = fs.readFileSync(README, 'utf8');
  const section = readme.slice(readme.indexOf('## Client SDK'));
  const match = /```ts\n([\s\S]*?)```/.exec(section);
  if (!match) throw new Error('README has no ts example in the Client SDK section');
  return match[1];
}

describe('README client SDK example', () => {
  let service: MemoryService;
  beforeAll(async () => {
    service = await startMemoryService();
  });
  afterAll(() => service.stop());

  it('is at most ten lines and runs: submits, waits, prints the codes, pages jobs, shows a typed error', async () => {
    const source = sdkExample();
    expect(source.trim().split('\n').length).toBeLessThanOrEqual(10);
    const js = transformSync(source, {
      filename: 'readme-example.ts',
      jsc: { parser: { syntax: 'typescript' }, target: 'es2022' },
      module: { type: 'commonjs' },
    }).code;
    const lines: string[] = [];
    const fakeConsole = { log: (...args: unknown[]) => lines.push(args.map(String).join(' ')) };
    const localRequire = (id: string) => (id === '@chartcoder/client' ? require('../../../client/src') : require(id));
    const env = { CHARTCODER_URL: service.url, CHARTCODER_TOKEN: await service.token() };
    // Top-level await: the module body runs inside an async function.
    const run = new Function('require', 'exports', 'console', 'process', `return (async () => {\n${js}\n})();`);
    await run(localRequire, {}, fakeConsole, { env });

    expect(lines[0]).toMatch(/^(COMPLETED|NEEDS_REVIEW) .*I10 Essential \(primary\) hypertension/);
    expect(lines.slice(1, -1).length).toBeGreaterThanOrEqual(lines[0].startsWith('COMPLETED') ? 1 : 0);
    for (const l of lines.slice(1, -1)) expect(l).toMatch(/ PROGRESS_NOTE \d{4}-\d{2}-\d{2}T/);
    expect(lines.at(-1)).toBe('true NOT_FOUND');
  });
});
