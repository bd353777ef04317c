// Owns the tests of per-deployment word lists: a clinic's own staff names, places and jargon, loaded from a
// file, change what the name, place and default-deny units take (guideline: local lists override vendored ones).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadLexicon, readDeploymentLists, redactWith, type Lexicon } from '../../../src/engine/phi';

describe('per-deployment allow and deny lists', () => {
  let dir: string;
  let lex: Lexicon;
  let vendoredOnly: Lexicon;

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'phi-lists-'));
    const file = join(dir, 'site.txt');
    writeFileSync(file, [
      '# invented site lists',
      '[names]',
      'Joy Baker',
      '[places]',
      'Quillmarsh',
      'Glen Marrow',
      '[allow]',
      'Zentrolex  # a local order-set name',
    ].join('\n'));
    lex = loadLexicon(undefined, readDeploymentLists(file));
    vendoredOnly = loadLexicon();
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const redacted = (text: string): string[] => redactWith(lex, text).spans.map((s) => text.slice(s.start, s.end));

  const redactedByDefault = (text: string): string[] => redactWith(vendoredOnly, text).spans.map((s) => text.slice(s.start, s.end));

  it('a local staff name is a name even where it is an English word', () => {
    const text = 'Reviewed with Joy Baker this morning.';
    expect(redactedByDefault(text)).toEqual([]);
    expect(redacted(text)).toContain('Joy Baker');
  });
  it('a local town is a place wherever it is written capitalised', () => {
    const text = 'The Quillmarsh team will follow up.';
    expect(redactedByDefault(text)).toEqual([]);
    expect(redacted(text)).toEqual(['Quillmarsh']);
    expect(redacted('Lives in Glen Marrow with her son.').join(' ')).toContain('Glen Marrow');
  });
  it('a local jargon word is never taken by the default-deny pass', () => {
    const text = 'Plan discussed with Zentrolex nurse navigator.';
    // Without the site list the default-deny pass takes the unknown capitalised word after "discussed with".
    expect(redactedByDefault(text)).toEqual(['Zentrolex']);
    expect(redacted(text)).toEqual([]);
  });
  it('a malformed list file stops with the line number', () => {
    const bad = join(dir, 'bad.txt');
    writeFileSync(bad, 'Quillhaven\n');
    expect(() => readDeploymentLists(bad)).toThrow(/bad\.txt:1: entry before any section/);
  });
});
