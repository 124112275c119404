// The email connector's receive side against a real Dovecot: a 10,000-mail first sync in pages,
// incremental pulls, UIDVALIDITY reset, malformed mail kept raw, threading, Amazon relay mail,
// attachments by content hash, IDLE push, and the error kinds (auth, refused, dropped mid-sync).
import fs from 'node:fs';
import path from 'node:path';
import { ImapFlow } from 'imapflow';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { attachmentPath } from '../../../../src-main/connectors/email/attachment-store';
import { openDatabase } from '../../../../src-main/db/open-database';
import { createIngestPipeline } from '../../../../src-main/ingest/ingest-pipeline';
import { ConnectorError } from '../../../../src-main/sync/connector';
import { bulkMail, sampleMail } from '../../../servers/dovecot/sample-mail';
import { freePort, startDovecot, type DovecotServer } from '../../../servers/dovecot/start-dovecot';
import { addAccount } from '../../helpers/fixtures';
import { connectorFor, pullAll } from './email-test-setup';

const USERS = ['bulk', 'incr', 'reset', 'broken', 'thread', 'amazon', 'attach', 'idle', 'drop', 'sent', 'cjk', 'abort', 'missing', 'form'].map((name) => ({
  user: `${name}@example.com`,
  pass: `pw-${name}`,
}));

let dovecot: DovecotServer;

beforeAll(async () => {
  dovecot = await startDovecot({ users: USERS });
}, 30_000);

afterAll(async () => {
  await dovecot?.stop();
}, 60_000);

async function imapAdmin(user: string): Promise<ImapFlow> {
  const client = new ImapFlow({
    host: dovecot.host,
    port: dovecot.port,
    secure: false,
    doSTARTTLS: false,
    auth: { user, pass: USERS.find((u) => u.user === user)!.pass },
    logger: false,
  });
  await client.connect();
  return client;
}

describe('email connector: receiving from Dovecot', () => {
  it('streams a first sync of 10,000 mails in pages, each mail exactly once', async () => {
    dovecot.deliver('bulk@example.com', bulkMail(10_000));
    const connector = connectorFor(dovecot, 'bulk@example.com', { pageSize: 1000 });
    try {
      const all = await pullAll(connector, null);
      // Ten full pages, then at most one more to look at the (empty) Sent mailbox.
      expect(all.pulls.filter((p) => p.messages.length > 0)).toHaveLength(10);
      expect(all.pulls.length).toBeLessThanOrEqual(11);
      for (const page of all.pulls) expect(page.messages.length).toBeLessThanOrEqual(1000);
      expect(all.pulls.at(-1)!.more).toBe(false);
      expect(all.messages).toHaveLength(10_000);
      expect(all.unparsable).toHaveLength(0);
      expect(new Set(all.messages.map((m) => m.externalId)).size).toBe(10_000);
      const sample = all.messages.find((m) => m.externalId === '<bulk-1234@buyer.example>')!;
      expect(sample).toMatchObject({ direction: 'inbound', authorName: 'Buyer 1234', orderExternalId: '302-1001234-7001234' });
      expect(sample.bodyText).toContain('message number 1234');
      // Stored page by page as the engine does: every mail once, its own conversation, searchable.
      const db = openDatabase(':memory:');
      addAccount(db, 1, 'email', null);
      const ingest = createIngestPipeline(db);
      for (const page of all.pulls) ingest.ingestMessages(page.messages);
      expect(db.prepare('SELECT count(*) AS n FROM messages').get()).toEqual({ n: 10_000 });
      expect(db.prepare('SELECT count(*) AS n FROM conversations').get()).toEqual({ n: 10_000 });
      expect(db.prepare(`SELECT count(*) AS n FROM message_search WHERE message_search MATCH '"number 1234"'`).get()).toEqual({ n: 1 });
      expect(ingest.ingestMessages(all.pulls[3]!.messages)).toMatchObject({ inserted: 0, unchanged: 1000 });
      db.close();
      // Nothing new: the next pull fetches nothing.
      const again = await connector.pull(all.cursor);
      expect(again.messages).toHaveLength(0);
      expect(again.more).toBe(false);
    } finally {
      await connector.close();
    }
  }, 180_000);

  it('fetches only what is new on an incremental pull', async () => {
    dovecot.deliver('incr@example.com', bulkMail(30, 'old'));
    const connector = connectorFor(dovecot, 'incr@example.com');
    try {
      const first = await pullAll(connector, null);
      expect(first.messages).toHaveLength(30);
      const admin = await imapAdmin('incr@example.com');
      for (const raw of bulkMail(3, 'new')) await admin.append('INBOX', raw);
      await admin.logout();
      const next = await connector.pull(first.cursor);
      expect(next.messages.map((m) => m.externalId)).toEqual(['<new-0@buyer.example>', '<new-1@buyer.example>', '<new-2@buyer.example>']);
      const cursor = next.cursor as { mailboxes: Record<string, { lastUid: number }> };
      expect(cursor.mailboxes.INBOX!.lastUid).toBe(33);
    } finally {
      await connector.close();
    }
  });

  it('reads a mailbox again after a UIDVALIDITY change, without duplicates in the cache', async () => {
    const admin = await imapAdmin('reset@example.com');
    await admin.mailboxCreate('Support');
    const firstMails = bulkMail(5, 'reset');
    for (const raw of firstMails) await admin.append('Support', raw);
    const connector = connectorFor(dovecot, 'reset@example.com', { mailboxes: ['Support'], sentMailbox: null });
    const db = openDatabase(':memory:');
    addAccount(db, 1, 'email', null);
    const ingest = createIngestPipeline(db);
    try {
      const first = await pullAll(connector, null);
      expect(ingest.ingestMessages(first.messages).inserted).toBe(5);
      const before = (first.cursor as { mailboxes: Record<string, { uidValidity: string }> }).mailboxes.Support!.uidValidity;

      // The server renumbers: the mailbox is recreated with the same mails plus one new one.
      await admin.mailboxDelete('Support');
      await admin.mailboxCreate('Support');
      for (const raw of [...firstMails, ...bulkMail(1, 'after-reset')]) await admin.append('Support', raw);

      const second = await pullAll(connector, first.cursor);
      const after = (second.cursor as { mailboxes: Record<string, { uidValidity: string; lastUid: number }> }).mailboxes.Support!;
      expect(after.uidValidity).not.toBe(before);
      expect(after.lastUid).toBe(6);
      expect(second.messages).toHaveLength(6);
      expect(ingest.ingestMessages(second.messages)).toMatchObject({ inserted: 1, unchanged: 5 });
      expect(db.prepare('SELECT count(*) AS n FROM messages').get()).toEqual({ n: 6 });
    } finally {
      await admin.logout();
      await connector.close();
      db.close();
    }
  });

  it('keeps malformed mail as "could not parse" with its raw source, and the rest of the batch', async () => {
    const good = sampleMail({ messageId: '<good-1@buyer.example>', text: 'A normal question' });
    const badCharset = [
      'From: a@buyer.example',
      'Subject: bad charset',
      'Message-ID: <bad-charset@buyer.example>',
      'Content-Type: text/plain; charset=x-no-such-charset',
      '',
      'caf\xe9',
    ].join('\r\n');
    const brokenMime = [
      'From: b@buyer.example',
      'Subject: broken MIME',
      'Message-ID: <broken-mime@buyer.example>',
      'Content-Type: multipart/mixed; boundary="never-used"',
      '',
      'no parts here at all',
    ].join('\r\n');
    const hugeHeader = ['From: c@buyer.example', `X-Junk: ${'x'.repeat(300 * 1024)}`, 'Subject: huge', '', 'body'].join('\r\n');
    const noFrom = [
      'To: agent@example.com',
      'Subject: who wrote this',
      'Message-ID: <no-from@buyer.example>',
      'References: <thread-root@buyer.example>',
      '',
      'anonymous',
    ].join('\r\n');
    const good2 = sampleMail({ messageId: '<good-2@buyer.example>', text: 'Another normal question' });
    const latin1 = (s: string) => Buffer.from(s, 'latin1');
    dovecot.deliver('broken@example.com', [good, latin1(badCharset), brokenMime, hugeHeader, noFrom, good2]);

    const connector = connectorFor(dovecot, 'broken@example.com');
    try {
      const all = await pullAll(connector, null);
      expect(all.messages.map((m) => m.externalId)).toEqual(['<good-1@buyer.example>', '<good-2@buyer.example>']);
      const byId = new Map(all.unparsable.map((u) => [u.externalId, u]));
      expect(all.unparsable).toHaveLength(4);
      expect(byId.get('<bad-charset@buyer.example>')!.reason).toMatch(/charset/);
      expect(Buffer.from(byId.get('<bad-charset@buyer.example>')!.raw, 'latin1').equals(latin1(badCharset))).toBe(true);
      expect(byId.get('<broken-mime@buyer.example>')!.reason).toMatch(/boundary/);
      expect(byId.get('<broken-mime@buyer.example>')!.raw).toBe(brokenMime);
      expect(byId.get('<no-from@buyer.example>')).toMatchObject({ reason: expect.stringMatching(/From/), subject: 'who wrote this', conversationExternalId: '<thread-root@buyer.example>' });
      expect(byId.get('<broken-mime@buyer.example>')).toMatchObject({ from: 'b@buyer.example', subject: 'broken MIME' });
      const huge = all.unparsable.find((u) => /header section/.test(u.reason))!;
      expect(huge.raw).toBe(hugeHeader);
      expect(huge.externalId).toMatch(/@no-message-id\.invalid>$/);
      for (const item of all.unparsable) expect(item.accountId).toBe(1);
    } finally {
      await connector.close();
    }
  });

  it('takes the buyer from Reply-To on contact-form mail, also when it comes from the shop\'s own address', async () => {
    dovecot.deliver('form@example.com', [
      sampleMail({ from: 'Shop <form@example.com>', replyTo: 'Li Wei <li.wei@buyer.example>', messageId: '<form-1@example.com>', subject: 'Contact form' }),
      sampleMail({ from: 'Shopify <mailer@shopify.example>', replyTo: 'li.wei@buyer.example', messageId: '<form-2@shopify.example>', subject: 'New customer message' }),
      sampleMail({ from: 'form@example.com', to: 'Ana <ana@buyer.example>', replyTo: 'form@example.com', messageId: '<own-1@example.com>', subject: 'Re: x' }),
    ]);
    const connector = connectorFor(dovecot, 'form@example.com');
    try {
      const all = await pullAll(connector, null);
      expect(all.messages.map((m) => [m.direction, m.customer.handle, m.customer.name])).toEqual([
        ['inbound', 'li.wei@buyer.example', 'Li Wei'],
        ['inbound', 'li.wei@buyer.example', 'li.wei@buyer.example'],
        ['outbound', 'ana@buyer.example', 'Ana'],
      ]);
    } finally {
      await connector.close();
    }
  });

  it('decodes the charsets buyers in Japan and China write in: ISO-2022-JP, Shift_JIS, GB2312', async () => {
    const konnichiwa = Buffer.from([0x1b, 0x24, 0x42, 0x24, 0x33, 0x24, 0x73, 0x24, 0x4b, 0x24, 0x41, 0x24, 0x4f, 0x1b, 0x28, 0x42]);
    const chuumon = Buffer.from([0x92, 0x8d, 0x95, 0xb6]);
    const tuikuan = Buffer.from([0xcd, 0xcb, 0xbf, 0xee]);
    const mail = (id: string, subject: string, charset: string, body: Buffer) =>
      Buffer.concat([
        Buffer.from(`From: buyer@example.jp\r\nSubject: ${subject}\r\nMessage-ID: <${id}@example.jp>\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=${charset}\r\nContent-Transfer-Encoding: 8bit\r\n\r\n`),
        body,
        Buffer.from('\r\n'),
      ]);
    dovecot.deliver('cjk@example.com', [
      mail('jis', `=?ISO-2022-JP?B?${konnichiwa.toString('base64')}?=`, 'ISO-2022-JP', konnichiwa),
      mail('sjis', 'order', 'Shift_JIS', chuumon),
      mail('gb', 'refund', 'GB2312', tuikuan),
    ]);
    const connector = connectorFor(dovecot, 'cjk@example.com');
    try {
      const all = await pullAll(connector, null);
      expect(all.unparsable).toEqual([]);
      expect(all.messages.map((m) => [m.subject, m.bodyText.trim()])).toEqual([
        ['こんにちは', 'こんにちは'],
        ['order', '注文'],
        ['refund', '退款'],
      ]);
    } finally {
      await connector.close();
    }
  });

  it('stops a pull when its signal aborts, as transient, and the next pull starts over cleanly', async () => {
    dovecot.deliver('abort@example.com', bulkMail(2000, 'abort'));
    const controller = new AbortController();
    const connector = connectorFor(dovecot, 'abort@example.com', {
      pageSize: 2000,
      onProgress: ({ fetched }) => {
        if (fetched >= 100) controller.abort();
      },
    });
    try {
      await expect(connector.pull(null, controller.signal)).rejects.toMatchObject({ kind: 'transient', message: 'Sync cancelled' });
      const all = await pullAll(connector, null);
      expect(all.messages).toHaveLength(2000);
    } finally {
      await connector.close();
    }
  });

  it('threads by References and In-Reply-To, and gives mail without a Message-ID a stable id', async () => {
    const root = sampleMail({ messageId: '<root@buyer.example>', subject: 'Broken zipper' });
    const reply = sampleMail({
      from: 'Example Shop <thread@example.com>',
      to: 'Anna Buyer <anna@buyer.example>',
      messageId: '<reply-1@example.com>',
      inReplyTo: '<root@buyer.example>',
      references: ['<root@buyer.example>'],
      subject: 'Re: Broken zipper',
    });
    const second = sampleMail({
      messageId: '<reply-2@buyer.example>',
      inReplyTo: '<reply-1@example.com>',
      references: ['<root@buyer.example>', '<reply-1@example.com>'],
      subject: 'Re: Broken zipper',
    });
    // A client that writes only In-Reply-To: joined to its parent's thread.
    const third = sampleMail({ messageId: '<reply-3@buyer.example>', inReplyTo: '<reply-2@buyer.example>', subject: 'Re: Broken zipper' });
    const orphan = sampleMail({ messageId: null, subject: 'No id at all', text: 'I have no Message-ID' });
    dovecot.deliver('thread@example.com', [root, reply, second, third, orphan]);

    const connector = connectorFor(dovecot, 'thread@example.com');
    try {
      const all = await pullAll(connector, null);
      const byId = new Map(all.messages.map((m) => [m.externalId, m]));
      for (const id of ['<root@buyer.example>', '<reply-1@example.com>', '<reply-2@buyer.example>', '<reply-3@buyer.example>']) {
        expect(byId.get(id)!.conversationExternalId).toBe('<root@buyer.example>');
      }
      expect(byId.get('<reply-1@example.com>')).toMatchObject({
        direction: 'outbound',
        authorKind: 'agent',
        customer: { channel: 'email', handle: 'anna@buyer.example', email: 'anna@buyer.example' },
      });
      const noId = all.messages.find((m) => m.subject === 'No id at all')!;
      expect(noId.externalId).toMatch(/^<[0-9a-f]{40}@no-message-id\.invalid>$/);
      expect(noId.conversationExternalId).toBe(noId.externalId);
      // Read again from scratch (new connector, no cursor): the same synthetic id.
      const fresh = connectorFor(dovecot, 'thread@example.com');
      const again = await pullAll(fresh, null);
      await fresh.close();
      expect(again.messages.find((m) => m.subject === 'No id at all')!.externalId).toBe(noId.externalId);
    } finally {
      await connector.close();
    }
  });

  it('recognises Amazon relay mail, takes the order id, and links the conversation to the order', async () => {
    const marketplaces = ['com', 'co.uk', 'de', 'fr', 'it', 'es', 'co.jp'];
    const mails = marketplaces.map((tld, i) =>
      sampleMail({
        from: `"Buyer ${i} - Amazon Marketplace" <relay${i}x7q@marketplace.amazon.${tld}>`,
        subject: i === 6 ? '注文番号 503-1111111-000000' + i + ' についての問い合わせ' : `Inquiry from Amazon customer (Order: 30${i}-1234567-765432${i})`,
        messageId: `<amazon-${i}@marketplace.amazon.${tld}>`,
        text: i === 6 ? 'Order ID 503-1111111-0000006 が届きません。' : 'Where is my order?',
      }),
    );
    dovecot.deliver('amazon@example.com', mails);
    const connector = connectorFor(dovecot, 'amazon@example.com', { channel: 'amazon' });
    const db = openDatabase(':memory:');
    addAccount(db, 1, 'amazon', 'amazon.de');
    const ingest = createIngestPipeline(db);
    try {
      expect(connector.channel).toBe('amazon');
      const all = await pullAll(connector, null);
      expect(all.messages).toHaveLength(7);
      all.messages.forEach((m, i) => {
        expect(m.customer).toMatchObject({ channel: 'amazon', handle: `relay${i}x7q@marketplace.amazon.${marketplaces[i]}`, email: null, name: `Buyer ${i}` });
      });
      expect(all.messages.map((m) => m.orderExternalId)).toEqual([
        '300-1234567-7654320',
        '301-1234567-7654321',
        '302-1234567-7654322',
        '303-1234567-7654323',
        '304-1234567-7654324',
        '305-1234567-7654325',
        '503-1111111-0000006',
      ]);
      // The German order is known to the cache: its conversation is linked to it.
      ingest.ingestOrders([
        {
          accountId: 1,
          externalId: '302-1234567-7654322',
          marketplace: 'amazon.de',
          customer: { channel: 'amazon', handle: 'relay2x7q@marketplace.amazon.de', name: 'Buyer 2' },
          placedAt: 1,
          status: 'shipped',
          currency: 'EUR',
          totalMinor: 1999,
          items: [],
          shipments: [],
        },
      ]);
      ingest.ingestMessages(all.messages);
      const linked = db
        .prepare(
          `SELECT c.external_id AS conversation, o.external_id AS orderId FROM conversations c JOIN orders o ON o.id = c.order_id`,
        )
        .all();
      expect(linked).toEqual([{ conversation: '<amazon-2@marketplace.amazon.de>', orderId: '302-1234567-7654322' }]);
    } finally {
      await connector.close();
      db.close();
    }
  });

  it('stores attachments on disk by SHA-256 and passes HTML through raw for the ingest sanitiser', async () => {
    const content = Buffer.from('%PDF-1.4 invoice bytes');
    const html = '<p>See photo <img src="https://tracker.example/pixel.gif"> and <img src="cid:part1"></p>';
    dovecot.deliver('attach@example.com', [
      sampleMail({ messageId: '<att-1@buyer.example>', html, attachment: { fileName: 'invoice.pdf', mimeType: 'application/pdf', content } }),
      sampleMail({ messageId: '<att-2@buyer.example>', attachment: { fileName: 'same.pdf', mimeType: 'application/pdf', content } }),
    ]);
    const connector = connectorFor(dovecot, 'attach@example.com');
    const attachmentsDir = (connector as unknown as { config: { attachmentsDir: string } }).config.attachmentsDir;
    try {
      const all = await pullAll(connector, null);
      const [first, second] = all.messages;
      const sha = '0b1b2ee0b1dd0f4b0e8ff3ab0c7b6ad6c47d1a41ae0ad52ff0d5e2ae9e4e1f5c'.length; // length of a hex sha256
      expect(first!.attachments).toEqual([{ fileName: 'invoice.pdf', mimeType: 'application/pdf', size: content.length, sha256: expect.any(String) }]);
      const hash = first!.attachments![0]!.sha256!;
      expect(hash).toHaveLength(sha);
      expect(second!.attachments![0]!.sha256).toBe(hash);
      const stored = attachmentPath(attachmentsDir, hash);
      expect(stored).toBe(path.join(attachmentsDir, hash.slice(0, 2), hash));
      expect(fs.readFileSync(stored).equals(content)).toBe(true);
      expect(fs.readdirSync(path.join(attachmentsDir, hash.slice(0, 2)))).toEqual([hash]);
      expect(first!.bodyHtml).toContain('https://tracker.example/pixel.gif');
      expect(first!.bodyHtml).toContain('cid:part1');

      const db = openDatabase(':memory:');
      addAccount(db, 1, 'email', null);
      createIngestPipeline(db).ingestMessages([first!]);
      const { body_html } = db.prepare('SELECT body_html FROM messages').get() as { body_html: string };
      expect(body_html).not.toMatch(/\ssrc="https:/);
      expect(body_html).toContain('data-remote-src="https://tracker.example/pixel.gif"');
      db.close();
    } finally {
      await connector.close();
    }
  });

  it('syncs the Sent mailbox as outbound mail to the buyer', async () => {
    dovecot.deliver('sent@example.com', [sampleMail({ messageId: '<q@buyer.example>' })]);
    dovecot.deliver(
      'sent@example.com',
      [
        sampleMail({
          from: 'sent@example.com',
          to: 'Anna Buyer <anna@buyer.example>',
          messageId: '<a@example.com>',
          inReplyTo: '<q@buyer.example>',
          references: ['<q@buyer.example>'],
          subject: 'Re: Where is my parcel?',
          text: 'It left our warehouse today.',
        }),
      ],
      'Sent',
    );
    const connector = connectorFor(dovecot, 'sent@example.com');
    try {
      const all = await pullAll(connector, null);
      expect(all.messages.map((m) => [m.externalId, m.direction, m.conversationExternalId])).toEqual([
        ['<q@buyer.example>', 'inbound', '<q@buyer.example>'],
        ['<a@example.com>', 'outbound', '<q@buyer.example>'],
      ]);
      expect(Object.keys((all.cursor as { mailboxes: object }).mailboxes).sort()).toEqual(['INBOX', 'Sent']);
    } finally {
      await connector.close();
    }
  });

  it('skips (and forgets) a configured mailbox that does not exist', async () => {
    dovecot.deliver('missing@example.com', bulkMail(2, 'missing'));
    const connector = connectorFor(dovecot, 'missing@example.com', { mailboxes: ['INBOX', 'No/Such/Box'] });
    try {
      const page = await connector.pull({ mailboxes: { 'No/Such/Box': { uidValidity: '1', lastUid: 9 } } });
      expect(page.messages).toHaveLength(2);
      expect(Object.keys((page.cursor as { mailboxes: object }).mailboxes)).toEqual(['INBOX']);
    } finally {
      await connector.close();
    }
  });

  it('pushes new mail through IDLE', async () => {
    const connector = connectorFor(dovecot, 'idle@example.com');
    let changes = 0;
    const stop = await connector.watch(() => changes++);
    try {
      const admin = await imapAdmin('idle@example.com');
      await new Promise((resolve) => setTimeout(resolve, 500));
      await admin.append('INBOX', sampleMail({ messageId: '<pushed@buyer.example>' }));
      await admin.logout();
      const deadline = Date.now() + 10_000;
      while (changes === 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
      expect(changes).toBeGreaterThan(0);
      const pulled = await connector.pull(null);
      expect(pulled.messages.map((m) => m.externalId)).toEqual(['<pushed@buyer.example>']);
    } finally {
      await stop();
      await connector.close();
    }
  });
});

describe('email connector: errors', () => {
  it('reports a rejected password as auth, from test() and pull()', async () => {
    const connector = connectorFor(dovecot, 'incr@example.com', {
      imap: { host: dovecot.host, port: dovecot.port, security: 'none', user: 'incr@example.com', pass: 'wrong' },
    });
    await expect(connector.test()).rejects.toMatchObject({ name: 'ConnectorError', kind: 'auth' });
    await expect(connector.pull(null)).rejects.toMatchObject({ kind: 'auth' });
    await connector.close();
  });

  it('reports a refused connection as transient', async () => {
    const port = await freePort();
    const connector = connectorFor(dovecot, 'incr@example.com', {
      imap: { host: '127.0.0.1', port, security: 'none', user: 'incr@example.com', pass: 'pw-incr' },
    });
    const error = await connector.pull(null).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConnectorError);
    expect(error).toMatchObject({ kind: 'transient' });
    await connector.close();
  });

  it('reports a server that goes away mid-sync as transient, then resumes from the stored cursor', async () => {
    // A server of its own, so that stopping it does not disturb the other tests.
    const own = await startDovecot({ users: [{ user: 'drop@example.com', pass: 'pw-drop' }] });
    try {
      // Between pages: page one stored, the server stops, the next pull fails, the sync resumes.
      own.deliver('drop@example.com', bulkMail(300, 'page'));
      const paged = connectorFor(own, 'drop@example.com', { pageSize: 100 });
      const first = await paged.pull(null);
      expect(first.messages).toHaveLength(100);
      const watchErrors: ConnectorError[] = [];
      const stopWatching = await paged.watch(() => undefined, (error) => watchErrors.push(error));
      await own.stop({ keepFiles: true });
      // The IDLE connection reports its loss once, so the engine falls back to its timer.
      const deadline = Date.now() + 10_000;
      while (watchErrors.length === 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
      expect(watchErrors.map((e) => e.kind)).toEqual(['transient']);
      await stopWatching();
      await expect(paged.pull(first.cursor)).rejects.toMatchObject({ name: 'ConnectorError', kind: 'transient' });
      await own.restart();
      const rest = await pullAll(paged, first.cursor);
      const ids = [...first.messages, ...rest.messages].map((m) => m.externalId);
      expect(ids).toHaveLength(300);
      expect(new Set(ids).size).toBe(300);
      await paged.close();

      // Inside one FETCH: large mails, so the server is stopped while it is still sending.
      const big = 'x'.repeat(76) + '\r\n';
      own.deliver('drop@example.com', bulkMail(600, 'big').map((m) => m + big.repeat(700)));
      let stopping: Promise<void> | null = null;
      const connector = connectorFor(own, 'drop@example.com', {
        pageSize: 1000,
        onProgress: ({ fetched }) => {
          if (fetched >= 100 && !stopping) stopping = own.stop({ keepFiles: true });
        },
      });
      const error = await connector.pull(rest.cursor).catch((e: unknown) => e);
      await stopping;
      expect(stopping).not.toBeNull();
      expect(error).toBeInstanceOf(ConnectorError);
      expect(error).toMatchObject({ kind: 'transient' });
      // Still down: transient again, not a crash.
      await expect(connector.pull(rest.cursor)).rejects.toMatchObject({ kind: 'transient' });
      await own.restart();
      const all = await pullAll(connector, rest.cursor);
      expect(all.messages).toHaveLength(600);
      expect(new Set(all.messages.map((m) => m.externalId)).size).toBe(600);
      await connector.close();
    } finally {
      await own.stop();
    }
  }, 90_000);
});
