// Offset paging over a pinned time window, made safe. eBay pages by offset over a filtered set; a record
// that leaves the set during a pass (an order modified after the window's end is no longer "in" it)
// shifts every later offset by one, and the record at the page boundary would be silently skipped.
// Records cannot join the set (the window ends in the past), so a change of `total` between pages
// means one left: the window is then read again from offset 0, halved so that a busy account converges.

export interface SyncWindow {
  since: string;
  /** End of the window being read (the pass end, or less after a restart). */
  until?: string;
  /** End of the whole pass (now minus a lag when the pass began). */
  end?: string;
  offset?: number;
  /** `total` reported for this window at offset 0. */
  total?: number;
}

export interface OpenWindow {
  since: string;
  until: string;
  end: string;
  offset: number;
  total: number | null;
}

const MIN_SPAN_MS = 1_000;

/** The window to read now, or null when the pass has nothing left to read. */
export function openWindow(w: SyncWindow, passEnd: string): OpenWindow | null {
  const end = w.end ?? passEnd;
  const until = w.until ?? end;
  if (Date.parse(until) <= Date.parse(w.since)) return null;
  return { since: w.since, until, end, offset: w.offset ?? 0, total: w.total ?? null };
}

export type PageVerdict =
  /** The set changed while it was paged: read the (narrower) window again; this page is not used. */
  | { use: false; next: SyncWindow; more: true }
  | { use: true; next: SyncWindow; more: boolean };

export function judgePage(w: OpenWindow, page: { total: number | null; hasNext: boolean; limit: number }): PageVerdict {
  const since = Date.parse(w.since);
  const span = Date.parse(w.until) - since;
  if (w.offset > 0 && w.total !== null && page.total !== null && page.total !== w.total) {
    const until = new Date(since + Math.max(MIN_SPAN_MS, Math.floor(span / 2))).toISOString();
    return { use: false, next: { since: w.since, until, end: w.end }, more: true };
  }
  const total = w.offset === 0 ? page.total : w.total;
  if (page.hasNext) return { use: true, next: { since: w.since, until: w.until, end: w.end, offset: w.offset + page.limit, ...(total !== null ? { total } : {}) }, more: true };
  if (Date.parse(w.until) < Date.parse(w.end)) return { use: true, next: { since: w.until, end: w.end }, more: true };
  return { use: true, next: { since: w.end }, more: false };
}

export function readWindow(v: unknown): SyncWindow | null {
  const w = v !== null && typeof v === 'object' ? (v as Record<string, unknown>) : {};
  if (typeof w.since !== 'string') return null;
  return {
    since: w.since,
    until: typeof w.until === 'string' ? w.until : undefined,
    end: typeof w.end === 'string' ? w.end : undefined,
    offset: typeof w.offset === 'number' ? w.offset : undefined,
    total: typeof w.total === 'number' ? w.total : undefined,
  };
}
