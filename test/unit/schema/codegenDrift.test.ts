import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';

const root = path.join(__dirname, '../../..');
/** Every output of codegen.yml: the test suite's documents and the client SDK's. */
const GENERATED = ['test/generated/graphql.ts', 'client/src/generated/graphql.ts'];

describe('codegen (test/generated/graphql.ts, client/src/generated/graphql.ts)', () => {
  it('is up to date with schema/schema.graphql, test/graphql and client/src/operations.graphql (run `npm run codegen`)', () => {
    // Run the real CLI (it is ESM-only, so not inside Jest's module system) into temporary files.
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cc-codegen-'));
    try {
      let config = fs.readFileSync(path.join(root, 'codegen.yml'), 'utf8');
      const targets = GENERATED.map((file, i) => {
        const target = path.join(dir, `graphql-${i}.ts`);
        expect(config).toContain(`  ${file}:`);
        config = config.replace(`  ${file}:`, `  ${JSON.stringify(target)}:`);
        return { file, target };
      });
      const configFile = path.join(dir, 'codegen.yml');
      fs.writeFileSync(configFile, config);
      execFileSync(process.execPath, [path.join(root, 'node_modules/@graphql-codegen/cli/esm/bin.js'), '--config', configFile, '--silent'], { cwd: root, stdio: 'pipe' });
      for (const { file, target } of targets) expect(fs.readFileSync(target, 'utf8')).toBe(fs.readFileSync(path.join(root, file), 'utf8'));
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
