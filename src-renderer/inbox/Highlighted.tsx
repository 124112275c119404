// Search snippets carry hits between U+E000 and U+E001; shown as <mark> (text only, never HTML).
const HIT = /\uE000([^\uE001]*)\uE001/g;

export function Highlighted({ text }: { text: string }) {
  const parts: (string | { hit: string })[] = [];
  let last = 0;
  for (const m of text.matchAll(HIT)) {
    if (m.index! > last) parts.push(text.slice(last, m.index));
    parts.push({ hit: m[1]! });
    last = m.index! + m[0].length;
  }
  if (last < text.length) parts.push(text.slice(last));
  return (
    <>
      {parts.map((p, i) =>
        typeof p === 'string' ? (
          p
        ) : (
          <mark key={i} data-testid="search-hit">
            {p.hit}
          </mark>
        ),
      )}
    </>
  );
}
