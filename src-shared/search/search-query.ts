// The search box's little language: free text plus operators, e.g.
//   refund channel:amazon tag:urgent after:2026-11-01 from:"Anna Schmidt" is:unassigned 退款
// Parsed once here (pure TS) so the renderer shows the same chips the core filters by. Unknown
// "word:" prefixes stay text (a time "14:00" or a URL is not an operator); a known operator with a bad
// value is reported in `errors` rather than silently ignored.
import { CHANNELS, type Channel } from '../domain/types';

export const SEARCH_OPERATORS = ['from', 'channel', 'order', 'tag', 'lang', 'intent', 'is', 'before', 'after'] as const;
export type SearchOperator = (typeof SEARCH_OPERATORS)[number];

export const IS_FLAGS = ['unassigned', 'assigned', 'mine', 'open', 'closed', 'snoozed', 'unread'] as const;
export type IsFlag = (typeof IS_FLAGS)[number];

export interface SearchQuery {
  /** Free-text words, in order, as typed (quotes removed). */
  terms: string[];
  from: string[];
  channels: Channel[];
  orders: string[];
  tags: string[];
  languages: string[];
  intents: string[];
  is: IsFlag[];
  /** Epoch ms, exclusive: activity strictly before the start of that day (local time). */
  before: number | null;
  /** Epoch ms, inclusive: activity at or after the start of that day (local time). */
  after: number | null;
  errors: { token: string; message: string }[];
}

// A token is op:"quoted value", op:value, "quoted phrase" or a bare word.
const TOKEN = /(\w+):"([^"]*)"?|(\w+):(\S+)|"([^"]*)"?|(\S+)/gu;
const DATE = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/;
const RELATIVE_DAYS = /^(\d{1,4})d$/;

function isOperator(name: string): name is SearchOperator {
  return (SEARCH_OPERATORS as readonly string[]).includes(name);
}

/** "2026-11-01" -> local midnight; "7d" -> midnight 7 days before `now`. Null when not a date. */
export function parseDay(value: string, now: number): number | null {
  const rel = RELATIVE_DAYS.exec(value);
  if (rel) {
    const d = new Date(now);
    d.setHours(0, 0, 0, 0);
    d.setDate(d.getDate() - Number(rel[1]));
    return d.getTime();
  }
  const m = DATE.exec(value);
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const d = new Date(year, month - 1, day);
  // Reject 2026-02-31 and friends, which Date would roll over.
  if (d.getFullYear() !== year || d.getMonth() !== month - 1 || d.getDate() !== day) return null;
  return d.getTime();
}

export function emptySearchQuery(): SearchQuery {
  return { terms: [], from: [], channels: [], orders: [], tags: [], languages: [], intents: [], is: [], before: null, after: null, errors: [] };
}

export function parseSearchQuery(input: string, now: number = Date.now()): SearchQuery {
  const q = emptySearchQuery();
  for (const match of input.matchAll(TOKEN)) {
    const [token, quotedOp, quotedValue, op, value, phrase, word] = match;
    const name = (quotedOp ?? op)?.toLowerCase();
    const raw = quotedValue ?? value;
    if (name !== undefined && raw !== undefined && isOperator(name)) {
      applyOperator(q, name, raw.trim(), token, now);
    } else if (phrase !== undefined) {
      if (phrase.trim()) q.terms.push(phrase.trim());
    } else if (/^\w+:$/.test(token) && isOperator(token.slice(0, -1).toLowerCase())) {
      q.errors.push({ token, message: `${token} needs a value` });
    } else {
      q.terms.push(word ?? token);
    }
  }
  return q;
}

function applyOperator(q: SearchQuery, name: SearchOperator, value: string, token: string, now: number) {
  if (!value) {
    q.errors.push({ token, message: `${name}: needs a value` });
    return;
  }
  const lower = value.toLowerCase();
  switch (name) {
    case 'from':
      q.from.push(value);
      return;
    case 'order':
      q.orders.push(value);
      return;
    case 'tag':
      q.tags.push(value);
      return;
    case 'intent':
      q.intents.push(lower);
      return;
    case 'lang':
      if (!/^[a-z]{2,3}(-[a-z0-9]{2,8})?$/i.test(value)) q.errors.push({ token, message: `lang: expects a language code such as en, de, ja` });
      else q.languages.push(lower.split('-')[0]!);
      return;
    case 'channel':
      if ((CHANNELS as readonly string[]).includes(lower)) q.channels.push(lower as Channel);
      else q.errors.push({ token, message: `channel: expects one of ${CHANNELS.join(', ')}` });
      return;
    case 'is':
      if ((IS_FLAGS as readonly string[]).includes(lower)) q.is.push(lower as IsFlag);
      else q.errors.push({ token, message: `is: expects one of ${IS_FLAGS.join(', ')}` });
      return;
    case 'before':
    case 'after': {
      const day = parseDay(value, now);
      if (day === null) {
        q.errors.push({ token, message: `${name}: expects a date such as 2026-11-01 or 7d` });
        return;
      }
      if (name === 'before') q.before = q.before === null ? day : Math.min(q.before, day);
      else q.after = q.after === null ? day : Math.max(q.after, day);
      return;
    }
  }
}

/** True when the query filters by anything beyond free text. */
export function hasOperators(q: SearchQuery): boolean {
  return (
    q.from.length + q.channels.length + q.orders.length + q.tags.length + q.languages.length + q.intents.length + q.is.length > 0 ||
    q.before !== null ||
    q.after !== null
  );
}
