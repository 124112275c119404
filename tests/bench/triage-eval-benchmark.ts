// Offline understanding on the labelled evaluation set (tests/fixtures/triage-eval, never learned
// from): language, intent and sentiment accuracy and intent macro-F1 per language, as shipped and
// with the lexicons alone; a 5-fold cross-validation in which the on-device learner is taught four
// fifths as agents' corrections; leave-one-batch-out on the training corpus (new authors); and the
// throughput and p95 latency of understand().
import { TRIAGE_LANGUAGES } from '../../src-shared/domain/triage';
import { createUnderstanding } from '../../src-main/triage/understanding';
import { loadTrainingCorpus } from '../../src-main/triage/understanding/base-model/training-corpus';
import { loadEvalSet } from '../fixtures/triage-eval/eval-set';
import { crossValidate, leaveOneBatchOut, predict, scoreByLanguage, type Scores } from '../fixtures/triage-eval/metrics';
import { fmt, percentile, perSecond } from './stats';

const pct = (n: number) => `${(n * 100).toFixed(1)}%`.padStart(6);
const f1 = (n: number) => n.toFixed(3);

function table(title: string, scores: Map<string, Scores>): string[] {
  const lines = [title, '  lang     n  language  intent  intent-F1  sentiment  escalation'];
  for (const key of [...TRIAGE_LANGUAGES, 'all'] as const) {
    const s = scores.get(key)!;
    lines.push(`  ${key.padEnd(4)} ${String(s.count).padStart(4)}    ${pct(s.languageAccuracy)}  ${pct(s.intentAccuracy)}      ${f1(s.intentMacroF1)}     ${pct(s.sentimentAccuracy)}      ${pct(s.escalationAccuracy)}`);
  }
  return lines;
}

function compare(title: string, left: string, right: string, a: Map<string, Scores>, b: Map<string, Scores>): string[] {
  const lines = [title, `  lang   ${left.padEnd(17)}  ${right}`];
  for (const key of [...TRIAGE_LANGUAGES, 'all'] as const) {
    const x = a.get(key)!;
    const y = b.get(key)!;
    lines.push(`  ${key.padEnd(4)}  ${pct(x.intentAccuracy)} / ${f1(x.intentMacroF1)}    ${pct(y.intentAccuracy)} / ${f1(y.intentMacroF1)}`);
  }
  return lines;
}

export function runTriageEvalBenchmark(): string[] {
  const set = loadEvalSet();
  const lines: string[] = [];
  const shipped = createUnderstanding();
  lines.push(...table(`triage understanding, evaluation set (${set.length} buyer messages, never trained or tuned on), as shipped (lexicons + trained model):`, scoreByLanguage(predict(shipped, set))));
  lines.push('', ...compare('same set, intent accuracy / macro-F1:', 'lexicons only', 'lexicons + trained model', scoreByLanguage(predict(createUnderstanding({ baseModel: null }), set)), scoreByLanguage(predict(shipped, set))));

  const cv = crossValidate(set, 5);
  lines.push('', ...compare('5-fold cross-validation on the evaluation set, learner taught the other 4/5 as agents\' corrections (intent accuracy / macro-F1):', 'as shipped', 'as shipped + learned', scoreByLanguage(cv.lexiconOnly), scoreByLanguage(cv.withLearning)));

  const corpus = loadTrainingCorpus();
  const batches = [...new Set(corpus.map((m) => m.source ?? ''))].filter((s) => s.startsWith('batch-'));
  const started = performance.now();
  const lobo = leaveOneBatchOut(corpus, batches);
  lines.push('', ...table(`leave one batch out on the training corpus (${batches.length} batches by ${batches.length} writers, ${lobo.length} messages; each scored by a model trained without it: a new author's wording), ${((performance.now() - started) / 1000).toFixed(0)} s:`, scoreByLanguage(lobo)));

  // Throughput: the whole set, repeated, through an instance that has learned the whole set as corrections.
  const teacher = createUnderstanding();
  for (const m of set) teacher.learn({ text: m.text, subject: m.subject, intent: m.intent });
  const timed = createUnderstanding({ learnedState: teacher.exportState() });
  for (const m of set) timed.understand({ text: m.text, subject: m.subject }); // warm-up (JIT, regex compilation)
  const rounds = 20;
  const samples: number[] = [];
  const t0all = performance.now();
  for (let r = 0; r < rounds; r++) {
    for (const m of set) {
      const t0 = performance.now();
      timed.understand({ text: m.text, subject: m.subject });
      samples.push(performance.now() - t0);
    }
  }
  const total = performance.now() - t0all;
  lines.push('', `understand() with the trained model and a learned state of ${set.length} corrections: ${fmt.int(perSecond(samples.length, total))} messages/s, p50 ${fmt.ms(percentile(samples, 50))}, p95 ${fmt.ms(percentile(samples, 95))}, p99 ${fmt.ms(percentile(samples, 99))} per message (${fmt.int(samples.length)} calls)`);
  return lines;
}
