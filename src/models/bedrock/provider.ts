// Owns assembling the model provider from config, per role: `local` (the embedded engine) or
// `bedrock` (one invoker — clients, regions, breakers — shared by both roles, since a region that is
// down is down for both). Checks at start what only a bedrock role needs: a model id and credentials.
import { InvalidCodeError, ConfigError } from '../../errors';
import type { Clock } from '../../domain/clock';
import type { BedrockConfig, BedrockRoleConfig, ModelProviderName } from '../../config';
import type { ClinicalEngine } from '../../engine';
import { LocalCoder, LocalSummarizer } from '../local';
import type { ModelInvocation, ModelProvider, ModelRole } from '../port';
import { createBedrockClients, assertCredentials, type BedrockClients } from './clients';
import { ConverseInvoker, type ConverseSender, type InvokerTelemetry } from './invoker';
import { BedrockSummarizer } from './summarizer';
import { BedrockCoder, type CodeAgreement, type CodeCheck } from './coder';

/** Everything an operator may want counted; implemented over prom-client in the composition root. */
export interface BedrockTelemetry extends InvokerTelemetry {
  invocation?(role: ModelRole, invocation: ModelInvocation): void;
  repair?(role: ModelRole, reason: string): void;
  fallback?(role: ModelRole, reason: string): void;
  droppedStatements?(count: number): void;
  agreement?(agreement: CodeAgreement): void;
}

export interface ModelProviderOptions {
  roles: { summarizer: ModelProviderName; coder: ModelProviderName };
  bedrock: BedrockConfig;
  engine: ClinicalEngine;
  localLatencyMs: number;
  clock: Clock;
  telemetry?: BedrockTelemetry;
  /** Tests: send through something other than the SDK clients (unit tests of the wiring). */
  send?: ConverseSender;
  /** Default true: resolve credentials once at start so a missing setup fails fast. */
  checkCredentials?: boolean;
}

export interface BuiltModelProvider {
  provider: ModelProvider;
  /** Present when a role runs on Bedrock (breaker states for readiness and tests). */
  invoker?: ConverseInvoker;
  close(): void;
}

function requireModelId(role: ModelRole, settings: BedrockRoleConfig): BedrockRoleConfig & { modelId: string } {
  if (!settings.modelId) {
    const variable = `BEDROCK_${role.toUpperCase()}_MODEL_ID`;
    throw new ConfigError(`${variable} must be set when the ${role} runs on bedrock (a model id, inference profile id or model ARN)`, {
      variable,
    });
  }
  return settings as BedrockRoleConfig & { modelId: string };
}

export function codeChecker(engine: ClinicalEngine): (code: string) => CodeCheck {
  return (code) => {
    try {
      const entry = engine.codeSet.find(code);
      if (!entry) return 'unknown';
      return entry.billable ? 'ok' : 'not_billable';
    } catch (err) {
      if (err instanceof InvalidCodeError) return 'malformed';
      throw err;
    }
  };
}

export async function createModelProvider(options: ModelProviderOptions): Promise<BuiltModelProvider> {
  const { roles, bedrock, engine, telemetry } = options;
  const useBedrock = roles.summarizer === 'bedrock' || roles.coder === 'bedrock';
  if (!useBedrock) {
    return {
      provider: { summarizer: new LocalSummarizer(engine, options.localLatencyMs), coder: new LocalCoder(options.localLatencyMs) },
      close: () => undefined,
    };
  }
  const summarizerSettings = roles.summarizer === 'bedrock' ? requireModelId('summarizer', bedrock.summarizer) : undefined;
  const coderSettings = roles.coder === 'bedrock' ? requireModelId('coder', bedrock.coder) : undefined;

  let clients: BedrockClients | undefined;
  let send = options.send;
  if (!send) {
    clients = createBedrockClients(bedrock);
    if (options.checkCredentials !== false) {
      try {
        await assertCredentials(clients);
      } catch (err) {
        clients.destroy();
        throw err;
      }
    }
    send = clients.send;
  }
  const invoker = new ConverseInvoker({
    regions: bedrock.regions,
    send,
    attemptsPerRegion: bedrock.attemptsPerRegion,
    maxAttemptsPerCall: bedrock.maxAttemptsPerCall,
    backoff: { baseMs: bedrock.retryBaseMs, maxMs: bedrock.retryMaxMs },
    requestTimeoutMs: bedrock.requestTimeoutMs,
    breakerFailureThreshold: bedrock.breakerFailureThreshold,
    breakerOpenMs: bedrock.breakerOpenMs,
    maxInFlightPerRegion: bedrock.maxInFlightPerRegion,
    clock: options.clock,
    telemetry,
  });
  const onInvocation = (role: ModelRole, inv: ModelInvocation) => telemetry?.invocation?.(role, inv);

  const summarizer = summarizerSettings
    ? new BedrockSummarizer({
        invoker,
        settings: summarizerSettings,
        engine,
        onInvocation,
        onRepair: (r) => telemetry?.repair?.('summarizer', r),
        onFallback: (r) => telemetry?.fallback?.('summarizer', r),
        onDroppedStatements: (n) => telemetry?.droppedStatements?.(n),
      })
    : new LocalSummarizer(engine, options.localLatencyMs);
  const coder = coderSettings
    ? new BedrockCoder({
        invoker,
        settings: coderSettings,
        checkCode: codeChecker(engine),
        codeSetVersion: engine.codeSet.version,
        engine,
        onInvocation,
        onRepair: (r) => telemetry?.repair?.('coder', r),
        onFallback: (r) => telemetry?.fallback?.('coder', r),
        onAgreement: (a) => telemetry?.agreement?.(a),
      })
    : new LocalCoder(options.localLatencyMs);
  return { provider: { summarizer, coder }, invoker, close: () => clients?.destroy() };
}
