// The email connector's pure parts: Amazon relay recognition and order ids, the malformed-mail
// checks, threading, cursors and UID ranges, reply headers, and remote images kept blocked.
import { describe, expect, it } from 'vitest';
import { allowRemoteImages, countRemoteImages } from '../../../../src-shared/mail/remote-images';
import { buyerNameFromRelay, extractAmazonOrderId, recogniseAmazonRelay } from '../../../../src-main/connectors/amazon-relay/amazon-relay';
import { EmailConnector, readEmailCursor, uidRanges } from '../../../../src-main/connectors/email/email-connector';
import { emailConfigFrom, emailConnectorDefinition, emailSettingsSchema } from '../../../../src-main/connectors/email/email-definition';
import { findDefect, isKnownCharset } from '../../../../src-main/connectors/email/mail-defects';
import { messageIdForKey, replyRecipient, replySubject } from '../../../../src-main/connectors/email/outgoing-mail';
import { rawAsText, syntheticMessageId } from '../../../../src-main/connectors/email/parse-mail';
import { messageIds, ThreadIndex } from '../../../../src-main/connectors/email/threading';
import { sanitizeBodyHtml } from '../../../../src-main/ingest/sanitize-body';

describe('Amazon relay addresses', () => {
  it.each([
    ['0a1b2c3d4e5f6g7@marketplace.amazon.com', 'amazon.com'],
    ['Q7X9ABC@Marketplace.Amazon.co.uk', 'amazon.co.uk'],
    ['k3jh4g5@marketplace.amazon.de', 'amazon.de'],
    ['x@marketplace.amazon.fr', 'amazon.fr'],
    ['x@marketplace.amazon.it', 'amazon.it'],
    ['x@marketplace.amazon.es', 'amazon.es'],
    ['x@marketplace.amazon.co.jp', 'amazon.co.jp'],
    ['x@marketplace.amazon.ca', 'amazon.ca'],
    ['x@marketplace.amazon.com.mx', 'amazon.com.mx'],
  ])('%s is a relay address on %s', (address, marketplace) => {
    expect(recogniseAmazonRelay(address)).toEqual({ address: address.toLowerCase(), marketplace });
  });

  it.each([
    'seller-notification@amazon.de',
    'x@marketplace.amazon.evil.com',
    'x@amazon.com',
    'x@marketplace.amazon.co',
    'marketplace.amazon.de',
    '',
    null,
  ])('%s is not a relay address', (address) => {
    expect(recogniseAmazonRelay(address)).toBeNull();
  });

  it('finds the order id in the subject first, then the body, and not inside longer numbers', () => {
    expect(extractAmazonOrderId('Inquiry from Amazon customer (Order: 114-3941689-8772232)', 'body 999-9999999-9999999')).toBe('114-3941689-8772232');
    expect(extractAmazonOrderId('Hello', 'Bestellnummer: 302-1234567-7654321.')).toBe('302-1234567-7654321');
    expect(extractAmazonOrderId('注文番号：503-1111111-2222222について')).toBe('503-1111111-2222222');
    expect(extractAmazonOrderId('tracking 1302-1234567-7654321 and 302-1234567-76543210')).toBeNull();
    expect(extractAmazonOrderId('no order here', null, undefined)).toBeNull();
  });

  it('drops the "- Amazon Marketplace" suffix from the buyer name', () => {
    expect(buyerNameFromRelay('Anna Schmidt - Amazon Marketplace')).toBe('Anna Schmidt');
    expect(buyerNameFromRelay('Jean – Marketplace')).toBe('Jean');
    expect(buyerNameFromRelay('Plain Name')).toBe('Plain Name');
  });
});

describe('malformed mail checks', () => {
  const ok = 'From: a@b.example\r\nSubject: x\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nbody\r\n';
  it('accepts normal mail, East Asian and Windows charsets', () => {
    expect(findDefect(Buffer.from(ok))).toBeNull();
    for (const charset of ['iso-2022-jp', 'shift_jis', 'gb2312', 'gbk', 'big5', 'euc-kr', 'windows-1252', 'iso-8859-15', 'us-ascii']) {
      expect(isKnownCharset(charset)).toBe(true);
    }
    const multipart = 'From: a@b.example\r\nContent-Type: multipart/alternative;\r\n boundary="xyz"\r\n\r\n--xyz\r\nContent-Type: text/plain\r\n\r\nhi\r\n--xyz--\r\n';
    expect(findDefect(Buffer.from(multipart))).toBeNull();
  });

  it('names what is wrong', () => {
    expect(findDefect(Buffer.alloc(0))).toBe('empty message');
    expect(findDefect(Buffer.from('Subject: x\r\n\r\nbody'))).toBe('no From header');
    expect(findDefect(Buffer.from('From:\r\nSubject: x\r\n\r\nbody'))).toBe('no From header');
    expect(findDefect(Buffer.from('From: a@b\r\nContent-Type: text/plain; charset="x-klingon"\r\n\r\nbody'))).toMatch(/unknown charset "x-klingon"/);
    expect(findDefect(Buffer.from('From: a@b\r\nSubject: =?x-klingon?Q?abc?=\r\n\r\nbody'))).toMatch(/encoded header/);
    expect(findDefect(Buffer.from('From: a@b\r\nContent-Type: multipart/mixed\r\n\r\nbody'))).toBe('multipart message without a boundary');
    expect(findDefect(Buffer.from('From: a@b\r\nContent-Type: multipart/mixed; boundary=zz\r\n\r\nbody'))).toMatch(/never appears/);
    expect(findDefect(Buffer.from(`From: a@b\r\nX-Big: ${'y'.repeat(300_000)}\r\n\r\nbody`))).toMatch(/header section/);
  });

  it('keeps raw bytes intact as text, and gives id-less mail a stable synthetic id', () => {
    const latin = Buffer.from([0x63, 0x61, 0x66, 0xe9]);
    expect(Buffer.from(rawAsText(latin), 'latin1').equals(latin)).toBe(true);
    expect(rawAsText(Buffer.from('café 注文'))).toBe('café 注文');
    expect(syntheticMessageId(Buffer.from(ok))).toBe(syntheticMessageId(Buffer.from(ok)));
    expect(syntheticMessageId(Buffer.from(ok))).not.toBe(syntheticMessageId(Buffer.from(`${ok}x`)));
  });
});

describe('threading', () => {
  it('reads Message-IDs from header values', () => {
    expect(messageIds('<a@x> <b@y>\r\n <c@z>')).toEqual(['<a@x>', '<b@y>', '<c@z>']);
    expect(messageIds(['<a@x>', 'bare@y'])).toEqual(['<a@x>', '<bare@y>']);
    expect(messageIds(undefined)).toEqual([]);
  });

  it('uses the first reference as the root, and follows In-Reply-To through messages already seen', () => {
    const index = new ThreadIndex();
    expect(index.rootOf('<r@x>', null, [])).toBe('<r@x>');
    expect(index.rootOf('<a@x>', '<r@x>', ['<r@x>'])).toBe('<r@x>');
    expect(index.rootOf('<b@x>', '<a@x>', [])).toBe('<r@x>');
    expect(index.rootOf('<c@x>', '<unknown@x>', [])).toBe('<unknown@x>');
  });

  it('asks the cache for parents synced in an earlier run', () => {
    const index = new ThreadIndex((id) => (id === '<old-reply@x>' ? '<old-root@x>' : null));
    expect(index.rootOf('<new@x>', '<old-reply@x>', [])).toBe('<old-root@x>');
    expect(index.rootOf('<newer@x>', '<new@x>', [])).toBe('<old-root@x>');
    expect(index.rootOf('<other@x>', '<nobody@x>', [])).toBe('<nobody@x>');
  });

  it('stays bounded', () => {
    const index = new ThreadIndex(undefined, 2);
    index.rootOf('<1@x>', null, []);
    index.rootOf('<2@x>', null, []);
    index.rootOf('<3@x>', null, []);
    expect(index.rootOf('<reply@x>', '<1@x>', [])).toBe('<1@x>');
    expect(index.rootOf('<reply3@x>', '<3@x>', [])).toBe('<3@x>');
  });
});

describe('cursor and UID ranges', () => {
  it('compresses UID lists', () => {
    expect(uidRanges([1, 2, 3, 7, 9, 10])).toBe('1:3,7,9:10');
    expect(uidRanges([5])).toBe('5');
  });

  it('reads stored cursors and starts over on anything unreadable', () => {
    expect(readEmailCursor(null)).toEqual({ mailboxes: {} });
    expect(readEmailCursor({ mailboxes: { INBOX: { uidValidity: '17', lastUid: 40 }, Bad: { uidValidity: 17, lastUid: 'x' } } })).toEqual({
      mailboxes: { INBOX: { uidValidity: '17', lastUid: 40 } },
    });
    expect(readEmailCursor({ something: 'else' })).toEqual({ mailboxes: {} });
  });
});

describe('reply headers', () => {
  it('derives the same Message-ID from the same key, on the sender domain', () => {
    const id = messageIdForKey('outbox-42', 'shop@Example.COM');
    expect(id).toBe(messageIdForKey('outbox-42', 'shop@example.com'));
    expect(id).toMatch(/^<ac\.[0-9a-f]{32}@example\.com>$/);
    expect(messageIdForKey('outbox-43', 'shop@example.com')).not.toBe(id);
    expect(messageIdForKey('<given@example.com>', 'shop@example.com')).toBe('<given@example.com>');
  });

  it('prefixes Re: once', () => {
    expect(replySubject('Where is my parcel?')).toBe('Re: Where is my parcel?');
    expect(replySubject('RE: Where')).toBe('RE: Where');
    expect(replySubject('AW: Wo ist mein Paket')).toBe('AW: Wo ist mein Paket');
    expect(replySubject('回复：物流')).toBe('回复：物流');
  });

  it('replies to the relay address for Amazon buyers, else to the real address', () => {
    expect(replyRecipient({ handle: 'abc@marketplace.amazon.co.jp', name: 'A', email: 'a@real.example' })).toBe('abc@marketplace.amazon.co.jp');
    expect(replyRecipient({ handle: 'a@buyer.example', name: 'A', email: 'a@buyer.example' })).toBe('a@buyer.example');
    expect(() => replyRecipient({ handle: 'ebay-user', name: 'A', email: null })).toThrow(/No email address/);
  });
});

describe('remote images stay blocked until allowed', () => {
  it('parks every remote form, keeps inline ones, and loads them only when allowed', () => {
    const html = sanitizeBodyHtml(
      '<p><img src="https://t.example/a.gif"><img src="//t.example/b.gif"><img src=" http://t.example/c.gif"><img srcset="https://t.example/d.gif 1x"><img src="cid:logo"><img src="data:image/png;base64,AAAA"></p>',
    );
    expect(html).not.toMatch(/\ssrc="(https?:)?\/\//);
    expect(html).not.toContain('srcset');
    expect(countRemoteImages(html)).toBe(3);
    expect(html).toContain('src="cid:logo"');
    expect(html).toContain('src="data:image/png;base64,AAAA"');
    const allowed = allowRemoteImages(html);
    expect(allowed).toContain('src="https://t.example/a.gif"');
    expect(allowed).toContain('src="https://t.example/b.gif"');
    expect(allowed).toContain('src="http://t.example/c.gif"');
    expect(countRemoteImages(allowed)).toBe(0);
  });

  it('never turns a parked script URL into a src', () => {
    const html = sanitizeBodyHtml('<img data-remote-src="javascript:alert(1)"><div style="background:url(https://t.example/x)">x</div>');
    expect(allowRemoteImages(html)).not.toMatch(/javascript|url\(/);
  });
});

describe('email account definition', () => {
  it('validates settings with defaults and readable errors', () => {
    const parsed = emailSettingsSchema.parse({ address: 'support@shop.example', imapHost: 'imap.shop.example', smtpHost: 'smtp.shop.example', imapPort: '143', imapSecurity: 'starttls' });
    expect(parsed).toMatchObject({ imapPort: 143, imapSecurity: 'starttls', smtpPort: 465, smtpSecurity: 'tls' });
    const bad = emailSettingsSchema.safeParse({ address: 'not-an-address', imapHost: '', smtpHost: 's', imapSecurity: 'ssl3' });
    expect(bad.success).toBe(false);
    expect(bad.error!.issues.map((i) => i.path.join('.')).sort()).toEqual(['address', 'imapHost', 'imapSecurity']);
    expect(emailSettingsSchema.safeParse({ address: 'a@b.example', imapHost: 'i', smtpHost: 's', password: 'leak' }).success).toBe(false);
  });

  it('keeps the password out of the settings and builds the connector from settings + keychain secrets', () => {
    expect(emailConnectorDefinition.fields.filter((f) => f.kind === 'secret').map((f) => f.name)).toEqual(['password', 'smtpPassword']);
    expect(Object.keys(emailSettingsSchema.shape)).not.toContain('password');
    const settings = emailSettingsSchema.parse({ address: 'support@shop.example', imapHost: 'imap.shop.example', smtpHost: 'smtp.shop.example', username: 'u1' });
    const config = emailConfigFrom({ accountId: 7, settings, secrets: { password: 'pw', smtpPassword: 'spw' }, dataDir: '/data/accounts/7' });
    expect(config).toMatchObject({
      accountId: 7,
      channel: 'email',
      imap: { host: 'imap.shop.example', port: 993, security: 'tls', user: 'u1', pass: 'pw' },
      smtp: { host: 'smtp.shop.example', port: 465, security: 'tls', user: 'u1', pass: 'spw' },
      attachmentsDir: '/data/accounts/7/attachments',
    });
    const connector = emailConnectorDefinition.create({ accountId: 7, settings, secrets: { password: 'pw' }, dataDir: '/tmp/x' });
    expect(connector).toBeInstanceOf(EmailConnector);
    expect(connector.endpoint).toEqual({ host: 'imap.shop.example', port: 993 });
  });
});
