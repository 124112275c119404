// Recomputes a conversation's counters from its messages after messages moved (merge, undo, a
// cancelled reply): the inbox row must say what the thread holds.
import type { Db } from '../db/open-database';
import { previewOf } from '../ingest/ingest-pipeline';

export function createStatsRefresher(db: Db, now: () => number) {
  const stats = db.prepare<[number], { n: number; last: number | null; inbound: number | null }>(
    "SELECT count(*) AS n, max(sent_at) AS last, max(CASE WHEN direction = 'inbound' THEN sent_at END) AS inbound FROM messages WHERE conversation_id = ?",
  );
  const lastBody = db.prepare<[number], { body_text: string }>('SELECT body_text FROM messages WHERE conversation_id = ? ORDER BY sent_at DESC, id DESC LIMIT 1');
  const update = db.prepare(
    `UPDATE conversations SET message_count = @n, last_message_at = coalesce(@last, last_message_at), last_inbound_at = @inbound,
       preview = coalesce(@preview, preview), updated_at = @now WHERE id = @id`,
  );
  return (id: number) => {
    const s = stats.get(id)!;
    const body = lastBody.get(id);
    update.run({ id, n: s.n, last: s.last, inbound: s.inbound, preview: body ? previewOf(body.body_text) : null, now: now() });
  };
}
