// Owns the versioned model prompts. Each prompt is a file `<role>.v<N>.md` next to this module (the
// build has no asset step, so from dist/ it walks up to the source tree, like the ICD-10 data
// loader). The version stored with each report is `<role>.v<N>+<sha256 prefix>`, so an edited
// file can never pass for the text it replaced.
import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import { ConfigError } from '../../errors';
import type { ModelRole } from '../port';

/** The prompt version each role uses in this build. Bump with a new file, never edit one in place. */
export const PROMPT_VERSIONS: Readonly<Record<ModelRole, number>> = { summarizer: 2, coder: 2 };

export interface Prompt {
  role: ModelRole;
  /** e.g. "coder.v1+3f2a9c1e" */
  version: string;
  text: string;
}

const cache = new Map<string, Prompt>();

function findPromptFile(file: string): string {
  const direct = path.join(__dirname, file);
  if (fs.existsSync(direct)) return direct;
  let dir = __dirname;
  for (let i = 0; i < 8; i++) {
    const candidate = path.join(dir, 'src', 'models', 'prompts', file);
    if (fs.existsSync(candidate)) return candidate;
    dir = path.dirname(dir);
  }
  throw new ConfigError(`Model prompt ${file} not found next to ${__dirname} or in src/models/prompts`);
}

export function loadPrompt(role: ModelRole, version: number = PROMPT_VERSIONS[role]): Prompt {
  const name = `${role}.v${version}`;
  let prompt = cache.get(name);
  if (!prompt) {
    const text = fs.readFileSync(findPromptFile(`${name}.md`), 'utf8').trim();
    const digest = crypto.createHash('sha256').update(text).digest('hex').slice(0, 8);
    prompt = { role, version: `${name}+${digest}`, text };
    cache.set(name, prompt);
  }
  return prompt;
}
