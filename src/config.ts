// Owns configuration: every environment variable the service reads is parsed and validated here,
// once, at start. A bad value throws ConfigError naming the variable and what it expected.
// Defaults live in src/domain/constants.ts.
import { SUMMARY_DEFAULTS } from './engine/summarize/defaults';
import { isRole, TENANT_PATTERN, type Role } from './auth/principal';
import type { GraphqlLimits } from './server/limits';
import { REDACTION_MODES, type RedactionMode } from './engine/types';

import * as fs from 'node:fs';
import * as path from 'node:path';
import { ConfigError } from './errors';
import { BEDROCK_DEFAULTS, DEFAULTS, LIMITS } from './domain/constants';
import type { RetentionPolicy } from './domain/retention';

export type Mode = 'embedded' | 'split';
export type ModelProviderName = 'local' | 'bedrock';
export type LogLevel = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';

export type AuthConfig =
  | { kind: 'local'; jwtSecretFile: string }
  | { kind: 'oidc'; issuer: string; jwksUrl: string; audience: string };

/** Who wraps the per-note data keys: the local key file (embedded default) or an AWS KMS key. */
export type NoteEncryptionConfig =
  | { kind: 'local'; keyFile: string }
  | { kind: 'kms'; keyId: string; region: string; endpoint?: string };

export interface Config {
  mode: Mode;
  port: number;
  /** The API's protective limits on HTTP and graphql-ws alike. */
  api: ApiConfig;
  /** Absolute. Holds DynamoDB Local data, the key-encryption key and the local JWT secret. */
  dataDir: string;
  aws: {
    region: string;
    /** Unset = the real AWS endpoint for the region. In embedded mode the launcher fills them in. */
    dynamodbEndpoint?: string;
    sqsEndpoint?: string;
    snsEndpoint?: string;
  };
  tables: { jobs: string; audit: string };
  /** How long jobs, reports and audit records live (DynamoDB TTL), per tenant. */
  retention: RetentionPolicy;
  queues: { notes: string; notesDlq: string; eventsTopic: string; eventsQueuePrefix: string };
  limits: {
    maxNoteChars: number;
    /** Per tenant, shared by every API instance; 0 = unlimited. */
    notesPerMinutePerTenant: number;
    /** Notes a tenant may send at once (default: one minute's worth). */
    burstNotesPerTenant?: number;
    /** Per credential (token subject), by role: a credential gets the most generous of its roles' limits. */
    notesPerMinutePerCredentialByRole: Partial<Record<Role, number>>;
    /** Where rate buckets live: DynamoDB (shared by every API instance) or this process's memory. */
    rateLimitStore: 'dynamodb' | 'memory';
  };
  worker: {
    concurrency: number;
    visibilityTimeoutSeconds: number;
    maxReceiveCount: number;
    sweepIntervalMs: number;
    stuckAfterMs: number;
    backoffBaseSeconds: number;
    backoffMaxSeconds: number;
  };
  icd10FiscalYear: number;
  /** Summary length budget: at most `maxRatio` of the note's words, notes under `shortNoteWords` budgeted as that long. */
  summary: { maxRatio: number; shortNoteWords: number };
  /** Redaction mode of a submission that does not choose one. */
  redactionMode: RedactionMode;
  /** PHI detector per deployment: recognizers switched off by name, allow/deny term files (one term per line). */
  phi: { disabledRecognizers: string[]; allowListFile?: string; denyListFile?: string };
  models: {
    summarizer: ModelProviderName;
    coder: ModelProviderName;
    /** Added to every local model call: lets demos, e2e tests and benchmarks stand in for a remote model's latency. */
    localLatencyMs: number;
    bedrock: BedrockConfig;
  };
  logLevel: LogLevel;
  auth: AuthConfig;
  encryption: NoteEncryptionConfig;
  local: { dynamodbPort: number; sqsPort: number; keyFile: string };
  /** The review loop: how long a claimReview lease keeps other reviewers off a job. */
  review: { leaseSeconds: number };
  /** The fine-tuning dataset export (exportTrainingData) and the optional Bedrock customization job. */
  training: TrainingConfig;
  /**
   * Job lifecycle events also put on an Amazon EventBridge bus (beside SNS), so partner systems route
   * "report ready" with rules. Unset = no EventBridge.
   */
  eventBridge?: { busName: string; endpoint?: string };
}

export interface ApiConfig {
  graphql: GraphqlLimits;
  /** Origins allowed to call the API from a browser; empty = no CORS headers (same origin only). */
  corsOrigins: string[];
  ws: {
    maxSubscriptionsPerConnection: number;
    maxConnectionsPerTenant: number;
    /** A socket that has not sent connection_init by then is closed (4408). */
    connectionInitWaitTimeoutMs: number;
    /** Server pings this often: below load-balancer idle timeouts (ALB default 60 s). */
    keepAliveMs: number;
    maxBufferedEventsPerSubscription: number;
  };
  /** Socket timeouts of the HTTP server: slow-loris protection and keep-alive above the balancer's idle timeout. */
  http: { headersTimeoutMs: number; requestTimeoutMs: number; keepAliveTimeoutMs: number };
}

export interface BedrockRoleConfig {
  /**
   * Foundation model id, inference profile id (`us.…`, `eu.…`, `global.…`) or a provisioned /
   * custom-model ARN. Optional here; required once the role runs on bedrock (checked when the
   * provider is built at start, with a ConfigError naming BEDROCK_<ROLE>_MODEL_ID).
   */
  modelId?: string;
  /** Per-region override (a provisioned-throughput ARN lives in one region). */
  modelIdByRegion: Record<string, string>;
  maxTokens: number;
  temperature: number;
  guardrail?: { id: string; version: string };
}

export interface BedrockConfig {
  /** Ordered: the first is the primary, the rest are failover regions. */
  regions: string[];
  /** region → endpoint URL (tests, VPC interface endpoints). Unset = the public regional endpoint. */
  endpointUrls: Record<string, string>;
  summarizer: BedrockRoleConfig;
  coder: BedrockRoleConfig;
  requestTimeoutMs: number;
  attemptsPerRegion: number;
  maxAttemptsPerCall: number;
  retryBaseMs: number;
  retryMaxMs: number;
  breakerFailureThreshold: number;
  breakerOpenMs: number;
  /** MODEL_MAX_IN_FLIGHT_PER_REGION: Converse calls one process may have open in one region at once. */
  maxInFlightPerRegion: number;
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

/** A number in (0, 1]. */
function fraction(env: Env, name: string, fallback: number): number {
  const value = raw(env, name);
  if (value === undefined) return fallback;
  const parsed = Number(value);
  if (!/^\d*\.?\d+$/.test(value) || !(parsed > 0 && parsed <= 1)) fail(name, 'a number greater than 0 and at most 1', value);
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
    api: loadApi(env),
    dataDir,
    aws: {
      region,
      ...(dynamodbEndpoint ? { dynamodbEndpoint } : {}),
      ...(sqsEndpoint ? { sqsEndpoint } : {}),
      ...(snsEndpoint ? { snsEndpoint } : {}),
    },
    tables: {
      jobs: name(env, 'JOBS_TABLE', `${tablePrefix}jobs`, TABLE_NAME, '3-255 letters, digits, ".", "-" or "_"'),
      audit: name(env, 'AUDIT_TABLE', `${tablePrefix}audit`, TABLE_NAME, '3-255 letters, digits, ".", "-" or "_"'),
    },
    retention: loadRetention(env),
    queues: {
      notes: name(env, 'NOTES_QUEUE', `${queuePrefix}notes`, RESOURCE_NAME, queueExpected),
      notesDlq: name(env, 'NOTES_DLQ', `${queuePrefix}notes-dlq`, RESOURCE_NAME, queueExpected),
      eventsTopic: name(env, 'EVENTS_TOPIC', `${queuePrefix}events`, RESOURCE_NAME, queueExpected),
      eventsQueuePrefix: name(env, 'EVENTS_QUEUE_PREFIX', `${queuePrefix}events-`, /^[A-Za-z0-9_-]{1,40}$/, '1-40 letters, digits, "-" or "_"'),
    },
    limits: {
      maxNoteChars: int(env, 'MAX_NOTE_CHARS', DEFAULTS.maxNoteChars, 1, 10_000_000),
      notesPerMinutePerTenant: int(env, 'RATE_LIMIT_NOTES_PER_MINUTE', DEFAULTS.rateLimitNotesPerMinute, 0, 10_000_000),
      ...(raw(env, 'RATE_LIMIT_BURST_NOTES') !== undefined ? { burstNotesPerTenant: int(env, 'RATE_LIMIT_BURST_NOTES', 1, 1, 10_000_000) } : {}),
      notesPerMinutePerCredentialByRole: roleRates(env, 'RATE_LIMIT_CREDENTIAL_NOTES_PER_MINUTE'),
      rateLimitStore: oneOf(env, 'RATE_LIMIT_STORE', ['dynamodb', 'memory'] as const, 'dynamodb'),
    },
    worker: {
      concurrency: int(env, 'WORKER_CONCURRENCY', DEFAULTS.workerConcurrency, 1, LIMITS.maxWorkerConcurrency),
      visibilityTimeoutSeconds,
      maxReceiveCount: int(env, 'MAX_RECEIVE_COUNT', DEFAULTS.maxReceiveCount, 1, LIMITS.maxReceiveCountCeiling),
      // The bound on how long a job can sit without a queue message (queue server lost its queues, enqueue
      // failed after the write) is about stuckAfterMs + sweepIntervalMs.
      sweepIntervalMs: int(env, 'SWEEP_INTERVAL_MS', DEFAULTS.sweepIntervalMs, 100, 3_600_000),
      stuckAfterMs: int(env, 'STUCK_AFTER_MS', DEFAULTS.stuckAfterMs, 1_000, 86_400_000),
      backoffBaseSeconds: int(env, 'RETRY_BACKOFF_BASE_SECONDS', DEFAULTS.retryBackoffBaseSeconds, 0, LIMITS.maxVisibilityTimeoutSeconds),
      backoffMaxSeconds: int(env, 'RETRY_BACKOFF_MAX_SECONDS', DEFAULTS.retryBackoffMaxSeconds, 0, LIMITS.maxVisibilityTimeoutSeconds),
    },
    icd10FiscalYear: int(env, 'ICD10_FISCAL_YEAR', DEFAULTS.icd10FiscalYear, 2000, 2100),
    summary: {
      maxRatio: fraction(env, 'SUMMARY_MAX_RATIO', SUMMARY_DEFAULTS.maxRatio),
      shortNoteWords: int(env, 'SUMMARY_SHORT_NOTE_WORDS', SUMMARY_DEFAULTS.shortNoteWords, 0, 100_000),
    },
    redactionMode: oneOf(env, 'REDACTION_MODE', REDACTION_MODES, 'TAG'),
    phi: {
      disabledRecognizers: (list(env, 'PHI_DISABLED_RECOGNIZERS') ?? []).map((n) =>
        /^[a-z0-9][a-z0-9.-]{0,60}$/.test(n) ? n : fail('PHI_DISABLED_RECOGNIZERS', 'a comma list of recognizer names (chartcoder explain-phi --list)', n)),
      allowListFile: readableFile(env, 'PHI_ALLOW_LIST_FILE', cwd),
      denyListFile: readableFile(env, 'PHI_DENY_LIST_FILE', cwd),
    },
    models: {
      summarizer: oneOf(env, 'SUMMARIZER_PROVIDER', PROVIDERS, modelProvider),
      coder: oneOf(env, 'CODER_PROVIDER', PROVIDERS, modelProvider),
      localLatencyMs: int(env, 'LOCAL_MODEL_LATENCY_MS', DEFAULTS.localModelLatencyMs, 0, 600_000),
      bedrock: loadBedrock(env, region),
    },
    logLevel: oneOf(env, 'LOG_LEVEL', LOG_LEVELS, DEFAULTS.logLevel),
    auth: loadAuth(env, dataDir, cwd),
    encryption: loadEncryption(env, region, path.join(dataDir, 'keys', 'note-kek')),
    local: {
      dynamodbPort: int(env, 'LOCAL_DYNAMODB_PORT', DEFAULTS.localDynamodbPort, 0, 65_535),
      sqsPort: int(env, 'LOCAL_SQS_PORT', DEFAULTS.localSqsPort, 0, 65_535),
      keyFile: path.join(dataDir, 'keys', 'note-kek'),
    },
    review: { leaseSeconds: int(env, 'REVIEW_LEASE_SECONDS', DEFAULTS.reviewLeaseSeconds, 30, 86_400) },
    training: loadTraining(env),
    eventBridge: loadEventBridge(env),
  };
}

// An event bus name, or the ARN of one (a bus in another account of the organisation).
const EVENT_BUS = /^(?:[A-Za-z0-9._\-\/]{1,256}|arn:aws[a-z-]*:events:[a-z0-9-]+:\d{12}:event-bus\/[A-Za-z0-9._\-\/]{1,256})$/;

function loadEventBridge(env: Env): Config['eventBridge'] {
  const busName = raw(env, 'EVENT_BUS_NAME');
  const endpoint = url(env, 'EVENTBRIDGE_ENDPOINT');
  if (busName === undefined) {
    if (endpoint !== undefined) fail('EVENTBRIDGE_ENDPOINT', 'unset unless EVENT_BUS_NAME is set');
    return undefined;
  }
  if (!EVENT_BUS.test(busName)) fail('EVENT_BUS_NAME', 'an EventBridge event bus name or ARN', busName);
  return { busName, ...(endpoint !== undefined ? { endpoint } : {}) };
}

// Foundation model / inference profile ids (anthropic.claude-…-v1:0, us.amazon.nova-pro-v1:0) or ARNs
// (provisioned-model, custom-model-deployment, inference-profile, application-inference-profile, imported-model).
const MODEL_ID = /^(arn:aws[a-z-]*:bedrock:[a-z0-9-]*:\d{0,12}:[a-z-]+\/[A-Za-z0-9.:\/_-]{1,200}|[A-Za-z0-9][A-Za-z0-9.:_-]{1,200})$/;
const MODEL_ID_EXPECTED = 'a Bedrock model id, inference profile id or model ARN';
const GUARDRAIL_ID = /^(arn:aws[a-z-]*:bedrock:[a-z0-9-]+:\d{12}:guardrail\/[a-z0-9]+|[a-z0-9]{1,64})$/;
const GUARDRAIL_VERSION = /^(DRAFT|[1-9]\d{0,7})$/;

function bool(env: Env, name: string, fallback: boolean): boolean {
  const value = raw(env, name);
  if (value === undefined) return fallback;
  if (!/^(true|false|1|0)$/i.test(value)) fail(name, 'true or false', value);
  return /^(true|1)$/i.test(value);
}

function loadApi(env: Env): ApiConfig {
  // Production (NODE_ENV=production) hides the schema from strangers unless told otherwise.
  const production = raw(env, 'NODE_ENV') === 'production';
  const origins = list(env, 'CORS_ORIGINS') ?? [];
  for (const o of origins) {
    let parsed: URL | undefined;
    try {
      parsed = new URL(o);
    } catch {
      parsed = undefined;
    }
    if (!parsed || !['http:', 'https:'].includes(parsed.protocol) || parsed.origin !== o) fail('CORS_ORIGINS', 'a comma list of origins like https://app.example.org', o);
  }
  return {
    graphql: {
      maxDepth: int(env, 'GRAPHQL_MAX_DEPTH', DEFAULTS.graphqlMaxDepth, 2, 50),
      maxAliases: int(env, 'GRAPHQL_MAX_ALIASES', DEFAULTS.graphqlMaxAliases, 0, 1_000),
      maxDirectives: int(env, 'GRAPHQL_MAX_DIRECTIVES', DEFAULTS.graphqlMaxDirectives, 0, 1_000),
      maxTokens: int(env, 'GRAPHQL_MAX_TOKENS', DEFAULTS.graphqlMaxTokens, 100, 1_000_000),
      maxCost: int(env, 'GRAPHQL_MAX_COST', DEFAULTS.graphqlMaxCost, 10, 10_000_000),
      introspection: bool(env, 'GRAPHQL_INTROSPECTION', !production),
      fieldSuggestions: bool(env, 'GRAPHQL_FIELD_SUGGESTIONS', !production),
    },
    corsOrigins: origins,
    ws: {
      maxSubscriptionsPerConnection: int(env, 'WS_MAX_SUBSCRIPTIONS_PER_CONNECTION', DEFAULTS.wsMaxSubscriptionsPerConnection, 1, 10_000),
      maxConnectionsPerTenant: int(env, 'WS_MAX_CONNECTIONS_PER_TENANT', DEFAULTS.wsMaxConnectionsPerTenant, 1, 1_000_000),
      connectionInitWaitTimeoutMs: int(env, 'WS_CONNECTION_INIT_TIMEOUT_MS', DEFAULTS.wsConnectionInitTimeoutMs, 100, 60_000),
      keepAliveMs: int(env, 'WS_KEEPALIVE_MS', DEFAULTS.wsKeepAliveMs, 1_000, 300_000),
      maxBufferedEventsPerSubscription: int(env, 'WS_MAX_BUFFERED_EVENTS', DEFAULTS.wsMaxBufferedEvents, 1, 1_000_000),
    },
    http: httpTimeouts(env),
  };
}

function httpTimeouts(env: Env): ApiConfig['http'] {
  const headersTimeoutMs = int(env, 'HTTP_HEADERS_TIMEOUT_MS', DEFAULTS.httpHeadersTimeoutMs, 100, 120_000);
  const requestTimeoutMs = int(env, 'HTTP_REQUEST_TIMEOUT_MS', DEFAULTS.httpRequestTimeoutMs, 100, 600_000);
  // Node refuses a headers timeout longer than the request timeout: say so here, not at listen.
  if (headersTimeoutMs > requestTimeoutMs) fail('HTTP_HEADERS_TIMEOUT_MS', `at most HTTP_REQUEST_TIMEOUT_MS (${requestTimeoutMs})`, String(headersTimeoutMs));
  return { headersTimeoutMs, requestTimeoutMs, keepAliveTimeoutMs: int(env, 'HTTP_KEEPALIVE_TIMEOUT_MS', DEFAULTS.httpKeepAliveTimeoutMs, 1_000, 600_000) };
}

/** `role=perMinute,role=perMinute`, e.g. `submitter=600,admin=6000`. */
function roleRates(env: Env, variable: string): Partial<Record<Role, number>> {
  const out: Partial<Record<Role, number>> = {};
  for (const item of list(env, variable) ?? []) {
    const [role, rate] = item.split('=').map((x) => x.trim());
    if (!isRole(role) || !/^\d{1,8}$/.test(rate ?? '') || Number(rate) < 1) fail(variable, 'a comma list of role=notesPerMinute (roles: submitter, reader, reviewer, admin)', item);
    out[role] = Number(rate);
  }
  return out;
}

/** A path to an existing readable file, resolved against the working directory. */
function readableFile(env: Env, name: string, cwd: string): string | undefined {
  const value = raw(env, name);
  if (value === undefined) return undefined;
  const resolved = path.resolve(cwd, value);
  try {
    fs.accessSync(resolved, fs.constants.R_OK);
    if (!fs.statSync(resolved).isFile()) throw new Error('not a file');
  } catch {
    return fail(name, 'a readable file (one term per line)', value);
  }
  return resolved;
}

export interface TrainingConfig {
  /** S3 bucket of exported datasets; unset = the admin mutation is refused (the CLI writes to a directory). */
  bucket?: string;
  keyPrefix: string;
  /** Unset: AWS, or in embedded mode the local SQS server, which also serves S3 (fauxqs). */
  s3Endpoint?: string;
  customization: {
    /** Service role Bedrock assumes to read the dataset and write the output. */
    roleArn?: string;
    baseModelId?: string;
    /** e.g. epochCount=2,batchSize=1,learningRate=0.00001 (names depend on the base model). */
    hyperParameters: Record<string, string>;
    /** Bedrock control-plane endpoint override (tests, VPC endpoints). */
    endpoint?: string;
  };
}

const S3_BUCKET = /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/;
const IAM_ROLE_ARN = /^arn:aws[a-z-]*:iam::\d{12}:role\/[\w+=,.@\/-]{1,512}$/;
const HYPER_PARAMETER = /^[A-Za-z][A-Za-z0-9_.-]{0,63}=[A-Za-z0-9_.+-]{1,64}$/;

function loadTraining(env: Env): TrainingConfig {
  const bucket = raw(env, 'TRAINING_EXPORT_BUCKET');
  if (bucket !== undefined && !S3_BUCKET.test(bucket)) fail('TRAINING_EXPORT_BUCKET', 'an S3 bucket name', bucket);
  const prefix = raw(env, 'TRAINING_EXPORT_PREFIX') ?? 'chartcoder-training/';
  if (!/^[A-Za-z0-9!_.*'()\/-]{0,200}$/.test(prefix)) fail('TRAINING_EXPORT_PREFIX', 'an S3 key prefix', prefix);
  const roleArn = raw(env, 'BEDROCK_CUSTOMIZATION_ROLE_ARN');
  if (roleArn !== undefined && !IAM_ROLE_ARN.test(roleArn)) fail('BEDROCK_CUSTOMIZATION_ROLE_ARN', 'an IAM role ARN', roleArn);
  const baseModelId = raw(env, 'BEDROCK_CUSTOMIZATION_BASE_MODEL_ID');
  if (baseModelId !== undefined && !MODEL_ID.test(baseModelId)) fail('BEDROCK_CUSTOMIZATION_BASE_MODEL_ID', MODEL_ID_EXPECTED, baseModelId);
  const hyperParameters: Record<string, string> = {};
  for (const item of list(env, 'BEDROCK_CUSTOMIZATION_HYPERPARAMETERS') ?? []) {
    if (!HYPER_PARAMETER.test(item)) fail('BEDROCK_CUSTOMIZATION_HYPERPARAMETERS', 'a comma list of name=value (e.g. epochCount=2,learningRate=0.00001)', item);
    const [k, v] = item.split('=');
    hyperParameters[k] = v;
  }
  const s3Endpoint = url(env, 'S3_ENDPOINT');
  const endpoint = url(env, 'BEDROCK_CONTROL_ENDPOINT');
  return {
    ...(bucket ? { bucket } : {}),
    keyPrefix: prefix && !prefix.endsWith('/') ? `${prefix}/` : prefix,
    ...(s3Endpoint ? { s3Endpoint } : {}),
    customization: { ...(roleArn ? { roleArn } : {}), ...(baseModelId ? { baseModelId } : {}), hyperParameters, ...(endpoint ? { endpoint } : {}) },
  };
}

function list(env: Env, variable: string): string[] | undefined {
  const value = raw(env, variable);
  if (value === undefined) return undefined;
  return value.split(',').map((v) => v.trim()).filter((v) => v !== '');
}

/** `region=value,region=value`; every key must be a region, every value pass `check`. */
function regionMap(env: Env, variable: string, check: (value: string) => boolean, expected: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const item of list(env, variable) ?? []) {
    const eq = item.indexOf('=');
    const key = eq > 0 ? item.slice(0, eq).trim() : '';
    const value = eq > 0 ? item.slice(eq + 1).trim() : '';
    if (!REGION.test(key) || !check(value)) fail(variable, `a comma list of region=${expected}`, item);
    if (out[key] !== undefined) fail(variable, 'each region at most once', key);
    out[key] = value;
  }
  return out;
}

function decimal(env: Env, variable: string, fallback: number, min: number, max: number): number {
  const value = raw(env, variable);
  if (value === undefined) return fallback;
  const parsed = Number(value);
  if (!/^\d+(\.\d+)?$/.test(value) || parsed < min || parsed > max) fail(variable, `a number between ${min} and ${max}`, value);
  return parsed;
}

function isHttpUrl(value: string): boolean {
  try {
    return ['http:', 'https:'].includes(new URL(value).protocol);
  } catch {
    return false;
  }
}

function loadBedrockRole(env: Env, role: 'SUMMARIZER' | 'CODER', maxTokensDefault: number): BedrockRoleConfig {
  const modelVar = `BEDROCK_${role}_MODEL_ID`;
  const modelId = raw(env, modelVar);
  if (modelId !== undefined && !MODEL_ID.test(modelId)) fail(modelVar, MODEL_ID_EXPECTED, modelId);
  // A per-role guardrail wins over the shared one; id and version come as a pair.
  const idVar = raw(env, `BEDROCK_${role}_GUARDRAIL_ID`) !== undefined ? `BEDROCK_${role}_GUARDRAIL_ID` : 'BEDROCK_GUARDRAIL_ID';
  const versionVar = raw(env, `BEDROCK_${role}_GUARDRAIL_VERSION`) !== undefined ? `BEDROCK_${role}_GUARDRAIL_VERSION` : 'BEDROCK_GUARDRAIL_VERSION';
  const guardrailId = raw(env, idVar);
  const guardrailVersion = raw(env, versionVar);
  if (guardrailId !== undefined && !GUARDRAIL_ID.test(guardrailId)) fail(idVar, 'a guardrail id or ARN', guardrailId);
  if (guardrailVersion !== undefined && !GUARDRAIL_VERSION.test(guardrailVersion)) fail(versionVar, 'DRAFT or a version number', guardrailVersion);
  if ((guardrailId === undefined) !== (guardrailVersion === undefined)) {
    fail(guardrailId === undefined ? idVar : versionVar, `set together with ${guardrailId === undefined ? versionVar : idVar}`);
  }
  return {
    ...(modelId ? { modelId } : {}),
    modelIdByRegion: regionMap(env, `BEDROCK_${role}_MODEL_IDS`, (v) => MODEL_ID.test(v), 'model id'),
    maxTokens: int(env, `BEDROCK_${role}_MAX_TOKENS`, maxTokensDefault, 1, 200_000),
    temperature: decimal(env, `BEDROCK_${role}_TEMPERATURE`, BEDROCK_DEFAULTS.temperature, 0, 1),
    ...(guardrailId && guardrailVersion ? { guardrail: { id: guardrailId, version: guardrailVersion } } : {}),
  };
}

function loadBedrock(env: Env, awsRegion: string): BedrockConfig {
  const regions = list(env, 'BEDROCK_REGIONS') ?? [awsRegion];
  if (regions.length === 0) fail('BEDROCK_REGIONS', 'a comma list of AWS regions, primary first');
  for (const r of regions) if (!REGION.test(r)) fail('BEDROCK_REGIONS', 'a comma list of AWS regions, primary first', r);
  if (new Set(regions).size !== regions.length) fail('BEDROCK_REGIONS', 'each region at most once');
  const endpointUrls = regionMap(env, 'BEDROCK_ENDPOINT_URLS', isHttpUrl, 'http(s) URL');
  for (const r of Object.keys(endpointUrls)) {
    if (!regions.includes(r)) fail('BEDROCK_ENDPOINT_URLS', `regions listed in BEDROCK_REGIONS (${regions.join(', ')})`, r);
    endpointUrls[r] = endpointUrls[r].replace(/\/+$/, '');
  }
  const summarizer = loadBedrockRole(env, 'SUMMARIZER', BEDROCK_DEFAULTS.summarizerMaxTokens);
  const coder = loadBedrockRole(env, 'CODER', BEDROCK_DEFAULTS.coderMaxTokens);
  for (const [variable, role] of [['BEDROCK_SUMMARIZER_MODEL_IDS', summarizer], ['BEDROCK_CODER_MODEL_IDS', coder]] as const) {
    for (const r of Object.keys(role.modelIdByRegion)) {
      if (!regions.includes(r)) fail(variable, `regions listed in BEDROCK_REGIONS (${regions.join(', ')})`, r);
    }
  }
  const attemptsPerRegion = int(env, 'BEDROCK_ATTEMPTS_PER_REGION', BEDROCK_DEFAULTS.attemptsPerRegion, 1, 10);
  const retryBaseMs = int(env, 'BEDROCK_RETRY_BASE_MS', BEDROCK_DEFAULTS.retryBaseMs, 0, 60_000);
  const retryMaxMs = int(env, 'BEDROCK_RETRY_MAX_MS', BEDROCK_DEFAULTS.retryMaxMs, 0, 300_000);
  if (retryMaxMs < retryBaseMs) fail('BEDROCK_RETRY_MAX_MS', `at least BEDROCK_RETRY_BASE_MS (${retryBaseMs})`, String(retryMaxMs));
  return {
    regions,
    endpointUrls,
    summarizer,
    coder,
    requestTimeoutMs: int(env, 'BEDROCK_REQUEST_TIMEOUT_MS', BEDROCK_DEFAULTS.requestTimeoutMs, 100, 900_000),
    attemptsPerRegion,
    maxAttemptsPerCall: int(env, 'BEDROCK_MAX_ATTEMPTS', BEDROCK_DEFAULTS.maxAttemptsPerCall, 1, 30),
    retryBaseMs,
    retryMaxMs,
    breakerFailureThreshold: int(env, 'BEDROCK_BREAKER_FAILURES', BEDROCK_DEFAULTS.breakerFailureThreshold, 1, 1_000),
    breakerOpenMs: int(env, 'BEDROCK_BREAKER_OPEN_MS', BEDROCK_DEFAULTS.breakerOpenMs, 100, 3_600_000),
    maxInFlightPerRegion: int(env, 'MODEL_MAX_IN_FLIGHT_PER_REGION', BEDROCK_DEFAULTS.maxInFlightPerRegion, 1, 10_000),
  };
}

const MAX_RETENTION_DAYS = 36_500;

/** RETENTION_DAYS for every tenant, TENANT_RETENTION_DAYS=tenantA:30,tenantB:365 per tenant, AUDIT_RETENTION_DAYS as the audit floor. */
function loadRetention(env: Env): RetentionPolicy {
  const byTenant: Record<string, number> = {};
  for (const item of list(env, 'TENANT_RETENTION_DAYS') ?? []) {
    const colon = item.lastIndexOf(':');
    const tenant = colon > 0 ? item.slice(0, colon).trim() : '';
    const days = colon > 0 ? item.slice(colon + 1).trim() : '';
    if (!TENANT_PATTERN.test(tenant) || !/^\d{1,5}$/.test(days) || Number(days) < 1 || Number(days) > MAX_RETENTION_DAYS) {
      fail('TENANT_RETENTION_DAYS', `a comma list of tenant:days (1-${MAX_RETENTION_DAYS})`, item);
    }
    if (byTenant[tenant] !== undefined) fail('TENANT_RETENTION_DAYS', 'each tenant at most once', tenant);
    byTenant[tenant] = Number(days);
  }
  return {
    defaultDays: int(env, 'RETENTION_DAYS', DEFAULTS.retentionDays, 1, MAX_RETENTION_DAYS),
    byTenant,
    auditDays: int(env, 'AUDIT_RETENTION_DAYS', DEFAULTS.auditRetentionDays, 1, MAX_RETENTION_DAYS),
  };
}

// Key id (UUID or multi-Region mrk-…), key ARN, alias name or alias ARN of a symmetric KMS key.
const KMS_KEY_ID = /^(arn:aws[a-z-]*:kms:[a-z0-9-]+:\d{12}:(key\/(mrk-)?[0-9a-f-]{32,36}|alias\/[A-Za-z0-9\/_-]{1,250})|alias\/[A-Za-z0-9\/_-]{1,250}|(mrk-)?[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|mrk-[0-9a-f]{32})$/;

function loadEncryption(env: Env, awsRegion: string, keyFile: string): NoteEncryptionConfig {
  const keyId = raw(env, 'KMS_KEY_ID');
  const endpoint = url(env, 'KMS_ENDPOINT');
  const region = raw(env, 'KMS_REGION');
  if (keyId === undefined) {
    if (endpoint !== undefined || region !== undefined) fail(endpoint !== undefined ? 'KMS_ENDPOINT' : 'KMS_REGION', 'unset unless KMS_KEY_ID is set');
    return { kind: 'local', keyFile };
  }
  if (!KMS_KEY_ID.test(keyId)) fail('KMS_KEY_ID', 'a KMS key id, key ARN, alias/<name> or alias ARN', keyId);
  if (region !== undefined && !REGION.test(region)) fail('KMS_REGION', 'an AWS region such as us-east-1', region);
  // A key ARN names its region; a different client region would only produce NotFoundException later.
  const arnRegion = /^arn:aws[a-z-]*:kms:([a-z0-9-]+):/.exec(keyId)?.[1];
  const kmsRegion = region ?? arnRegion ?? awsRegion;
  if (arnRegion !== undefined && arnRegion !== kmsRegion) fail('KMS_REGION', `the key ARN's region (${arnRegion})`, kmsRegion);
  return { kind: 'kms', keyId, region: kmsRegion, ...(endpoint ? { endpoint } : {}) };
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
