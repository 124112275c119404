// The email channel: IMAP to receive (incremental by UID per mailbox, UIDVALIDITY-checked), SMTP to
// send, and optional push through IDLE. An "Amazon" account is the same connector on the mailbox that
// Amazon relays buyer messages to: relay senders become Amazon buyers and their order ids are linked.
//
// Cursor: { mailboxes: { [path]: { uidValidity, lastUid } } }. A changed UIDVALIDITY means the server
// renumbered the mailbox, so it is read again from the start; that is safe because ingest upserts by
// (account, Message-ID). Each pull returns at most `pageSize` messages with `more: true` while the
// server has more, so a first sync of a large mailbox streams in chunks.
import { ImapFlow, type ImapFlowOptions, type MailboxObject } from 'imapflow';
import nodemailer, { type Transporter } from 'nodemailer';
import type { SMTPTransportOptions } from 'nodemailer';
import type { Connector, OutgoingReply, PullResult, SentReceipt, SyncCursor } from '../../sync/connector';
import { ConnectorError } from '../../sync/connector';
import { imapError, smtpError } from './email-errors';
import { composeReply, messageIdForKey } from './outgoing-mail';
import { parseMail } from './parse-mail';
import { ThreadIndex } from './threading';

/** `tls`: TLS from the first byte (993/465); `starttls`: upgrade required (143/587); `none`: plain (tests, localhost). */
export type MailSecurity = 'tls' | 'starttls' | 'none';

export interface MailServerConfig {
  host: string;
  port: number;
  security: MailSecurity;
  user: string;
  /** Read from the OS keychain by the caller; never stored with the account. */
  pass: string;
}

export interface SyncProgress {
  mailbox: string;
  /** Messages fetched so far in this pull from this mailbox. */
  fetched: number;
  /** Messages this pull fetches from this mailbox. */
  total: number;
}

export interface EmailAccountConfig {
  accountId: number;
  /** 'amazon' for the mailbox Amazon relays buyer messages to; default 'email'. */
  channel?: 'email' | 'amazon';
  /** The address replies are sent from (for Amazon: the seller's registered address). */
  address: string;
  displayName?: string;
  /** Further addresses of this account: mail from them counts as outbound. */
  aliases?: string[];
  imap: MailServerConfig;
  smtp: MailServerConfig;
  /** Mailboxes to sync; default INBOX and the server's \Sent mailbox. */
  mailboxes?: string[];
  /** Where sent copies go and where a resend is looked for; default the server's \Sent mailbox, null for none. */
  sentMailbox?: string | null;
  /** `<dataDir>/attachments`: attachment bytes are stored there by SHA-256. */
  attachmentsDir: string;
  /** Messages per pull; default 500. */
  pageSize?: number;
  /** Recognise Amazon buyer relay addresses (default true). */
  amazonRelay?: boolean;
  /** Socket and greeting timeouts in ms; default 30 s. */
  timeoutMs?: number;
  onProgress?: (progress: SyncProgress) => void;
  /**
   * The conversation an already stored message belongs to (by Message-ID), for replies that carry
   * only In-Reply-To to a message synced in an earlier run. The engine may answer from its cache.
   */
  threadRootOf?: (messageId: string) => string | null;
}

export interface MailboxCursor {
  /** Kept as a string: UIDVALIDITY is a 32-bit unsigned number that imapflow hands over as a bigint. */
  uidValidity: string;
  lastUid: number;
}

// A type alias (not an interface) so that it is assignable to the engine's opaque SyncCursor.
export type EmailCursor = {
  mailboxes: Record<string, MailboxCursor>;
};

/** A cursor from storage; anything unreadable starts over (safe: ingest is idempotent). */
export function readEmailCursor(cursor: SyncCursor | null): EmailCursor {
  const result: EmailCursor = { mailboxes: {} };
  const boxes = cursor && typeof cursor === 'object' ? (cursor as { mailboxes?: unknown }).mailboxes : null;
  if (!boxes || typeof boxes !== 'object') return result;
  for (const [path, value] of Object.entries(boxes as Record<string, unknown>)) {
    const v = value as Partial<MailboxCursor> | null;
    if (v && typeof v.uidValidity === 'string' && typeof v.lastUid === 'number' && Number.isInteger(v.lastUid) && v.lastUid >= 0) {
      result.mailboxes[path] = { uidValidity: v.uidValidity, lastUid: v.lastUid };
    }
  }
  return result;
}

/** `1,2,3,7,8` -> `1:3,7:8`: short FETCH commands for long UID lists. */
export function uidRanges(sorted: readonly number[]): string {
  const parts: string[] = [];
  let start = sorted[0]!;
  let previous = start;
  for (let i = 1; i <= sorted.length; i++) {
    const uid = sorted[i];
    if (uid === previous + 1) {
      previous = uid;
      continue;
    }
    parts.push(start === previous ? String(start) : `${start}:${previous}`);
    if (uid !== undefined) start = previous = uid;
  }
  return parts.join(',');
}

interface Folders {
  sync: string[];
  sent: string | null;
}

const DEFAULT_PAGE_SIZE = 500;
const FETCH_CHUNK = 100;

interface FetchedSource {
  uid: number;
  source: Buffer;
  internalDate: Date | null;
}

export class EmailConnector implements Connector {
  readonly channel: 'email' | 'amazon';
  /** Where the engine probes to tell "offline" from "failing". */
  readonly endpoint: { host: string; port: number };
  private readonly pageSize: number;
  private readonly ownAddresses: Set<string>;
  private readonly threads: ThreadIndex;
  private client: ImapFlow | null = null;
  private connecting: Promise<ImapFlow> | null = null;
  private folders: Folders | null = null;
  private transport: Transporter | null = null;

  constructor(private readonly config: EmailAccountConfig) {
    this.channel = config.channel ?? 'email';
    this.endpoint = { host: config.imap.host, port: config.imap.port };
    this.threads = new ThreadIndex(config.threadRootOf);
    this.pageSize = Math.max(1, config.pageSize ?? DEFAULT_PAGE_SIZE);
    this.ownAddresses = new Set([config.address, ...(config.aliases ?? [])].map((a) => a.trim().toLowerCase()));
  }

  async test(signal?: AbortSignal): Promise<void> {
    const client = new ImapFlow({ ...this.imapOptions(), verifyOnly: true });
    client.on('error', () => undefined);
    const abort = () => client.close();
    signal?.addEventListener('abort', abort, { once: true });
    try {
      await client.connect();
    } catch (error) {
      throw imapError(error, 'connecting');
    } finally {
      signal?.removeEventListener('abort', abort);
      client.close();
    }
    try {
      await this.smtp().verify();
    } catch (error) {
      throw smtpError(error);
    }
  }

  async pull(cursor: SyncCursor | null, signal?: AbortSignal): Promise<PullResult> {
    if (signal?.aborted) throw new ConnectorError('transient', 'Sync cancelled');
    const next = readEmailCursor(cursor);
    const result: PullResult = { messages: [], orders: [], unparsable: [], cursor: next, more: false };
    const client = await this.connection();
    const abort = () => client.close();
    signal?.addEventListener('abort', abort, { once: true });
    try {
      const folders = await this.foldersOf(client);
      let budget = this.pageSize;
      for (const path of folders.sync) {
        if (budget <= 0) {
          result.more = true;
          break;
        }
        const page = await this.pullMailbox(client, path, path === folders.sent, next, budget, result);
        budget -= page.fetched;
        if (page.more) result.more = true;
      }
    } catch (error) {
      if (signal?.aborted) throw new ConnectorError('transient', 'Sync cancelled', { cause: error });
      throw imapError(error, 'syncing');
    } finally {
      signal?.removeEventListener('abort', abort);
    }
    return result;
  }

  private async pullMailbox(
    client: ImapFlow,
    path: string,
    isSent: boolean,
    cursor: EmailCursor,
    budget: number,
    result: PullResult,
  ): Promise<{ fetched: number; more: boolean }> {
    const missing = () => {
      // A configured mailbox that no longer exists is skipped (and forgotten), not an account failure.
      delete cursor.mailboxes[path];
      return { fetched: 0, more: false };
    };
    return this.withMailbox(client, path, missing, async (box) => {
      const uidValidity = String(box.uidValidity);
      let known = cursor.mailboxes[path];
      if (!known || known.uidValidity !== uidValidity) known = { uidValidity, lastUid: 0 };
      cursor.mailboxes[path] = known;
      if (box.exists === 0 || (box.uidNext && box.uidNext <= known.lastUid + 1)) return { fetched: 0, more: false };

      const lastUid = known.lastUid;
      // `n:*` also matches the highest UID when it is below n, hence the filter.
      const found = (await client.search({ uid: `${lastUid + 1}:*` }, { uid: true })) || [];
      const uids = found.filter((uid) => uid > lastUid).sort((a, b) => a - b);
      const page = uids.slice(0, budget);
      if (page.length === 0) return { fetched: 0, more: false };

      // Fetched in chunks, the next one requested before this one is parsed: the server reads and
      // sends while this process parses.
      const chunks: number[][] = [];
      for (let i = 0; i < page.length; i += FETCH_CHUNK) chunks.push(page.slice(i, i + FETCH_CHUNK));
      let pending = this.fetchSources(client, chunks[0]!);
      let fetched = 0;
      for (let i = 0; i < chunks.length; i++) {
        const sources = await pending;
        if (i + 1 < chunks.length) pending = this.fetchSources(client, chunks[i + 1]!);
        fetched += sources.length;
        this.config.onProgress?.({ mailbox: path, fetched, total: page.length });
        for (const m of sources) {
          const item = await parseMail(m.source, {
            accountId: this.config.accountId,
            ownAddresses: this.ownAddresses,
            sentMailbox: isSent,
            internalDate: m.internalDate,
            attachmentsDir: this.config.attachmentsDir,
            threads: this.threads,
            amazonRelay: this.config.amazonRelay ?? true,
          });
          if (item.message) result.messages.push(item.message);
          else result.unparsable.push(item.unparsable);
        }
      }
      // Messages expunged between SEARCH and FETCH are simply gone; the cursor passes them too.
      cursor.mailboxes[path] = { uidValidity, lastUid: page[page.length - 1]! };
      return { fetched: page.length, more: uids.length > page.length };
    });
  }

  /** The raw sources of these UIDs, in UID order. Already marked handled: it may fail before it is awaited. */
  private fetchSources(client: ImapFlow, uids: number[]): Promise<FetchedSource[]> {
    const run = async () => {
      const out: FetchedSource[] = [];
      for await (const m of client.fetch(uidRanges(uids), { uid: true, source: true, internalDate: true }, { uid: true })) {
        if (!m.source) continue;
        const date = m.internalDate instanceof Date ? m.internalDate : m.internalDate ? new Date(m.internalDate) : null;
        out.push({ uid: m.uid, source: m.source, internalDate: date });
      }
      return out.sort((a, b) => a.uid - b.uid);
    };
    const promise = run();
    promise.catch(() => undefined);
    return promise;
  }

  /**
   * Runs `use` with the mailbox selected read-only (EXAMINE) under imapflow's mailbox lock, then
   * deselects it before unlocking: a mailbox left selected keeps the UIDVALIDITY and UIDNEXT it had when
   * it was opened, and the next use must see the server's current ones.
   */
  private async withMailbox<T>(client: ImapFlow, path: string, missing: () => T, use: (box: MailboxObject) => Promise<T>): Promise<T> {
    let lock;
    try {
      lock = await client.getMailboxLock(path, { readOnly: true });
    } catch (error) {
      if (isMissingMailbox(error)) return missing();
      throw error;
    }
    try {
      return await use(client.mailbox as MailboxObject);
    } finally {
      if (client.usable && client.mailbox) await client.mailboxClose().catch(() => undefined);
      lock.release();
    }
  }

  /**
   * Sends a reply at most once per idempotency key as far as the Sent mailbox can tell: a copy with
   * the key's Message-ID already there means an earlier attempt got through (and crashed before it
   * was recorded), so the receipt is returned without sending again. After SMTP accepts, the copy
   * is appended to Sent at once. The remaining window (accepted, then a crash before the append) is
   * covered by the Message-ID itself: the resend is the same message, which receivers de-duplicate.
   */
  async send(reply: OutgoingReply, signal?: AbortSignal): Promise<SentReceipt> {
    if (signal?.aborted) throw new ConnectorError('transient', 'Send cancelled');
    const from = { address: this.config.address, name: this.config.displayName ?? '' };
    const messageId = messageIdForKey(reply.idempotencyKey, from.address);
    let client: ImapFlow;
    let sent: string | null;
    try {
      client = await this.connection();
      sent = (await this.foldersOf(client)).sent;
      if (sent) {
        const sentAt = await this.findInSent(client, sent, messageId);
        if (sentAt !== null) return { externalId: messageId, sentAt };
      }
    } catch (error) {
      // Without the Sent check a retry could send twice: wait for IMAP rather than guess.
      throw imapError(error, 'checking the Sent mailbox before sending');
    }
    const composed = await composeReply(reply, from);
    if (signal?.aborted) throw new ConnectorError('transient', 'Send cancelled');
    try {
      await this.smtp().sendMail({ envelope: { from: from.address, to: [composed.recipient] }, raw: composed.raw });
    } catch (error) {
      throw smtpError(error);
    }
    const sentAt = Date.now();
    if (sent) {
      try {
        // The shared connection may have dropped while SMTP was busy: reconnect for the copy.
        const target = client.usable ? client : await this.connection();
        await target.append(sent, composed.raw, ['\\Seen'], new Date(sentAt));
      } catch {
        // The message has left; a missing Sent copy must not turn a delivered reply into a failure.
      }
    }
    return { externalId: composed.messageId, sentAt };
  }

  /**
   * Push instead of polling: a second connection selects INBOX and waits in IDLE (imapflow falls back
   * to polling with NOOP where the server has no IDLE). `onChange` is called when messages arrive or
   * are removed; the engine should then pull. `onError` is called once if the watching connection
   * ends other than by the returned stop(); the engine then keeps its timer and may watch again.
   */
  async watch(onChange: () => void, onError?: (error: ConnectorError) => void): Promise<() => Promise<void>> {
    const client = new ImapFlow({ ...this.imapOptions(), disableAutoIdle: false, autoIdleDelay: 200 });
    let stopped = false;
    client.on('error', () => undefined);
    client.on('exists', (event: { count: number; prevCount: number }) => {
      if (event.count > event.prevCount) onChange();
    });
    client.on('expunge', () => onChange());
    client.on('close', () => {
      if (!stopped) onError?.(new ConnectorError('transient', 'IMAP watch connection closed'));
    });
    try {
      await client.connect();
      await client.mailboxOpen('INBOX', { readOnly: true });
    } catch (error) {
      stopped = true;
      client.close();
      throw imapError(error, 'starting to watch INBOX');
    }
    return async () => {
      stopped = true;
      await client.logout().catch(() => client.close());
    };
  }

  async close(): Promise<void> {
    const client = this.client;
    this.client = null;
    this.folders = null;
    if (client) await client.logout().catch(() => client.close());
    this.transport?.close();
    this.transport = null;
  }

  private imapOptions(): ImapFlowOptions {
    const { imap } = this.config;
    const timeout = this.config.timeoutMs ?? 30_000;
    return {
      host: imap.host,
      port: imap.port,
      secure: imap.security === 'tls',
      doSTARTTLS: imap.security === 'starttls' ? true : imap.security === 'none' ? false : undefined,
      auth: { user: imap.user, pass: imap.pass },
      logger: false,
      connectionTimeout: timeout,
      greetingTimeout: timeout,
      socketTimeout: Math.max(timeout, 60_000),
      disableAutoIdle: true,
    };
  }

  private smtp(): Transporter {
    if (!this.transport) {
      const { smtp } = this.config;
      const timeout = this.config.timeoutMs ?? 30_000;
      const options: SMTPTransportOptions = {
        host: smtp.host,
        port: smtp.port,
        secure: smtp.security === 'tls',
        requireTLS: smtp.security === 'starttls',
        ignoreTLS: smtp.security === 'none',
        auth: smtp.user ? { user: smtp.user, pass: smtp.pass } : undefined,
        connectionTimeout: timeout,
        greetingTimeout: timeout,
        socketTimeout: Math.max(timeout, 60_000),
      };
      this.transport = nodemailer.createTransport(options);
    }
    return this.transport;
  }

  /** The shared IMAP connection, opened on first use and again after the server dropped it. */
  private async connection(): Promise<ImapFlow> {
    if (this.client?.usable) return this.client;
    if (this.connecting) return this.connecting;
    this.connecting = (async () => {
      this.client?.close();
      this.client = null;
      this.folders = null;
      const client = new ImapFlow(this.imapOptions());
      // Failures also reject the command that was running; without a listener an 'error' event would crash the process.
      client.on('error', () => undefined);
      client.on('close', () => {
        if (this.client === client) {
          this.client = null;
          this.folders = null;
        }
      });
      try {
        await client.connect();
      } catch (error) {
        client.close();
        throw imapError(error, 'connecting');
      }
      this.client = client;
      return client;
    })();
    try {
      return await this.connecting;
    } finally {
      this.connecting = null;
    }
  }

  private async foldersOf(client: ImapFlow): Promise<Folders> {
    if (this.folders) return this.folders;
    let sent: string | null;
    if (this.config.sentMailbox !== undefined) {
      sent = this.config.sentMailbox;
    } else {
      const list = await client.list();
      sent = list.find((box) => box.specialUse === '\\Sent')?.path ?? null;
    }
    const sync = this.config.mailboxes ?? ['INBOX', ...(sent ? [sent] : [])];
    this.folders = { sync, sent };
    return this.folders;
  }

  /** When the Sent mailbox already holds a message with this Message-ID: its date, else null. */
  private async findInSent(client: ImapFlow, sent: string, messageId: string): Promise<number | null> {
    return this.withMailbox(client, sent, () => null, async () => {
      const uids = (await client.search({ header: { 'message-id': messageId } }, { uid: true })) || [];
      if (uids.length === 0) return null;
      const found = await client.fetchOne(String(uids[0]), { internalDate: true }, { uid: true });
      const date = found ? found.internalDate : null;
      return date ? new Date(date).getTime() : Date.now();
    });
  }
}

function isMissingMailbox(error: unknown): boolean {
  const e = error as { code?: string; serverResponseCode?: string; responseText?: string } | null;
  if (!e) return false;
  // Only "no such mailbox": any other refusal (server trouble, permissions) must not drop the cursor.
  return e.code === 'NotFound' || e.serverResponseCode === 'NONEXISTENT' || /does ?n[o']t exist|no such mailbox|unknown mailbox/i.test(e.responseText ?? '');
}
