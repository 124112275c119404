// The optional AI provider: configuration (base URL and model in settings, the key in the OS
// keychain), and the assist tasks that use it. It only ever returns text to the agent: nothing here
// queues or sends a reply.
import { randomUUID } from 'node:crypto';
import type { AiConfigView, AiText } from '../../../src-shared/api/contract-assist';
import type { ConversationDetail } from '../../../src-shared/domain/types';
import { ServiceError } from '../../services/errors';
import type { BrandVoiceStore } from '../brand-voice/brand-voice-store';
import type { SettingsStore } from '../settings-store';
import { AiProviderError, streamChat, type ChatMessage, type ChatOptions, type ProviderConfig } from './openai-client';
import { draftPrompt, rewritePrompt, summaryPrompt, translatePrompt } from './prompts';
import type { KbArticleLike } from './prompt-types';
import type { SecretStore } from './secret-store';

const CONFIG_KEY = 'assist.ai';
const KEY_ACCOUNT = 'ai-provider-api-key';

interface StoredConfig {
  baseUrl: string;
  model: string;
}

export interface AiServiceDeps {
  settings: SettingsStore;
  secrets: SecretStore;
  brandVoice: BrandVoiceStore;
  /** Streams text as it arrives (the core forwards it as `ai.delta` events). */
  onDelta: (requestId: string, delta: string) => void;
  timeoutMs?: number;
  maxRetryWaitMs?: number;
}

function toServiceError(error: unknown): never {
  if (error instanceof AiProviderError) {
    throw new ServiceError(error.kind === 'unauthorized' ? 'unauthorized' : 'unavailable', error.message);
  }
  throw error;
}

export function createAiService(deps: AiServiceDeps) {
  const stored = () => deps.settings.get<StoredConfig>(CONFIG_KEY);

  async function provider(): Promise<ProviderConfig> {
    const config = stored();
    if (!config) throw new ServiceError('unavailable', 'No AI provider is set up. Everything else works offline; to use AI drafts, add an OpenAI-compatible endpoint in Assist settings.');
    let apiKey: string | null = null;
    try {
      apiKey = await deps.secrets.get(KEY_ACCOUNT);
    } catch {
      // A local server (llama.cpp, Ollama) needs no key; a remote one will answer 401, which we report.
    }
    return { ...config, apiKey };
  }

  async function run(messages: ChatMessage[], options: ChatOptions = {}): Promise<AiText> {
    const config = await provider();
    const requestId = randomUUID();
    try {
      const text = await streamChat(config, messages, {
        ...options,
        timeoutMs: deps.timeoutMs,
        maxRetryWaitMs: deps.maxRetryWaitMs,
        onDelta: (d) => deps.onDelta(requestId, d),
      });
      if (!text.trim()) throw new AiProviderError('malformed', 'The AI provider answered with an empty text.');
      return { requestId, text: text.trim() };
    } catch (error) {
      return toServiceError(error);
    }
  }

  return {
    async config(): Promise<AiConfigView> {
      const config = stored();
      const problem = await deps.secrets.problem();
      let hasKey = false;
      if (!problem) hasKey = (await deps.secrets.get(KEY_ACCOUNT).catch(() => null)) !== null;
      return { baseUrl: config?.baseUrl ?? null, model: config?.model ?? null, hasKey, keychainAvailable: problem === null, keychainProblem: problem, configured: config !== null };
    },
    async setConfig(input: { baseUrl: string; model: string; apiKey?: string | undefined }): Promise<AiConfigView> {
      if (input.apiKey !== undefined) {
        try {
          if (input.apiKey === '') await deps.secrets.delete(KEY_ACCOUNT);
          else await deps.secrets.set(KEY_ACCOUNT, input.apiKey);
        } catch (error) {
          // Say it plainly and keep the old settings: a key must not end up anywhere but the keychain.
          throw new ServiceError('unavailable', (error as Error).message);
        }
      }
      deps.settings.set(CONFIG_KEY, { baseUrl: input.baseUrl.replace(/\/+$/, ''), model: input.model } satisfies StoredConfig);
      return this.config();
    },
    isConfigured: () => stored() !== null,
    draft(detail: ConversationDetail, articles: readonly KbArticleLike[], agentName: string, instructions?: string) {
      return run(draftPrompt(detail, articles, deps.brandVoice.get(), agentName, instructions));
    },
    summarize(detail: ConversationDetail) {
      return run(summaryPrompt(detail), { temperature: 0.1 });
    },
    rewrite(draft: string, language: string | null) {
      return run(rewritePrompt(draft, deps.brandVoice.get(), language));
    },
    translate(text: string, to: string, from: string | null) {
      return run(translatePrompt(text, to, from), { temperature: 0 });
    },
  };
}
export type AiService = ReturnType<typeof createAiService>;
