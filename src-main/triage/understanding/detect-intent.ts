// Intent from the lexicons: strong phrases count more than weak words, a few tie-breaks encode which
// request wins when a buyer mixes several (a broken item is a damage case even when a refund is asked),
// and a polite "thanks" at the end of a request does not make it a thank-you note.
import { INTENTS, type Intent, type TriageLanguage } from '../../../src-shared/domain/triage';
import { compiledLexicon, countMatches } from './lexicons';

const STRONG = 2;
const WEAK = 0.7;
/** Small head starts: which intent wins a tie; the more specific and actionable case first. */
const TIE_BREAK: Partial<Record<Intent, number>> = {
  damaged_or_wrong_item: 0.35,
  payment_problem: 0.3,
  where_is_my_order: 0.25,
  cancel: 0.25,
  change_address: 0.25,
  refund: 0.2,
  return: 0.15,
  invoice: 0.15,
  account: 0.1,
  delivery_time: 0.1,
  product_question: 0.05,
};
/**
 * Intents that are a concrete request outweigh the situation around them: "it never shipped, cancel
 * it" is a cancellation, "cancelled but no money back" is a refund, "broken, I want a refund" is a
 * damage case.
 */
const STRONG_FACTOR: Partial<Record<Intent, number>> = {
  damaged_or_wrong_item: 1.5,
  refund: 1.4,
  cancel: 1.4,
  change_address: 1.3,
  payment_problem: 1.3,
};
/** What "nothing matched" scores: the fallback intent. */
const OTHER_BASE = 0.6;
/** A question nothing else explains is most often about the product. */
const BARE_QUESTION = 0.6;

export function lexiconIntentScores(normalized: string, languages: readonly TriageLanguage[]): Map<Intent, number> {
  const scores = new Map<Intent, number>();
  for (const intent of INTENTS) scores.set(intent, 0);
  for (const lang of languages) {
    const lex = compiledLexicon(lang);
    for (const [intent, re] of lex.intents) {
      const s = STRONG * (STRONG_FACTOR[intent] ?? 1) * countMatches(re.strong, normalized) + WEAK * countMatches(re.weak, normalized);
      if (s > 0) scores.set(intent, scores.get(intent)! + s);
    }
  }
  let bestOther = 0;
  for (const [intent, s] of scores) {
    if (s > 0) scores.set(intent, s + (TIE_BREAK[intent] ?? 0));
    if (intent !== 'thanks_no_reply' && intent !== 'other') bestOther = Math.max(bestOther, scores.get(intent)!);
  }
  // "Thanks in advance" closes most requests: thanks only wins when nothing else is asked.
  if (bestOther >= STRONG) scores.set('thanks_no_reply', scores.get('thanks_no_reply')! * 0.25);
  scores.set('other', scores.get('other')! + OTHER_BASE);
  if (normalized.includes('?')) scores.set('product_question', scores.get('product_question')! + BARE_QUESTION);
  return scores;
}

/** Scores to probabilities (softmax, scores divided by the temperature). */
export function toProbabilities(scores: Map<Intent, number>, temperature = 1): Map<Intent, number> {
  let max = -Infinity;
  for (const s of scores.values()) max = Math.max(max, s);
  let total = 0;
  const out = new Map<Intent, number>();
  for (const [intent, s] of scores) {
    const e = Math.exp((s - max) / temperature);
    out.set(intent, e);
    total += e;
  }
  for (const [intent, e] of out) out.set(intent, e / total);
  return out;
}

export function bestOf(scores: Map<Intent, number>): Intent {
  let best: Intent = 'other';
  let bestScore = -Infinity;
  for (const [intent, s] of scores) {
    if (s > bestScore) {
      best = intent;
      bestScore = s;
    }
  }
  return best;
}
