import { describe, expect, it } from 'vitest';
import { createUnderstanding } from '../../../../src-main/triage/understanding';
import { IntentLearner } from '../../../../src-main/triage/understanding/intent-learner';

// A seller whose buyers ask for a "Lieferschein" (delivery note) with the goods: the lexicons know
// nothing of it, the agents correct it to "invoice" a few times, and new such requests follow.
const corrections = [
  'Hallo, bitte legen Sie den Lieferschein für Auftrag 5531 bei, unsere Warenannahme braucht ihn.',
  'Können Sie mir den Lieferschein zu Auftrag 7720 per Mail schicken?',
  'Ohne Lieferschein nimmt unser Lager die Ware nicht an, bitte nachreichen. Auftrag 6610',
];
const newMessage = 'Guten Tag, uns fehlt noch der Lieferschein für Auftrag 8842, bitte zusenden.';

describe('learning from agents’ corrections', () => {
  it('changes the prediction for similar new text', () => {
    const understanding = createUnderstanding();
    const before = understanding.understand({ text: newMessage });
    expect(before.intent).not.toBe('invoice');
    for (const text of corrections) understanding.learn({ text, intent: 'invoice', language: 'de' });
    const after = understanding.understand({ text: newMessage });
    expect(after.intent).toBe('invoice');
  });

  it('leaves unrelated messages alone', () => {
    const understanding = createUnderstanding();
    for (const text of corrections) understanding.learn({ text, intent: 'invoice' });
    expect(understanding.understand({ text: 'Wo ist mein Paket? Es ist immer noch nicht angekommen.' }).intent).toBe('where_is_my_order');
    expect(understanding.understand({ text: 'Please cancel my order, I ordered it by mistake.' }).intent).toBe('cancel');
    expect(understanding.understand({ text: '我的包裹还没收到。' }).intent).toBe('where_is_my_order');
  });

  it('learns from CJK text through character n-grams', () => {
    const understanding = createUnderstanding();
    const text = '请问你们支持开具形式发票吗，海关清关需要';
    for (const t of ['海关清关需要形式发票，麻烦提供', '清关要用形式发票，请尽快发给我']) understanding.learn({ text: t, intent: 'invoice' });
    expect(understanding.understand({ text }).intent).toBe('invoice');
  });

  it('survives export and restore (what the app persists in SQLite)', () => {
    const teacher = createUnderstanding();
    for (const text of corrections) teacher.learn({ text, intent: 'invoice' });
    const state = teacher.exportState();
    expect(JSON.parse(state)).toMatchObject({ version: 2 });
    const restored = createUnderstanding({ learnedState: state });
    expect(restored.understand({ text: newMessage })).toEqual(teacher.understand({ text: newMessage }));
    // and keeps learning on top of what it restored
    restored.learn({ text: newMessage, intent: 'invoice' });
    expect(JSON.parse(restored.exportState()).docs.reduce((a: number, b: number) => a + b, 0)).toBe(corrections.length + 1);
  });

  it('starts from nothing learned, and lexicons alone can be asked for', () => {
    expect(JSON.parse(createUnderstanding().exportState()).docs.every((d: number) => d === 0)).toBe(true);
    const teacher = createUnderstanding();
    for (const text of corrections) teacher.learn({ text, intent: 'invoice' });
    const lexiconOnly = createUnderstanding({ learnedState: teacher.exportState(), useLearned: false });
    expect(lexiconOnly.understand({ text: newMessage }).intent).not.toBe('invoice');
  });

  it('rejects a damaged learned state or an unknown intent with a clear error, and loses nothing', () => {
    expect(() => createUnderstanding({ learnedState: '{"version":1}' })).toThrow(/known format/);
    expect(() => createUnderstanding({ learnedState: 'not json' })).toThrow();
    const understanding = createUnderstanding();
    understanding.learn({ text: corrections[0]!, intent: 'invoice' });
    const before = understanding.exportState();
    // @ts-expect-error an intent outside INTENTS, as a stale client might send
    expect(() => understanding.learn({ text: 'x', intent: 'shipping' })).toThrow(/unknown intent/);
    expect(understanding.exportState()).toBe(before);
  });

  it('reads a very long message in bounded time, keeping a demand at its end', () => {
    const understanding = createUnderstanding();
    const long = 'Hello, where is my order? It has not arrived. '.repeat(3000) + 'I want to speak to a manager.';
    const insight = understanding.understand({ text: long });
    expect(insight.intent).toBe('where_is_my_order');
    expect(insight.escalationPhrases).toContain('speak to a manager');
  });

  it('handles empty text, and a subject alone', () => {
    const understanding = createUnderstanding();
    expect(understanding.understand({ text: '' })).toMatchObject({ language: null, intent: 'other', escalationPhrases: [] });
    expect(understanding.understand({ text: ' ', subject: 'Refund request for order 4471' }).intent).toBe('refund');
  });

  it('forgets features seen only once when the state outgrows its cap, and keeps the rest', () => {
    const learner = new IntentLearner(50);
    const repeated = new Map([['w:lieferschein', 1], ['w:auftrag', 1]]);
    learner.learn(repeated, 'invoice');
    learner.learn(repeated, 'invoice');
    for (let i = 0; i < 60; i++) learner.learn(new Map([[`w:once${i}`, 1]]), 'other');
    expect(learner.featureCount).toBeLessThanOrEqual(50);
    expect(learner.scores(repeated).get('invoice')).toBeGreaterThan(0);
    const restored = IntentLearner.fromJson(JSON.stringify(learner.toJSON()));
    expect(restored.scores(repeated)).toEqual(learner.scores(repeated));
  });

  it('rejects input that is not text', () => {
    const understanding = createUnderstanding();
    // @ts-expect-error wrong input on purpose
    expect(() => understanding.understand({ text: 42 })).toThrow(TypeError);
  });
});
