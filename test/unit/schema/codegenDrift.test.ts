import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';

const root = path.join(__dirname, '../../..');
const GENERATED = 'test/generated/graphql.ts';

describe('codegen (test/generated/graphql.ts)', () => {
  it('is up to date with schema/schema.graphql and test/graphql (run `npm run codegen`)', () => {
    // Run the real CLI (it is ESM-only, so not inside Jest's module system) into a temporary file.
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cc-codegen-'));
    try {
      const target = path.join(dir, 'graphql.ts');
      const config = fs.readFileSync(path.join(root, 'codegen.yml'), 'utf8').replace(`${GENERATED}:`, `${JSON.stringify(target)}:`);
      const configFile = path.join(dir, 'codegen.yml');
      fs.writeFileSync(configFile, config);
      execFileSync(process.execPath, [path.join(root, 'node_modules/@graphql-codegen/cli/esm/bin.js'), '--config', configFile, '--silent'], { cwd: root, stdio: 'pipe' });
      expect(fs.readFileSync(target, 'utf8')).toBe(fs.readFileSync(path.join(root, GENERATED), 'utf8'));
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
