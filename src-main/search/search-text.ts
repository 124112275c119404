// One unicode61 index for every script: Chinese and Japanese have no spaces, so each run of CJK
// characters is written to the index as overlapping bigrams plus its last character alone.
// "退款申请" -> "退款 款申 申请 请". A two-character word (退款, 物流, 返品) is then a single token,
// a longer one a phrase of bigrams, and a single character a prefix query. (FTS5's trigram tokenizer
// cannot find words shorter than three characters, which are most Chinese and Japanese words.)

// Code-point ranges rather than \p{Script=...}: the same characters for our purposes, and several
// times faster on the ingest path. Kana, CJK ideographs (with extension A and the astral planes),
// compatibility ideographs, Hangul, and the marks ー 々 〆.
const CJK_CHARS = '\\u3005\\u3006\\u3040-\\u30ff\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff\\uac00-\\ud7af\\u{20000}-\\u{3134f}';
const CJK_RUN = new RegExp(`[${CJK_CHARS}]+`, 'gu');
const HAS_CJK = new RegExp(`[${CJK_CHARS}]`, 'u');

function bigramsOf(run: string, withTail: boolean): string {
  const chars = Array.from(run);
  if (chars.length === 1) return chars[0]!;
  const out: string[] = [];
  for (let i = 0; i < chars.length - 1; i++) out.push(chars[i]! + chars[i + 1]!);
  if (withTail) out.push(chars[chars.length - 1]!);
  return out.join(' ');
}

/** The form of a text that goes into the full-text index. */
export function toIndexText(text: string): string {
  if (!HAS_CJK.test(text)) return text;
  return text.replace(CJK_RUN, (run) => ` ${bigramsOf(run, true)} `);
}

/**
 * The form of one query word. A run that ends the word gets bigrams only, so the phrase matches
 * anywhere inside a longer run; a run followed by more text keeps its tail, as the index does.
 */
function toQueryText(word: string): string {
  return word.replace(CJK_RUN, (run: string, offset: number) => ` ${bigramsOf(run, offset + run.length < word.length)} `);
}

const HAS_TOKEN = /[\p{L}\p{N}]/u;

/**
 * Turns what a person typed into an FTS5 MATCH expression: every word must occur (AND), each word is
 * quoted (so operators and punctuation in user text are inert), and the last word matches as a prefix
 * so results appear while typing. Returns null when nothing searchable is left.
 */
export function toMatchQuery(input: string): string | null {
  const words = input.split(/\s+/).filter((w) => HAS_TOKEN.test(w));
  if (words.length === 0) return null;
  return words
    .map((word, index) => {
      const text = toQueryText(word).trim().replace(/"/g, '""');
      const single = Array.from(word).length === 1;
      const prefix = index === words.length - 1 || single ? '*' : '';
      return `"${text}"${prefix}`;
    })
    .join(' AND ');
}

/** Words of a query, for highlighting them in a snippet. */
export function queryWords(input: string): string[] {
  return input.split(/\s+/).filter((w) => HAS_TOKEN.test(w));
}
