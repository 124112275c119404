// Agent assist assembled over one database: the request handlers it adds to the core, and the guard
// the core's reply.queue handler runs every outgoing reply through.
import type { AssistResults } from '../../src-shared/api/contract-assist';
import type { Intent } from '../../src-shared/domain/triage';
import type { ConversationDetail } from '../../src-shared/domain/types';
import type { ApiHandlers } from '../core/dispatch';
import type { Db } from '../db/open-database';
import type { EventLog } from '../services/event-log';
import { createAiService } from './ai/ai-service';
import { createKeychainStore, type SecretStore } from './ai/secret-store';
import { createBrandVoiceStore } from './brand-voice/brand-voice-store';
import { createAutomatedReplies } from './canned/automated-reply';
import { createCannedLibrary } from './canned/canned-library';
import { seedAssistDemo } from './demo-seed';
import { exportHelpSite } from './knowledge/export-html';
import { createGapReport } from './knowledge/gap-report';
import { createKnowledgeBase } from './knowledge/knowledge-base';
import { createOutgoingGuard } from './platform-rules/outgoing-guard';
import { createSettingsStore } from './settings-store';
import { createSuggestionEngine } from './suggestions/suggestion-engine';
import { createTranslator } from './translation/translator';

export interface AssistDeps {
  now: () => number;
  events: EventLog;
  detail: (conversationId: number) => ConversationDetail;
  agentName: () => string;
  /** Forwards streamed AI text to renderers. */
  emitDelta: (requestId: string, delta: string) => void;
  /** The intent triage recorded for a conversation, when triage runs (used when the caller gives none). */
  intentOf?: (conversationId: number) => Intent | null;
  secrets?: SecretStore;
  aiTimeoutMs?: number;
}

export type AssistHandlers = Pick<ApiHandlers, keyof AssistResults>;

export function createAssist(db: Db, deps: AssistDeps) {
  const settings = createSettingsStore(db);
  const canned = createCannedLibrary(db, deps.now);
  const kb = createKnowledgeBase(db, deps.now);
  seedAssistDemo(db, { canned, kb, settings });
  const brandVoice = createBrandVoiceStore(settings);
  const guard = createOutgoingGuard(db, { events: deps.events, brandVoice, settings });
  const engine = createSuggestionEngine(db, canned, kb, { now: deps.now });
  // Index the closed history in slices after start-up, so the first suggestion is ready and nothing stalls.
  void engine.warmInBackground(() => db.open);
  const intentOf = deps.intentOf ?? (() => null);
  const gaps = createGapReport(db, engine, intentOf);
  const ai = createAiService({ settings, secrets: deps.secrets ?? createKeychainStore(), brandVoice, onDelta: deps.emitDelta, timeoutMs: deps.aiTimeoutMs });
  const translator = createTranslator(ai);

  const articlesFor = (conversationId: number) =>
    engine
      .suggest(conversationId, intentOf(conversationId), 12)
      .items.filter((s) => s.kind === 'article')
      .slice(0, 3)
      .map((s) => ({ title: s.title, body: s.body }));

  const handlers: AssistHandlers = {
    'assist.suggestions': ({ conversationId, intent, limit }) => engine.suggest(conversationId, intent ?? intentOf(conversationId), limit),
    'assist.checkDraft': ({ conversationId, body, attachments }) => guard.check(conversationId, body, attachments),
    'assist.brandVoice.get': () => brandVoice.get(),
    'assist.brandVoice.set': (input) => brandVoice.set(input),
    'canned.listFull': () => canned.list(),
    'canned.save': (input) => canned.save(input),
    'canned.delete': ({ id }) => ({ deleted: canned.delete(id) }),
    'canned.review': ({ days }) => canned.review(days),
    'canned.export': () => canned.exportFile(),
    'canned.import': ({ file }) => canned.importFile(file),
    'kb.list': ({ language }) => kb.list(language),
    'kb.search': ({ query, language, limit }) => kb.search(query, { language, limit }),
    'kb.save': (input) => kb.save(input),
    'kb.delete': ({ id }) => ({ deleted: kb.delete(id) }),
    'kb.exportHtml': ({ siteName }) => exportHelpSite(kb.list(), siteName),
    'kb.gapReport': ({ limit }) => gaps.report(limit),
    'ai.config.get': () => ai.config(),
    'ai.config.set': (input) => ai.setConfig(input),
    'ai.draft': ({ conversationId, instructions }) => ai.draft(deps.detail(conversationId), articlesFor(conversationId), deps.agentName(), instructions),
    'ai.summarize': ({ conversationId }) => ai.summarize(deps.detail(conversationId)),
    'ai.rewrite': ({ conversationId, body }) => ai.rewrite(body, deps.detail(conversationId).conversation.language),
    'ai.translate': ({ text, to, from }) => translator.translate(text, to, from ?? null),
  };

  /** For the automation: a canned reply rendered and checked for a conversation, sent only when ready. */
  const automated = createAutomatedReplies({ canned, guard, detail: deps.detail, agentName: deps.agentName });

  return { handlers, guard, engine, canned, kb, automated };
}
export type Assist = ReturnType<typeof createAssist>;
