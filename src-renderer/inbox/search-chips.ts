import { parseSearchQuery } from '../../src-shared/search/search-query';

/** The operators of a query as short chips ("channel:amazon", "after 2026-11-01"), for the search summary. */
export function describeFilters(query: string): string[] {
  const q = parseSearchQuery(query);
  const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);
  return [
    ...q.from.map((v) => `from:${v}`),
    ...q.channels.map((v) => `channel:${v}`),
    ...q.orders.map((v) => `order:${v}`),
    ...q.tags.map((v) => `tag:${v}`),
    ...q.languages.map((v) => `lang:${v}`),
    ...q.intents.map((v) => `intent:${v}`),
    ...q.is.map((v) => `is:${v}`),
    ...(q.after !== null ? [`≥ ${day(q.after)}`] : []),
    ...(q.before !== null ? [`< ${day(q.before)}`] : []),
  ];
}
