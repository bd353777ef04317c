// Unit: the Neoplasm Table's process-wide maps are keyed by everything they are read from, so a caller naming other
// data (another Table directory) never gets a map built from the default one, nor the default caller its map.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { loadCodeSet } from '../../../src/engine/icd10';
import { secondaryFor, secondaryOfPrimary } from '../../../src/engine/coding/neoplasms';

const codeSet = loadCodeSet(2027);

describe('neoplasm secondary map keyed by code set and Table directory', () => {
  let dir: string;
  beforeAll(() => {
    // An invented one-row Table whose secondary cell differs from the official row of that primary.
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cc-neoplasm-'));
    const tsv = 'site\tprimary\tsecondary\tin situ\tbenign\tuncertain\tunspecified\nliver\tC22.0\tC79.51\t\t\t\t\n';
    fs.writeFileSync(path.join(dir, 'neoplasm.tsv.br'), zlib.brotliCompressSync(Buffer.from(tsv)));
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('another Table directory gets its own map, whichever is built first', () => {
    const own = secondaryOfPrimary(codeSet, dir);
    expect([...own]).toEqual([['C22.0', 'C79.51']]);
    const official = secondaryOfPrimary(codeSet);
    expect(official.size).toBeGreaterThan(100);
    expect(official.get('C22.0')).not.toBe('C79.51');
    expect(secondaryOfPrimary(codeSet, dir)).toBe(own);
  });

  it('the default directory\'s map answers the Table row of a primary site (bone → C79.51)', () => {
    expect(secondaryFor(codeSet, 'C41.9')).toBe('C79.51');
  });
});
