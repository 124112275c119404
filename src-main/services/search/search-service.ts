// Full-text search over every message, Latin and CJK alike (see search/search-text.ts).
import type { Channel, SearchHit } from '../../../src-shared/domain/types';
import type { Db } from '../../db/open-database';
import { queryWords, toMatchQuery } from '../../search/search-text';
import { highlightSnippet } from '../../search/snippet';

export interface SearchService {
  searchMessages(query: string, limit: number): SearchHit[];
}

export function createSearchService(db: Db): SearchService {
  const stmt = db.prepare<[string, number], {
    id: number;
    conversation_id: number;
    subject: string;
    customer_name: string | null;
    channel: Channel;
    sent_at: number;
    body_text: string;
  }>(
    `WITH hits AS (SELECT rowid, rank FROM message_search WHERE message_search MATCH ? ORDER BY rank LIMIT ?)
     SELECT m.id, m.conversation_id, c.subject, cu.name AS customer_name, a.channel, m.sent_at, m.body_text
     FROM hits h
     JOIN messages m ON m.id = h.rowid
     JOIN conversations c ON c.id = m.conversation_id
     JOIN accounts a ON a.id = m.account_id
     LEFT JOIN customers cu ON cu.id = c.customer_id
     ORDER BY h.rank`,
  );
  return {
    searchMessages(query, limit) {
      const match = toMatchQuery(query);
      if (!match) return [];
      const words = queryWords(query);
      return stmt.all(match, limit).map((row) => ({
        messageId: row.id,
        conversationId: row.conversation_id,
        subject: row.subject,
        customerName: row.customer_name ?? '',
        channel: row.channel,
        sentAt: row.sent_at,
        snippet: highlightSnippet(row.body_text, words),
      }));
    },
  };
}
