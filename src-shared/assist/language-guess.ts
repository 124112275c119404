// A small, predictable guess of which language a DRAFT is written in, for the "reply in the buyer's
// language" rule. Not the triage detector (that one classifies inbound mail): this only has to tell
// whether an agent's draft is plausibly in the buyer's language, live while typing, in both processes.
// Script first (kana -> ja, Han without kana -> zh), then counts of very common function words.

const STOPWORDS: Record<'en' | 'de' | 'fr' | 'es' | 'it', readonly string[]> = {
  en: ['the', 'and', 'you', 'your', 'is', 'to', 'of', 'we', 'for', 'have', 'has', 'with', 'will', 'be', 'this', 'it', 'our', 'please', 'thank', 'order', 'are', 'that', 'not', 'in'],
  de: ['der', 'die', 'das', 'und', 'sie', 'ihre', 'ist', 'wir', 'für', 'mit', 'nicht', 'ein', 'eine', 'den', 'dem', 'zu', 'bitte', 'vielen', 'dank', 'bestellung', 'haben', 'ihnen', 'wurde', 'auf', 'ich'],
  fr: ['le', 'la', 'les', 'et', 'vous', 'votre', 'est', 'nous', 'pour', 'avec', 'pas', 'une', 'des', 'du', 'merci', 'commande', 'de', 'sur', 'que', 'bonjour', 'je', 'au'],
  es: ['el', 'la', 'los', 'las', 'y', 'usted', 'su', 'es', 'nosotros', 'para', 'con', 'no', 'una', 'del', 'gracias', 'pedido', 'de', 'que', 'hola', 'por', 'se', 'hemos'],
  it: ['il', 'lo', 'la', 'gli', 'e', 'tuo', 'tua', 'suo', 'è', 'noi', 'per', 'con', 'non', 'una', 'del', 'della', 'grazie', 'ordine', 'di', 'che', 'ciao', 'abbiamo', 'sono'],
};

const WORD_SETS = Object.fromEntries(Object.entries(STOPWORDS).map(([k, v]) => [k, new Set(v)])) as Record<keyof typeof STOPWORDS, Set<string>>;

const KANA = /[\u3040-\u30ff]/gu;
const HAN = /[\u3400-\u4dbf\u4e00-\u9fff]/gu;
const HANGUL = /[\uac00-\ud7af]/gu;
const LATIN_WORD = /[\p{Script=Latin}]+/gu;

export interface LanguageGuess {
  /** ISO 639-1 code, or null when the text is too short or too mixed to say. */
  language: string | null;
  /** 0..1: share of the evidence that points to `language`. */
  confidence: number;
}

/** Variables and URLs say nothing about the language of the sentence around them. */
function prose(text: string): string {
  return text.replace(/\{\{[^}]*\}\}/g, ' ').replace(/\bhttps?:\/\/\S+/gi, ' ').replace(/\S+@\S+/g, ' ');
}

export function guessLanguage(input: string): LanguageGuess {
  const text = prose(input);
  const kana = text.match(KANA)?.length ?? 0;
  const han = text.match(HAN)?.length ?? 0;
  const hangul = text.match(HANGUL)?.length ?? 0;
  const words = (text.toLowerCase().match(LATIN_WORD) ?? []).filter((w) => w.length > 0);
  const cjk = kana + han + hangul;
  // A CJK character carries about as much as a short word; compare the scripts on that footing.
  if (cjk >= 4 && cjk >= words.length) {
    const language = hangul > kana + han ? 'ko' : kana > 0 ? 'ja' : 'zh';
    return { language, confidence: Math.min(1, cjk / (cjk + words.length)) };
  }
  const counts = Object.entries(WORD_SETS).map(([lang, set]) => [lang, words.filter((w) => set.has(w)).length] as const);
  const total = counts.reduce((s, [, n]) => s + n, 0);
  // Fewer than three function words is too little to judge a draft by.
  if (total < 3) return { language: null, confidence: 0 };
  const [best, n] = counts.reduce((a, b) => (b[1] > a[1] ? b : a));
  return { language: best, confidence: n / total };
}
