// A multinomial naive Bayes model of intents that learns, on the device, from the agents' corrections
// of this seller's messages. Written here rather than taken from npm: the packages found either keep
// state in forms that do not serialise to plain JSON, or are asynchronous, and understand() must
// stay synchronous and well under a millisecond.
//
// Scores are log-likelihood ratios of each intent against the rest, averaged over the message's
// features: an intent nobody has corrected yet scores 0 rather than losing to every intent that has
// examples, and a few corrections already lift similar text.
import { INTENTS, type Intent } from '../../../src-shared/domain/triage';

/** The persisted form: per feature, sparse [intent index, count, intent index, count, ...]. */
export interface LearnerState {
  version: 2;
  intents: string[];
  docs: number[];
  totals: number[];
  features: Record<string, number[]>;
}

const SMOOTHING = 0.1;
// Lower bound of the vocabulary size used for smoothing, so the first few corrections are not overconfident.
const MIN_VOCABULARY = 2_000;
/**
 * Years of corrections should not grow the persisted state without bound: past this many features,
 * those seen only once (typos, order numbers) are forgotten.
 */
export const MAX_FEATURES = 200_000;
const N = INTENTS.length;
const INTENT_INDEX = new Map<string, number>(INTENTS.map((intent, i) => [intent, i]));

/**
 * Complement naive Bayes evidence of one feature for one intent: log P(f | c) - log P(f | not c),
 * from the feature's count in the intent and in all, the intents' token totals, and the vocabulary
 * size, with additive smoothing. Shared with the shipped model's trainer (base-model/).
 */
export function complementLogRatio(inClass: number, pooled: number, classTotal: number, pooledTotal: number, vocabulary: number): number {
  const own = (inClass + SMOOTHING) / (classTotal + SMOOTHING * vocabulary);
  const rest = (pooled - inClass + SMOOTHING) / (pooledTotal - classTotal + SMOOTHING * vocabulary);
  return Math.log(own / rest);
}

export class IntentLearner {
  /** feature -> count per intent (index as in INTENTS), last slot the pooled count. */
  private readonly counts = new Map<string, Float64Array>();
  private readonly docs = new Float64Array(N);
  private readonly totals = new Float64Array(N);
  private pooledTotal = 0;

  constructor(private readonly maxFeatures = MAX_FEATURES) {}

  static fromJson(json: string | null | undefined, maxFeatures = MAX_FEATURES): IntentLearner {
    const learner = new IntentLearner(maxFeatures);
    if (!json) return learner;
    const parsed: unknown = JSON.parse(json);
    if (!isLearnerState(parsed)) throw new Error('learned intent state is not in a known format (expected version 2)');
    // Intents are stored by name, so a state saved before the list changed still loads.
    const map = parsed.intents.map((name) => INTENT_INDEX.get(name) ?? -1);
    parsed.intents.forEach((_, i) => {
      const to = map[i]!;
      if (to < 0) return;
      learner.docs[to]! += parsed.docs[i] ?? 0;
      learner.totals[to]! += parsed.totals[i] ?? 0;
    });
    for (const [feature, pairs] of Object.entries(parsed.features)) {
      const row = new Float64Array(N + 1);
      for (let k = 0; k + 1 < pairs.length; k += 2) {
        const to = map[pairs[k]!] ?? -1;
        if (to < 0) continue;
        row[to]! += pairs[k + 1]!;
        row[N]! += pairs[k + 1]!;
      }
      learner.counts.set(feature, row);
      learner.pooledTotal += row[N]!;
    }
    return learner;
  }

  get documentCount(): number {
    let n = 0;
    for (const d of this.docs) n += d;
    return n;
  }

  learn(features: Map<string, number>, intent: Intent): void {
    const c = INTENT_INDEX.get(intent)!;
    this.docs[c]! += 1;
    for (const [f, n] of features) {
      let row = this.counts.get(f);
      if (!row) {
        row = new Float64Array(N + 1);
        this.counts.set(f, row);
      }
      row[c]! += n;
      row[N]! += n;
      this.totals[c]! += n;
      this.pooledTotal += n;
    }
    if (this.counts.size > this.maxFeatures) this.forgetRare();
  }

  get featureCount(): number {
    return this.counts.size;
  }

  private forgetRare(): void {
    for (const [f, row] of this.counts) {
      if (row[N]! > 1) continue;
      for (let c = 0; c < N; c++) this.totals[c]! -= row[c]!;
      this.pooledTotal -= row[N]!;
      this.counts.delete(f);
    }
  }

  /** Per intent with examples: mean log-likelihood ratio per feature occurrence against the background (0 = no evidence). */
  scores(features: Map<string, number>): Map<Intent, number> {
    const out = new Map<Intent, number>();
    if (this.pooledTotal === 0 || features.size === 0) return out;
    const v = Math.max(this.counts.size, MIN_VOCABULARY);
    // One intent against the rest (the complement): log P(f | c) - log P(f | not c). With corrections
    // for a single intent only, "the rest" is an empty, uniform model, so evidence is available from
    // the first correction on; with many, it is the usual complement naive Bayes, robust to the
    // uneven number of corrections per intent.
    const llr = new Float64Array(N);
    let occurrences = 0;
    for (const [f, n] of features) {
      // Features no correction ever contained say nothing about any intent: they are left out, as is
      // usual for naive Bayes, but still count in the average, so that one shared word does not make
      // unrelated text "similar".
      occurrences += n;
      const row = this.counts.get(f);
      if (!row) continue;
      const pooled = row[N]!;
      for (let c = 0; c < N; c++) {
        if (this.docs[c] === 0) continue;
        llr[c]! += n * complementLogRatio(row[c]!, pooled, this.totals[c]!, this.pooledTotal, v);
      }
    }
    for (let c = 0; c < N; c++) if (this.docs[c]! > 0) out.set(INTENTS[c]!, llr[c]! / occurrences);
    return out;
  }

  toJSON(): LearnerState {
    const features: Record<string, number[]> = {};
    for (const [f, row] of this.counts) {
      const pairs: number[] = [];
      for (let c = 0; c < N; c++) if (row[c]! > 0) pairs.push(c, row[c]!);
      features[f] = pairs;
    }
    return { version: 2, intents: [...INTENTS], docs: [...this.docs], totals: [...this.totals], features };
  }
}

function isLearnerState(value: unknown): value is LearnerState {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Partial<LearnerState>;
  return (
    v.version === 2 &&
    Array.isArray(v.intents) &&
    Array.isArray(v.docs) &&
    Array.isArray(v.totals) &&
    typeof v.features === 'object' &&
    v.features !== null &&
    Object.values(v.features).every((pairs) => Array.isArray(pairs) && pairs.every((x) => typeof x === 'number' && Number.isFinite(x) && x >= 0))
  );
}
