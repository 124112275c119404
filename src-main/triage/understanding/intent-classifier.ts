// A multinomial logistic regression (softmax) over sparse text features, trained on the labelled
// buyer messages of base-model/corpus. Where the lexicons only know the phrases someone thought of,
// this weighs every word, word pair and character 3- to 5-gram of thousands of varied messages,
// which is what carries over to phrasings nobody wrote down.
//
// Written here rather than taken from npm: the JavaScript packages found (ml-logistic-regression,
// natural's LogisticRegressionClassifier) work on dense vectors or train for minutes; a sparse
// softmax over ~100k features trains in about a second and scores a message in microseconds.
import { INTENTS, type Intent } from '../../../src-shared/domain/triage';
import { createRandom } from '../../demo/random';

export interface TrainingExample {
  features: Map<string, number>;
  intent: Intent;
}

export interface TrainingOptions {
  epochs?: number;
  learningRate?: number;
  /** L2 penalty per update, against overfitting the few words of one message. */
  l2?: number;
  /** Features seen in fewer training messages than this are left out (typos, order numbers). */
  minDocs?: number;
  seed?: number;
}

const N = INTENTS.length;
const INTENT_INDEX = new Map<string, number>(INTENTS.map((intent, i) => [intent, i]));

/**
 * Sub-linear term weights, normalised to unit length over the features the model knows, so a long
 * mail does not outvote a short one. The one rule for training and for scoring (base-intent-model.ts):
 * `lookup` gives a known feature's row, or undefined; each entry is [row, weight, raw count].
 */
export function featureVector<Row>(features: Map<string, number>, lookup: (feature: string) => Row | undefined): [Row, number, number][] {
  const out: [Row, number, number][] = [];
  let norm = 0;
  for (const [f, n] of features) {
    const row = lookup(f);
    if (row === undefined) continue;
    const v = 1 + Math.log(n);
    out.push([row, v, n]);
    norm += v * v;
  }
  if (norm > 0) {
    const inv = 1 / Math.sqrt(norm);
    for (const entry of out) entry[1] *= inv;
  }
  return out;
}

export class IntentClassifier {
  private constructor(
    private readonly weights: Map<string, Float64Array>,
    private readonly bias: Float64Array,
  ) {}

  static train(examples: readonly TrainingExample[], options: TrainingOptions = {}): IntentClassifier {
    const epochs = options.epochs ?? 20;
    const rate = options.learningRate ?? 0.5;
    const l2 = options.l2 ?? 1e-5;
    const minDocs = options.minDocs ?? 2;
    // Seeded shuffling, so the shipped model is the same on every machine.
    const random = createRandom(options.seed ?? 1).next;

    const docFrequency = new Map<string, number>();
    for (const e of examples) for (const f of e.features.keys()) docFrequency.set(f, (docFrequency.get(f) ?? 0) + 1);

    const weights = new Map<string, Float64Array>();
    const bias = new Float64Array(N);
    const rowOf = (f: string) => {
      if ((docFrequency.get(f) ?? 0) < minDocs) return undefined;
      let row = weights.get(f);
      if (!row) weights.set(f, (row = new Float64Array(N)));
      return row;
    };
    const data = examples.map((e) => ({ rows: featureVector(e.features, rowOf), target: INTENT_INDEX.get(e.intent)! }));

    const order = data.map((_, i) => i);
    const logits = new Float64Array(N);
    for (let epoch = 0; epoch < epochs; epoch++) {
      for (let i = order.length - 1; i > 0; i--) {
        const j = Math.floor(random() * (i + 1));
        [order[i], order[j]] = [order[j]!, order[i]!];
      }
      const step = rate / (1 + epoch * 0.2);
      for (const index of order) {
        const { rows, target } = data[index]!;
        softmaxInto(rows, bias, logits);
        // Gradient of the cross-entropy: predicted probability minus the one-hot target.
        logits[target]! -= 1;
        for (let c = 0; c < N; c++) bias[c]! -= step * logits[c]!;
        for (const [w, v] of rows) {
          for (let c = 0; c < N; c++) w[c]! -= step * (logits[c]! * v + l2 * w[c]!);
        }
      }
    }
    return new IntentClassifier(weights, bias);
  }

  /** The weights as one row-major table (feature x intent), features in a stable order. */
  toTable(): { features: string[]; weights: Float64Array; bias: Float64Array } {
    const features = [...this.weights.keys()].sort();
    const weights = new Float64Array(features.length * N);
    features.forEach((f, i) => weights.set(this.weights.get(f)!, i * N));
    return { features, weights, bias: Float64Array.from(this.bias) };
  }

  /** Log-probability of each intent. */
  scores(features: Map<string, number>): Map<Intent, number> {
    const logits = new Float64Array(N);
    softmaxInto(featureVector(features, (f) => this.weights.get(f)), this.bias, logits);
    const out = new Map<Intent, number>();
    for (let c = 0; c < N; c++) out.set(INTENTS[c]!, Math.log(Math.max(logits[c]!, 1e-12)));
    return out;
  }
}

/** Writes softmax(bias + sum of rows * value) into `out`. */
function softmaxInto(rows: readonly (readonly [Float64Array, number, number])[], bias: Float64Array, out: Float64Array): void {
  for (let c = 0; c < N; c++) out[c] = bias[c]!;
  for (const [w, v] of rows) for (let c = 0; c < N; c++) out[c]! += w[c]! * v;
  let max = -Infinity;
  for (let c = 0; c < N; c++) max = Math.max(max, out[c]!);
  let total = 0;
  for (let c = 0; c < N; c++) {
    out[c] = Math.exp(out[c]! - max);
    total += out[c]!;
  }
  for (let c = 0; c < N; c++) out[c]! /= total;
}
