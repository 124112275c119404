// Result types of the agent-assist requests (canned-reply library, knowledge base, suggestions,
// platform-rule check, AI provider, translation). ApiResults extends AssistResults.
import type { BrandVoiceFlag, BrandVoiceGuide } from '../assist/brand-voice';
import type { RuleViolation } from '../assist/platform-rules/types';
import type { Intent } from '../domain/triage';
import type { CannedReply, LanguageCode } from '../domain/types';

export interface KbArticle {
  id: number;
  slug: string;
  language: LanguageCode;
  title: string;
  body: string;
  intents: Intent[];
  updatedAt: number;
}

export interface KbHit {
  article: KbArticle;
  /** Higher is better (negated FTS5 bm25). */
  score: number;
}

export interface KbGapRow {
  /** The intent as given by triage; 'unknown' when none was recorded. */
  intent: Intent | 'unknown';
  conversations: number;
  withoutArticle: number;
  /** First lines of buyer questions that no article matched. */
  examples: string[];
}

export interface KbExport {
  /** File name -> complete static HTML page (index per language). */
  files: { name: string; html: string }[];
}

export type SuggestionKind = 'canned' | 'article' | 'past_reply';

export interface Suggestion {
  key: string;
  kind: SuggestionKind;
  title: string;
  /** Template text: variables ({{order.trackingNumber}}) and prompts are rendered by the composer. */
  body: string;
  language: LanguageCode;
  /** 0..1, comparable across kinds. */
  score: number;
  cannedReplyId: number | null;
  articleId: number | null;
  /** Past replies: how many similar closed conversations ended with this reply. */
  resolvedCount: number;
  reasons: ('intent' | 'text' | 'past')[];
}

export interface SuggestionList {
  conversationId: number;
  intent: Intent | null;
  language: LanguageCode | null;
  items: Suggestion[];
}

export interface CannedReplyFull extends CannedReply {
  intents: Intent[];
  lastUsedAt: number | null;
  createdAt: number;
  updatedAt: number;
}

export interface CannedReview {
  /** Replies not used in the last `days` days (never used ones included), oldest use first. */
  stale: CannedReplyFull[];
  days: number;
}

export interface CannedExportFile {
  format: 'agent-console/canned-replies';
  version: 1;
  exportedAt: number;
  replies: { name: string; shortcut: string | null; folder: string | null; language: string; body: string; intents: Intent[] }[];
}

export interface CannedImportResult {
  created: number;
  updated: number;
}

export interface DraftCheck {
  violations: RuleViolation[];
  brandVoice: BrandVoiceFlag[];
}

export interface AiConfigView {
  baseUrl: string | null;
  model: string | null;
  hasKey: boolean;
  /** Whether a key can be kept in the OS keychain here; if not, why (shown as is). */
  keychainAvailable: boolean;
  keychainProblem: string | null;
  configured: boolean;
}

export interface AiText {
  requestId: string;
  text: string;
}

export interface TranslationResult {
  text: string | null;
  from: string | null;
  to: string;
  engine: 'ai' | 'none';
  /** Why no translation was made, in a sentence for the UI (null when `text` is set). */
  problem: string | null;
}

export interface AssistResults {
  'assist.suggestions': SuggestionList;
  'assist.checkDraft': DraftCheck;
  'assist.brandVoice.get': BrandVoiceGuide;
  'assist.brandVoice.set': BrandVoiceGuide;
  'canned.listFull': CannedReplyFull[];
  'canned.save': CannedReplyFull;
  'canned.delete': { deleted: boolean };
  'canned.review': CannedReview;
  'canned.export': CannedExportFile;
  'canned.import': CannedImportResult;
  'kb.list': KbArticle[];
  'kb.search': KbHit[];
  'kb.save': KbArticle;
  'kb.delete': { deleted: boolean };
  'kb.exportHtml': KbExport;
  'kb.gapReport': KbGapRow[];
  'ai.config.get': AiConfigView;
  'ai.config.set': AiConfigView;
  'ai.draft': AiText;
  'ai.summarize': AiText;
  'ai.rewrite': AiText;
  'ai.translate': TranslationResult;
}

/** Pushed while an AI request streams: the text so far grows by `delta`. */
export interface AssistEvents {
  'ai.delta': { requestId: string; delta: string };
}
