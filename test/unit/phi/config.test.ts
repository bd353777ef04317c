// Owns the unit test of the PHI deployment settings in loadConfig: recognizer switches and list files.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../../../src/config';

describe('loadConfig: PHI deployment settings', () => {
  const dir = mkdtempSync(join(tmpdir(), 'phi-config-'));
  writeFileSync(join(dir, 'allow.txt'), 'Mercy Score\n');

  it('defaults to every recognizer and no lists', () => {
    expect(loadConfig({}, dir).phi).toEqual({ disabledRecognizers: [], allowListFile: undefined, denyListFile: undefined });
  });

  it('reads recognizer names and resolves list files against the working directory', () => {
    const phi = loadConfig({ PHI_DISABLED_RECOGNIZERS: 'email, url.domain', PHI_ALLOW_LIST_FILE: 'allow.txt' }, dir).phi;
    expect(phi).toEqual({ disabledRecognizers: ['email', 'url.domain'], allowListFile: join(dir, 'allow.txt'), denyListFile: undefined });
  });

  it('fails fast on a missing list file or a malformed name, naming the variable', () => {
    expect(() => loadConfig({ PHI_DENY_LIST_FILE: 'nope.txt' }, dir)).toThrow(/PHI_DENY_LIST_FILE/);
    expect(() => loadConfig({ PHI_DISABLED_RECOGNIZERS: 'Email!' }, dir)).toThrow(/PHI_DISABLED_RECOGNIZERS/);
  });
});
