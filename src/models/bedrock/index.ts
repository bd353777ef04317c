// Owns the public surface of the Bedrock model provider.
export { createModelProvider, codeChecker, type BedrockTelemetry, type BuiltModelProvider, type ModelProviderOptions } from './provider';
export { ConverseInvoker, type ConverseSender, type InvokerOptions, type InvokeResult } from './invoker';
export { CircuitBreaker, type BreakerState } from './breaker';
export { backoffDelayMs } from './backoff';
export { BedrockModelError, BEDROCK_ERROR_CODES, readFailure } from './errors';
export { BedrockSummarizer, SUMMARY_FALLBACK } from './summarizer';
export { BedrockCoder, CODER_FALLBACK, CODER_REPAIR } from './coder';
export { CODES_TOOL, SUMMARY_TOOL } from './tools';
