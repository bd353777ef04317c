// Owns the Java precondition of DynamoDB Local: finds `java`, checks it is 17+, and says how to fix it.

import { spawnSync } from 'node:child_process';
import { LocalInfrastructureError } from './errors';

export const MIN_JAVA_MAJOR = 17;
const INSTALL_HINT =
  'Install Java 17+ (Debian/Ubuntu: `sudo apt-get install openjdk-17-jre-headless`; macOS: `brew install openjdk@17`), ' +
  'or set MODE=split and point DYNAMODB_ENDPOINT/SQS_ENDPOINT/SNS_ENDPOINT at existing servers or AWS.';

/** `openjdk version "17.0.15"` → 17; `java version "1.8.0_392"` → 8. */
export function parseJavaMajor(versionOutput: string): number | undefined {
  const match = /version "(\d+)(?:\.(\d+))?/.exec(versionOutput);
  if (!match) return undefined;
  const first = Number(match[1]);
  return first === 1 && match[2] !== undefined ? Number(match[2]) : first;
}

export function assertJava(command = 'java'): number {
  const result = spawnSync(command, ['-version'], { encoding: 'utf8', timeout: 15_000 });
  if (result.error) {
    const missing = (result.error as NodeJS.ErrnoException).code === 'ENOENT';
    throw new LocalInfrastructureError(
      missing
        ? `DynamoDB Local needs Java ${MIN_JAVA_MAJOR}+, but \`${command}\` was not found on PATH. ${INSTALL_HINT}`
        : `Could not run \`${command} -version\`: ${result.error.message}. ${INSTALL_HINT}`,
      { command },
    );
  }
  const major = parseJavaMajor(`${result.stderr}\n${result.stdout}`);
  if (major === undefined || major < MIN_JAVA_MAJOR) {
    throw new LocalInfrastructureError(
      `DynamoDB Local needs Java ${MIN_JAVA_MAJOR}+, found ${major ?? 'an unknown version'}. ${INSTALL_HINT}`,
      { command, major },
    );
  }
  return major;
}
