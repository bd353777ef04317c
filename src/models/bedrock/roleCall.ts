// Owns what both roles share: building a Converse request for a role (system prompt, forced tool,
// inference parameters, guardrail, the model id for the region) and turning the answer's metadata
// into a ModelInvocation record. Never records prompt or answer text.
import type { ContentBlock, ConverseCommandInput, ConverseCommandOutput } from '@aws-sdk/client-bedrock-runtime';
import type { BedrockRoleConfig } from '../../config';
import type { ModelInvocation, ModelRole } from '../port';
import type { ConverseInvoker } from './invoker';
import { forcedTool, type CODES_TOOL, type SUMMARY_TOOL } from './tools';

export const GUARDRAIL_ACTIONS = { none: 'NONE', intervened: 'INTERVENED' } as const;

export interface RoleDeps {
  invoker: ConverseInvoker;
  settings: BedrockRoleConfig & { modelId: string };
  /** Told about each invocation (metrics); the record holds no text. */
  onInvocation?: (role: ModelRole, invocation: ModelInvocation) => void;
}

export function modelIdFor(settings: RoleDeps['settings'], region: string): string {
  return settings.modelIdByRegion[region] ?? settings.modelId;
}

export interface ToolAnswer {
  output: ConverseCommandOutput;
  invocation: ModelInvocation;
}

/** One forced-tool Converse call with the invoker's retry/failover policy. */
export async function callTool(
  deps: RoleDeps,
  role: ModelRole,
  tool: typeof SUMMARY_TOOL | typeof CODES_TOOL,
  system: string,
  content: ContentBlock[],
  jobId?: string,
): Promise<ToolAnswer> {
  const { settings } = deps;
  const build = (region: string): ConverseCommandInput => ({
    modelId: modelIdFor(settings, region),
    system: [{ text: system }],
    messages: [{ role: 'user', content }],
    toolConfig: forcedTool(tool),
    inferenceConfig: { maxTokens: settings.maxTokens, temperature: settings.temperature },
    // The job id (never note text) tags the invocation log entry, so cost and retries are attributable per job.
    ...(jobId ? { requestMetadata: { jobId, role } } : {}),
    ...(settings.guardrail
      ? { guardrailConfig: { guardrailIdentifier: settings.guardrail.id, guardrailVersion: settings.guardrail.version, trace: 'disabled' as const } }
      : {}),
  });
  const result = await deps.invoker.invoke(role, build);
  const { output } = result;
  const invocation: ModelInvocation = {
    modelId: modelIdFor(settings, result.region),
    region: result.region,
    latencyMs: Math.round(result.latencyMs),
    ...(output.usage?.inputTokens !== undefined ? { inputTokens: output.usage.inputTokens } : {}),
    ...(output.usage?.outputTokens !== undefined ? { outputTokens: output.usage.outputTokens } : {}),
    ...(output.stopReason ? { stopReason: String(output.stopReason) } : {}),
    attempts: result.attempts,
    ...(settings.guardrail
      ? { guardrailAction: output.stopReason === 'guardrail_intervened' ? GUARDRAIL_ACTIONS.intervened : GUARDRAIL_ACTIONS.none }
      : {}),
  };
  deps.onInvocation?.(role, invocation);
  return { output, invocation };
}

/** The note as a delimited data block: the prompts tell the model everything inside is data. */
export function noteBlock(redactedText: string): ContentBlock {
  // A note cannot close the data block early: a literal closing tag inside it is defused.
  return { text: `<note>\n${redactedText.replace(/<\/note>/gi, '</ note>')}\n</note>` };
}

export function repairBlock(problems: string[]): ContentBlock {
  const list = problems.slice(0, 20).map((p) => `- ${p}`).join('\n');
  return {
    text:
      'Your previous answer could not be accepted for these reasons:\n' +
      `${list}\n` +
      'Answer again, only by calling the tool, fixing every problem above. The note is unchanged.',
  };
}
