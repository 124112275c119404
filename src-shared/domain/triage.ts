// The vocabulary of offline triage, shared by the core (which detects and acts) and the renderer
// (which shows, filters and explains). Detection itself lives in src-main/triage.
import type { LanguageCode } from './types';

/** What a buyer wants. Names follow ../shared/reference/helpdesk-domain.md. */
export const INTENTS = [
  'where_is_my_order',
  'delivery_time',
  'refund',
  'return',
  'cancel',
  'change_address',
  'damaged_or_wrong_item',
  'invoice',
  'payment_problem',
  'product_question',
  'complaint',
  'account',
  'thanks_no_reply',
  'other',
] as const;
export type Intent = (typeof INTENTS)[number];

export const SENTIMENTS = ['negative', 'neutral', 'positive'] as const;
export type Sentiment = (typeof SENTIMENTS)[number];

/** Languages the detector must tell apart (buyers write these; ZH also appears). */
export const TRIAGE_LANGUAGES = ['en', 'de', 'fr', 'es', 'it', 'ja', 'zh'] as const;
export type TriageLanguage = (typeof TRIAGE_LANGUAGES)[number];

/** What the console understood of one inbound message, computed offline. */
export interface MessageInsight {
  language: LanguageCode | null;
  /** 0..1 */
  languageConfidence: number;
  intent: Intent;
  /** 0..1 */
  intentConfidence: number;
  sentiment: Sentiment;
  /** -1 (very negative) .. 1 (very positive) */
  sentimentScore: number;
  anger: boolean;
  frustration: boolean;
  /** The escalation phrases found in the text, as written ("manager", "Vorgesetzten" ...). */
  escalationPhrases: string[];
}
