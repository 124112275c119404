// The shipped intent model: the trainer, the quantised file format, the file committed against the
// corpus it claims to be trained on, and the corpus itself.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { INTENTS, TRIAGE_LANGUAGES } from '../../../../src-shared/domain/triage';
import { BaseIntentModel, type BaseModelData } from '../../../../src-main/triage/understanding/base-model/base-intent-model';
import { shippedBaseModel } from '../../../../src-main/triage/understanding/base-model/shipped-model';
import { corpusDigest, featuresOf, trainBaseModel } from '../../../../src-main/triage/understanding/base-model/train-base-model';
import { loadTrainingCorpus, type LabelledMessage } from '../../../../src-main/triage/understanding/base-model/training-corpus';
import { IntentClassifier } from '../../../../src-main/triage/understanding/intent-classifier';

const MODEL_FILE = 'src-main/triage/understanding/base-model/intent-model.json';

function message(id: string, text: string, intent: LabelledMessage['intent']): LabelledMessage {
  return { id, language: 'en', text, intent, sentiment: 'neutral', escalation: false };
}

// Two intents, each worded three ways, every word used at least twice (the trainer drops rarer ones).
const toy: LabelledMessage[] = [
  message('1', 'where is my parcel, tracking stuck', 'where_is_my_order'),
  message('2', 'parcel not here, tracking says nothing', 'where_is_my_order'),
  message('3', 'still waiting for my parcel', 'where_is_my_order'),
  message('4', 'please send an invoice with VAT', 'invoice'),
  message('5', 'need the VAT invoice for my company', 'invoice'),
  message('6', 'invoice please, company address', 'invoice'),
];

function best(scores: Map<string, number>): string {
  return [...scores].sort((a, b) => b[1] - a[1])[0]![0];
}

describe('intent classifier (softmax regression)', () => {
  it('learns a small separable set and generalises to a new wording', () => {
    const clf = IntentClassifier.train(toy.map((m) => ({ features: featuresOf(m), intent: m.intent })), { minDocs: 1 });
    expect(best(clf.scores(featuresOf({ text: 'my parcel is stuck' })))).toBe('where_is_my_order');
    expect(best(clf.scores(featuresOf({ text: 'VAT invoice for the company please' })))).toBe('invoice');
  });

  it('is deterministic: the same examples give the same weights', () => {
    const examples = toy.map((m) => ({ features: featuresOf(m), intent: m.intent }));
    const a = IntentClassifier.train(examples).toTable();
    const b = IntentClassifier.train(examples).toTable();
    expect(a.features).toEqual(b.features);
    expect([...a.weights]).toEqual([...b.weights]);
  });
});

describe('base intent model file', () => {
  it('round-trips through the quantised format and keeps its predictions', () => {
    const model = BaseIntentModel.fromData(JSON.parse(JSON.stringify(trainBaseModel(toy))) as BaseModelData);
    expect(best(model.scores(featuresOf({ text: 'still waiting, tracking stuck' })))).toBe('where_is_my_order');
    expect(best(model.scores(featuresOf({ text: 'an invoice with VAT please' })))).toBe('invoice');
  });

  it('has no opinion on text it has never seen', () => {
    const model = BaseIntentModel.fromData(trainBaseModel(toy));
    expect(model.scores(featuresOf({ text: '' })).size).toBe(0);
    expect(model.scores(featuresOf({ text: 'zzzz qqqq' })).size).toBe(0);
  });

  it('refuses a damaged file or one made for another intent list, with a clear error', () => {
    const data = trainBaseModel(toy);
    expect(() => BaseIntentModel.fromData({ ...data, intents: data.intents.slice(1) })).toThrow(/another version of the intent list/);
    expect(() => BaseIntentModel.fromData({ ...data, bayes: { ...data.bayes, weights: data.bayes.weights.slice(0, 8) } })).toThrow(/expected \d+ weights/);
  });

  it('the committed file is the one trained on the committed corpus (npm run train:intents)', () => {
    const corpus = loadTrainingCorpus();
    const committed = JSON.parse(readFileSync(MODEL_FILE, 'utf8')) as BaseModelData;
    expect(committed.corpusDigest, 'the corpus changed since the model was trained: run npm run train:intents').toBe(corpusDigest(corpus));
    expect(committed.intents).toEqual([...INTENTS]);
    expect(shippedBaseModel().featureCount).toBe(committed.features.length);
  });

  it('retraining reproduces the committed file exactly (no hand-edited weights)', () => {
    const committed = readFileSync(MODEL_FILE, 'utf8');
    expect(`${JSON.stringify(trainBaseModel(loadTrainingCorpus()))}\n` === committed).toBe(true);
  }, 120_000);
});

describe('training corpus', () => {
  it('covers every intent in every language, from several writers', () => {
    const corpus = loadTrainingCorpus();
    expect(corpus.length).toBeGreaterThanOrEqual(5_000);
    for (const lang of TRIAGE_LANGUAGES) {
      const own = corpus.filter((m) => m.language === lang);
      for (const intent of INTENTS) expect(own.filter((m) => m.intent === intent).length, `${lang} ${intent}`).toBeGreaterThanOrEqual(20);
      expect(new Set(own.map((m) => m.source)).size, lang).toBeGreaterThanOrEqual(3);
    }
  });
});
