// Translation of incoming messages (into the agent's language) and of replies (into the buyer's).
// Engines, in order: the AI provider when one is set up. Offline engines were evaluated: Bergamot
// (Firefox Translations, @browsermt/bergamot-translator) runs in WebAssembly but needs per-pair
// models of 15-40 MB that must be downloaded from Mozilla's model registry, and npm carries none;
// until the user installs models, there is no offline engine, and the UI says so instead of guessing.
import type { TranslationResult } from '../../../src-shared/api/contract-assist';
import { ServiceError } from '../../services/errors';
import type { AiService } from '../ai/ai-service';

export const NO_ENGINE_MESSAGE =
  'No translation engine is available: no AI provider is set up and no offline translation models are installed. ' +
  'Set up an AI provider in Assist settings to translate.';

export function createTranslator(ai: AiService) {
  return {
    async translate(text: string, to: string, from: string | null): Promise<TranslationResult> {
      if (from && from.split('-')[0] === to.split('-')[0]) return { text, from, to, engine: 'none', problem: null };
      if (!ai.isConfigured()) return { text: null, from, to, engine: 'none', problem: NO_ENGINE_MESSAGE };
      try {
        const result = await ai.translate(text, to, from);
        return { text: result.text, from, to, engine: 'ai', problem: null };
      } catch (error) {
        if (error instanceof ServiceError) return { text: null, from, to, engine: 'ai', problem: `Translation failed: ${error.message}` };
        throw error;
      }
    },
  };
}
