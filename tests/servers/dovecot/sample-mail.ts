// Raw RFC 5322 messages for filling test mailboxes: plain, threaded, HTML with attachments.

export interface SampleMail {
  from?: string;
  to?: string;
  subject?: string;
  messageId?: string | null;
  replyTo?: string;
  inReplyTo?: string;
  references?: string[];
  date?: Date;
  text?: string;
  html?: string;
  attachment?: { fileName: string; mimeType: string; content: Buffer };
}

const CRLF = '\r\n';

function encodedSubject(subject: string): string {
  // Non-ASCII subjects as an RFC 2047 encoded word, the way mail clients write them.
  return /^[\x20-\x7e]*$/.test(subject) ? subject : `=?UTF-8?B?${Buffer.from(subject).toString('base64')}?=`;
}

export function sampleMail(mail: SampleMail = {}): string {
  const headers = [
    `From: ${mail.from ?? 'Anna Buyer <anna@buyer.example>'}`,
    `To: ${mail.to ?? 'Shop <agent@example.com>'}`,
    `Subject: ${encodedSubject(mail.subject ?? 'Where is my parcel?')}`,
    `Date: ${(mail.date ?? new Date('2026-11-20T10:00:00Z')).toUTCString().replace('GMT', '+0000')}`,
    'MIME-Version: 1.0',
  ];
  if (mail.messageId !== null) headers.push(`Message-ID: ${mail.messageId ?? `<${Math.random().toString(36).slice(2)}@buyer.example>`}`);
  if (mail.replyTo) headers.push(`Reply-To: ${mail.replyTo}`);
  if (mail.inReplyTo) headers.push(`In-Reply-To: ${mail.inReplyTo}`);
  if (mail.references?.length) headers.push(`References: ${mail.references.join(' ')}`);
  const text = mail.text ?? 'Hello, my parcel has not arrived yet. Could you check?';
  const textPart = ['Content-Type: text/plain; charset=utf-8', 'Content-Transfer-Encoding: 8bit', '', text];
  if (!mail.html && !mail.attachment) return [...headers, ...textPart].join(CRLF) + CRLF;

  const boundary = `b_${Math.random().toString(36).slice(2)}`;
  const parts: string[][] = [textPart];
  if (mail.html) parts.push(['Content-Type: text/html; charset=utf-8', 'Content-Transfer-Encoding: 8bit', '', mail.html]);
  if (mail.attachment) {
    const base64 = mail.attachment.content.toString('base64').replace(/.{76}/g, `$&${CRLF}`);
    parts.push([
      `Content-Type: ${mail.attachment.mimeType}; name="${mail.attachment.fileName}"`,
      `Content-Disposition: attachment; filename="${mail.attachment.fileName}"`,
      'Content-Transfer-Encoding: base64',
      '',
      base64,
    ]);
  }
  const kind = mail.attachment ? 'mixed' : 'alternative';
  const body = parts.map((p) => `--${boundary}${CRLF}${p.join(CRLF)}`).join(CRLF) + `${CRLF}--${boundary}--`;
  return [...headers, `Content-Type: multipart/${kind}; boundary="${boundary}"`, '', body].join(CRLF) + CRLF;
}

/** `count` independent buyer questions with distinct Message-IDs, for volume tests and benchmarks. */
export function bulkMail(count: number, prefix = 'bulk'): string[] {
  const mails: string[] = [];
  const start = Date.UTC(2026, 0, 1);
  for (let i = 0; i < count; i++) {
    mails.push(
      sampleMail({
        from: `Buyer ${i} <buyer${i % 997}@buyer.example>`,
        subject: `Question ${i} about order 302-${String(1_000_000 + i).slice(-7)}-${String(7_000_000 + i).slice(-7)}`,
        messageId: `<${prefix}-${i}@buyer.example>`,
        date: new Date(start + i * 60_000),
        text: `Hello,\r\nthis is message number ${i}. The parcel has not arrived and the tracking has not moved for a week.\r\nPlease help.\r\nRegards`,
      }),
    );
  }
  return mails;
}
