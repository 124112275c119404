import { describe, expect, it } from 'vitest';
import { createUnderstanding } from '../../../../src-main/triage/understanding';

const understanding = createUnderstanding();
const read = (text: string) => understanding.understand({ text });

// Per language: [negative, neutral, positive]
const perLanguage: Record<string, [string, string, string]> = {
  en: ['This is the worst service ever, the lamp came broken and nobody answers.', 'Could you tell me which size fits a 90 cm bed?', 'Arrived today, absolutely love it, thank you!'],
  de: ['Ich bin sehr enttäuscht, die Ware ist kaputt und niemand antwortet.', 'Welche Größe passt für ein 90 cm Bett?', 'Heute angekommen, super Qualität, vielen Dank!'],
  fr: ['Très déçu, le produit est arrivé cassé et personne ne répond.', 'Quelle taille convient pour un lit de 90 cm ?', "Bien reçu aujourd'hui, parfait, merci beaucoup !"],
  es: ['Muy decepcionado, el producto llegó roto y nadie contesta.', '¿Qué talla sirve para una cama de 90 cm?', 'Llegó hoy, perfecto, ¡muchas gracias!'],
  it: ['Molto deluso, il prodotto è arrivato rotto e nessuno risponde.', 'Quale misura va bene per un letto da 90 cm?', 'Arrivato oggi, perfetto, grazie mille!'],
  ja: ['商品が壊れていて最悪です。誰も返事をくれません。', '90cmのベッドにはどのサイズが合いますか？', '本日届きました。とても満足しています。ありがとうございました！'],
  zh: ['东西坏了，太失望了，也没人回复。', '90厘米的床用哪个尺寸？', '今天收到了，很满意，谢谢！'],
};

describe('sentiment', () => {
  for (const [language, [negative, neutral, positive]] of Object.entries(perLanguage)) {
    it(`${language}: negative, neutral and positive`, () => {
      const n = read(negative);
      const z = read(neutral);
      const p = read(positive);
      expect([n.sentiment, z.sentiment, p.sentiment]).toEqual(['negative', 'neutral', 'positive']);
      expect(n.sentimentScore).toBeLessThan(z.sentimentScore);
      expect(z.sentimentScore).toBeLessThan(p.sentimentScore);
      for (const s of [n, z, p]) expect(Math.abs(s.sentimentScore)).toBeLessThanOrEqual(1);
    });
  }

  describe('anger', () => {
    it.each([
      ['shouting and exclamation marks', 'WHERE IS MY ORDER??? THIS IS RIDICULOUS!!!'],
      ['an accusation (en)', 'You are scammers, this is a fraud.'],
      ['an accusation (de)', 'Das ist Betrug, ihr seid Abzocker!'],
      ['an accusation (fr)', "C'est une arnaque, vous êtes des escrocs !"],
      ['an accusation (es)', 'Esto es una estafa, sois unos ladrones.'],
      ['an accusation (it)', 'È una truffa, siete dei ladri!'],
      ['an accusation (ja)', 'これは詐欺です。ふざけないでください。'],
      ['an accusation (zh)', '你们就是骗子，垃圾店！'],
    ])('is flagged for %s', (_, text) => {
      const insight = read(text);
      expect(insight.anger).toBe(true);
      expect(insight.sentiment).toBe('negative');
    });

    it('is not flagged for a calm complaint, a carrier name in capitals, or a happy message', () => {
      expect(read('The parcel came via DHL and UPS tracking shows it was split, is that right?').anger).toBe(false);
      expect(read('Unfortunately the colour is a bit different from the photo.').anger).toBe(false);
      expect(read('Thank you!!! Love it!!!').anger).toBe(false);
    });
  });

  describe('frustration', () => {
    it.each([
      ['en', 'This is the third time I am writing and I still have no answer.'],
      ['de', 'Ich warte immer noch, keine Antwort seit Wochen.'],
      ['fr', 'Toujours pas de réponse, je relance pour la troisième fois.'],
      ['es', 'Todavía sin respuesta, es la tercera vez que escribo.'],
      ['it', 'Ancora nessuna risposta, è la terza volta che scrivo.'],
      ['ja', '何度も問い合わせていますが、まだ返事がありません。'],
      ['zh', '已经第三次问了，还是没有回复。'],
    ])('is flagged in %s', (_, text) => {
      expect(read(text).frustration).toBe(true);
    });

    it('is not flagged for a first, calm question', () => {
      expect(read('Hello, could you tell me when the blue version will be available?').frustration).toBe(false);
      expect(read('Bonjour, quel est le délai de livraison ?').frustration).toBe(false);
    });
  });
});
