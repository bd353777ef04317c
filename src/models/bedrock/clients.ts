// Owns construction of one BedrockRuntimeClient per configured region, with the SDK's own retries
// OFF (maxAttempts 1: the invoker owns the retry budget), explicit timeouts and shared HTTP/2
// sessions, and the startup check that credentials can be resolved. Called from the composition root only.
import { BedrockRuntimeClient, ConverseCommand } from '@aws-sdk/client-bedrock-runtime';
import { BEDROCK_DEFAULTS } from '../../domain/constants';
import { ConfigError } from '../../errors';
import type { BedrockConfig } from '../../config';
import type { ConverseSender } from './invoker';

// A loopback endpoint is a local test double: fixed credentials keep the SDK from searching ~/.aws or
// IMDS. Any other endpoint (a VPC interface endpoint) is real AWS and uses the standard chain.
const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);
const LOCAL_CREDENTIALS = { accessKeyId: 'local', secretAccessKey: 'local' };

export interface BedrockClients {
  /** The client each region's next call goes to (replaced after a call times out, see `send`). */
  byRegion: ReadonlyMap<string, BedrockRuntimeClient>;
  send: ConverseSender;
  destroy(): void;
}

/**
 * Streams one HTTP/2 session carries before the handler opens another. The SDK's default for this client is
 * one session per call (a TCP connect, and on real AWS a TLS handshake, before every Converse: in the pipeline
 * bench with the model at 2 s, that set-up under load was most of the time a worker slot spent outside the
 * model). 16 keeps a dead session's reach small while 64 slots need only 4 sessions; it is far below the
 * stream limit HTTP/2 servers advertise (100 is the usual floor), so no call waits for a stream.
 */
export const MAX_STREAMS_PER_SESSION = 16;

export interface BedrockClientsOptions {
  /** For tests: builds a region's client (default the real SDK client with this module's options). */
  createClient?: (region: string) => BedrockRuntimeClient;
  /** For tests: when a replaced client is destroyed (default after twice the request timeout). */
  schedule?: (fn: () => void, delayMs: number) => void;
}

export function createBedrockClients(config: BedrockConfig, options: BedrockClientsOptions = {}): BedrockClients {
  const createClient = options.createClient ?? ((region: string) => newRuntimeClient(config, region));
  const schedule =
    options.schedule ??
    ((fn: () => void, delayMs: number) => {
      setTimeout(fn, delayMs).unref();
    });
  const byRegion = new Map<string, BedrockRuntimeClient>();
  const retiring = new Set<BedrockRuntimeClient>();
  for (const region of config.regions) byRegion.set(region, createClient(region));

  // A shared session that stops answering (a half-open TCP connection, a stalled peer) would take every
  // later call in the region with it until the OS notices, minutes later: the SDK closes only the stream
  // that timed out. So a call that timed out retires its region's client: later calls open fresh sessions,
  // calls already in flight finish on the old ones, which are destroyed once every call on them is past
  // its own deadline. Cost: one new session per timeout instead of one per call.
  const retire = (region: string, client: BedrockRuntimeClient): void => {
    if (byRegion.get(region) !== client) return; // another timed-out call replaced it already
    byRegion.set(region, createClient(region));
    retiring.add(client);
    schedule(() => {
      if (retiring.delete(client)) client.destroy();
    }, 2 * config.requestTimeoutMs);
  };

  return {
    byRegion,
    send: async (region, input, abortSignal) => {
      const client = byRegion.get(region)!;
      try {
        return await client.send(new ConverseCommand(input), { abortSignal });
      } catch (err) {
        if (abortSignal.aborted || (err as Error | undefined)?.name === 'TimeoutError') retire(region, client);
        throw err;
      }
    },
    destroy: () => {
      for (const client of byRegion.values()) client.destroy();
      for (const client of retiring) client.destroy();
      retiring.clear();
    },
  };
}

function newRuntimeClient(config: BedrockConfig, region: string): BedrockRuntimeClient {
  const endpoint = config.endpointUrls[region];
  const loopback = endpoint !== undefined && LOOPBACK_HOSTS.has(new URL(endpoint).hostname);
  return new BedrockRuntimeClient({
    region,
    ...(endpoint ? { endpoint } : {}),
    ...(loopback ? { credentials: LOCAL_CREDENTIALS } : {}),
    maxAttempts: BEDROCK_DEFAULTS.sdkMaxAttempts,
    // Sessions are shared (MAX_STREAMS_PER_SESSION); the timeout is per stream, on inactivity (the invoker
    // also aborts at the same deadline).
    requestHandler: { requestTimeout: config.requestTimeoutMs, disableConcurrentStreams: false, maxConcurrentStreams: MAX_STREAMS_PER_SESSION },
  });
}

/**
 * Fails start-up with a ConfigError when no credentials can be found for a region that needs them,
 * instead of failing every job later. Only the error's name is reported (a provider's message can
 * name files and profiles, which is fine, but keep it short and predictable).
 */
export async function assertCredentials(clients: BedrockClients): Promise<void> {
  for (const [region, client] of clients.byRegion) {
    try {
      const provider = client.config.credentials;
      const creds = await provider();
      if (!creds?.accessKeyId) throw new Error('empty credentials');
    } catch (err) {
      throw new ConfigError(
        `MODEL_PROVIDER=bedrock needs AWS credentials for Bedrock in ${region}, but none were found (${(err as Error).name ?? 'Error'}). ` +
          'Provide them through the standard AWS SDK chain (AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY, AWS_PROFILE, SSO, or an instance/task role), ' +
          'or set MODEL_PROVIDER=local.',
        { variable: 'MODEL_PROVIDER', region },
      );
    }
  }
}
