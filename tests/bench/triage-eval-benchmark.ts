// Offline understanding on the labelled evaluation set (tests/fixtures/triage-eval): language, intent
// and sentiment accuracy and intent macro-F1 per language; a 5-fold cross-validation in which the
// on-device learner is taught four fifths as agents' corrections (lexicons only vs lexicons + learned,
// same folds, same run); and the throughput and p95 latency of understand().
import { TRIAGE_LANGUAGES } from '../../src-shared/domain/triage';
import { createUnderstanding } from '../../src-main/triage/understanding';
import { loadEvalSet, loadHoldoutSet } from '../fixtures/triage-eval/eval-set';
import { crossValidate, predict, scoreByLanguage, type Scores } from '../fixtures/triage-eval/metrics';
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

export function runTriageEvalBenchmark(): string[] {
  const set = loadEvalSet();
  const lines: string[] = [];
  const understanding = createUnderstanding();
  lines.push(...table(`triage understanding, evaluation set (${set.length} hand-written buyer messages), lexicons only:`, scoreByLanguage(predict(understanding, set))));

  const cv = crossValidate(set, 5);
  const plain = scoreByLanguage(cv.lexiconOnly);
  const learned = scoreByLanguage(cv.withLearning);
  lines.push('', '5-fold cross-validation, learner taught the other 4/5 as corrections (intent accuracy / macro-F1):');
  lines.push('  lang   lexicons only      lexicons + learned');
  for (const key of [...TRIAGE_LANGUAGES, 'all'] as const) {
    const a = plain.get(key)!;
    const b = learned.get(key)!;
    lines.push(`  ${key.padEnd(4)}  ${pct(a.intentAccuracy)} / ${f1(a.intentMacroF1)}    ${pct(b.intentAccuracy)} / ${f1(b.intentMacroF1)}`);
  }

  // Messages the lexicons were not tuned on: lexicons only, and after learning the whole evaluation
  // set as corrections (a seller's history), same run.
  const teacher = createUnderstanding();
  for (const m of set) teacher.learn({ text: m.text, subject: m.subject, intent: m.intent });
  const taught = createUnderstanding({ learnedState: teacher.exportState() });
  for (const which of [3, 2, 1] as const) {
    const holdout = loadHoldoutSet(which);
    const plainScores = scoreByLanguage(predict(understanding, holdout));
    const taughtScores = scoreByLanguage(predict(taught, holdout));
    const note = which === 3 ? 'never used for tuning; only its totals were ever looked at' : 'measured once, then its errors were read and vocabulary added: no longer clean';
    lines.push('', `hold-out ${which} (${holdout.length} messages; ${note}), intent accuracy / macro-F1:`);
    lines.push('  lang   lexicons only      after learning the evaluation set   language  sentiment');
    for (const key of [...TRIAGE_LANGUAGES, 'all'] as const) {
      const a = plainScores.get(key)!;
      const b = taughtScores.get(key)!;
      lines.push(`  ${key.padEnd(4)}  ${pct(a.intentAccuracy)} / ${f1(a.intentMacroF1)}    ${pct(b.intentAccuracy)} / ${f1(b.intentMacroF1)}                     ${pct(a.languageAccuracy)}     ${pct(a.sentimentAccuracy)}`);
    }
  }

  // Throughput: the whole set, repeated, through the instance that has learned the whole set.
  const timed = taught;
  for (const m of set) timed.understand({ text: m.text, subject: m.subject }); // warm-up (JIT, regex compilation)
  const rounds = 20;
  const samples: number[] = [];
  const started = performance.now();
  for (let r = 0; r < rounds; r++) {
    for (const m of set) {
      const t0 = performance.now();
      timed.understand({ text: m.text, subject: m.subject });
      samples.push(performance.now() - t0);
    }
  }
  const total = performance.now() - started;
  lines.push('', `understand() with a learned state of ${set.length} corrections: ${fmt.int(perSecond(samples.length, total))} messages/s, p50 ${fmt.ms(percentile(samples, 50))}, p95 ${fmt.ms(percentile(samples, 95))}, p99 ${fmt.ms(percentile(samples, 99))} per message (${fmt.int(samples.length)} calls)`);
  return lines;
}
