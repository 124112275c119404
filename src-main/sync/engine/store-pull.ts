// Stores one pull's worth of data and the cursor that follows it in ONE transaction: after a crash
// the cache holds either the whole page and its cursor or neither, so the next pull re-fetches
// exactly what was not stored and ingest's upserts make any overlap harmless.
import type { Channel } from '../../../src-shared/domain/types';
import type { Db } from '../../db/open-database';
import type { IncomingMessage, IngestResult } from '../../ingest/incoming';
import type { IngestPipeline } from '../../ingest/ingest-pipeline';
import type { PullResult, SyncCursor, UnparsableItem } from '../connector';

export interface StoredPull extends IngestResult {
  orders: number;
  unparsable: number;
}

export const UNPARSABLE_PREFIX = 'Could not parse this message';

/** A message that could not be read still becomes a visible item in its thread, its raw source kept beside it. */
export function unparsableAsMessage(item: UnparsableItem, channel: Channel): IncomingMessage {
  const sender = item.from?.trim() || 'Unknown sender';
  return {
    accountId: item.accountId,
    externalId: item.externalId,
    conversationExternalId: item.conversationExternalId ?? `unparsable:${item.externalId}`,
    subject: item.subject ?? UNPARSABLE_PREFIX,
    direction: 'inbound',
    authorKind: 'system',
    authorName: sender,
    bodyText: `${UNPARSABLE_PREFIX} (${item.reason}). Its original source is kept unchanged.`,
    sentAt: item.receivedAt,
    customer: { channel, handle: sender.toLowerCase(), name: sender },
  };
}

export function createPullStore(db: Db, ingest: IngestPipeline, now: () => number = Date.now) {
  const saveCursor = db.prepare(
    `INSERT INTO sync_state (account_id, cursor_json, state, last_sync_at, last_error, failures)
     VALUES (@accountId, @cursor, 'syncing', @now, NULL, 0)
     ON CONFLICT (account_id) DO UPDATE SET cursor_json = excluded.cursor_json, last_sync_at = excluded.last_sync_at,
       last_error = NULL, failures = 0`,
  );
  const readCursor = db.prepare<[number], { cursor_json: string }>('SELECT cursor_json FROM sync_state WHERE account_id = ?');
  const messageId = db.prepare<[number, string], { id: number }>('SELECT id FROM messages WHERE account_id = ? AND external_id = ?');
  const keepRaw = db.prepare(
    `INSERT INTO message_raw_sources (message_id, reason, raw) VALUES (?, ?, ?)
     ON CONFLICT (message_id) DO UPDATE SET reason = excluded.reason, raw = excluded.raw`,
  );

  const store = db.transaction((accountId: number, channel: Channel, pull: PullResult): StoredPull => {
    // Orders first, so that messages of this very page can link to them.
    // Everything is filed under the account being synced, whatever a connector put in accountId.
    const own = <T extends { accountId: number }>(x: T): T => (x.accountId === accountId ? x : { ...x, accountId });
    if (pull.orders.length > 0) ingest.ingestOrders(pull.orders.map(own));
    const unparsable = pull.unparsable.map(own);
    const unreadable = unparsable.map((item) => unparsableAsMessage(item, channel));
    const result = ingest.ingestMessages([...pull.messages.map(own), ...unreadable]);
    for (const item of unparsable) {
      const row = messageId.get(item.accountId, item.externalId);
      if (row) keepRaw.run(row.id, item.reason, item.raw);
    }
    saveCursor.run({ accountId, cursor: JSON.stringify(pull.cursor ?? {}), now: now() });
    return { ...result, orders: pull.orders.length, unparsable: pull.unparsable.length };
  });

  return {
    store,
    /** The stored cursor, or null before the first successful pull. */
    cursor(accountId: number): SyncCursor | null {
      const row = readCursor.get(accountId);
      if (!row) return null;
      const parsed = JSON.parse(row.cursor_json) as SyncCursor;
      return Object.keys(parsed).length === 0 ? null : parsed;
    },
  };
}
