// A multinomial naive Bayes model of intents that learns, on the device, from the agents' corrections
// of this seller's messages. Written here rather than taken from npm: the packages found either keep
// state in forms that do not serialise to plain JSON, or are asynchronous, and understand() must
// stay synchronous and well under a millisecond.
//
// Scores are log-likelihood ratios against a background model (pooled corrections mixed with a
// uniform distribution), averaged per feature: an intent nobody has corrected yet scores 0 rather
// than losing to every intent that has examples, and one correction already lifts near-identical text.
import { INTENTS, type Intent } from '../../../src-shared/domain/triage';

interface ClassCounts {
  docs: number;
  total: number;
  counts: Record<string, number>;
}

export interface LearnerState {
  version: 1;
  classes: Partial<Record<Intent, ClassCounts>>;
  pooled: { total: number; counts: Record<string, number> };
}

const SMOOTHING = 0.1;
// Lower bound of the vocabulary size used for smoothing, so the first few corrections are not overconfident.
const MIN_VOCABULARY = 2_000;

export class IntentLearner {
  private state: LearnerState;
  private vocabulary: number;

  constructor(state?: LearnerState | null) {
    this.state = state ?? { version: 1, classes: {}, pooled: { total: 0, counts: {} } };
    this.vocabulary = Object.keys(this.state.pooled.counts).length;
  }

  static fromJson(json: string | null | undefined): IntentLearner {
    if (!json) return new IntentLearner();
    const parsed: unknown = JSON.parse(json);
    if (!isLearnerState(parsed)) throw new Error('learned intent state is not in a known format (expected version 1)');
    return new IntentLearner(parsed);
  }

  get documentCount(): number {
    let n = 0;
    for (const c of Object.values(this.state.classes)) n += c?.docs ?? 0;
    return n;
  }

  learn(features: Map<string, number>, intent: Intent): void {
    const cls = (this.state.classes[intent] ??= { docs: 0, total: 0, counts: {} });
    cls.docs += 1;
    const pooled = this.state.pooled;
    for (const [f, n] of features) {
      cls.counts[f] = (cls.counts[f] ?? 0) + n;
      cls.total += n;
      if (pooled.counts[f] === undefined) this.vocabulary += 1;
      pooled.counts[f] = (pooled.counts[f] ?? 0) + n;
      pooled.total += n;
    }
  }

  /** Per intent: mean log-likelihood ratio per feature occurrence against the background (0 = no evidence). */
  scores(features: Map<string, number>): Map<Intent, number> {
    const out = new Map<Intent, number>();
    const pooled = this.state.pooled;
    if (pooled.total === 0 || features.size === 0) return out;
    const v = Math.max(this.vocabulary, MIN_VOCABULARY);
    // Features no correction ever contained say nothing about any intent: they are left out, as is
    // usual for naive Bayes, instead of penalising the intents with the most examples.
    // They still count in the average, so that one shared word does not make unrelated text "similar".
    const known: [string, number, number][] = [];
    let occurrences = 0;
    for (const [f, n] of features) {
      occurrences += n;
      const seen = pooled.counts[f];
      if (!seen) continue;
      const pPooled = (seen + SMOOTHING) / (pooled.total + SMOOTHING * v);
      known.push([f, n, 0.5 * pPooled + 0.5 / v]);
    }
    if (known.length === 0) return out;
    for (const intent of INTENTS) {
      const cls = this.state.classes[intent];
      if (!cls || cls.docs === 0) continue;
      let llr = 0;
      for (const [f, n, background] of known) {
        const p = ((cls.counts[f] ?? 0) + SMOOTHING) / (cls.total + SMOOTHING * v);
        llr += n * Math.log(p / background);
      }
      out.set(intent, llr / occurrences);
    }
    return out;
  }

  toJSON(): LearnerState {
    return this.state;
  }
}

function isLearnerState(value: unknown): value is LearnerState {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Partial<LearnerState>;
  if (v.version !== 1 || typeof v.classes !== 'object' || v.classes === null) return false;
  if (typeof v.pooled !== 'object' || v.pooled === null || typeof v.pooled.total !== 'number') return false;
  return Object.keys(v.classes).every((k) => (INTENTS as readonly string[]).includes(k));
}
