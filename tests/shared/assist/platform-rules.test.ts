import { describe, expect, it } from 'vitest';
import { checkDraft, type DraftContext, type PlatformRuleId } from '../../../src-shared/assist/platform-rules/check-draft';

const amazon = (overrides: Partial<DraftContext> = {}): DraftContext => ({ channel: 'amazon', buyerLanguage: null, hasOrder: true, ...overrides });
const ebay = (overrides: Partial<DraftContext> = {}): DraftContext => ({ channel: 'ebay', buyerLanguage: null, hasOrder: false, ...overrides });

function rules(text: string, ctx: DraftContext): PlatformRuleId[] {
  return checkDraft(text, ctx).map((v) => v.rule);
}
function excerpts(text: string, ctx: DraftContext, rule: PlatformRuleId): string[] {
  return checkDraft(text, ctx)
    .filter((v) => v.rule === rule)
    .map((v) => text.slice(v.start, v.end));
}

describe('Amazon: links to non-Amazon sites', () => {
  it.each([
    ['en', 'See the manual at https://myshop-example.com/manual.pdf for details.', 'https://myshop-example.com/manual.pdf'],
    ['de', 'Die Anleitung finden Sie unter www.meinshop.de/anleitung.', 'www.meinshop.de/anleitung'],
    ['fr', 'Consultez notre guide : boutique-exemple.fr/guide', 'boutique-exemple.fr/guide'],
    ['ja', '詳しくは https://example.co.jp/faq をご覧ください。', 'https://example.co.jp/faq'],
    ['zh', '请访问 shop-example.cn 查看说明。', 'shop-example.cn'],
  ])('flags an outside link (%s) and highlights exactly it', (_lang, text, link) => {
    expect(excerpts(text, amazon(), 'amazon.external_link')).toEqual([link]);
  });

  it.each([
    'Your order is visible at https://www.amazon.de/gp/css/order-history.',
    'Sie finden die Rechnung auf amazon.co.uk unter Ihre Bestellungen.',
    'z.B. die Datei rechnung.pdf im Anhang, Version 2.5 des Handbuchs.',
    'Le numéro de suivi est 1Z999AA10123456784, livraison le 24.11.2026.',
    'ご注文は amazon.co.jp の注文履歴からご確認いただけます。',
  ])('does not flag Amazon links, file names, version numbers or dates: %s', (text) => {
    expect(rules(text, amazon())).not.toContain('amazon.external_link');
  });

  it('accepts a domain the seller allowed, and its subdomains', () => {
    expect(rules('Tracking: https://www.dhl.de/de/privatkunden.html?id=1', amazon({ allowedDomains: ['dhl.de'] }))).toEqual([]);
  });
});

describe('Amazon: email addresses and phone numbers', () => {
  it.each([
    ['en', 'Email me at support@myshop-example.com and I will help.', 'support@myshop-example.com'],
    ['de', 'Schreiben Sie an kundendienst@beispiel-shop.de.', 'kundendienst@beispiel-shop.de'],
    ['zh', '请发邮件到 service@example.cn 联系我们。', 'service@example.cn'],
  ])('flags an email address (%s) without flagging its domain as a link', (_lang, text, email) => {
    expect(excerpts(text, amazon(), 'amazon.email_address')).toEqual([email]);
    expect(rules(text, amazon())).not.toContain('amazon.external_link');
  });

  it.each([
    ['en', 'Call us on +1 (555) 123-4567 any time.', '+1 (555) 123-4567'],
    ['de', 'Rufen Sie uns an: 030 12345678', '030 12345678'],
    ['fr', 'Appelez le 01 23 45 67 89 demain.', '01 23 45 67 89'],
    ['ja', 'お電話は 03-1234-5678 までお願いします。', '03-1234-5678'],
    ['zh', '电话：13812345678', '13812345678'],
  ])('flags a phone number (%s)', (_lang, text, phone) => {
    expect(excerpts(text, amazon(), 'amazon.phone_number')).toEqual([phone]);
  });

  it.each([
    'Ihre Bestellung 302-1234567-7654321 ist unterwegs.',
    'Sendungsnummer 00340434161234567890, Zustellung am 24.11.2026.',
    'We refunded 1,299.00 USD on 2026-11-20; allow 3-5 business days.',
    'ご注文 249-1234567-1234567 の返金は ¥12,800 です。',
    'eBay order 12-34567-89012 has shipped.',
    'DPD Sendungsnummer 00652513557175, Zustellung morgen.',
  ])('does not take order ids, tracking numbers, dates or amounts for phone numbers: %s', (text) => {
    expect(rules(text, amazon())).not.toContain('amazon.phone_number');
  });

  it('never flags the conversation’s own tracking numbers, however they are written', () => {
    const text = 'Sendungsnummer 1234 5678 9012, Bestellung 12-34567-89012.';
    expect(rules(text, amazon())).toContain('amazon.phone_number');
    expect(rules(text, amazon({ knownNumbers: ['123456789012', '12-34567-89012'] }))).not.toContain('amazon.phone_number');
  });
});

describe('Amazon: marketing and review incentives', () => {
  it.each([
    ['en', 'Use coupon code SAVE10 on your next order!'],
    ['de', 'Mit dem Gutscheincode DANKE sparen Sie 10 %.'],
    ['fr', 'Profitez de notre code promo HIVER.'],
    ['es', 'Le regalamos un cupón para su próxima compra.'],
    ['it', 'Ecco un codice sconto per te.'],
    ['ja', '次回使えるクーポンをお送りします。'],
    ['zh', '送您一张优惠券，下次购买可用。'],
  ])('flags marketing or coupons (%s)', (_lang, text) => {
    expect(rules(text, amazon())).toContain('amazon.marketing');
  });

  it.each([
    'Die Gutschrift erscheint in 3-5 Werktagen auf Ihrem Konto.',
    'We have issued a full refund for the discounted item.',
    'Nous avons remboursé la commande.',
    '返金手続きが完了しました。',
  ])('does not flag refunds or credit notes as marketing: %s', (text) => {
    expect(rules(text, amazon())).not.toContain('amazon.marketing');
  });

  it.each([
    ['en', 'If you leave a review we will send you a free case.'],
    ['en', 'Please leave us a 5-star review!'],
    ['de', 'Für eine positive Bewertung erstatten wir Ihnen 5 €.'],
    ['fr', 'Laissez un avis et recevez un cadeau.'],
    ['es', 'Deje una reseña y le reembolsamos el envío.'],
    ['ja', 'レビューを書いていただければ返金いたします。'],
    ['zh', '给个五星好评就返现10元。'],
  ])('flags asking for positive reviews or paying for one (%s)', (_lang, text) => {
    expect(rules(text, amazon())).toContain('amazon.review_incentive');
  });

  it.each([
    'We have issued your refund. Thank you for your feedback!',
    'Wir haben die Erstattung veranlasst.\nIhre Bewertung hilft anderen Käufern.',
    'Merci pour votre avis.',
    '已为您退款。\n感谢您的评价。',
  ])('does not flag a refund and a neutral thank-you in separate sentences: %s', (text) => {
    expect(rules(text, amazon())).not.toContain('amazon.review_incentive');
  });
});

describe('Amazon: attachments and language', () => {
  it('blocks attachments over 10 MB and accepts 10 MB exactly', () => {
    const ok = { fileName: 'label.pdf', size: 10 * 1024 * 1024 };
    const big = { fileName: 'video.mp4', size: 10 * 1024 * 1024 + 1 };
    expect(rules('Hello', amazon({ attachments: [ok] }))).toEqual([]);
    const v = checkDraft('Hello', amazon({ attachments: [ok, big] }));
    expect(v.map((x) => [x.rule, x.excerpt])).toEqual([['amazon.attachment_size', 'video.mp4']]);
  });

  it('flags an English reply to a German buyer, and accepts a German one', () => {
    expect(rules('Hi Anna, your order has shipped and the tracking number is 123. Best regards', amazon({ buyerLanguage: 'de' }))).toContain('amazon.buyer_language');
    expect(rules('Hallo Anna, Ihre Bestellung ist unterwegs, die Sendungsnummer ist 123. Viele Grüße', amazon({ buyerLanguage: 'de' }))).toEqual([]);
  });

  it('tells Japanese from Chinese and ignores drafts too short to judge', () => {
    expect(rules('ご注文の商品は発送済みです。', amazon({ buyerLanguage: 'zh' }))).toContain('amazon.buyer_language');
    expect(rules('您的订单已经发货了。', amazon({ buyerLanguage: 'zh-CN' }))).toEqual([]);
    expect(rules('OK', amazon({ buyerLanguage: 'ja' }))).toEqual([]);
    expect(rules('Hallo Lana, sorry for the inconvenience.', amazon({ buyerLanguage: 'de' }))).toEqual([]);
  });
});

describe('eBay', () => {
  it('flags contact details and outside links before a sale, not after', () => {
    const text = 'Write to me at seller@example.com or see www.myshop-example.com, phone +44 20 7946 0958.';
    expect(excerpts(text, ebay(), 'ebay.contact_details')).toEqual(['seller@example.com', 'www.myshop-example.com', '+44 20 7946 0958']);
    expect(rules(text, ebay({ hasOrder: true }))).toEqual([]);
  });

  it('accepts eBay links before a sale', () => {
    expect(rules('The item is listed at https://www.ebay.de/itm/1234567890.', ebay())).toEqual([]);
  });

  it.each([
    ['en', 'You can buy it directly from us for less.'],
    ['en', 'Add me on WhatsApp and we can sort it out.'],
    ['de', 'Das ist außerhalb von eBay günstiger.'],
    ['fr', "Achetez en dehors d'eBay, c'est moins cher."],
    ['es', 'Podemos venderlo fuera de eBay.'],
    ['it', 'Lo trovi direttamente sul nostro sito.'],
    ['zh', '加我微信私下交易更便宜。'],
  ])('flags off-platform offers, before and after a sale (%s)', (_lang, text) => {
    expect(rules(text, ebay())).toContain('ebay.off_platform');
    expect(rules(text, ebay({ hasOrder: true }))).toContain('ebay.off_platform');
  });

  it.each([
    'Your item ships from our warehouse in Germany tomorrow.',
    'Wir haben den Betrag über eBay erstattet.',
    '商品明天从我们的仓库发货。',
  ])('does not flag ordinary replies: %s', (text) => {
    expect(rules(text, ebay())).toEqual([]);
  });
});

describe('channels without rules', () => {
  it('lets a Shopify or email reply carry links and addresses', () => {
    expect(checkDraft('See https://myshop-example.com or mail support@myshop-example.com', { channel: 'shopify', buyerLanguage: 'en', hasOrder: true })).toEqual([]);
  });
});
