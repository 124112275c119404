// Delivers committed replies through their account's connector, exactly once:
// 1. a transaction marks the row "sending" (and counts the attempt) before any byte leaves;
// 2. the connector sends with the row's idempotency key;
// 3. a transaction records "sent" with the platform's id.
// A crash between 2 and 3 leaves the row "sending": the next run sends again with the SAME key, which
// the platform (or the connector, e.g. by Message-ID) treats as the same message, so nothing goes twice.
import type { Db } from '../../db/open-database';
import { ConnectorError, type Connector, type OutgoingReply, type SentReceipt } from '../connector';
import { backoffDelay, isNetworkError, rateLimitDelay, type BackoffPolicy } from '../engine/backoff';

export type DeliveryOutcome =
  | { outboxId: number; status: 'sent'; externalId: string }
  | { outboxId: number; status: 'retry'; error: string; nextAttemptAt: number; network: boolean }
  | { outboxId: number; status: 'failed'; error: string };

interface DueRow {
  id: number;
  account_id: number;
  message_id: number;
  conversation_id: number;
  idempotency_key: string;
  attempts: number;
}

interface ReplyRow {
  id: number;
  account_id: number;
  idempotency_key: string;
  conversation_external_id: string;
  subject: string;
  order_external_id: string | null;
  body_text: string;
  in_reply_to: string | null;
  handle: string | null;
  customer_name: string | null;
  customer_email: string | null;
}

export interface OutboxDelivery {
  /** Rows of this account to send now: queued and due, or left "sending" by a crash. */
  due(accountId: number, now: number): number[];
  /** When this account next has a queued reply due (null: nothing waiting). */
  nextAttemptAt(accountId: number): number | null;
  deliver(outboxId: number, connector: Connector, signal?: AbortSignal): Promise<DeliveryOutcome>;
  /** Puts a failed (or waiting) reply back in line for an immediate attempt. */
  retry(outboxId: number): void;
}

export function createOutboxDelivery(
  db: Db,
  deps: { now: () => number; random?: () => number; backoff: BackoffPolicy; redact?: (accountId: number, text: string) => string },
): OutboxDelivery {
  const random = deps.random ?? Math.random;
  const redact = deps.redact ?? ((_id: number, text: string) => text);

  const dueStmt = db.prepare<{ accountId: number; now: number }, { id: number }>(
    `SELECT id FROM outbox WHERE account_id = @accountId
       AND (status = 'sending' OR (status = 'queued' AND coalesce(next_attempt_at, 0) <= @now))
     ORDER BY created_at, id`,
  );
  const nextStmt = db.prepare<[number], { at: number | null }>(
    `SELECT min(coalesce(next_attempt_at, 0)) AS at FROM outbox WHERE account_id = ? AND status IN ('queued', 'sending')`,
  );
  const rowStmt = db.prepare<[number], DueRow & { status: string }>(
    'SELECT id, account_id, message_id, conversation_id, idempotency_key, attempts, status FROM outbox WHERE id = ?',
  );
  const replyStmt = db.prepare<[number], ReplyRow>(
    `SELECT ob.id, ob.account_id, ob.idempotency_key, c.external_id AS conversation_external_id, c.subject,
            o.external_id AS order_external_id, m.body_text,
            (SELECT external_id FROM messages WHERE conversation_id = c.id AND direction = 'inbound'
               ORDER BY sent_at DESC, id DESC LIMIT 1) AS in_reply_to,
            (SELECT handle FROM customer_identities WHERE customer_id = c.customer_id AND channel = a.channel
               ORDER BY (account_id = ob.account_id) DESC, id LIMIT 1) AS handle,
            cu.name AS customer_name, cu.email AS customer_email
     FROM outbox ob
     JOIN conversations c ON c.id = ob.conversation_id
     JOIN accounts a ON a.id = ob.account_id
     JOIN messages m ON m.id = ob.message_id
     LEFT JOIN orders o ON o.id = c.order_id
     LEFT JOIN customers cu ON cu.id = c.customer_id
     WHERE ob.id = ?`,
  );
  const markSending = db.prepare(
    `UPDATE outbox SET status = 'sending', attempts = attempts + 1, updated_at = @now WHERE id = @id AND status IN ('queued', 'sending')`,
  );
  const setMessageStatus = db.prepare('UPDATE messages SET status = @status WHERE id = @id');
  const duplicateStmt = db.prepare<{ accountId: number; externalId: string; own: number }, { id: number; conversation_id: number }>(
    'SELECT id, conversation_id FROM messages WHERE account_id = @accountId AND external_id = @externalId AND id != @own',
  );
  const dropMessage = db.prepare('DELETE FROM messages WHERE id = ?');
  const unindex = db.prepare('DELETE FROM message_search WHERE rowid = ?');
  const recount = db.prepare('UPDATE conversations SET message_count = (SELECT count(*) FROM messages WHERE conversation_id = @id) WHERE id = @id');
  const recordSentMessage = db.prepare('UPDATE messages SET status = \'sent\', external_id = @externalId WHERE id = @id');
  const recordSent = db.prepare(
    `UPDATE outbox SET status = 'sent', external_id = @externalId, sent_at = @sentAt, last_error = NULL, failure_code = NULL,
       next_attempt_at = NULL, updated_at = @now WHERE id = @id`,
  );
  const recordRetry = db.prepare(
    `UPDATE outbox SET status = 'queued', last_error = @error, failure_code = @code, next_attempt_at = @next, updated_at = @now WHERE id = @id`,
  );
  const recordFailed = db.prepare(
    `UPDATE outbox SET status = 'failed', last_error = @error, failure_code = @code, next_attempt_at = NULL, updated_at = @now WHERE id = @id`,
  );
  const requeue = db.prepare(
    `UPDATE outbox SET status = 'queued', next_attempt_at = @now, failure_code = NULL, updated_at = @now WHERE id = @id AND status IN ('failed', 'queued')`,
  );
  const logEvent = db.prepare(
    `INSERT INTO events (at, actor_kind, action, subject_kind, subject_id, data_json) VALUES (?, 'sync', ?, 'conversation', ?, ?)`,
  );

  const begin = db.transaction((row: DueRow) => {
    const now = deps.now();
    if (markSending.run({ id: row.id, now }).changes !== 1) return false;
    setMessageStatus.run({ id: row.message_id, status: 'sending' });
    return true;
  });

  const finishSent = db.transaction((row: DueRow, receipt: SentReceipt) => {
    // A pull may already have brought our own sent message in under the platform's id (crash after
    // the platform accepted): keep the outbox's message, drop the pulled copy, so it shows once.
    const duplicate = duplicateStmt.get({ accountId: row.account_id, externalId: receipt.externalId, own: row.message_id });
    if (duplicate) {
      unindex.run(duplicate.id);
      dropMessage.run(duplicate.id);
      recount.run({ id: duplicate.conversation_id });
    }
    recordSentMessage.run({ id: row.message_id, externalId: receipt.externalId });
    recordSent.run({ id: row.id, externalId: receipt.externalId, sentAt: receipt.sentAt, now: deps.now() });
    logEvent.run(deps.now(), 'reply.sent', row.conversation_id, JSON.stringify({ outboxId: row.id, externalId: receipt.externalId }));
  });

  const finishFailed = db.transaction((row: DueRow, error: string, code: string | null) => {
    recordFailed.run({ id: row.id, error, code, now: deps.now() });
    setMessageStatus.run({ id: row.message_id, status: 'failed' });
    logEvent.run(deps.now(), 'reply.failed', row.conversation_id, JSON.stringify({ outboxId: row.id, error, code }));
  });

  const finishRetry = db.transaction((row: DueRow, error: string, code: string | null, next: number) => {
    recordRetry.run({ id: row.id, error, code, next, now: deps.now() });
    setMessageStatus.run({ id: row.message_id, status: 'queued' });
  });

  function buildReply(outboxId: number): OutgoingReply {
    const r = replyStmt.get(outboxId)!;
    return {
      outboxId: r.id,
      accountId: r.account_id,
      idempotencyKey: r.idempotency_key,
      conversationExternalId: r.conversation_external_id,
      inReplyToExternalId: r.in_reply_to,
      orderExternalId: r.order_external_id,
      to: { handle: r.handle ?? r.customer_email ?? '', name: r.customer_name ?? '', email: r.customer_email },
      subject: r.subject,
      bodyText: r.body_text,
      attachments: [],
    };
  }

  return {
    due: (accountId, now) => dueStmt.all({ accountId, now }).map((r) => r.id),
    nextAttemptAt: (accountId) => nextStmt.get(accountId)?.at ?? null,

    async deliver(outboxId, connector, signal) {
      const row = rowStmt.get(outboxId);
      if (!row || (row.status !== 'queued' && row.status !== 'sending')) {
        return { outboxId, status: 'failed', error: 'This reply is no longer waiting to be sent.' };
      }
      if (!begin(row)) return { outboxId, status: 'failed', error: 'This reply is no longer waiting to be sent.' };
      const reply = buildReply(outboxId);
      let receipt: SentReceipt;
      try {
        receipt = await connector.send(reply, signal);
      } catch (error) {
        // The app is shutting down: the row stays "sending" and goes again, same key, on the next start.
        if (!db.open || signal?.aborted) return { outboxId, status: 'retry', error: 'Interrupted.', nextAttemptAt: deps.now(), network: false };
        const attempts = row.attempts + 1;
        const text = redact(row.account_id, error instanceof Error ? error.message : String(error));
        const kind = error instanceof ConnectorError ? error.kind : 'transient';
        const code = error instanceof ConnectorError ? (error.options.platformCode ?? null) : null;
        if (kind === 'permanent' || kind === 'auth') {
          finishFailed(row, text, code ?? kind);
          return { outboxId, status: 'failed', error: text };
        }
        const retryAfter = error instanceof ConnectorError ? error.options.retryAfterMs : undefined;
        const wait = kind === 'rate_limited' && retryAfter !== undefined ? rateLimitDelay(retryAfter, random) : backoffDelay(attempts, deps.backoff, random);
        const next = deps.now() + wait;
        finishRetry(row, text, code, next);
        return { outboxId, status: 'retry', error: text, nextAttemptAt: next, network: isNetworkError(error) };
      }
      if (!db.open) return { outboxId, status: 'retry', error: 'Interrupted.', nextAttemptAt: deps.now(), network: false };
      finishSent(row, receipt);
      return { outboxId, status: 'sent', externalId: receipt.externalId };
    },

    retry(outboxId) {
      const row = rowStmt.get(outboxId);
      if (!row) throw new Error(`outbox ${outboxId} not found`);
      const done = db.transaction(() => {
        if (requeue.run({ id: outboxId, now: deps.now() }).changes === 1) setMessageStatus.run({ id: row.message_id, status: 'queued' });
      });
      done();
    },
  };
}
