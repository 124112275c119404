// The email connector's send side: SMTP to a real in-process SMTP server, the sent copy appended to
// Dovecot's Sent mailbox, thread headers kept, an idempotency key that never sends twice, Amazon relay
// recipients, and the SMTP reply codes mapped to the engine's error kinds.
import fs from 'node:fs';
import path from 'node:path';
import { ImapFlow } from 'imapflow';
import { simpleParser } from 'mailparser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { messageIdForKey } from '../../../../src-main/connectors/email/outgoing-mail';
import type { OutgoingReply } from '../../../../src-main/sync/connector';
import { sampleMail } from '../../../servers/dovecot/sample-mail';
import { startDovecot, type DovecotServer } from '../../../servers/dovecot/start-dovecot';
import { startSmtp, type SmtpTestServer } from '../../../servers/smtp/start-smtp';
import { connectorFor, pullAll, tempDir } from './email-test-setup';

const USER = 'shop@example.com';
let dovecot: DovecotServer;
let smtp: SmtpTestServer;

beforeAll(async () => {
  dovecot = await startDovecot({ users: [{ user: USER, pass: 'secret' }] });
  smtp = await startSmtp({ user: USER, pass: 'secret' });
}, 30_000);

afterAll(async () => {
  await smtp?.stop();
  await dovecot?.stop();
}, 60_000);

let keys = 0;
function reply(overrides: Partial<OutgoingReply> = {}): OutgoingReply {
  keys++;
  return {
    outboxId: keys,
    accountId: 1,
    idempotencyKey: `outbox-${keys}-${Date.now()}`,
    conversationExternalId: '<root@buyer.example>',
    inReplyToExternalId: '<reply-2@buyer.example>',
    orderExternalId: null,
    to: { handle: 'anna@buyer.example', name: 'Anna Buyer', email: 'anna@buyer.example' },
    subject: 'Broken zipper',
    bodyText: 'Sorry about the zipper. A replacement is on its way.',
    attachments: [],
    ...overrides,
  };
}

async function sentMessageIds(): Promise<string[]> {
  const client = new ImapFlow({ host: dovecot.host, port: dovecot.port, secure: false, doSTARTTLS: false, auth: { user: USER, pass: 'secret' }, logger: false });
  await client.connect();
  const ids: string[] = [];
  const lock = await client.getMailboxLock('Sent');
  try {
    if ((client.mailbox as { exists: number }).exists > 0) {
      for await (const m of client.fetch('1:*', { envelope: true })) ids.push(m.envelope?.messageId ?? '');
    }
  } finally {
    lock.release();
  }
  await client.logout();
  return ids;
}

const connector = () => connectorFor(dovecot, USER, {}, smtp);

describe('email connector: sending', () => {
  it('sends a reply with thread headers, a key-derived Message-ID and an attachment, and files it in Sent', async () => {
    const file = path.join(tempDir('reply-attachment-'), 'label.txt');
    fs.writeFileSync(file, 'return label');
    const outgoing = reply({ attachments: [{ fileName: 'label.txt', mimeType: 'text/plain', path: file }] });
    const c = connector();
    try {
      await expect(c.test()).resolves.toBeUndefined();
      const before = smtp.received.length;
      const receipt = await c.send(outgoing);
      const expectedId = messageIdForKey(outgoing.idempotencyKey, USER);
      expect(expectedId).toMatch(/^<ac\.[0-9a-f]{32}@example\.com>$/);
      expect(receipt.externalId).toBe(expectedId);
      expect(smtp.received.length).toBe(before + 1);
      const delivered = smtp.received.at(-1)!;
      expect(delivered.from).toBe(USER);
      expect(delivered.to).toEqual(['anna@buyer.example']);
      const parsed = await simpleParser(delivered.raw);
      expect(parsed.messageId).toBe(expectedId);
      expect(parsed.subject).toBe('Re: Broken zipper');
      expect(parsed.inReplyTo).toBe('<reply-2@buyer.example>');
      expect(parsed.references).toEqual(['<root@buyer.example>', '<reply-2@buyer.example>']);
      expect(parsed.text?.trim()).toBe(outgoing.bodyText);
      expect(parsed.attachments.map((a) => [a.filename, a.content.toString()])).toEqual([['label.txt', 'return label']]);
      expect(await sentMessageIds()).toContain(expectedId);

      // The next pull sees the Sent copy under the receipt's id, in the buyer's thread.
      const pulled = await pullAll(c, null);
      const own = pulled.messages.find((m) => m.externalId === receipt.externalId)!;
      expect(own).toMatchObject({ direction: 'outbound', conversationExternalId: '<root@buyer.example>', subject: 'Re: Broken zipper' });
    } finally {
      await c.close();
    }
  });

  it('never sends twice with the same idempotency key, also across connector instances', async () => {
    const outgoing = reply();
    const first = connector();
    const receipt = await first.send(outgoing);
    await first.close();
    const count = smtp.received.length;
    const second = connector();
    try {
      const again = await second.send(outgoing);
      expect(again.externalId).toBe(receipt.externalId);
      expect(smtp.received.length).toBe(count);
    } finally {
      await second.close();
    }
  });

  it('does not send when the Sent mailbox already holds the message (a crash after the send was accepted)', async () => {
    const outgoing = reply();
    const messageId = messageIdForKey(outgoing.idempotencyKey, USER);
    dovecot.deliver(USER, [sampleMail({ from: USER, to: 'anna@buyer.example', messageId, subject: 'Re: Broken zipper' })], 'Sent');
    const c = connector();
    const count = smtp.received.length;
    try {
      expect((await c.send(outgoing)).externalId).toBe(messageId);
      expect(smtp.received.length).toBe(count);
    } finally {
      await c.close();
    }
  });

  it('sends to the Amazon relay address, keeps an existing "Re:" and uses a Message-ID given as the key', async () => {
    const c = connector();
    try {
      const receipt = await c.send(
        reply({
          idempotencyKey: '<outbox-fixed-1@example.com>',
          subject: 'Re: Inquiry from Amazon customer (Order: 302-1234567-7654321)',
          to: { handle: 'Q7x9abc@marketplace.amazon.de', name: 'Anna', email: 'anna@real.example' },
        }),
      );
      expect(receipt.externalId).toBe('<outbox-fixed-1@example.com>');
      const delivered = smtp.received.at(-1)!;
      expect(delivered.to).toEqual(['q7x9abc@marketplace.amazon.de']);
      const parsed = await simpleParser(delivered.raw);
      expect(parsed.subject).toBe('Re: Inquiry from Amazon customer (Order: 302-1234567-7654321)');
    } finally {
      await c.close();
    }
  });

  it('maps SMTP refusals: 550 permanent with the reason, 451 transient, bad password auth; nothing is filed in Sent', async () => {
    const c = connector();
    try {
      smtp.rejectNext(550, 'Mailbox unavailable');
      const refused = reply();
      await expect(c.send(refused)).rejects.toMatchObject({ kind: 'permanent', options: { platformCode: '550' }, message: /Mailbox unavailable/ });
      smtp.rejectNext(451, 'Try again later');
      await expect(c.send(reply())).rejects.toMatchObject({ kind: 'transient', options: { platformCode: '451' } });
      expect(await sentMessageIds()).not.toContain(messageIdForKey(refused.idempotencyKey, USER));
    } finally {
      await c.close();
    }
    const wrong = connectorFor(dovecot, USER, { smtp: { host: smtp.host, port: smtp.port, security: 'none', user: USER, pass: 'wrong' } }, smtp);
    try {
      await expect(wrong.send(reply())).rejects.toMatchObject({ kind: 'auth' });
      await expect(wrong.test()).rejects.toMatchObject({ kind: 'auth' });
    } finally {
      await wrong.close();
    }
  });

  it('refuses a reply without an address as permanent, and waits (transient) when the Sent check cannot run', async () => {
    const c = connector();
    try {
      await expect(c.send(reply({ to: { handle: 'ebay-user-123', name: 'X', email: null } }))).rejects.toMatchObject({ kind: 'permanent' });
    } finally {
      await c.close();
    }
    const offline = connectorFor(dovecot, USER, { imap: { host: '127.0.0.1', port: 1, security: 'none', user: USER, pass: 'secret' } }, smtp);
    const count = smtp.received.length;
    await expect(offline.send(reply())).rejects.toMatchObject({ kind: 'transient' });
    expect(smtp.received.length).toBe(count);
    await offline.close();
  });
});
