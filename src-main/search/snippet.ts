// A short window of the message around the first hit, with every hit wrapped in U+E000 ... U+E001
// (private-use characters that never occur in mail), which the renderer turns into <mark>.
export const HIT_START = '\uE000';
export const HIT_END = '\uE001';

const WINDOW = 160;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export function highlightSnippet(text: string, words: readonly string[]): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  const terms = words.map((w) => w.replace(/^["']+|["'*]+$/g, '')).filter(Boolean);
  if (terms.length === 0) return flat.slice(0, WINDOW);
  const pattern = new RegExp(terms.map(escapeRegExp).join('|'), 'giu');
  const first = flat.search(pattern);
  const start = first > WINDOW / 3 ? first - Math.floor(WINDOW / 3) : 0;
  const window = flat.slice(start, start + WINDOW);
  const marked = window.replace(pattern, (hit) => `${HIT_START}${hit}${HIT_END}`);
  return `${start > 0 ? '…' : ''}${marked}${start + WINDOW < flat.length ? '…' : ''}`;
}
