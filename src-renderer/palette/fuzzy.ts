// Fuzzy matching for the palette and the pickers (fuzzysort): "clos" finds "Close", "gsla" finds
// "Go to SLA at risk"; an empty query keeps every item in its order.
import fuzzysort from 'fuzzysort';

export interface FuzzyHit<T> {
  item: T;
  /** Indexes of the matched characters in the item's text, for highlighting. */
  indexes: readonly number[];
}

export function fuzzyFilter<T>(items: readonly T[], query: string, text: (item: T) => string, limit = 50): FuzzyHit<T>[] {
  const q = query.trim();
  if (!q) return items.slice(0, limit).map((item) => ({ item, indexes: [] }));
  const targets = items.map((item) => ({ item, text: text(item) }));
  return fuzzysort.go(q, targets, { key: 'text', limit, threshold: 0.2 }).map((r) => ({ item: r.obj.item, indexes: r.indexes }));
}
