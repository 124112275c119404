// The labelled buyer messages the shipped intent model is trained on (corpus/, see README.md there),
// loaded and checked so that a malformed entry fails the training loudly instead of skewing it.
// Used by the training command and the tests, never at run time: the app loads the trained model.
import { INTENTS, SENTIMENTS, TRIAGE_LANGUAGES, type Intent, type Sentiment, type TriageLanguage } from '../../../../src-shared/domain/triage';
import de from './corpus/de.json';
import en from './corpus/en.json';
import es from './corpus/es.json';
import fr from './corpus/fr.json';
import it from './corpus/it.json';
import ja from './corpus/ja.json';
import zh from './corpus/zh.json';

export interface LabelledMessage {
  id: string;
  language: TriageLanguage;
  text: string;
  subject?: string;
  intent: Intent;
  sentiment: Sentiment;
  escalation: boolean;
  /** Which batch it was written in (see corpus/README.md). */
  source?: string;
}

export function checkLabelledMessage(raw: unknown, index: number, what: string): LabelledMessage {
  const m = raw as Partial<LabelledMessage>;
  const where = `${what} entry #${index} (${String(m?.id)})`;
  if (typeof m?.id !== 'string' || typeof m.text !== 'string' || m.text.length === 0) throw new Error(`${where}: id and text are required`);
  if (!(TRIAGE_LANGUAGES as readonly string[]).includes(m.language as string)) throw new Error(`${where}: unknown language ${String(m.language)}`);
  if (!(INTENTS as readonly string[]).includes(m.intent as string)) throw new Error(`${where}: unknown intent ${String(m.intent)}`);
  if (!(SENTIMENTS as readonly string[]).includes(m.sentiment as string)) throw new Error(`${where}: unknown sentiment ${String(m.sentiment)}`);
  if (typeof m.escalation !== 'boolean') throw new Error(`${where}: escalation must be true or false`);
  if (m.subject !== undefined && typeof m.subject !== 'string') throw new Error(`${where}: subject must be text`);
  return m as LabelledMessage;
}

export function checkLabelledSet(raws: readonly unknown[], what: string): LabelledMessage[] {
  const all = raws.map((raw, i) => checkLabelledMessage(raw, i, what));
  const ids = new Set<string>();
  for (const m of all) {
    if (ids.has(m.id)) throw new Error(`${what}: duplicate id ${m.id}`);
    ids.add(m.id);
  }
  return all;
}

export function loadTrainingCorpus(): LabelledMessage[] {
  return checkLabelledSet([en, de, fr, es, it, ja, zh].flat(), 'intent training corpus');
}
