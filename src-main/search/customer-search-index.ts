// Substring search over customers and order ids through the trigram indexes of migration 009,
// instead of LIKE '%x%' scans. A quoted trigram query of three or more characters matches exactly
// the rows that contain the text (case-insensitively), as LIKE did. Shorter text has no trigram:
// one or two Chinese/Japanese characters (a surname, 王伟, 返品) go through the customer index's
// `pairs` column; other short text falls back to LIKE (the caller's job, see likeFallback).
import type { Db } from '../db/open-database';

const CJK_CHARS = '\\u3005\\u3006\\u3040-\\u30ff\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff\\uac00-\\ud7af\\u{20000}-\\u{3134f}';
const CJK_RUN = new RegExp(`[${CJK_CHARS}]+`, 'gu');
const ONLY_CJK = new RegExp(`^[${CJK_CHARS}]+$`, 'u');

// A private-use character pads a CJK pair or single character to the three characters a trigram
// needs; it never occurs in names, so a padded key only matches the key itself.
const PAD = '\uE000';

/**
 * The `pairs` form of a text: for every CJK run, each character padded twice and each adjacent pair
 * padded once ("王伟" -> "王伟 王 伟" with padding). A one- or two-character CJK query is then a single
 * trigram, found wherever those characters stand next to each other in a run.
 */
export function cjkPairs(text: string): string {
  const keys: string[] = [];
  for (const run of text.match(CJK_RUN) ?? []) {
    const chars = Array.from(run);
    for (let i = 0; i < chars.length; i++) {
      keys.push(chars[i]! + PAD + PAD);
      if (i + 1 < chars.length) keys.push(chars[i]! + chars[i + 1]! + PAD);
    }
  }
  return keys.join(' ');
}

const quoted = (text: string) => `"${text.replace(/"/g, '""')}"`;

/** FTS5 MATCH for customers whose name, email, handle or display name contains `text`; null: use LIKE. */
export function customerMatchQuery(text: string): string | null {
  const chars = Array.from(text);
  if (chars.length >= 3) return `fields : ${quoted(text)}`;
  if (chars.length > 0 && ONLY_CJK.test(text)) return `pairs : ${quoted(text + PAD.repeat(3 - chars.length))}`;
  return null;
}

/** FTS5 MATCH for orders whose external id contains `text`; null: too short, use LIKE. */
export function orderMatchQuery(text: string): string | null {
  return Array.from(text).length >= 3 ? quoted(text) : null;
}

export interface CustomerSearchIndex {
  /** Re-indexes the customers queued by the triggers; returns how many. Cheap when none are. */
  flush(): number;
}

export function createCustomerSearchIndex(db: Db): CustomerSearchIndex {
  const anyQueued = db.prepare<[], { id: number }>('SELECT customer_id AS id FROM customer_search_queue LIMIT 1');
  const queued = db.prepare<[], { id: number; name: string | null; email: string | null; identities: string | null }>(
    `SELECT q.customer_id AS id, cu.name, cu.email,
            (SELECT group_concat(ci.handle || char(10) || coalesce(ci.display_name, ''), char(10))
             FROM customer_identities ci WHERE ci.customer_id = q.customer_id) AS identities
     FROM customer_search_queue q LEFT JOIN customers cu ON cu.id = q.customer_id`,
  );
  const remove = db.prepare('DELETE FROM customer_search WHERE rowid = ?');
  const insert = db.prepare('INSERT INTO customer_search (rowid, fields, pairs) VALUES (?, ?, ?)');
  const clearQueue = db.prepare('DELETE FROM customer_search_queue');

  const reindex = db.transaction(() => {
    const rows = queued.all();
    for (const row of rows) {
      remove.run(row.id);
      if (row.name === null) continue; // deleted
      // One field per line, so no match spans two of them (as each LIKE tested one column).
      const fields = [row.name, row.email ?? '', row.identities ?? ''].join('\n');
      insert.run(row.id, fields, cjkPairs(fields));
    }
    clearQueue.run();
    return rows.length;
  });

  return {
    flush: () => (anyQueued.get() ? reindex() : 0),
  };
}
