// Owns finding the project's vendored data: data/<name> in the nearest folder above a module that holds
// it, so the engine works from src/ under Jest, from dist/, and from an installed package alike.
import fs from 'node:fs';
import path from 'node:path';

/** The nearest data/<name> above `from` that contains `marker`, or undefined. */
export function findDataDir(name: string, marker: string, from: string = __dirname): string | undefined {
  for (let dir = from; ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, 'data', name);
    if (fs.existsSync(path.join(candidate, marker))) return candidate;
    if (path.dirname(dir) === dir) return undefined;
  }
}
