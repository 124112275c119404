// The shape of one language's lexicon. Every entry is a regular-expression source matched against
// normalizeForMatching() text: lower case, no Latin accents, ß as "ss". Latin-script entries match at a
// word start (so stems like "rembours" cover every form); CJK entries match anywhere.
import type { Intent } from '../../../../src-shared/domain/triage';

export interface IntentPatterns {
  /** Phrases that on their own say what the buyer wants. */
  strong?: string[];
  /** Words that point that way but also occur in other requests. */
  weak?: string[];
}

export interface LanguageLexicon {
  intents: Partial<Record<Intent, IntentPatterns>>;
  /** Words of satisfaction and goodwill. */
  positive: string[];
  /** Words of dissatisfaction; negated positives ("not happy") belong here. */
  negative: string[];
  /** Insults, accusations, threats: anger. */
  anger: string[];
  /** Waiting, repeating oneself, being ignored: frustration. */
  frustration: string[];
  /** Courtesy formulas ("could you please", "kind regards"): a polite message is rarely hostile. */
  polite: string[];
  /** Asking for a human, a manager, to close the account, or threatening legal steps. */
  escalation: string[];
}
