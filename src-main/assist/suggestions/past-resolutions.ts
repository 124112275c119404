// Closed conversations as examples: the buyer's first message and the reply that ended it, with the
// other buyer's order id, tracking number, carrier and names turned back into variables, so that the
// reply fits the conversation it is suggested for ("Ihre Sendungsnummer {{order.trackingNumber}}").
import type { Db } from '../../db/open-database';

export interface PastResolution {
  conversationId: number;
  language: string;
  question: string;
  /** The closing reply as a template. */
  reply: string;
  updatedAt: number;
}

interface Row {
  id: number;
  language: string | null;
  subject: string;
  updated_at: number;
  question: string | null;
  reply: string | null;
  agent_name: string | null;
  order_id: string | null;
  customer_name: string | null;
  tracking: string | null;
  carrier: string | null;
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Replaces each literal by its variable, longest first (a full name before its first word). */
export function templatise(text: string, values: readonly [string | null, string][]): string {
  const pairs = values.filter((p): p is [string, string] => !!p[0] && p[0].trim().length >= 2).sort((a, b) => b[0].length - a[0].length);
  let out = text;
  for (const [literal, variable] of pairs) out = out.replace(new RegExp(escapeRe(literal), 'g'), variable);
  return out;
}

const firstWord = (name: string | null) => name?.trim().split(/\s+/)[0] ?? null;
const lastWords = (name: string | null) => name?.trim().split(/\s+/).slice(1).join(' ') || null;

const SELECT = `SELECT c.id, c.language, c.subject, c.updated_at,
       (SELECT m.body_text FROM messages m WHERE m.conversation_id = c.id AND m.direction = 'inbound' ORDER BY m.sent_at, m.id LIMIT 1) AS question,
       r.body_text AS reply, r.author_name AS agent_name,
       o.external_id AS order_id, cu.name AS customer_name,
       (SELECT s.tracking_number FROM shipments s WHERE s.order_id = o.id ORDER BY s.tracking_number IS NULL, s.id DESC LIMIT 1) AS tracking,
       (SELECT s.carrier FROM shipments s WHERE s.order_id = o.id ORDER BY s.tracking_number IS NULL, s.id DESC LIMIT 1) AS carrier
     FROM conversations c
     JOIN messages r ON r.id = (SELECT m.id FROM messages m WHERE m.conversation_id = c.id AND m.direction = 'outbound'
                                 AND m.author_kind IN ('agent', 'automation') ORDER BY m.sent_at DESC, m.id DESC LIMIT 1)
     LEFT JOIN orders o ON o.id = c.order_id
     LEFT JOIN customers cu ON cu.id = c.customer_id`;

export function createPastResolutionReader(db: Db) {
  const sinceStmt = db.prepare<{ after: number }, Row>(`${SELECT} WHERE c.status = 'closed' AND c.updated_at > @after`);
  const pageStmt = db.prepare<{ afterId: number; limit: number }, Row>(
    `${SELECT} WHERE c.id > @afterId AND c.status = 'closed' ORDER BY c.id LIMIT @limit`,
  );
  // Pages of the closed history by id, so a large history is read in slices between other work.
  const lastIdStmt = db.prepare<{ afterId: number; limit: number }, { id: number }>(
    `SELECT max(id) AS id FROM (SELECT id FROM conversations WHERE id > @afterId AND status = 'closed' ORDER BY id LIMIT @limit)`,
  );
  const latestStmt = db.prepare<[], { at: number | null }>("SELECT max(updated_at) AS at FROM conversations WHERE status = 'closed'");

  function toResolutions(rows: Iterable<Row>): PastResolution[] {
    const out: PastResolution[] = [];
    for (const r of rows) {
      if (!r.question || !r.reply || !r.language) continue;
      out.push({
        conversationId: r.id,
        language: r.language,
        question: `${r.subject}\n${r.question}`,
        reply: templatise(r.reply, [
          [r.order_id, '{{order.id}}'],
          [r.tracking, '{{order.trackingNumber}}'],
          [r.carrier, '{{order.carrier}}'],
          [r.customer_name, '{{customer.name}}'],
          [firstWord(r.customer_name), '{{customer.firstName}}'],
          [lastWords(r.customer_name), '{{customer.firstName}}'],
          [r.agent_name, '{{agent.name}}'],
        ]),
        updatedAt: r.updated_at,
      });
    }
    return out;
  }

  return {
    /** Closed conversations changed after `after` (ms), each with its closing reply as a template. */
    since: (after: number) => toResolutions(sinceStmt.iterate({ after })),
    /** Up to `limit` closed conversations with ids above `afterId`, and the last id the page covered (null at the end). */
    page(afterId: number, limit: number): { items: PastResolution[]; lastId: number | null } {
      const lastId = lastIdStmt.get({ afterId, limit })?.id ?? null;
      return { items: lastId === null ? [] : toResolutions(pageStmt.iterate({ afterId, limit })), lastId };
    },
    /** The latest change time among closed conversations: where incremental refreshes start after a paged load. */
    latestChange: () => latestStmt.get()?.at ?? -1,
  };
}
