import { createUnderstanding } from '../../src-main/triage/understanding';
import { loadEvalSet } from '../fixtures/triage-eval/eval-set';
import { crossValidate, predict, scoreByLanguage } from '../fixtures/triage-eval/metrics';
const set = loadEvalSet();
const preds = predict(createUnderstanding(), set);
const show = (m: Map<string, any>) => { for (const [k, s] of m) console.log(k.padEnd(4), `n=${s.count} lang=${s.languageAccuracy.toFixed(3)} intent=${s.intentAccuracy.toFixed(3)} f1=${s.intentMacroF1.toFixed(3)} sent=${s.sentimentAccuracy.toFixed(3)} esc=${s.escalationAccuracy.toFixed(3)}`); };
show(scoreByLanguage(preds));
if (process.env.ERR) for (const p of preds) {
  const e = process.env.ERR;
  if (e === 'intent' && p.insight.intent !== p.message.intent) console.log(p.message.id, p.message.intent, '->', p.insight.intent, '|', p.message.text.replace(/\n/g, ' ').slice(0, 110));
  if (e === 'lang' && p.insight.language !== p.message.language) console.log(p.message.id, p.insight.language, '|', p.message.text.slice(0, 80));
  if (e === 'sent' && p.insight.sentiment !== p.message.sentiment) console.log(p.message.id, p.message.sentiment, '->', p.insight.sentiment, p.insight.sentimentScore, '|', p.message.text.replace(/\n/g, ' ').slice(0, 100));
  if (e === 'esc' && (p.insight.escalationPhrases.length > 0) !== p.message.escalation) console.log(p.message.id, p.message.escalation, JSON.stringify(p.insight.escalationPhrases), '|', p.message.text.replace(/\n/g, ' ').slice(0, 100));
}
if (process.env.CV) { const cv = crossValidate(set); console.log('CV lexicon only'); show(scoreByLanguage(cv.lexiconOnly)); console.log('CV with learning'); show(scoreByLanguage(cv.withLearning)); }
