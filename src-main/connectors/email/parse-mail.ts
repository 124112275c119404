// One raw message from the server -> the ingest vocabulary, or a "could not parse" item that keeps
// the raw source: a bad message must not cost the rest of its batch. Only a local failure (the
// attachment folder not writable) throws, and then the whole pull is retried with nothing lost.
import crypto from 'node:crypto';
import { isUtf8 } from 'node:buffer';
import { simpleParser, type AddressObject, type ParsedMail } from 'mailparser';
import type { Channel } from '../../../src-shared/domain/types';
import type { AttachmentMeta } from '../../../src-shared/domain/types';
import type { IncomingCustomer, IncomingMessage } from '../../ingest/incoming';
import type { UnparsableItem } from '../../sync/connector';
import { buyerNameFromRelay, extractAmazonOrderId, recogniseAmazonRelay } from '../amazon-relay/amazon-relay';
import { storeAttachment } from './attachment-store';
import { findDefect, headerEnd } from './mail-defects';
import { messageIds, type ThreadIndex } from './threading';

export interface ParseContext {
  accountId: number;
  /** The account's own addresses, lower-case: mail from them is outbound. */
  ownAddresses: ReadonlySet<string>;
  /** True for the Sent mailbox: everything there is outbound, whoever it claims to be from. */
  sentMailbox: boolean;
  /** The server's arrival time, used when the Date header is missing or invalid. */
  internalDate: Date | null;
  attachmentsDir: string;
  threads: ThreadIndex;
  /** Whether buyer relay addresses are recognised as the Amazon channel. */
  amazonRelay: boolean;
}

export type ParsedItem = { message: IncomingMessage; unparsable?: never } | { unparsable: UnparsableItem; message?: never };

/** A stable id for a message without a Message-ID: the same bytes always give the same id. */
export function syntheticMessageId(raw: Buffer): string {
  return `<${crypto.createHash('sha256').update(raw).digest('hex').slice(0, 40)}@no-message-id.invalid>`;
}

/** The raw source as text without losing bytes: UTF-8 when it is, otherwise one character per byte. */
export function rawAsText(raw: Buffer): string {
  return isUtf8(raw) ? raw.toString('utf8') : raw.toString('latin1');
}

/** The header section as text (first 64 KB at most), unfolded, for items the parser never reaches. */
function rawHeaders(raw: Buffer): string {
  const end = headerEnd(raw);
  const limit = Math.min(end === -1 ? raw.length : end, 64 * 1024);
  return raw.subarray(0, limit).toString('latin1').replace(/\r?\n[ \t]+/g, ' ');
}

function rawHeader(headers: string, name: string): string | null {
  const match = new RegExp(`^${name}:[ \\t]*(.*)$`, 'im').exec(headers);
  const value = match?.[1]?.trim();
  return value ? value.slice(0, 300) : null;
}

/** What the sync engine may show on a "could not parse" item (newer engines read these fields). */
interface UnparsableDetails {
  conversationExternalId?: string;
  subject?: string;
  from?: string;
}

function unparsable(raw: Buffer, ctx: ParseContext, reason: string): ParsedItem {
  const headers = rawHeaders(raw);
  const externalId = messageIds(rawHeader(headers, 'message-id'))[0] ?? syntheticMessageId(raw);
  // Its thread, when the headers name one: the item then sits in the conversation it belongs to.
  const thread = messageIds(rawHeader(headers, 'references'))[0] ?? messageIds(rawHeader(headers, 'in-reply-to')).at(-1);
  const item: UnparsableItem & UnparsableDetails = {
    accountId: ctx.accountId,
    externalId,
    reason,
    raw: rawAsText(raw),
    receivedAt: (ctx.internalDate ?? new Date()).getTime(),
  };
  if (thread) item.conversationExternalId = thread;
  const subject = rawHeader(headers, 'subject');
  if (subject) item.subject = subject;
  const from = rawHeader(headers, 'from');
  if (from) item.from = from;
  return { unparsable: item };
}

function firstAddress(value: AddressObject | AddressObject[] | undefined): { name: string; address: string } | null {
  const list = Array.isArray(value) ? value : value ? [value] : [];
  for (const group of list) {
    for (const entry of group.value) {
      if (entry.address) return { name: entry.name ?? '', address: entry.address };
      for (const member of entry.group ?? []) if (member.address) return { name: member.name ?? '', address: member.address };
    }
  }
  return null;
}

function customerFor(person: { name: string; address: string }, amazonRelay: boolean): IncomingCustomer {
  const address = person.address.trim().toLowerCase();
  const relay = amazonRelay ? recogniseAmazonRelay(address) : null;
  if (relay) {
    // A relay address is the buyer's handle on Amazon, not a real address: it must not join customers by email.
    return { channel: 'amazon', handle: relay.address, name: buyerNameFromRelay(person.name) || relay.address, email: null };
  }
  const channel: Channel = 'email';
  return { channel, handle: address, name: person.name || address, email: address };
}

function attachmentsOf(parsed: ParsedMail, attachmentsDir: string): AttachmentMeta[] {
  return parsed.attachments.map((a, i) => ({
    fileName: a.filename || `attachment-${i + 1}`,
    mimeType: a.contentType || 'application/octet-stream',
    size: a.content.length,
    sha256: storeAttachment(attachmentsDir, a.content),
  }));
}

export async function parseMail(raw: Buffer, ctx: ParseContext): Promise<ParsedItem> {
  const defect = findDefect(raw);
  if (defect) return unparsable(raw, ctx, defect);
  let parsed: ParsedMail;
  try {
    // cid: links stay as they are (the viewer resolves them from the stored attachments) instead of
    // inlining every image into the HTML as a data: URL.
    parsed = await simpleParser(raw, { keepCidLinks: true, skipTextToHtml: true, skipImageLinks: true, skipTextLinks: true });
  } catch (error) {
    return unparsable(raw, ctx, `MIME parser failed: ${error instanceof Error ? error.message : String(error)}`);
  }
  const from = firstAddress(parsed.from);
  if (!from) return unparsable(raw, ctx, 'From header has no address');

  const externalId = messageIds(parsed.messageId)[0] ?? syntheticMessageId(raw);
  const references = messageIds(parsed.references);
  const inReplyTo = messageIds(parsed.inReplyTo).at(-1) ?? null;
  const own = (address: string) => ctx.ownAddresses.has(address.toLowerCase());
  // Contact forms (a shop's own form, Shopify's) send from the shop's or a no-reply address with the
  // buyer in Reply-To: the buyer is who a reply goes to, and such mail is inbound even from our address.
  const replyTo = firstAddress(parsed.replyTo);
  const buyerReplyTo = replyTo && !own(replyTo.address) ? replyTo : null;
  const outbound = ctx.sentMailbox || (own(from.address) && !buyerReplyTo);
  const counterpart = outbound ? (firstAddress(parsed.to) ?? from) : (buyerReplyTo ?? from);
  const customer = customerFor(counterpart, ctx.amazonRelay);
  const subject = parsed.subject ?? '';
  const bodyText = parsed.text ?? '';
  const date = parsed.date && !Number.isNaN(parsed.date.getTime()) ? parsed.date : (ctx.internalDate ?? new Date());
  const message: IncomingMessage = {
    accountId: ctx.accountId,
    externalId,
    conversationExternalId: ctx.threads.rootOf(externalId, inReplyTo, references),
    subject,
    direction: outbound ? 'outbound' : 'inbound',
    authorKind: outbound ? 'agent' : 'customer',
    authorName: outbound ? from.name || from.address : customer.name,
    bodyText,
    bodyHtml: typeof parsed.html === 'string' && parsed.html ? parsed.html : null,
    sentAt: date.getTime(),
    attachments: attachmentsOf(parsed, ctx.attachmentsDir),
    customer,
    orderExternalId: extractAmazonOrderId(subject, bodyText),
  };
  return { message };
}
