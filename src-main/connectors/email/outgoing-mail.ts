// A reply as RFC 5322 bytes: built once, so the copy SMTP sends and the copy appended to Sent are the
// same message, with a Message-ID derived from the outbox's idempotency key (a resend of the same
// reply carries the same id, which receivers and our own Sent-folder check recognise).
import crypto from 'node:crypto';
import MailComposer from 'nodemailer/lib/mail-composer';
import type { OutgoingReply } from '../../sync/connector';
import { ConnectorError } from '../../sync/connector';
import { recogniseAmazonRelay } from '../amazon-relay/amazon-relay';
import { messageIds } from './threading';

/** The Message-ID a reply with this idempotency key always gets (the key itself when it is one). */
export function messageIdForKey(idempotencyKey: string, fromAddress: string): string {
  const key = idempotencyKey.trim();
  if (/^<[^<>@\s]+@[^<>@\s]+>$/.test(key)) return key;
  const domain = fromAddress.split('@')[1]?.toLowerCase() || 'agent-console.invalid';
  const hash = crypto.createHash('sha256').update(idempotencyKey).digest('hex').slice(0, 32);
  return `<ac.${hash}@${domain}>`;
}

const REPLY_PREFIX = /^\s*(re|aw|sv|vs|antw|rif|r|res|回复|回覆|答复)\s*[:：]/i;

export function replySubject(subject: string): string {
  const trimmed = subject.trim();
  return REPLY_PREFIX.test(trimmed) ? trimmed : `Re: ${trimmed}`;
}

/** Where a reply goes: an Amazon buyer's relay address as it is, otherwise the buyer's real address. */
export function replyRecipient(to: OutgoingReply['to']): string {
  const relay = recogniseAmazonRelay(to.handle);
  const address = relay ? relay.address : (to.email ?? to.handle);
  if (!/^[^@\s]+@[^@\s]+$/.test(address.trim())) {
    throw new ConnectorError('permanent', `No email address to reply to (buyer handle "${to.handle}")`);
  }
  return address.trim();
}

export interface ComposedReply {
  messageId: string;
  recipient: string;
  raw: Buffer;
}

export async function composeReply(reply: OutgoingReply, from: { address: string; name: string }, date = new Date()): Promise<ComposedReply> {
  const messageId = messageIdForKey(reply.idempotencyKey, from.address);
  const recipient = replyRecipient(reply.to);
  const parent = reply.inReplyToExternalId ? messageIds(reply.inReplyToExternalId)[0] : undefined;
  const root = messageIds(reply.conversationExternalId)[0];
  // The thread's root and the parent: enough for every client to place the reply (RFC 5322 3.6.4).
  const references = [...new Set([root, parent].filter((id): id is string => !!id && !id.endsWith('@no-message-id.invalid>')))];
  const composer = new MailComposer({
    from: from.name ? { name: from.name, address: from.address } : from.address,
    to: reply.to.name ? { name: reply.to.name, address: recipient } : recipient,
    subject: replySubject(reply.subject),
    text: reply.bodyText,
    messageId,
    date,
    inReplyTo: parent && !parent.endsWith('@no-message-id.invalid>') ? parent : undefined,
    references: references.length ? references : undefined,
    attachments: reply.attachments.map((a) => ({ filename: a.fileName, contentType: a.mimeType, path: a.path })),
  });
  try {
    return { messageId, recipient, raw: await composer.compile().build() };
  } catch (error) {
    throw new ConnectorError('permanent', `Could not build the reply: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
}
