// Shared set-up for the email connector tests: a connector pointed at the test Dovecot (and SMTP
// server), and a loop that pulls until the server has nothing more, as the sync engine does.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { EmailConnector, type EmailAccountConfig } from '../../../../src-main/connectors/email/email-connector';
import type { PullResult, SyncCursor } from '../../../../src-main/sync/connector';
import type { DovecotServer } from '../../../servers/dovecot/start-dovecot';

export function tempDir(prefix: string): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

export function connectorFor(
  dovecot: DovecotServer,
  user: string,
  overrides: Partial<EmailAccountConfig> = {},
  smtp: { host: string; port: number } = { host: '127.0.0.1', port: 1 },
): EmailConnector {
  const pass = dovecot.users.find((u) => u.user === user)?.pass ?? 'secret';
  return new EmailConnector({
    accountId: 1,
    address: user,
    displayName: 'Example Shop',
    imap: { host: dovecot.host, port: dovecot.port, security: 'none', user, pass },
    smtp: { host: smtp.host, port: smtp.port, security: 'none', user, pass },
    attachmentsDir: path.join(tempDir('attachments-'), 'attachments'),
    timeoutMs: 5000,
    ...overrides,
  });
}

export interface PullAll {
  pulls: PullResult[];
  messages: PullResult['messages'];
  unparsable: PullResult['unparsable'];
  cursor: SyncCursor;
}

/** Pulls until `more` is false, as the engine does, collecting every page. */
export async function pullAll(connector: EmailConnector, cursor: SyncCursor | null, maxPulls = 1000): Promise<PullAll> {
  const pulls: PullResult[] = [];
  let current = cursor;
  for (let i = 0; i < maxPulls; i++) {
    const page = await connector.pull(current);
    pulls.push(page);
    current = page.cursor;
    if (!page.more) break;
  }
  return {
    pulls,
    messages: pulls.flatMap((p) => p.messages),
    unparsable: pulls.flatMap((p) => p.unparsable),
    cursor: current ?? {},
  };
}
