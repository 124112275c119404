import { describe, expect, it } from 'vitest';
import { createUnderstanding } from '../../../../src-main/triage/understanding';

const understanding = createUnderstanding();
const phrases = (text: string) => understanding.understand({ text }).escalationPhrases;

describe('escalation phrases', () => {
  it.each([
    ['en', 'I want to speak to a manager right now.', /manager/i],
    ['en', 'Can I talk to a real person please?', /real person/i],
    ['en', 'Cancel my account, I am done with this shop.', /cancel my account/i],
    ['de', 'Ich möchte mit Ihrem Vorgesetzten sprechen.', /Vorgesetzten/],
    ['de', 'Bitte löschen Sie mein Konto.', /löschen Sie mein Konto/],
    ['fr', 'Je veux parler à un responsable.', /responsable/],
    ['fr', 'Je vais contacter un avocat.', /avocat/],
    ['es', 'Quiero hablar con un encargado.', /encargado/],
    ['es', 'Quiero cerrar mi cuenta.', /cerrar mi cuenta/],
    ['it', 'Voglio parlare con un responsabile.', /responsabile/],
    ['it', 'Mi rivolgerò a un avvocato.', /avvocato/],
    ['ja', '責任者を出してください。', /責任者/],
    ['ja', '退会したいです。', /退会/],
    ['zh', '我要找人工客服。', /人工客服/],
    ['zh', '请帮我注销账号。', /注销账号/],
  ])('%s: finds the phrase as written in "%s"', (_, text, expected) => {
    const found = phrases(text);
    expect(found.length).toBeGreaterThan(0);
    expect(found.some((p) => expected.test(p))).toBe(true);
    // Reported exactly as the buyer wrote it (original case and accents), so a handoff note can quote it.
    for (const p of found) expect(text).toContain(p);
  });

  it('reports each phrase once', () => {
    expect(phrases('Manager! I said MANAGER. Get me a manager.').filter((p) => /manager/i.test(p))).toHaveLength(1);
  });

  it.each([
    ['a product made of human hair', 'Is this wig made of 100% human hair?'],
    ['an order number and the word account in a billing question', 'Which account do I pay the bank transfer to?'],
    ['a polite question', 'Hallo, wann wird meine Bestellung verschickt?'],
    ['a thank-you note', 'Merci pour votre aide, tout est parfait.'],
    ['a Chinese delivery question', '请问几天能到？'],
  ])('finds nothing in %s', (_, text) => {
    expect(phrases(text)).toEqual([]);
  });

  it('does not treat the quoted earlier mail as the buyer speaking now', () => {
    expect(phrases('Thanks, all sorted.\n> I want to speak to a manager')).toEqual([]);
  });
});
