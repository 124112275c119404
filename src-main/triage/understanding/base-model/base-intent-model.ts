// The intent model shipped with the app: two linear models over the same n-gram features, trained
// on the labelled corpus (see train-base-model.ts) and stored quantised in intent-model.json.
// - a softmax regression, whose log-probabilities weigh every feature against the others;
// - complement naive Bayes weights, averaged per feature occurrence, which hold up better on short
//   messages with only a few known words.
// Their sum (weights chosen by leave-one-batch-out validation on the corpus) is added to the
// lexicon scores: phrases the lexicons know stay decisive, wordings nobody listed are still read.
import { INTENTS, type Intent } from '../../../../src-shared/domain/triage';
import { featureVector } from '../intent-classifier';

/** What intent-model.json holds. Weights are int8, row-major (feature x intent), base64. */
export interface BaseModelData {
  version: 1;
  intents: string[];
  /** SHA-256 of the corpus it was trained on: the test suite checks that the file is not stale. */
  corpusDigest: string;
  features: string[];
  regression: { bias: number[]; scale: number; weights: string };
  bayes: { scale: number; weights: string };
}

/** How much the regression's log-probability and the naive Bayes evidence weigh against the lexicons. */
export const REGRESSION_WEIGHT = 2;
export const BAYES_WEIGHT = 5;

const N = INTENTS.length;

function decodeWeights(base64: string, scale: number, expected: number): Float32Array {
  const bytes = Buffer.from(base64, 'base64');
  if (bytes.length !== expected) throw new Error(`intent model: expected ${expected} weights, found ${bytes.length}`);
  const out = new Float32Array(expected);
  for (let i = 0; i < expected; i++) out[i] = ((bytes[i]! << 24) >> 24) * scale;
  return out;
}

export class BaseIntentModel {
  private readonly index: Map<string, number>;
  private readonly regression: Float32Array;
  private readonly bayes: Float32Array;
  private readonly bias: Float64Array;

  private constructor(data: BaseModelData) {
    if (data.version !== 1 || data.intents.join() !== INTENTS.join()) throw new Error('intent model: made for another version of the intent list; retrain it (npm run train:intents)');
    this.index = new Map(data.features.map((f, i) => [f, i]));
    this.regression = decodeWeights(data.regression.weights, data.regression.scale, data.features.length * N);
    this.bayes = decodeWeights(data.bayes.weights, data.bayes.scale, data.features.length * N);
    this.bias = Float64Array.from(data.regression.bias);
  }

  static fromData(data: BaseModelData): BaseIntentModel {
    return new BaseIntentModel(data);
  }

  get featureCount(): number {
    return this.index.size;
  }

  /** Per intent: REGRESSION_WEIGHT x log-probability + BAYES_WEIGHT x mean log-likelihood ratio; empty when no feature is known. */
  scores(features: Map<string, number>): Map<Intent, number> {
    const known = featureVector(features, (f) => this.index.get(f));
    // Nothing it has read before (empty text, a bare order number, another language): it has no opinion.
    if (known.length === 0) return new Map();
    let occurrences = 0;
    for (const n of features.values()) occurrences += n;
    const logits = Float64Array.from(this.bias);
    const evidence = new Float64Array(N);
    for (const [row, v, n] of known) {
      for (let c = 0; c < N; c++) {
        logits[c]! += this.regression[row * N + c]! * v;
        evidence[c]! += n * this.bayes[row * N + c]!;
      }
    }
    let max = -Infinity;
    for (let c = 0; c < N; c++) max = Math.max(max, logits[c]!);
    let total = 0;
    for (let c = 0; c < N; c++) total += Math.exp(logits[c]! - max);
    const logTotal = Math.log(total) + max;
    const out = new Map<Intent, number>();
    for (let c = 0; c < N; c++) {
      const logProbability = logits[c]! - logTotal;
      out.set(INTENTS[c]!, REGRESSION_WEIGHT * logProbability + (BAYES_WEIGHT * evidence[c]!) / occurrences);
    }
    return out;
  }
}
