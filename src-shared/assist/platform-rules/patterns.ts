// Text patterns the platform rules look for, in the languages buyers write. Latin-script terms are
// matched at word starts (so "Gutschein" does not match inside "Gutschrift"); CJK terms anywhere.

export interface Span {
  start: number;
  end: number;
  text: string;
}

export function spansOf(re: RegExp, text: string): Span[] {
  const flags = re.flags.includes('g') ? re.flags : `${re.flags}g`;
  const global = new RegExp(re.source, flags);
  const out: Span[] = [];
  for (const m of text.matchAll(global)) {
    if (m[0].length === 0) continue;
    out.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
  }
  return out;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * One regex from a list of terms. A Latin term may hold regex syntax (written as such); it must start
 * and end at a word boundary unless it ends with `*` (a stem: "erstatt*" matches "erstatten").
 */
export function termsRegex(latin: readonly string[], cjk: readonly string[] = []): RegExp {
  const parts = latin.map((t) => {
    const stem = t.endsWith('*');
    const body = stem ? t.slice(0, -1) : t;
    return `(?<![\\p{L}\\p{N}])(?:${body})${stem ? '\\p{L}*' : '(?![\\p{L}\\p{N}])'}`;
  });
  for (const t of cjk) parts.push(escape(t));
  return new RegExp(parts.join('|'), 'giu');
}

export const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.[\p{L}]{2,}/gu;

const TLDS = 'com|net|org|info|biz|shop|store|online|site|io|co|me|ly|gl|eu|de|at|ch|fr|es|it|nl|be|pl|uk|co\\.uk|jp|co\\.jp|cn|com\\.cn|hk|tw|us|ca|au|com\\.au|mx|br|in';
/** Links with a scheme or www., and bare domains such as "myshop.de/sale". */
export const LINK = new RegExp(
  `(?:https?:\\/\\/|www\\.)[^\\s<>"'()\\[\\]{}]+|(?<![\\p{L}\\p{N}@._-])(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\\.)+(?:${TLDS})(?![\\p{L}\\p{N}-])(?:\\/[^\\s<>"'()]*)?`,
  'giu',
);

export function hostOf(link: string): string {
  return link
    .replace(/^https?:\/\//i, '')
    .replace(/^www\./i, '')
    .split(/[/?#:]/)[0]!
    .toLowerCase()
    .replace(/[.,;!?]+$/, '');
}

export const AMAZON_HOST = /(^|\.)amazon\.(com|[a-z]{2}|co\.[a-z]{2}|com\.[a-z]{2})$/;
export const EBAY_HOST = /(^|\.)ebay\.(com|[a-z]{2}|co\.[a-z]{2}|com\.[a-z]{2})$/;

/** Digits with the separators people put in phone numbers; filtered further by `looksLikePhone`. */
export const PHONE_CANDIDATE = /(?:\+|(?<!\d)00)?\d[\d \t().\/-]{5,}\d/g;

const PHONE_WORDS = termsRegex(
  ['tel', 'phone*', 'call', 'ring', 'mobile', 'cell', 'whatsapp', 'telefon*', 'anruf*', 'rufen', 'handy', 'mobil', 'téléphone*', 'appel*', 'portable', 'teléfono', 'llam*', 'móvil', 'telefono', 'chiam*', 'cellulare'],
  ['電話', '电话', '手机', '携帯', '联系方式'],
);

function digitCount(s: string): number {
  return s.replace(/\D/g, '').length;
}

/**
 * A phone number, not an order id, a date, a price or a tracking number: 8 to 15 digits written
 * with separators or a +/00 prefix; a shorter or unbroken run only right after a word like "phone".
 */
export function looksLikePhone(candidate: string, before: string): boolean {
  const trimmed = candidate.trim();
  const digits = digitCount(trimmed);
  if (digits < 7 || digits > 15) return false;
  if (/^\d{3}-\d{7}-\d{7}$/.test(trimmed) || /^\d{2}-\d{5}-\d{5}$/.test(trimmed)) return false; // Amazon / eBay order ids
  if (/^\d{1,4}[./-]\d{1,2}[./-]\d{1,4}$/.test(trimmed)) return false; // dates
  if (/^\d{1,3}(?:[.,  ]\d{3})+(?:[.,]\d{1,2})?$/.test(trimmed)) return false; // amounts
  const cue = spansOf(PHONE_WORDS, before.slice(-30)).length > 0;
  if (cue) return true;
  // An unbroken run of digits is a tracking or reference number unless it starts with "+";
  // "00…" without separators is how DPD and DHL tracking numbers begin.
  const separated = /[\s().\/-]/.test(trimmed);
  return digits >= 8 && (trimmed.startsWith('+') || separated);
}

export const MARKETING = termsRegex(
  [
    // en
    'coupon*', 'voucher*', 'promo code', 'promotional code', 'discount code', 'special offer', 'newsletter', 'follow us', 'limited[- ]time offer',
    'check out our (?:other |new )?(?:products|items|store|shop)', 'visit our (?:store|shop|website)', '\\d+ ?% off',
    // de
    'gutschein*', 'rabattcode*', 'rabatt-code', 'aktionscode', 'sonderangebot*', '\\d+ ?% rabatt', 'folgen sie uns', 'besuchen sie unseren (?:shop|store|online-?shop)',
    // fr
    'code promo', 'bon de réduction', 'offre spéciale', '\\d+ ?% de réduction', 'suivez-nous', 'visitez notre (?:boutique|site)',
    // es
    'cupón', 'cupones', 'código de descuento', 'código promocional', 'oferta especial', '\\d+ ?% de descuento', 'síganos', 'visite nuestra tienda',
    // it
    'buono sconto', 'codice sconto', 'codice promozionale', 'offerta speciale', '\\d+ ?% di sconto', 'seguici', 'visita il nostro negozio',
  ],
  ['クーポン', '割引コード', 'プロモーションコード', 'メルマガ', '优惠券', '优惠码', '折扣码', '促销', '关注我们', '领券'],
);

/** Words for a review or rating, and for something given in exchange for one. */
export const REVIEW_WORDS = termsRegex(
  ['review*', 'feedback', 'rating*', 'rate us', 'bewertung*', 'rezension*', 'bewerten', 'avis', 'évaluation*', 'commentaire*', 'reseña*', 'valoración*', 'opinión', 'recension*', 'valutazion*'],
  ['レビュー', '評価', '评价', '评论', '好评'],
);
export const INCENTIVE_WORDS = termsRegex(
  ['free', 'gift*', 'refund*', 'reimburse*', 'discount*', 'coupon*', 'voucher*', 'reward*', 'in exchange', 'cashback', 'gratis', 'kostenlos*', 'geschenk*', 'erstatt*', 'rückerstatt*', 'gutschein*', 'gratuit*', 'cadeau*', 'rembours*', 'réduction', 'regalo*', 'reembols*', 'descuento*', 'gratuit*', 'rimbors*', 'sconto'],
  ['無料', 'プレゼント', '返金', '割引', '免费', '礼品', '返现', '退款', '红包', '赠品'],
);
export const POSITIVE_REVIEW = termsRegex(
  ['positive (?:review|feedback|rating)', '5[- ]star*', 'five[- ]star*', 'positive bewertung*', '5 sterne', 'fünf sterne', 'avis positif', '5 étoiles', 'cinq étoiles', 'reseña positiva', '5 estrellas', 'cinco estrellas', 'recensione positiva', '5 stelle', 'cinque stelle'],
  ['高評価', '星5', '★5', '★★★★★', '五星', '好评'],
);

export const OFF_PLATFORM = termsRegex(
  [
    'outside (?:of )?ebay', 'off ebay', 'buy (?:it )?directly from (?:us|me|our)', 'order directly (?:from|on|at) our', 'pay (?:\\p{L}+ ){0,3}(?:by|via) (?:bank transfer|paypal friends)',
    'cheaper (?:directly|on our (?:website|site|shop))', 'our own (?:website|web ?shop|online shop|store)', 'whatsapp', 'wechat', 'telegram',
    'außerhalb von ebay', 'direkt bei uns (?:kaufen|bestellen)', 'günstiger (?:direkt|bei uns|in unserem)', 'per überweisung (?:bezahlen|zahlen)', 'unserem eigenen (?:online-?)?shop',
    "en dehors d['’]ebay", 'directement sur notre site', 'moins cher sur notre site',
    'fuera de ebay', 'directamente en nuestra (?:tienda|web)', 'más barato en nuestra',
    'al di fuori di ebay', 'fuori da ebay', 'direttamente sul nostro sito', 'più economico sul nostro',
  ],
  ['eBay外', 'ebay外', '直接取引', '私下交易', '线下交易', '微信', 'ebay以外'],
);

/** Sentences (and lines), with their offsets, for rules that look at words occurring together. */
export function sentencesOf(text: string): Span[] {
  return spansOf(/[^.!?。！？\n]+[.!?。！？]*/gu, text);
}
