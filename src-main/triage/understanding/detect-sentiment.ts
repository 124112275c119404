// Sentiment, anger and frustration from per-language word lists plus the signs buyers use in every
// language: "!!!", "???", WORDS IN CAPITALS. The intent shifts the baseline (a complaint is rarely
// neutral, a thank-you rarely negative).
import type { Intent, Sentiment, TriageLanguage } from '../../../src-shared/domain/triage';
import { compiledLexicon, countMatches } from './lexicons';

export interface SentimentResult {
  sentiment: Sentiment;
  score: number;
  anger: boolean;
  frustration: boolean;
}

const INTENT_BASELINE: Partial<Record<Intent, number>> = {
  complaint: -1.5,
  damaged_or_wrong_item: -0.8,
  payment_problem: -0.4,
  thanks_no_reply: 1.2,
};

const SHOUTED_WORD = /(?<![\p{L}\p{N}])[A-ZÄÖÜÀ-ÝŒ]{4,}(?![\p{L}\p{N}])/gu;
const CAPS_ALLOWED = new Set(['AMAZON', 'PAYPAL', 'EBAY', 'FEDEX', 'HERMES', 'USPS', 'ASAP', 'BITTE', 'HTTP', 'HTTPS', 'UPDATE']);

function shouting(original: string): boolean {
  let shouted = 0;
  for (const m of original.matchAll(SHOUTED_WORD)) if (!CAPS_ALLOWED.has(m[0])) shouted++;
  return shouted >= 2;
}

export function detectSentiment(
  original: string,
  normalized: string,
  languages: readonly TriageLanguage[],
  intent: Intent,
  escalating: boolean,
): SentimentResult {
  let positive = 0;
  let negative = 0;
  let anger = 0;
  let frustration = 0;
  let polite = 0;
  for (const lang of languages) {
    const lex = compiledLexicon(lang);
    positive += countMatches(lex.positive, normalized, 6);
    negative += countMatches(lex.negative, normalized, 6);
    anger += countMatches(lex.anger, normalized, 4);
    frustration += countMatches(lex.frustration, normalized, 4);
    polite += countMatches(lex.polite, normalized, 2);
  }
  const exclamations = /!{2,}|！{2,}/.test(original);
  const questions = /\?{3,}|\?!|!\?|？{2,}/.test(original);
  const shouts = shouting(original);

  // A polite "thanks" inside a request is courtesy, not delight: it counts half.
  const courtesy = intent === 'thanks_no_reply' ? 1 : 0.5;
  let raw = courtesy * positive - negative - 1.5 * anger - 0.5 * frustration + (INTENT_BASELINE[intent] ?? 0);
  // Asking for a manager or threatening steps is never said contentedly.
  if (escalating) raw -= 1.5;
  if (exclamations || questions || /\?\?|!!/.test(original)) raw -= 0.7;
  if (raw < 0 && shouts) raw -= 1;
  // A courteous report of a problem is a neutral request, not an angry one.
  if (raw < 0 && polite > 0 && anger === 0 && !escalating) raw *= 0.6;
  const score = Math.tanh(raw / 2.5);
  const sentiment: Sentiment = score <= -0.25 ? 'negative' : score >= 0.3 ? 'positive' : 'neutral';

  const angerSignals = 2 * anger + (shouts ? 1 : 0) + (exclamations && raw < 0 ? 1 : 0);
  const frustrationSignals = frustration + (questions ? 1 : 0);
  return {
    sentiment,
    score: Math.round(score * 1000) / 1000,
    anger: angerSignals >= 2,
    frustration: frustrationSignals >= 2 || (frustrationSignals >= 1 && sentiment === 'negative'),
  };
}
