// Decides, before any parser sees a message, whether it is too broken to show as mail. Such a message
// becomes a visible "could not parse" item with its raw source kept, instead of a half-decoded message
// that silently lost its body (MIME parsers are lenient and rarely fail outright).

/** A header section beyond this is not mail a person wrote; it is kept raw instead of parsed. */
export const MAX_HEADER_BYTES = 256 * 1024;

/** Byte offset where the header section ends (the blank line), or -1 when there is none. */
export function headerEnd(raw: Buffer): number {
  const crlf = raw.indexOf('\r\n\r\n');
  const lf = raw.indexOf('\n\n');
  if (crlf === -1) return lf;
  if (lf === -1) return crlf;
  return Math.min(crlf, lf);
}

function unfold(headers: string): string {
  return headers.replace(/\r?\n[ \t]+/g, ' ');
}

const knownCharsets = new Map<string, boolean>();

/** Whether Node can decode the charset (full ICU knows the East Asian and Windows code pages). */
export function isKnownCharset(label: string): boolean {
  const key = label.trim().toLowerCase();
  let known = knownCharsets.get(key);
  if (known === undefined) {
    try {
      new TextDecoder(key);
      known = true;
    } catch {
      known = false;
    }
    knownCharsets.set(key, known);
  }
  return known;
}

const CONTENT_TYPE = /^content-type:[^\r\n]*(?:\r?\n[ \t][^\r\n]*)*/gim;
const CHARSET_PARAM = /charset\s*=\s*"?([^";\s]+)/i;
const BOUNDARY_PARAM = /boundary\s*=\s*(?:"([^"]+)"|([^;\s]+))/i;
const ENCODED_WORD = /=\?([^?*]+)(?:\*[^?]*)?\?[bq]\?/gi;

/** Why the message cannot be shown as mail, or null when it can. */
export function findDefect(raw: Buffer): string | null {
  if (raw.length === 0) return 'empty message';
  const end = headerEnd(raw);
  const headerBytes = end === -1 ? raw.length : end;
  if (headerBytes > MAX_HEADER_BYTES) return `header section of ${headerBytes} bytes exceeds ${MAX_HEADER_BYTES}`;
  // latin1 maps every byte to one character, so offsets and 8-bit bytes survive the regexes.
  const text = raw.toString('latin1');
  const headers = unfold(text.slice(0, headerBytes));
  if (!/^from:[ \t]*\S/im.test(headers)) return 'no From header';

  for (const match of text.matchAll(CONTENT_TYPE)) {
    const contentType = unfold(match[0]);
    const charset = CHARSET_PARAM.exec(contentType)?.[1];
    if (charset && !isKnownCharset(charset)) return `unknown charset "${charset}"`;
    if (/^content-type:\s*multipart\//i.test(contentType)) {
      const boundary = BOUNDARY_PARAM.exec(contentType);
      const value = boundary?.[1] ?? boundary?.[2];
      if (!value) return 'multipart message without a boundary';
      if (!text.includes(`--${value}`, match.index + match[0].length)) return `MIME boundary "${value}" never appears`;
    }
  }
  for (const match of headers.matchAll(ENCODED_WORD)) {
    if (!isKnownCharset(match[1]!)) return `unknown charset "${match[1]}" in an encoded header`;
  }
  return null;
}
