// What the inbox list shows: a base view (mine, unassigned, all open, SLA at risk, snoozed, closed,
// everything) narrowed by facets (channel, marketplace, language, intent, tag) and optionally a
// search query with operators (see search/search-query.ts). Saved views store one of these.
import type { Channel, ConversationStatus, ConversationSummary, InboxSort, Priority } from '../domain/types';

export const BASE_VIEWS = ['mine', 'unassigned', 'open', 'sla', 'snoozed', 'closed', 'all'] as const;
export type BaseView = (typeof BASE_VIEWS)[number];

export const FACETS = ['channel', 'marketplace', 'language', 'intent', 'tag'] as const;
export type Facet = (typeof FACETS)[number];

export interface ViewSpec {
  base: BaseView;
  channel?: Channel;
  marketplace?: string;
  language?: string;
  intent?: string;
  tag?: string;
  /** Search text with operators; empty or absent for a plain view. */
  query?: string;
  /** Order other than the view's own (newest activity; SLA at risk: least time left). */
  sort?: InboxSort;
}

/** A stable string for a spec (same spec, same key), used to cache pages and match saved views. */
export function viewKey(spec: ViewSpec): string {
  const parts: string[] = [spec.base];
  for (const facet of FACETS) if (spec[facet]) parts.push(`${facet}=${spec[facet]}`);
  if (spec.query?.trim()) parts.push(`q=${spec.query.trim()}`);
  if (spec.sort) parts.push(`sort=${spec.sort}`);
  return parts.join('&');
}

export interface InboxQueryPage {
  total: number;
  offset: number;
  items: ConversationSummary[];
  /** Per conversation id: matched text with hits wrapped in U+E000 / U+E001 (search only). */
  snippets: Record<number, string>;
  /** Operators that could not be understood, each with a readable reason. */
  errors: { token: string; message: string }[];
  /** True when a text search hit its cap and older matches were left out. */
  capped: boolean;
}

export interface FacetValue {
  value: string;
  count: number;
}

export interface InboxCounts {
  views: Record<BaseView, number>;
  saved: Record<number, number>;
}

export type InboxFacets = Record<Facet, FacetValue[]>;

export interface SavedView {
  id: number;
  name: string;
  spec: ViewSpec;
  /** A key sequence such as "g 1"; null when the view has none. */
  shortcut: string | null;
}

/** Everything an undo needs to put a conversation back as it was. */
export interface ConversationSnapshot {
  id: number;
  status: ConversationStatus;
  snoozedUntil: number | null;
  assigneeId: number | null;
  priority: Priority;
  tags: string[];
}

export type ConversationAction =
  | { kind: 'close' }
  | { kind: 'reopen' }
  | { kind: 'snooze'; until: number }
  | { kind: 'assign'; agentId: number | null }
  | { kind: 'tag'; tag: string; remove?: boolean }
  | { kind: 'priority'; priority: Priority };

export interface ConversationNote {
  id: number;
  conversationId: number;
  authorName: string;
  body: string;
  createdAt: number;
}
