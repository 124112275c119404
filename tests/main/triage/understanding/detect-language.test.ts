import { describe, expect, it } from 'vitest';
import { createUnderstanding } from '../../../../src-main/triage/understanding';
import { detectLanguage } from '../../../../src-main/triage/understanding/detect-language';

describe('language detection', () => {
  const cases: [string, string][] = [
    ['en', 'Hi, my parcel still has not arrived, could you check the tracking please?'],
    ['en', 'thanks!'],
    ['de', 'Hallo, mein Paket ist immer noch nicht angekommen. Können Sie bitte nachsehen?'],
    ['de', 'Danke schön'],
    ['fr', "Bonjour, mon colis n'est toujours pas arrivé, pouvez-vous vérifier le suivi ?"],
    ['fr', 'Merci beaucoup'],
    ['es', 'Hola, mi paquete todavía no ha llegado, ¿podéis revisar el seguimiento?'],
    ['es', 'Muchas gracias'],
    ['it', 'Ciao, il mio pacco non è ancora arrivato, potete controllare la spedizione?'],
    ['it', 'Grazie mille'],
    ['ja', '荷物がまだ届いていません。追跡番号を確認していただけますか。'],
    ['ja', 'ありがとう'],
    ['zh', '你好，我的包裹还没有收到，请帮我查一下物流。'],
    ['zh', '谢谢'],
  ];
  it.each(cases)('recognises %s: %s', (language, text) => {
    expect(detectLanguage(text).language).toBe(language);
  });

  it('tells Japanese from Chinese by kana even when most characters are kanji', () => {
    expect(detectLanguage('領収書の発行をお願いします').language).toBe('ja');
    expect(detectLanguage('请开具发票，公司抬头').language).toBe('zh');
  });

  it('is not thrown off by Latin order numbers, brands and models inside CJK text', () => {
    expect(detectLanguage('Order 114-2201938-1182044 の iPhone 15 Pro ケースが届きません').language).toBe('ja');
    expect(detectLanguage('订单 302-1182733-9918273 的 AirPods Pro 还没发货').language).toBe('zh');
  });

  it('keeps the buyer language when English words are mixed in', () => {
    expect(detectLanguage('Hallo, die Tracking Nummer funktioniert nicht, bitte um Info.').language).toBe('de');
    expect(detectLanguage('Bonjour, le tracking ne marche pas, merci de vérifier.').language).toBe('fr');
  });

  it('returns null for text without letters instead of guessing', () => {
    expect(detectLanguage('').language).toBeNull();
    expect(detectLanguage('12345 !!! ???').language).toBeNull();
    expect(detectLanguage('안녕하세요 배송 문의드립니다').language).toBeNull();
  });

  it('uses the marketplace language only as a hint where the text decides nothing', () => {
    expect(detectLanguage('12345', 'de').language).toBe('de');
    expect(detectLanguage('Where is my order? It has not arrived yet.', 'de').language).toBe('en');
  });

  it('understand() reports the language with a confidence between 0 and 1', () => {
    const insight = createUnderstanding().understand({ text: 'Bonjour, où est ma commande ?' });
    expect(insight.language).toBe('fr');
    expect(insight.languageConfidence).toBeGreaterThan(0.5);
    expect(insight.languageConfidence).toBeLessThanOrEqual(1);
  });
});
