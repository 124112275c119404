// Offline understanding of one buyer message: language, intent, sentiment (with anger and frustration)
// and escalation phrases, in EN, DE, FR, ES, IT, JA and ZH. Intent is the sum of three kinds of
// evidence: the lexicons (phrases known to mean an intent), the model shipped with the app (trained on
// thousands of labelled buyer messages, see base-model/), and a complement naive Bayes model learned
// on the device from the agents' intent corrections, which adapts it to the seller's own buyers.
// Synchronous and well under a millisecond per message, so it runs inline at ingest.
import { INTENTS, TRIAGE_LANGUAGES, type Intent, type MessageInsight, type TriageLanguage } from '../../../src-shared/domain/triage';
import { detectEscalation } from './detect-escalation';
import { bestOf, lexiconIntentScores, toProbabilities } from './detect-intent';
import { detectLanguage } from './detect-language';
import { detectSentiment } from './detect-sentiment';
import type { BaseIntentModel } from './base-model/base-intent-model';
import { shippedBaseModel } from './base-model/shipped-model';
import { IntentLearner } from './intent-learner';
import { matchingText, normalizeForMatching } from './normalize-text';
import { modelFeatures, textFeatures } from './text-features';

export interface UnderstandInput { text: string; subject?: string; languageHint?: string | null }
export interface IntentCorrection { text: string; subject?: string; intent: Intent; language?: string | null }
export interface Understanding {
  understand(input: UnderstandInput): MessageInsight;   // MessageInsight from src-shared/domain/triage.ts; synchronous, < 1 ms typical
  learn(correction: IntentCorrection): void;            // an agent corrected the intent of a message
  exportState(): string;                                // JSON of what was learned, to persist in SQLite
}

export interface UnderstandingOptions {
  learnedState?: string | null;
  /** Off: lexicons only, whatever was learned (used to measure what learning adds). */
  useLearned?: boolean;
  /** Weight of the learned evidence against the lexicons' (default LEARNED_WEIGHT); 0 = lexicons only. */
  learnedWeight?: number;
  /** The trained model shipped with the app (default); null = lexicons and corrections only (for measurement). */
  baseModel?: BaseIntentModel | null;
  /** Weight of the lexicons (default 1); 0 = the learned model alone (for measurement). */
  lexiconWeight?: number;
  /** Extra weight when the learned model is sure (see addLearned); for measurement. */
  sureWeight?: number;
  sureMargin?: number;
  /** Softmax temperature of the reported intent confidence (default CONFIDENCE_TEMPERATURE); for measurement. */
  confidenceTemperature?: number;
}

/** How much the learned model's evidence weighs against the lexicons' (per mean log-likelihood ratio). */
export const LEARNED_WEIGHT = 0.5;

/**
 * When the learned model clearly prefers one intent over every other (its lead beyond SURE_MARGIN),
 * the lead counts SURE_WEIGHT times on top: this is the case of a message like those the agents
 * corrected, where the lexicons and the shipped model are known to be wrong. Large enough that three
 * corrections of one recurring request outweigh the shipped model; on leave-one-batch-out validation
 * of the training corpus (corrections of four fifths of a writer's batch, scored on the rest) it
 * neither helps nor hurts (macro-F1 0.853 with it, 0.856 without corrections, 0.853 at 10).
 */
export const SURE_WEIGHT = 30;
export const SURE_MARGIN = 0.8;

/**
 * The summed evidence is on a larger scale than a probability's log: the reported confidence divides
 * it by this temperature, chosen so that confidence matches accuracy on leave-one-batch-out
 * predictions of the training corpus (temperature scaling).
 */
export const CONFIDENCE_TEMPERATURE = 2;

const INTENT_SET = new Set<string>(INTENTS);

function addLearned(scores: Map<Intent, number>, learned: Map<Intent, number>, weight: number, sureWeight: number, sureMargin: number): void {
  let best: Intent | null = null;
  let first = 0;
  let second = 0; // intents without corrections score 0
  for (const [intent, s] of learned) {
    scores.set(intent, scores.get(intent)! + weight * s);
    if (s > first) {
      second = first;
      first = s;
      best = intent;
    } else if (s > second) second = s;
  }
  if (best && first - second > sureMargin) scores.set(best, scores.get(best)! + sureWeight * (first - second - sureMargin));
}

/** Below this, a short message could be in a neighbouring language: every lexicon is consulted. */
const SURE_LANGUAGE = 0.4;

function lexiconLanguages(language: TriageLanguage | null, confidence: number): readonly TriageLanguage[] {
  if (!language || confidence < SURE_LANGUAGE) return TRIAGE_LANGUAGES;
  // Buyers mix in English words ("tracking", "refund") whatever language they write.
  return language === 'en' ? ['en'] : [language, 'en'];
}

function isTriageLanguage(code: string | null): code is TriageLanguage {
  return code !== null && (TRIAGE_LANGUAGES as readonly string[]).includes(code);
}

export function createUnderstanding(options: UnderstandingOptions = {}): Understanding {
  const learner = IntentLearner.fromJson(options.learnedState);
  const learnedWeight = options.useLearned === false ? 0 : (options.learnedWeight ?? LEARNED_WEIGHT);
  const lexiconWeight = options.lexiconWeight ?? 1;
  const sureWeight = options.sureWeight ?? SURE_WEIGHT;
  const sureMargin = options.sureMargin ?? SURE_MARGIN;
  const baseModel = options.baseModel === undefined ? shippedBaseModel() : options.baseModel;
  const temperature = options.confidenceTemperature ?? CONFIDENCE_TEMPERATURE;

  return {
    understand(input) {
      if (typeof input?.text !== 'string') throw new TypeError('understand() needs { text: string }');
      const { own, normalized } = matchingText(input.text, input.subject);
      const guess = detectLanguage(own.length >= 3 ? own : `${input.subject ?? ''} ${own}`, input.languageHint);
      const languages = lexiconLanguages(isTriageLanguage(guess.language) ? guess.language : null, guess.confidence);

      const scores = lexiconIntentScores(normalized.text, languages);
      if (lexiconWeight !== 1) for (const [intent, s] of scores) scores.set(intent, s * lexiconWeight);
      if (baseModel) for (const [intent, s] of baseModel.scores(modelFeatures(normalized.text))) scores.set(intent, scores.get(intent)! + s);
      if (learnedWeight > 0 && learner.documentCount > 0) addLearned(scores, learner.scores(textFeatures(normalized.text)), learnedWeight, sureWeight, sureMargin);
      const intent = bestOf(scores);
      const probabilities = toProbabilities(scores, temperature);
      // Escalation phrases are quoted from the body, so they are matched on the body alone.
      const escalationPhrases = detectEscalation(own, input.subject ? normalizeForMatching(own) : normalized, languages);
      const sentiment = detectSentiment(own, normalized.text, languages, intent, escalationPhrases.length > 0);
      return {
        language: guess.language,
        languageConfidence: Math.round(guess.confidence * 1000) / 1000,
        intent,
        intentConfidence: Math.round(probabilities.get(intent)! * 1000) / 1000,
        sentiment: sentiment.sentiment,
        sentimentScore: sentiment.score,
        anger: sentiment.anger,
        frustration: sentiment.frustration,
        escalationPhrases,
      };
    },
    learn(correction) {
      if (typeof correction?.text !== 'string') throw new TypeError('learn() needs { text: string, intent }');
      if (!INTENT_SET.has(correction.intent)) throw new RangeError(`unknown intent "${String(correction.intent)}"`);
      const { normalized } = matchingText(correction.text, correction.subject);
      learner.learn(textFeatures(normalized.text), correction.intent);
    },
    exportState() {
      return JSON.stringify(learner.toJSON());
    },
  };
}
