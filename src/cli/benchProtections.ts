// Owns `npm run bench -- protections`: what the API's protections cost a submission. The same API (its own
// app, local DynamoDB and SQS/SNS started here, no worker so model work does not compete) is run with every
// protection on — production GraphQL limits (depth, aliases, directives, tokens, cost), CSRF prevention,
// introspection off, per-tenant and per-credential rate limits in DynamoDB — and with the optional ones off
// (limits at their maximum, no rate limits). Authentication, note sealing and tenant scoping are never off.
// Variants alternate over several rounds on a shared machine; medians and the on/off ratio are printed.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';
import { loadConfig, withEndpoints } from '../config';
import { startApp } from '../app';
import { startLocalInfrastructure } from '../local/launcher';
import { createLogger } from '../observability/logger';
import { loadOrCreateSecretFile, mintLocalToken } from '../auth';
import { median, percentile } from './bench';

const SUBMIT = `mutation($input: SubmitNoteInput!) { submitNote(input: $input) { job { id status } } }`;
const NOTE = 'Assessment: type 2 diabetes mellitus with diabetic chronic kidney disease, stage 3a. Essential hypertension. Plan: continue metformin.';

const VARIANTS: Record<'on' | 'off', Record<string, string>> = {
  on: {
    NODE_ENV: 'production',
    RATE_LIMIT_STORE: 'dynamodb',
    // High enough never to refuse in the bench: the cost measured is the shared bucket's conditional write.
    RATE_LIMIT_NOTES_PER_MINUTE: '1000000',
    RATE_LIMIT_BURST_NOTES: '1000000',
    RATE_LIMIT_CREDENTIAL_NOTES_PER_MINUTE: 'submitter=1000000',
  },
  off: {
    RATE_LIMIT_NOTES_PER_MINUTE: '0',
    GRAPHQL_MAX_DEPTH: '50',
    GRAPHQL_MAX_ALIASES: '1000',
    GRAPHQL_MAX_DIRECTIVES: '1000',
    GRAPHQL_MAX_TOKENS: '1000000',
    GRAPHQL_MAX_COST: '10000000',
  },
};

export async function benchProtections(args: string[]): Promise<void> {
  const { values } = parseArgs({
    args,
    options: {
      submits: { type: 'string', default: '200' },
      clients: { type: 'string', default: '20' },
      rounds: { type: 'string', default: '3' },
    },
  });
  const submits = Number(values.submits);
  const clients = Number(values.clients);
  const rounds = Number(values.rounds);
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'chartcoder-bench-protections-'));
  const region = 'us-east-1';
  const infra = await startLocalInfrastructure({ dataDir, region, inMemory: true });
  const samples: Record<'on' | 'off', number[][]> = { on: [], off: [] };
  try {
    for (let round = 0; round < rounds; round++) {
      // Alternate which variant goes first, so a trend in the machine's load does not favour one.
      const order: Array<'on' | 'off'> = round % 2 === 0 ? ['on', 'off'] : ['off', 'on'];
      for (const variant of order) {
        samples[variant].push(await runVariant(variant, dataDir, infra, submits, clients, `r${round}-${variant}`));
      }
    }
  } finally {
    await infra.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
  const summary = (variant: 'on' | 'off') => {
    const all = samples[variant].flat().sort((a, b) => a - b);
    return { p50: median(samples[variant].map((s) => percentile([...s].sort((a, b) => a - b), 50))), p99: percentile(all, 99), n: all.length };
  };
  const on = summary('on');
  const off = summary('off');
  console.log(`protections bench: ${submits} submits × ${rounds} rounds per variant, ${clients} concurrent clients, API alone (no worker)`);
  console.log(`  protections on    submit p50 ${on.p50.toFixed(1)} ms   p99 ${on.p99.toFixed(1)} ms   (${on.n} submits)`);
  console.log(`  protections off   submit p50 ${off.p50.toFixed(1)} ms   p99 ${off.p99.toFixed(1)} ms   (${off.n} submits)`);
  console.log(`  ratio on/off      p50 ${(on.p50 / off.p50).toFixed(2)}×   (median over rounds of each round's p50)`);
}

async function runVariant(
  variant: 'on' | 'off',
  dataDir: string,
  infra: Awaited<ReturnType<typeof startLocalInfrastructure>>,
  submits: number,
  clients: number,
  prefix: string,
): Promise<number[]> {
  const env = { DATA_DIR: dataDir, PORT: '0', LOG_LEVEL: 'warn', ...VARIANTS[variant] };
  const config = withEndpoints({ ...loadConfig(env), mode: 'split' }, infra);
  const app = await startApp({ config, roles: new Set(['api']), logger: createLogger({ level: 'warn' }) });
  try {
    const token = await mintLocalToken(loadOrCreateSecretFile(path.join(dataDir, 'jwt-secret')), { tenant: `bench-${prefix}`, roles: ['submitter'] });
    const latenciesMs: number[] = [];
    let next = 0;
    const warmup = Math.min(20, submits);
    await Promise.all(
      Array.from({ length: clients }, async () => {
        while (next < submits + warmup) {
          const i = next++;
          const t0 = performance.now();
          const res = await fetch(app.graphqlUrl!, {
            method: 'POST',
            headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
            body: JSON.stringify({ query: SUBMIT, variables: { input: { text: `${NOTE} (${prefix} ${i})` } } }),
          });
          const body = (await res.json()) as { errors?: unknown[] };
          if (body.errors?.length) throw new Error(`submit failed in the ${variant} variant: ${JSON.stringify(body.errors)}`);
          if (i >= warmup) latenciesMs.push(performance.now() - t0);
        }
      }),
    );
    return latenciesMs;
  } finally {
    await app.stop();
  }
}
