// Owns configuration: every environment variable the service reads is parsed and validated here,
// once, at start. A bad value throws ConfigError naming the variable and what it expected.
// Defaults live in src/domain/constants.ts.

import * as path from 'node:path';
import { ConfigError } from './errors';
import { DEFAULTS, LIMITS } from './domain/constants';

export type Mode = 'embedded' | 'split';
export type ModelProviderName = 'local' | 'bedrock';
export type LogLevel = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';

export type AuthConfig =
  | { kind: 'local'; jwtSecretFile: string }
  | { kind: 'oidc'; issuer: string; jwksUrl: string; audience: string };

export interface Config {
  mode: Mode;
  port: number;
  /** Absolute. Holds DynamoDB Local data, the key-encryption key and the local JWT secret. */
  dataDir: string;
  aws: {
    region: string;
    /** Unset = the real AWS endpoint for the region. In embedded mode the launcher fills them in. */
    dynamodbEndpoint?: string;
    sqsEndpoint?: string;
    snsEndpoint?: string;
  };
  tables: { jobs: string };
  queues: { notes: string; notesDlq: string; eventsTopic: string; eventsQueuePrefix: string };
  limits: { maxNoteChars: number };
  worker: { concurrency: number; visibilityTimeoutSeconds: number; maxReceiveCount: number };
  icd10FiscalYear: number;
  models: {
    summarizer: ModelProviderName;
    coder: ModelProviderName;
    /** Added to every local model call: lets demos, e2e tests and benchmarks stand in for a remote model's latency. */
    localLatencyMs: number;
  };
  logLevel: LogLevel;
  auth: AuthConfig;
  local: { dynamodbPort: number; sqsPort: number; keyFile: string };
}

type Env = Record<string, string | undefined>;

const MODES = ['embedded', 'split'] as const;
const PROVIDERS = ['local', 'bedrock'] as const;
const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
// SQS queue names: 1-80 chars of alphanumerics, hyphens, underscores (leaving room for suffixes).
const RESOURCE_NAME = /^[A-Za-z0-9_-]{1,60}$/;
const TABLE_NAME = /^[A-Za-z0-9_.-]{3,255}$/;
const REGION = /^[a-z]{2}(-[a-z]+)+-\d$/;

function fail(variable: string, expected: string, value?: string): never {
  // The value is echoed only when short: config values are not PHI but may be long secrets/paths.
  const shown = value !== undefined && value.length <= 80 ? ` (got "${value}")` : '';
  throw new ConfigError(`${variable} must be ${expected}${shown}`, { variable, expected });
}

function raw(env: Env, name: string): string | undefined {
  const value = env[name];
  if (value === undefined) return undefined;
  const trimmed = value.trim();
  return trimmed === '' ? undefined : trimmed;
}

function int(env: Env, name: string, fallback: number, min: number, max: number): number {
  const value = raw(env, name);
  if (value === undefined) return fallback;
  if (!/^-?\d+$/.test(value)) fail(name, `an integer between ${min} and ${max}`, value);
  const parsed = Number(value);
  if (parsed < min || parsed > max) fail(name, `an integer between ${min} and ${max}`, value);
  return parsed;
}

function oneOf<T extends string>(env: Env, name: string, allowed: readonly T[], fallback: T): T {
  const value = raw(env, name);
  if (value === undefined) return fallback;
  if (!(allowed as readonly string[]).includes(value)) fail(name, `one of ${allowed.join(', ')}`, value);
  return value as T;
}

function url(env: Env, name: string, protocols: readonly string[] = ['http:', 'https:']): string | undefined {
  const value = raw(env, name);
  if (value === undefined) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(value);
  } catch {
    return fail(name, `an absolute URL (${protocols.join(' or ')})`, value);
  }
  if (!protocols.includes(parsed.protocol)) fail(name, `an absolute URL (${protocols.join(' or ')})`, value);
  return value.replace(/\/+$/, '');
}

function name(env: Env, variable: string, fallback: string, pattern: RegExp, expected: string): string {
  const value = raw(env, variable) ?? fallback;
  if (!pattern.test(value)) fail(variable, expected, value);
  return value;
}

function prefix(env: Env, variable: string, fallback: string): string {
  const value = env[variable] === undefined ? fallback : env[variable]!.trim();
  if (!/^[A-Za-z0-9_-]{0,40}$/.test(value)) fail(variable, 'up to 40 letters, digits, "-" or "_"', value);
  return value;
}

export function loadConfig(env: Env = process.env, cwd: string = process.cwd()): Config {
  const mode = oneOf(env, 'MODE', MODES, DEFAULTS.mode);
  const dataDir = path.resolve(cwd, raw(env, 'DATA_DIR') ?? DEFAULTS.dataDir);

  const region = raw(env, 'AWS_REGION') ?? raw(env, 'AWS_DEFAULT_REGION') ?? DEFAULTS.awsRegion;
  if (!REGION.test(region)) fail('AWS_REGION', 'an AWS region such as us-east-1', region);
  const dynamodbEndpoint = url(env, 'DYNAMODB_ENDPOINT');
  const sqsEndpoint = url(env, 'SQS_ENDPOINT');
  const snsEndpoint = url(env, 'SNS_ENDPOINT');
  if (mode === 'embedded') {
    for (const [variable, value] of [
      ['DYNAMODB_ENDPOINT', dynamodbEndpoint],
      ['SQS_ENDPOINT', sqsEndpoint],
      ['SNS_ENDPOINT', snsEndpoint],
    ] as const) {
      if (value !== undefined) {
        fail(variable, 'unset when MODE=embedded (the embedded mode starts its own servers; use MODE=split to point at existing ones)');
      }
    }
  }

  const tablePrefix = prefix(env, 'TABLE_PREFIX', DEFAULTS.tablePrefix);
  const queuePrefix = prefix(env, 'QUEUE_PREFIX', DEFAULTS.queuePrefix);
  const queueExpected = '1-60 letters, digits, "-" or "_"';

  const modelProvider = oneOf(env, 'MODEL_PROVIDER', PROVIDERS, DEFAULTS.modelProvider);

  const visibilityTimeoutSeconds = int(
    env,
    'VISIBILITY_TIMEOUT_SECONDS',
    DEFAULTS.visibilityTimeoutSeconds,
    1,
    LIMITS.maxVisibilityTimeoutSeconds,
  );

  return {
    mode,
    port: int(env, 'PORT', DEFAULTS.port, 0, 65_535),
    dataDir,
    aws: {
      region,
      ...(dynamodbEndpoint ? { dynamodbEndpoint } : {}),
      ...(sqsEndpoint ? { sqsEndpoint } : {}),
      ...(snsEndpoint ? { snsEndpoint } : {}),
    },
    tables: {
      jobs: name(env, 'JOBS_TABLE', `${tablePrefix}jobs`, TABLE_NAME, '3-255 letters, digits, ".", "-" or "_"'),
    },
    queues: {
      notes: name(env, 'NOTES_QUEUE', `${queuePrefix}notes`, RESOURCE_NAME, queueExpected),
      notesDlq: name(env, 'NOTES_DLQ', `${queuePrefix}notes-dlq`, RESOURCE_NAME, queueExpected),
      eventsTopic: name(env, 'EVENTS_TOPIC', `${queuePrefix}events`, RESOURCE_NAME, queueExpected),
      eventsQueuePrefix: name(env, 'EVENTS_QUEUE_PREFIX', `${queuePrefix}events-`, /^[A-Za-z0-9_-]{1,40}$/, '1-40 letters, digits, "-" or "_"'),
    },
    limits: { maxNoteChars: int(env, 'MAX_NOTE_CHARS', DEFAULTS.maxNoteChars, 1, 10_000_000) },
    worker: {
      concurrency: int(env, 'WORKER_CONCURRENCY', DEFAULTS.workerConcurrency, 1, LIMITS.maxWorkerConcurrency),
      visibilityTimeoutSeconds,
      maxReceiveCount: int(env, 'MAX_RECEIVE_COUNT', DEFAULTS.maxReceiveCount, 1, LIMITS.maxReceiveCountCeiling),
    },
    icd10FiscalYear: int(env, 'ICD10_FISCAL_YEAR', DEFAULTS.icd10FiscalYear, 2000, 2100),
    models: {
      summarizer: oneOf(env, 'SUMMARIZER_PROVIDER', PROVIDERS, modelProvider),
      coder: oneOf(env, 'CODER_PROVIDER', PROVIDERS, modelProvider),
      localLatencyMs: int(env, 'LOCAL_MODEL_LATENCY_MS', DEFAULTS.localModelLatencyMs, 0, 600_000),
    },
    logLevel: oneOf(env, 'LOG_LEVEL', LOG_LEVELS, DEFAULTS.logLevel),
    auth: loadAuth(env, dataDir, cwd),
    local: {
      dynamodbPort: int(env, 'LOCAL_DYNAMODB_PORT', DEFAULTS.localDynamodbPort, 0, 65_535),
      sqsPort: int(env, 'LOCAL_SQS_PORT', DEFAULTS.localSqsPort, 0, 65_535),
      keyFile: path.join(dataDir, 'keys', 'note-kek'),
    },
  };
}

function loadAuth(env: Env, dataDir: string, cwd: string): AuthConfig {
  const secretFile = raw(env, 'JWT_SECRET_FILE');
  const issuer = url(env, 'OIDC_ISSUER', ['https:', 'http:']);
  const jwksUrl = url(env, 'OIDC_JWKS_URL', ['https:', 'http:']);
  const audience = raw(env, 'OIDC_AUDIENCE');
  const anyOidc = issuer !== undefined || jwksUrl !== undefined || audience !== undefined;

  if (secretFile !== undefined && anyOidc) {
    fail('JWT_SECRET_FILE', 'unset when OIDC_ISSUER/OIDC_JWKS_URL/OIDC_AUDIENCE are set (choose one way to verify tokens)');
  }
  if (anyOidc) {
    if (issuer === undefined) fail('OIDC_ISSUER', 'the token issuer URL when any OIDC_* variable is set');
    if (audience === undefined) fail('OIDC_AUDIENCE', 'the expected token audience when any OIDC_* variable is set');
    // Cognito and most OIDC providers publish their keys at this well-known path.
    return { kind: 'oidc', issuer, audience, jwksUrl: jwksUrl ?? `${issuer}/.well-known/jwks.json` };
  }
  return { kind: 'local', jwtSecretFile: secretFile ? path.resolve(cwd, secretFile) : path.join(dataDir, 'jwt-secret') };
}

/** The embedded launcher's endpoints merged into a config (the only way endpoints appear in embedded mode). */
export function withEndpoints(
  config: Config,
  endpoints: { dynamodbEndpoint: string; sqsEndpoint: string; snsEndpoint: string },
): Config {
  return { ...config, aws: { ...config.aws, ...endpoints } };
}
