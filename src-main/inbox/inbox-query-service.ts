// The keyboard inbox's reads: a page of any view (facets and search operators included), live
// counts per view and saved view, and the facet values with counts. Also wakes snoozed
// conversations whose time has come, before any read, so every view is current.
import { BASE_VIEWS, type BaseView, type InboxCounts, type InboxFacets, type InboxQueryPage, type SavedView, type ViewSpec } from '../../src-shared/inbox/view-spec';
import { parseSearchQuery, type SearchQuery } from '../../src-shared/search/search-query';
import type { Db } from '../db/open-database';
import { queryWords, toMatchQuery } from '../search/search-text';
import { highlightSnippet, HIT_END, HIT_START } from '../search/snippet';
import { CONVERSATION_SELECT, toConversationSummary, type ConversationRow } from '../services/conversations/conversation-rows';
import type { EventLog } from '../services/event-log';
import { buildViewFilter, likeContains, type SchemaFeatures, type SqlFilter } from './view-filter';

/** The newest this many matching messages are considered: enough for any inbox, bounded in time. */
export const TEXT_HIT_CAP = 3_000;

export interface InboxQueryService {
  query(spec: ViewSpec, offset: number, limit: number): InboxQueryPage;
  counts(saved: readonly SavedView[]): InboxCounts;
  facets(): InboxFacets;
  /** Reopens snoozed conversations whose time has passed; returns their ids. */
  wakeSnoozed(): number[];
}

interface TextHits {
  ids: number[];
  /** conversation id -> newest matching message id */
  messageOf: Map<number, number>;
  customerOf: Set<number>;
  orderOf: Set<number>;
  capped: boolean;
}

export function schemaFeatures(db: Db): SchemaFeatures {
  const columns = db.prepare<[], { name: string }>("SELECT name FROM pragma_table_info('conversations')").all().map((c) => c.name);
  return { intentColumn: columns.includes('intent') };
}

export function createInboxQueryService(db: Db, deps: { selfAgentId: () => number; now: () => number; events: EventLog }): InboxQueryService {
  const features = schemaFeatures(db);
  const ftsHits = db.prepare<{ match: string; cap: number }, { cid: number; mid: number }>(
    `SELECT m.conversation_id AS cid, m.id AS mid
     FROM (SELECT rowid FROM message_search WHERE message_search MATCH @match ORDER BY rowid DESC LIMIT @cap) h
     JOIN messages m ON m.id = h.rowid`,
  );
  // Plain text also finds customers (name, email) and orders (external id). Substring LIKE scans the
  // table, so orders are only looked at when the text has a digit, as every order id does, and
  // emails only when it has an @ or a dot.
  // Plain text also finds customers (name, email) and orders (external id). Substring LIKE scans the
  // table, so orders are only looked at when the text has a digit, as every order id does, and
  // emails only when it has an @ or a dot.
  const customerIds = db.prepare<{ like: string }, { id: number }>(`SELECT id FROM customers WHERE name LIKE @like ESCAPE '\\' LIMIT 500`);
  const customerIdsByEmail = db.prepare<{ like: string }, { id: number }>(
    `SELECT id FROM customers WHERE name LIKE @like ESCAPE '\\' OR email LIKE @like ESCAPE '\\' LIMIT 500`,
  );
  const conversationsOfCustomers = db.prepare<{ ids: string }, { cid: number }>(
    'SELECT c.id AS cid FROM json_each(@ids) k CROSS JOIN conversations c ON c.customer_id = k.value LIMIT 2000',
  );
  const orderHits = db.prepare<{ like: string }, { cid: number }>(
    `SELECT c.id AS cid FROM orders o JOIN conversations c ON c.order_id = o.id WHERE o.external_id LIKE @like ESCAPE '\\' LIMIT 2000`,
  );
  const rowById = db.prepare<[number], ConversationRow>(`${CONVERSATION_SELECT} WHERE c.id = ?`);
  const messageText = db.prepare<[number], { body_text: string }>('SELECT body_text FROM messages WHERE id = ?');
  const wake = db.prepare<{ now: number }, { id: number }>(
    "UPDATE conversations SET status = 'open', snoozed_until = NULL, updated_at = @now WHERE status = 'snoozed' AND snoozed_until <= @now RETURNING id",
  );
  const statements = new Map<string, ReturnType<typeof db.prepare>>();
  const prepared = (sql: string) => {
    let stmt = statements.get(sql);
    if (!stmt) {
      stmt = db.prepare(sql);
      if (statements.size > 200) statements.clear();
      statements.set(sql, stmt);
    }
    return stmt;
  };

  // Paging through one search runs the same text lookup again; keep the last one for a moment.
  let lastText: { key: string; at: number; hits: TextHits } | null = null;

  function textHits(q: SearchQuery): TextHits | null {
    if (q.terms.length === 0) return null;
    const text = q.terms.join(' ');
    const now = Date.now();
    if (lastText && lastText.key === text && now - lastText.at < 3_000) return lastText.hits;
    const hits: TextHits = { ids: [], messageOf: new Map(), customerOf: new Set(), orderOf: new Set(), capped: false };
    const match = toMatchQuery(text);
    if (match) {
      const rows = ftsHits.all({ match, cap: TEXT_HIT_CAP });
      hits.capped = rows.length === TEXT_HIT_CAP;
      for (const row of rows) if (!hits.messageOf.has(row.cid)) hits.messageOf.set(row.cid, row.mid);
    }
    const like = likeContains(text);
    // Emails are only searched for text that could be part of one.
    const customers = (/[@.]/.test(text) ? customerIdsByEmail : customerIds).all({ like }).map((r) => r.id);
    if (customers.length) for (const row of conversationsOfCustomers.all({ ids: JSON.stringify(customers) })) hits.customerOf.add(row.cid);
    if (/\d/.test(text)) for (const row of orderHits.all({ like })) hits.orderOf.add(row.cid);
    hits.ids = [...new Set([...hits.messageOf.keys(), ...hits.customerOf, ...hits.orderOf])];
    lastText = { key: text, at: now, hits };
    return hits;
  }

  function snippetFor(row: ConversationRow, hits: TextHits, words: string[]): string {
    const mid = hits.messageOf.get(row.id);
    if (mid !== undefined) return highlightSnippet(messageText.get(mid)?.body_text ?? '', words);
    if (hits.orderOf.has(row.id) && row.order_external_id) return `${HIT_START}${row.order_external_id}${HIT_END}`;
    return highlightSnippet(row.customer_name ?? '', words);
  }

  function wakeSnoozed(): number[] {
    const now = deps.now();
    const woken = db.transaction(() => {
      const ids = wake.all({ now }).map((r) => r.id);
      for (const id of ids) deps.events.record({ actorKind: 'system', action: 'conversation.snooze_ended', subjectKind: 'conversation', subjectId: id, data: { at: now } });
      return ids;
    })();
    return woken;
  }

  function compile(spec: ViewSpec) {
    const q = spec.query?.trim() ? parseSearchQuery(spec.query, deps.now()) : null;
    const filter = buildViewFilter(spec, q, deps.selfAgentId(), features);
    const hits = q ? textHits(q) : null;
    return { q, filter, hits };
  }

  /**
   * With text hits, the candidates drive the query (a rowid lookup each, in a forced join order),
   * instead of walking a view's index over every conversation and testing membership.
   */
  function matchingIds(filter: SqlFilter, hits: TextHits): number[] {
    const sql = `SELECT c.id FROM json_each(@candidates) k CROSS JOIN conversations c ON c.id = k.value WHERE ${filter.where} ORDER BY ${filter.orderBy}`;
    return (prepared(sql).all({ ...filter.params, candidates: JSON.stringify(hits.ids) }) as { id: number }[]).map((r) => r.id);
  }

  function count(spec: ViewSpec): number {
    const { filter, hits } = compile(spec);
    if (hits) return matchingIds(filter, hits).length;
    return (prepared(`SELECT count(*) AS n FROM conversations c WHERE ${filter.where}`).get(filter.params) as { n: number }).n;
  }

  return {
    wakeSnoozed,
    query(spec, offset, limit) {
      const { q, filter, hits } = compile(spec);
      let rows: ConversationRow[];
      let total: number;
      if (hits) {
        const ids = matchingIds(filter, hits);
        total = ids.length;
        // Point lookups in the order already computed (an IN list would let SQLite walk a recency index).
        rows = ids.slice(offset, offset + limit).map((id) => rowById.get(id)!);
      } else {
        rows = prepared(`${CONVERSATION_SELECT} WHERE ${filter.where} ORDER BY ${filter.orderBy} LIMIT @limit OFFSET @offset`).all({
          ...filter.params,
          limit,
          offset,
        }) as ConversationRow[];
        total = offset === 0 && rows.length < limit ? rows.length : count(spec);
      }
      const snippets: Record<number, string> = {};
      if (hits) {
        const words = queryWords(q!.terms.join(' '));
        for (const row of rows) snippets[row.id] = snippetFor(row, hits, words);
      }
      return { total, offset, items: rows.map(toConversationSummary), snippets, errors: q?.errors ?? [], capped: hits?.capped ?? false };
    },
    counts(saved) {
      const views = Object.fromEntries(BASE_VIEWS.map((base) => [base, count({ base })])) as Record<BaseView, number>;
      const savedCounts: Record<number, number> = {};
      for (const view of saved) savedCounts[view.id] = count(view.spec);
      return { views, saved: savedCounts };
    },
    facets() {
      const group = (sql: string) => (db.prepare(sql).all() as { value: string | null; count: number }[]).filter((r) => r.value !== null) as { value: string; count: number }[];
      const open = "FROM conversations c WHERE c.status = 'open'";
      // Per account from the (status, account_id) index, then summed per channel and marketplace.
      const perAccount = db
        .prepare<[], { channel: string; marketplace: string | null; n: number }>(
          `SELECT a.channel, a.marketplace, x.n FROM (SELECT c.account_id, count(*) AS n ${open} GROUP BY c.account_id) x JOIN accounts a ON a.id = x.account_id`,
        )
        .all();
      const sum = (key: (r: (typeof perAccount)[number]) => string | null) => {
        const totals = new Map<string, number>();
        for (const r of perAccount) {
          const k = key(r);
          if (k !== null) totals.set(k, (totals.get(k) ?? 0) + r.n);
        }
        return [...totals].map(([value, count]) => ({ value, count })).sort((a, b) => b.count - a.count);
      };
      return {
        channel: sum((r) => r.channel),
        marketplace: sum((r) => r.marketplace),
        // The (language, status, …) index answers this alone; without the hint SQLite reads every open row.
        language: group(
          `SELECT c.language AS value, count(*) AS count FROM conversations c INDEXED BY conversations_by_language
           WHERE c.status = 'open' AND c.language IS NOT NULL GROUP BY c.language ORDER BY count DESC`,
        ),
        intent: features.intentColumn ? group(`SELECT c.intent AS value, count(*) AS count ${open} AND c.intent IS NOT NULL GROUP BY c.intent ORDER BY count DESC`) : [],
        tag: group(
          `SELECT t.name AS value, count(*) AS count FROM conversation_tags ct JOIN tags t ON t.id = ct.tag_id
           JOIN conversations c ON c.id = ct.conversation_id WHERE c.status = 'open' GROUP BY t.name ORDER BY count DESC LIMIT 50`,
        ),
      };
    },
  };
}
