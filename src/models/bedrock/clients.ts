// Owns construction of one BedrockRuntimeClient per configured region, with the SDK's own retries
// OFF (maxAttempts 1: the invoker owns the retry budget) and explicit timeouts, and the startup
// check that credentials can be resolved. Called from the composition root only.
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
  byRegion: ReadonlyMap<string, BedrockRuntimeClient>;
  send: ConverseSender;
  destroy(): void;
}

export function createBedrockClients(config: BedrockConfig): BedrockClients {
  const byRegion = new Map<string, BedrockRuntimeClient>();
  for (const region of config.regions) {
    const endpoint = config.endpointUrls[region];
    const loopback = endpoint !== undefined && LOOPBACK_HOSTS.has(new URL(endpoint).hostname);
    byRegion.set(
      region,
      new BedrockRuntimeClient({
        region,
        ...(endpoint ? { endpoint } : {}),
        ...(loopback ? { credentials: LOCAL_CREDENTIALS } : {}),
        maxAttempts: BEDROCK_DEFAULTS.sdkMaxAttempts,
        // The SDK's default for this client is an HTTP/2 handler with one session per request; only
        // the timeout is ours (inactivity on the stream; the invoker also aborts at the same deadline).
        requestHandler: { requestTimeout: config.requestTimeoutMs, disableConcurrentStreams: true },
      }),
    );
  }
  return {
    byRegion,
    send: (region, input, abortSignal) => byRegion.get(region)!.send(new ConverseCommand(input), { abortSignal }),
    destroy: () => {
      for (const client of byRegion.values()) client.destroy();
    },
  };
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
