// Text preparation shared by every detector: one normalised form for matching, and the buyer's own
// words without the quoted earlier mail that replies drag along (quoted text would re-trigger the
// intent of the message being answered).

const QUOTE_HEADERS: RegExp[] = [
  /^-{2,}\s*(original message|ursprüngliche nachricht|message d'origine|mensaje original|messaggio originale)/i,
  /^on .{4,160} wrote:\s*$/i,
  /^am .{4,160} schrieb.{0,80}:\s*$/i,
  /^le .{4,160} a écrit\s*:\s*$/i,
  /^el .{4,160} escribió:\s*$/i,
  /^il .{4,160} ha scritto:\s*$/i,
  /^(from|von|de|da|发件人|差出人)\s*:.+$/i,
  /^在.{2,80}写道[:：]\s*$/,
  /^.{2,80}(のメッセージ|さんは書きました|wrote)[:：]\s*$/,
];

/** The part of the message the buyer wrote now: drops quoted lines and everything after a reply header. */
export function stripQuoted(text: string): string {
  const kept: string[] = [];
  for (const line of text.split(/\r?\n/)) {
    const trimmed = line.trim();
    if (QUOTE_HEADERS.some((re) => re.test(trimmed))) break;
    if (trimmed.startsWith('>')) continue;
    kept.push(line);
  }
  const own = kept.join('\n').trim();
  // A message that is nothing but a quote still says something: keep it whole then.
  return own.length > 0 ? own : text;
}

export interface NormalizedText {
  /** Lower case, NFKC-folded, Latin accents removed, ß as "ss", runs of blanks as one space (newlines kept). */
  text: string;
  /** For each character of `text`, the index of the character of the original it came from. */
  offsets: number[];
}

const charCache = new Map<string, string>();

function normalizeChar(ch: string): string {
  let out = charCache.get(ch);
  if (out === undefined) {
    // Japanese voicing marks are not Latin combining marks (U+3099/U+309A) and survive.
    out = ch.normalize('NFKC').toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').normalize('NFC').replace(/ß/g, 'ss').replace(/[\u2018\u2019\u00b4`]/g, "'");
    if (charCache.size < 20_000) charCache.set(ch, out);
  }
  return out;
}

/**
 * One character at a time, so every match can be traced back to the words as the buyer wrote them
 * ("Vorgesetzten", not "vorgesetzten"); "remboursement" and "rèmboursement" match alike.
 */
export function normalizeForMatching(original: string): NormalizedText {
  let text = '';
  const offsets: number[] = [];
  let lastWasBlank = false;
  for (let i = 0; i < original.length; ) {
    const code = original.codePointAt(i)!;
    const width = code > 0xffff ? 2 : 1;
    if (code === 0x20 || code === 0x09 || code === 0xa0 || code === 0x3000) {
      if (!lastWasBlank) {
        text += ' ';
        offsets.push(i);
      }
      lastWasBlank = true;
    } else {
      lastWasBlank = false;
      let piece: string;
      if (code < 0x80) piece = code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : original[i]!;
      else piece = normalizeChar(original.slice(i, i + width));
      for (let k = 0; k < piece.length; k++) {
        text += piece[k];
        offsets.push(i);
      }
    }
    i += width;
  }
  return { text, offsets };
}

const CJK_CHAR = /[\u3040-\u30ff\u31f0-\u31ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/;

export function isCjkChar(ch: string): boolean {
  return CJK_CHAR.test(ch);
}

/**
 * What a buyer writes fits in a few thousand characters; a pasted log or an HTML mail that did not
 * strip well should not cost 100 ms, so only its opening and its end (where demands tend to be) are read.
 */
const HEAD_CHARS = 4_000;
const TAIL_CHARS = 1_000;

function clip(text: string): string {
  return text.length <= HEAD_CHARS + TAIL_CHARS ? text : `${text.slice(0, HEAD_CHARS)}\n${text.slice(-TAIL_CHARS)}`;
}

/** The buyer's own words (clipped), and them with the subject, normalised: what every detector reads. */
export function matchingText(text: string, subject: string | undefined): { own: string; normalized: NormalizedText } {
  const own = clip(stripQuoted(text));
  return { own, normalized: normalizeForMatching(subject ? `${subject}\n${own}` : own) };
}
