// Trains the shipped intent model (base-intent-model.ts) on the labelled corpus. Deterministic: the
// same corpus gives the same file on every machine, which the test suite checks against the one
// committed. Run with `npm run train:intents` after the corpus changes.
import { createHash } from 'node:crypto';
import { INTENTS } from '../../../../src-shared/domain/triage';
import { IntentClassifier } from '../intent-classifier';
import { complementLogRatio } from '../intent-learner';
import { matchingText } from '../normalize-text';
import { modelFeatures } from '../text-features';
import type { BaseModelData } from './base-intent-model';
import type { LabelledMessage } from './training-corpus';

const N = INTENTS.length;
const INTENT_INDEX = new Map<string, number>(INTENTS.map((intent, i) => [intent, i]));
/** Features seen in fewer training messages are left out of both models: typos, order numbers. */
const MIN_DOCS = 2;

export function featuresOf(message: { text: string; subject?: string }): Map<string, number> {
  return modelFeatures(matchingText(message.text, message.subject).normalized.text);
}

export function corpusDigest(messages: readonly LabelledMessage[]): string {
  const hash = createHash('sha256');
  for (const m of messages) hash.update(JSON.stringify([m.id, m.subject ?? '', m.text, m.intent])).update('\n');
  return hash.digest('hex');
}

function quantise(values: Float64Array): { scale: number; weights: string } {
  let max = 0;
  for (const v of values) max = Math.max(max, Math.abs(v));
  const scale = max > 0 ? max / 127 : 1;
  const bytes = Buffer.alloc(values.length);
  for (let i = 0; i < values.length; i++) bytes.writeInt8(Math.round(values[i]! / scale), i);
  return { scale, weights: bytes.toString('base64') };
}

/** Complement naive Bayes log-likelihood ratios per (feature, intent), on the same feature list. */
function bayesTable(examples: readonly { features: Map<string, number>; intent: string }[], features: readonly string[]): Float64Array {
  const index = new Map(features.map((f, i) => [f, i]));
  const counts = new Float64Array(features.length * N);
  const totals = new Float64Array(N);
  let pooledTotal = 0;
  for (const e of examples) {
    const c = INTENT_INDEX.get(e.intent)!;
    for (const [f, n] of e.features) {
      const row = index.get(f);
      if (row === undefined) continue;
      counts[row * N + c]! += n;
      totals[c]! += n;
      pooledTotal += n;
    }
  }
  const v = features.length;
  const table = new Float64Array(features.length * N);
  for (let row = 0; row < features.length; row++) {
    let pooled = 0;
    for (let c = 0; c < N; c++) pooled += counts[row * N + c]!;
    for (let c = 0; c < N; c++) table[row * N + c] = complementLogRatio(counts[row * N + c]!, pooled, totals[c]!, pooledTotal, v);
  }
  return table;
}

export function trainBaseModel(messages: readonly LabelledMessage[]): BaseModelData {
  const examples = messages.map((m) => ({ features: featuresOf(m), intent: m.intent }));
  const regression = IntentClassifier.train(examples, { minDocs: MIN_DOCS }).toTable();
  const bayes = bayesTable(examples, regression.features);
  return {
    version: 1,
    intents: [...INTENTS],
    corpusDigest: corpusDigest(messages),
    features: regression.features,
    regression: { bias: [...regression.bias].map((b) => Math.round(b * 1e6) / 1e6), ...quantise(regression.weights) },
    bayes: quantise(bayes),
  };
}
