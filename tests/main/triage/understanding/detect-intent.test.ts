import { describe, expect, it } from 'vitest';
import type { Intent } from '../../../../src-shared/domain/triage';
import { createUnderstanding } from '../../../../src-main/triage/understanding';

const understanding = createUnderstanding();
const intentOf = (text: string, subject?: string) => understanding.understand({ text, subject }).intent;

// Written for these tests, separately from the evaluation set.
const perLanguage: Record<string, [Intent, string][]> = {
  en: [
    ['where_is_my_order', 'My package was supposed to come on Monday and there is still no sign of it.'],
    ['refund', 'Could you refund me for the second item please?'],
    ['cancel', 'Please cancel order 4471, I no longer need it.'],
    ['change_address', 'I need to change the delivery address on my order, I put my old flat.'],
    ['damaged_or_wrong_item', 'The kettle arrived with a cracked lid.'],
    ['invoice', 'Can I get an invoice with VAT for my company?'],
    ['account', 'I forgot my password and the reset link does not work.'],
    ['thanks_no_reply', 'Thank you so much!'],
  ],
  de: [
    ['where_is_my_order', 'Mein Paket ist nach zwei Wochen immer noch nicht angekommen.'],
    ['return', 'Wie kann ich die Hose zurückschicken?'],
    ['cancel', 'Bitte stornieren Sie die Bestellung.'],
    ['damaged_or_wrong_item', 'Der Toaster ist defekt, er wird nicht warm.'],
    ['invoice', 'Bitte schicken Sie mir eine Rechnung.'],
    ['payment_problem', 'Sie haben mir den Betrag doppelt abgebucht.'],
  ],
  fr: [
    ['where_is_my_order', "Je n'ai toujours pas reçu mon colis."],
    ['refund', 'Je voudrais être remboursé pour cet article.'],
    ['return', "Comment puis-je retourner l'article ?"],
    ['damaged_or_wrong_item', "L'écran est arrivé cassé."],
    ['delivery_time', 'Quel est le délai de livraison pour la Suisse ?'],
  ],
  es: [
    ['where_is_my_order', 'Todavía no me ha llegado el pedido.'],
    ['cancel', 'Quiero cancelar mi pedido, por favor.'],
    ['damaged_or_wrong_item', 'La lámpara llegó rota.'],
    ['invoice', '¿Me podéis enviar la factura?'],
    ['product_question', '¿Es compatible con el iPhone 14?'],
  ],
  it: [
    ['where_is_my_order', 'Il mio pacco non è ancora arrivato.'],
    ['refund', 'Vorrei il rimborso per il prodotto.'],
    ['change_address', "Devo cambiare l'indirizzo di consegna."],
    ['damaged_or_wrong_item', 'Il prodotto è arrivato danneggiato.'],
    ['complaint', 'Sono molto deluso, qualità pessima.'],
  ],
  ja: [
    ['where_is_my_order', '注文した商品がまだ届いていません。'],
    ['refund', '返金をお願いします。'],
    ['cancel', '注文をキャンセルしたいです。'],
    ['damaged_or_wrong_item', '届いた商品が壊れていました。'],
    ['invoice', '領収書を発行してください。'],
  ],
  zh: [
    ['where_is_my_order', '我的包裹还没收到。'],
    ['refund', '请给我退款。'],
    ['return', '我想退货。'],
    ['damaged_or_wrong_item', '收到的东西坏了。'],
    ['invoice', '能开发票吗？'],
  ],
};

describe('intent', () => {
  for (const [language, cases] of Object.entries(perLanguage)) {
    it.each(cases)(`${language}: %s <- %s`, (intent, text) => {
      expect(intentOf(text)).toBe(intent);
    });
  }

  it('falls back to "other" when nothing is recognised, and is unsure about text it half knows', () => {
    expect(understanding.understand({ text: 'asdf qwer zxcv' }).intent).toBe('other');
    expect(understanding.understand({ text: '12345' }).intent).toBe('other');
    // Its n-grams occur in buyer mail ("dolor" is Spanish), but it means nothing: whatever it picks, it is unsure.
    expect(understanding.understand({ text: 'Lorem ipsum dolor sit amet' }).intentConfidence).toBeLessThan(0.5);
  });

  it('is confident when a message says one thing clearly', () => {
    expect(understanding.understand({ text: 'Please cancel my order, I ordered it by mistake.' }).intentConfidence).toBeGreaterThan(0.6);
  });

  describe('false positives', () => {
    it('does not see "order" inside other words or "torn" inside Italian verbs', () => {
      expect(intentOf('We live near the border, is that a problem for delivery times?')).not.toBe('where_is_my_order');
      expect(intentOf('Quando tornerà disponibile il modello blu?')).not.toBe('damaged_or_wrong_item');
    });

    it('a polite "thanks in advance" does not make a request a thank-you note', () => {
      expect(intentOf('Hi, where is my parcel? It has been two weeks. Thanks in advance!')).toBe('where_is_my_order');
      expect(intentOf('Hallo, bitte stornieren Sie meine Bestellung. Vielen Dank!')).toBe('cancel');
    });

    it('"cancel my account" is about the account, not an order', () => {
      expect(intentOf('Please cancel my account and delete my data.')).toBe('account');
    });

    it('a broken item with a refund request is a damage case', () => {
      expect(intentOf('The glass arrived smashed, I want a refund.')).toBe('damaged_or_wrong_item');
    });

    it('ignores the quoted earlier mail and reads the new words', () => {
      const reply = 'Got it, thanks!\n\nOn Mon, 3 Mar 2025 at 10:00, Shop <shop@example.com> wrote:\n> Where is my order? It has not arrived.';
      expect(intentOf(reply)).toBe('thanks_no_reply');
      expect(intentOf('Danke, alles angekommen.\n> Ihre Bestellung ist unterwegs, Sendungsnummer 123')).toBe('thanks_no_reply');
    });

    it('uses the subject when the body alone is unclear', () => {
      expect(intentOf('See above, thanks.', 'Request to cancel order 4471')).toBe('cancel');
    });
  });
});
