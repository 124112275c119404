// The composer's assist state: suggestions for the open conversation, knowledge-base results for the
// `??` picker, the brand-voice phrases, AI requests with their streamed text, and translations.
import { create } from 'zustand';
import type { AiText, KbHit, SuggestionList, TranslationResult } from '../../src-shared/api/contract-assist';
import type { BrandVoiceGuide } from '../../src-shared/assist/brand-voice';
import type { Intent } from '../../src-shared/domain/triage';
import { call } from '../api/call';
import { useConsole } from '../state/console-store';

export type AiTask = 'draft' | 'summarize' | 'rewrite' | 'translateDraft';

export interface AssistState {
  suggestions: Record<number, SuggestionList>;
  kbHits: KbHit[];
  kbQuery: string | null;
  brandVoice: BrandVoiceGuide | null;
  /** The AI request under way (one at a time), and the text streamed so far. */
  aiTask: AiTask | null;
  aiStream: string;
  summaries: Record<number, string>;
  /** message id -> translation into the agent's language */
  translations: Record<number, TranslationResult>;
  loadSuggestions(conversationId: number, intent?: Intent): Promise<void>;
  searchKb(query: string, language: string | null): Promise<void>;
  loadBrandVoice(): Promise<void>;
  runAi(task: AiTask, conversationId: number, body?: string, to?: string): Promise<AiText | TranslationResult | null>;
  translateMessage(messageId: number, text: string, from: string | null, to: string): Promise<void>;
}

function transport() {
  const t = useConsole.getState().transport;
  if (!t) throw new Error('not connected');
  return t;
}
const fail = (error: unknown) => useConsole.getState().toast('error', error instanceof Error ? error.message : String(error));

let deltaUnsubscribe: (() => void) | null = null;

export const useAssist = create<AssistState>((set, get) => ({
  suggestions: {},
  kbHits: [],
  kbQuery: null,
  brandVoice: null,
  aiTask: null,
  aiStream: '',
  summaries: {},
  translations: {},

  async loadSuggestions(conversationId, intent) {
    try {
      const list = await call(transport(), 'assist.suggestions', intent ? { conversationId, intent, limit: 8 } : { conversationId, limit: 8 });
      set((s) => ({ suggestions: { ...s.suggestions, [conversationId]: list } }));
    } catch (error) {
      fail(error);
    }
  },

  async searchKb(query, language) {
    set({ kbQuery: query });
    if (!query.trim()) {
      // An empty `??` lists the articles in the buyer's language.
      try {
        const list = await call(transport(), 'kb.list', language ? { language } : {});
        if (get().kbQuery === query) set({ kbHits: list.slice(0, 8).map((article) => ({ article, score: 0 })) });
      } catch (error) {
        fail(error);
      }
      return;
    }
    try {
      let hits = await call(transport(), 'kb.search', language ? { query, language, limit: 8 } : { query, limit: 8 });
      if (hits.length === 0 && language) hits = await call(transport(), 'kb.search', { query, limit: 8 });
      if (get().kbQuery === query) set({ kbHits: hits });
    } catch (error) {
      fail(error);
    }
  },

  async loadBrandVoice() {
    if (get().brandVoice) return;
    try {
      set({ brandVoice: await call(transport(), 'assist.brandVoice.get', {}) });
    } catch (error) {
      fail(error);
    }
  },

  async runAi(task, conversationId, body, to) {
    if (get().aiTask) return null;
    const t = transport();
    deltaUnsubscribe?.();
    set({ aiTask: task, aiStream: '' });
    deltaUnsubscribe = t.subscribe('ai.delta', ({ delta }) => set((s) => ({ aiStream: s.aiStream + delta })));
    try {
      if (task === 'draft') return await call(t, 'ai.draft', { conversationId });
      if (task === 'rewrite') return await call(t, 'ai.rewrite', { conversationId, body: body ?? '' });
      if (task === 'translateDraft') return await call(t, 'ai.translate', { text: body ?? '', to: to ?? 'en' });
      const summary = await call(t, 'ai.summarize', { conversationId });
      set((s) => ({ summaries: { ...s.summaries, [conversationId]: summary.text } }));
      return summary;
    } catch (error) {
      fail(error);
      return null;
    } finally {
      deltaUnsubscribe?.();
      deltaUnsubscribe = null;
      set({ aiTask: null, aiStream: '' });
    }
  },

  async translateMessage(messageId, text, from, to) {
    try {
      const result = await call(transport(), 'ai.translate', from ? { text, from, to } : { text, to });
      set((s) => ({ translations: { ...s.translations, [messageId]: result } }));
    } catch (error) {
      fail(error);
    }
  },
}));
