// Pure logic of the `/` canned-reply picker: finding the trigger at the caret, choosing one language
// variant per reply, filtering, and splicing the rendered reply into the draft.
import type { CannedReply } from '../../src-shared/domain/types';

export interface SlashQuery {
  /** Where the `/` stands in the text. */
  start: number;
  query: string;
}

/** A `/word` that starts the draft or follows white space, ending at the caret. */
export function slashQueryAt(text: string, caret: number): SlashQuery | null {
  const before = text.slice(0, caret);
  const match = /(^|\s)\/([^\s/]*)$/.exec(before);
  if (!match) return null;
  return { start: before.length - match[2]!.length - 1, query: match[2]! };
}

/** One variant per reply: the buyer's language, else English, else the first one there is. */
export function variantsFor(replies: readonly CannedReply[], language: string | null): CannedReply[] {
  const byName = new Map<string, CannedReply[]>();
  for (const r of replies) byName.set(r.name, [...(byName.get(r.name) ?? []), r]);
  return [...byName.values()].map(
    (variants) => variants.find((v) => v.language === language) ?? variants.find((v) => v.language === 'en') ?? variants[0]!,
  );
}

export function filterReplies(replies: readonly CannedReply[], query: string): CannedReply[] {
  const q = query.trim().toLowerCase();
  if (!q) return [...replies];
  const scored = replies
    .map((r) => {
      const name = r.name.toLowerCase();
      const shortcut = (r.shortcut ?? '').toLowerCase();
      const score = shortcut === q ? 0 : shortcut.startsWith(q) ? 1 : name.startsWith(q) ? 2 : name.includes(q) || shortcut.includes(q) ? 3 : r.body.toLowerCase().includes(q) ? 4 : -1;
      return { r, score };
    })
    .filter((x) => x.score >= 0);
  return scored.sort((a, b) => a.score - b.score || b.r.usageCount - a.r.usageCount).map((x) => x.r);
}

/** Replaces the `/query` with the reply text; returns the new draft and where the caret goes. */
export function insertReply(text: string, slash: SlashQuery, reply: string): { text: string; caret: number } {
  const end = slash.start + 1 + slash.query.length;
  const next = text.slice(0, slash.start) + reply + text.slice(end);
  return { text: next, caret: slash.start + reply.length };
}
