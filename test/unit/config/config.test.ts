// Unit: loadConfig defaults, overrides and fail-fast errors that name the variable.

import * as path from 'node:path';
import { loadConfig, withEndpoints } from '../../../src/config';
import { ConfigError } from '../../../src/errors';

const cwd = '/srv/app';

function configError(env: Record<string, string>): ConfigError {
  try {
    loadConfig(env, cwd);
  } catch (err) {
    if (err instanceof ConfigError) return err;
    throw err;
  }
  throw new Error('expected ConfigError');
}

describe('loadConfig', () => {
  it('has working defaults with an empty environment (embedded mode)', () => {
    const config = loadConfig({}, cwd);
    expect(config).toMatchObject({
      mode: 'embedded',
      port: 4000,
      dataDir: path.join(cwd, '.chartcoder'),
      aws: { region: 'us-east-1' },
      tables: { jobs: 'chartcoder-jobs' },
      queues: { notes: 'chartcoder-notes', notesDlq: 'chartcoder-notes-dlq', eventsTopic: 'chartcoder-events', eventsQueuePrefix: 'chartcoder-events-' },
      limits: { maxNoteChars: 200_000 },
      worker: { concurrency: 4, visibilityTimeoutSeconds: 60, maxReceiveCount: 5 },
      icd10FiscalYear: 2027,
      models: { summarizer: 'local', coder: 'local' },
      logLevel: 'info',
      auth: { kind: 'local', jwtSecretFile: path.join(cwd, '.chartcoder', 'jwt-secret') },
      local: { dynamodbPort: 0, sqsPort: 0, keyFile: path.join(cwd, '.chartcoder', 'keys', 'note-kek') },
    });
    expect(config.aws.dynamodbEndpoint).toBeUndefined();
  });

  it('reads every override', () => {
    const config = loadConfig(
      {
        MODE: 'split',
        PORT: '8080',
        DATA_DIR: '/var/lib/cc',
        AWS_REGION: 'eu-west-1',
        DYNAMODB_ENDPOINT: 'http://127.0.0.1:8000/',
        SQS_ENDPOINT: 'http://127.0.0.1:4566',
        SNS_ENDPOINT: 'http://127.0.0.1:4566',
        TABLE_PREFIX: 'stg-',
        QUEUE_PREFIX: 'stg_',
        NOTES_DLQ: 'dead',
        MAX_NOTE_CHARS: '1000',
        WORKER_CONCURRENCY: '8',
        VISIBILITY_TIMEOUT_SECONDS: '120',
        MAX_RECEIVE_COUNT: '3',
        ICD10_FISCAL_YEAR: '2026',
        MODEL_PROVIDER: 'bedrock',
        CODER_PROVIDER: 'local',
        LOG_LEVEL: 'debug',
        JWT_SECRET_FILE: 'secrets/jwt',
      },
      cwd,
    );
    expect(config).toMatchObject({
      mode: 'split',
      port: 8080,
      dataDir: '/var/lib/cc',
      aws: { region: 'eu-west-1', dynamodbEndpoint: 'http://127.0.0.1:8000', sqsEndpoint: 'http://127.0.0.1:4566' },
      tables: { jobs: 'stg-jobs' },
      queues: { notes: 'stg_notes', notesDlq: 'dead', eventsTopic: 'stg_events' },
      limits: { maxNoteChars: 1000 },
      worker: { concurrency: 8, visibilityTimeoutSeconds: 120, maxReceiveCount: 3 },
      icd10FiscalYear: 2026,
      models: { summarizer: 'bedrock', coder: 'local' },
      logLevel: 'debug',
      auth: { kind: 'local', jwtSecretFile: path.join(cwd, 'secrets/jwt') },
    });
  });

  it('configures OIDC, deriving the JWKS URL from the issuer when not given', () => {
    const config = loadConfig({ OIDC_ISSUER: 'https://cognito-idp.us-east-1.amazonaws.com/us-east-1_abc', OIDC_AUDIENCE: 'client-1' }, cwd);
    expect(config.auth).toEqual({
      kind: 'oidc',
      issuer: 'https://cognito-idp.us-east-1.amazonaws.com/us-east-1_abc',
      audience: 'client-1',
      jwksUrl: 'https://cognito-idp.us-east-1.amazonaws.com/us-east-1_abc/.well-known/jwks.json',
    });
  });

  it.each([
    [{ PORT: 'eighty' }, 'PORT', 'an integer between 0 and 65535'],
    [{ PORT: '70000' }, 'PORT', 'an integer between 0 and 65535'],
    [{ MAX_NOTE_CHARS: '0' }, 'MAX_NOTE_CHARS', 'an integer'],
    [{ WORKER_CONCURRENCY: '1.5' }, 'WORKER_CONCURRENCY', 'an integer'],
    [{ VISIBILITY_TIMEOUT_SECONDS: '50000' }, 'VISIBILITY_TIMEOUT_SECONDS', 'between 1 and 43200'],
    [{ MAX_RECEIVE_COUNT: '-1' }, 'MAX_RECEIVE_COUNT', 'an integer'],
    [{ ICD10_FISCAL_YEAR: '27' }, 'ICD10_FISCAL_YEAR', 'between 2000 and 2100'],
    [{ MODEL_PROVIDER: 'openai' }, 'MODEL_PROVIDER', 'one of local, bedrock'],
    [{ SUMMARIZER_PROVIDER: 'x' }, 'SUMMARIZER_PROVIDER', 'one of local, bedrock'],
    [{ LOG_LEVEL: 'verbose' }, 'LOG_LEVEL', 'one of fatal'],
    [{ MODE: 'cluster' }, 'MODE', 'one of embedded, split'],
    [{ AWS_REGION: 'mars' }, 'AWS_REGION', 'an AWS region'],
    [{ MODE: 'split', SQS_ENDPOINT: 'localhost:4566' }, 'SQS_ENDPOINT', 'an absolute URL'],
    [{ MODE: 'split', DYNAMODB_ENDPOINT: 'ftp://x' }, 'DYNAMODB_ENDPOINT', 'an absolute URL'],
    [{ DYNAMODB_ENDPOINT: 'http://127.0.0.1:8000' }, 'DYNAMODB_ENDPOINT', 'unset when MODE=embedded'],
    [{ NOTES_QUEUE: 'has space' }, 'NOTES_QUEUE', 'letters, digits'],
    [{ TABLE_PREFIX: 'a/b' }, 'TABLE_PREFIX', 'letters, digits'],
    [{ OIDC_ISSUER: 'https://issuer.example' }, 'OIDC_AUDIENCE', 'audience'],
    [{ OIDC_AUDIENCE: 'aud' }, 'OIDC_ISSUER', 'issuer'],
    [{ JWT_SECRET_FILE: '/s', OIDC_ISSUER: 'https://i', OIDC_AUDIENCE: 'a' }, 'JWT_SECRET_FILE', 'unset when OIDC'],
  ])('rejects %j naming %s', (env, variable, expected) => {
    const err = configError(env as Record<string, string>);
    expect(err.code).toBe('CONFIG_INVALID');
    expect(err.details.variable).toBe(variable);
    expect(err.message).toContain(variable);
    expect(err.message).toContain(expected);
  });

  it('treats blank values as unset', () => {
    expect(loadConfig({ PORT: '  ', LOG_LEVEL: '' }, cwd)).toMatchObject({ port: 4000, logLevel: 'info' });
  });

  it('merges launcher endpoints without mutating the original', () => {
    const config = loadConfig({}, cwd);
    const merged = withEndpoints(config, { dynamodbEndpoint: 'http://127.0.0.1:1', sqsEndpoint: 'http://127.0.0.1:2', snsEndpoint: 'http://127.0.0.1:2' });
    expect(merged.aws).toMatchObject({ region: 'us-east-1', dynamodbEndpoint: 'http://127.0.0.1:1' });
    expect(config.aws.dynamodbEndpoint).toBeUndefined();
  });
});

describe('API limits configuration', () => {
  const base = { MODE: 'split' };
  it('defaults: limits on, introspection and suggestions on outside production, off in production', () => {
    const dev = loadConfig(base).api;
    expect(dev.graphql).toMatchObject({ maxDepth: 10, maxAliases: 15, maxDirectives: 10, maxTokens: 3000, maxCost: 10000, introspection: true, fieldSuggestions: true });
    expect(dev.corsOrigins).toEqual([]);
    const prod = loadConfig({ ...base, NODE_ENV: 'production' }).api.graphql;
    expect(prod).toMatchObject({ introspection: false, fieldSuggestions: false });
    expect(loadConfig({ ...base, NODE_ENV: 'production', GRAPHQL_INTROSPECTION: 'true' }).api.graphql.introspection).toBe(true);
  });

  it('rejects malformed values naming the variable', () => {
    expect(() => loadConfig({ ...base, CORS_ORIGINS: 'https://ok.example.org,not a url' })).toThrow(/CORS_ORIGINS/);
    expect(() => loadConfig({ ...base, CORS_ORIGINS: 'https://ok.example.org/path' })).toThrow(/CORS_ORIGINS/);
    expect(() => loadConfig({ ...base, GRAPHQL_INTROSPECTION: 'maybe' })).toThrow(/GRAPHQL_INTROSPECTION/);
    expect(() => loadConfig({ ...base, GRAPHQL_MAX_COST: '0' })).toThrow(/GRAPHQL_MAX_COST/);
    expect(() => loadConfig({ ...base, WS_KEEPALIVE_MS: '10' })).toThrow(/WS_KEEPALIVE_MS/);
  });
});

describe('note encryption configuration (KMS_KEY_ID)', () => {
  const arn = 'arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab';

  it('keeps the local key file unless a KMS key is configured', () => {
    expect(loadConfig({}, cwd).encryption).toEqual({ kind: 'local', keyFile: path.join(cwd, '.chartcoder', 'keys', 'note-kek') });
  });

  it('accepts key ids, key ARNs, alias names and alias ARNs; a key ARN sets the KMS region', () => {
    expect(loadConfig({ KMS_KEY_ID: arn }, cwd).encryption).toEqual({ kind: 'kms', keyId: arn, region: 'eu-west-1' });
    expect(loadConfig({ KMS_KEY_ID: 'alias/chartcoder-notes', AWS_REGION: 'us-west-2' }, cwd).encryption).toEqual({ kind: 'kms', keyId: 'alias/chartcoder-notes', region: 'us-west-2' });
    expect(loadConfig({ KMS_KEY_ID: '1234abcd-12ab-34cd-56ef-1234567890ab', KMS_REGION: 'ca-central-1' }, cwd).encryption).toMatchObject({ region: 'ca-central-1' });
    expect(loadConfig({ KMS_KEY_ID: 'mrk-1234abcd12ab34cd56ef1234567890ab' }, cwd).encryption).toMatchObject({ kind: 'kms' });
    expect(loadConfig({ KMS_KEY_ID: 'alias/x', KMS_ENDPOINT: 'https://kms.vpce.example.com/' }, cwd).encryption).toMatchObject({ endpoint: 'https://kms.vpce.example.com' });
  });

  it('rejects malformed or contradictory settings naming the variable', () => {
    expect(configError({ KMS_KEY_ID: 'my key' }).details.variable).toBe('KMS_KEY_ID');
    expect(configError({ KMS_KEY_ID: arn, KMS_REGION: 'us-east-1' }).details.variable).toBe('KMS_REGION');
    expect(configError({ KMS_ENDPOINT: 'http://127.0.0.1:4566' }).details.variable).toBe('KMS_ENDPOINT');
    expect(configError({ KMS_KEY_ID: 'alias/x', KMS_ENDPOINT: 'ftp://x' }).details.variable).toBe('KMS_ENDPOINT');
  });
});

describe('EventBridge configuration (EVENT_BUS_NAME, EVENTBRIDGE_ENDPOINT)', () => {
  it('is off unless a bus is named; a bus name or ARN and an endpoint override are accepted', () => {
    expect(loadConfig({}, cwd).eventBridge).toBeUndefined();
    expect(loadConfig({ EVENT_BUS_NAME: 'chartcoder-partners' }, cwd).eventBridge).toEqual({ busName: 'chartcoder-partners' });
    const busArn = 'arn:aws:events:us-east-1:111122223333:event-bus/partners';
    expect(loadConfig({ EVENT_BUS_NAME: busArn, EVENTBRIDGE_ENDPOINT: 'https://events.vpce.example.com' }, cwd).eventBridge).toEqual({ busName: busArn, endpoint: 'https://events.vpce.example.com' });
  });

  it('rejects a malformed bus name and an endpoint without a bus, naming the variable', () => {
    const configError = (env: Record<string, string>) => {
      try {
        loadConfig(env, cwd);
      } catch (err) {
        return err as { details: { variable: string } };
      }
      throw new Error('expected a ConfigError');
    };
    expect(configError({ EVENT_BUS_NAME: 'bad bus name' }).details.variable).toBe('EVENT_BUS_NAME');
    expect(configError({ EVENTBRIDGE_ENDPOINT: 'http://127.0.0.1:4010' }).details.variable).toBe('EVENTBRIDGE_ENDPOINT');
  });
});

describe('retention configuration (RETENTION_DAYS, TENANT_RETENTION_DAYS, AUDIT_RETENTION_DAYS)', () => {
  it('defaults to six years for data and audit records, and an audit table beside the jobs table', () => {
    const config = loadConfig({}, cwd);
    expect(config.retention).toEqual({ defaultDays: 2192, byTenant: {}, auditDays: 2192 });
    expect(config.tables.audit).toBe('chartcoder-audit');
    expect(loadConfig({ TABLE_PREFIX: 'x-' }, cwd).tables.audit).toBe('x-audit');
  });

  it('reads a default and per-tenant days', () => {
    const config = loadConfig({ RETENTION_DAYS: '90', TENANT_RETENTION_DAYS: 'tenantA:30, tenantB:365', AUDIT_RETENTION_DAYS: '2555' }, cwd);
    expect(config.retention).toEqual({ defaultDays: 90, byTenant: { tenantA: 30, tenantB: 365 }, auditDays: 2555 });
  });

  it.each([
    ['RETENTION_DAYS', { RETENTION_DAYS: '0' }],
    ['TENANT_RETENTION_DAYS', { TENANT_RETENTION_DAYS: 'tenantA=30' }],
    ['TENANT_RETENTION_DAYS', { TENANT_RETENTION_DAYS: 'tenantA:0' }],
    ['TENANT_RETENTION_DAYS', { TENANT_RETENTION_DAYS: 'bad tenant:30' }],
    ['TENANT_RETENTION_DAYS', { TENANT_RETENTION_DAYS: 'a:1,a:2' }],
    ['AUDIT_RETENTION_DAYS', { AUDIT_RETENTION_DAYS: 'forever' }],
  ])('rejects a malformed %s naming it', (variable, env) => {
    expect(configError(env).details.variable).toBe(variable);
  });
});
