// The email connector's first sync of N messages from a local Dovecot, beside mbsync (Debian's isync)
// syncing the same mailbox to a Maildir in the same run. mbsync only copies bytes; the connector also
// parses every message (MIME, charsets, threading, attachments), so the ratio shows what that costs.
// mbsync runs with `FSync no` (its default fsyncs every message, which measures the disk, not IMAP);
// the connector is timed alone and with the ingest pipeline storing each page in a SQLite file, as the
// app does. All read a mailbox Dovecot has already indexed and cached, with the connector's code already
// compiled (one untimed run of each first).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { EmailConnector } from '../../src-main/connectors/email/email-connector';
import { openDatabase } from '../../src-main/db/open-database';
import { createIngestPipeline } from '../../src-main/ingest/ingest-pipeline';
import type { SyncCursor } from '../../src-main/sync/connector';
import { bulkMail } from '../servers/dovecot/sample-mail';
import { dovecotAvailable, startDovecot, type DovecotServer } from '../servers/dovecot/start-dovecot';
import { fmt, percentile, perSecond } from './stats';

const MBSYNC = '/usr/bin/mbsync';
const USER = 'bench@example.com';
const PASS = 'bench-secret';

function mbsyncConfig(dovecot: DovecotServer, maildir: string): string {
  return `FSync no

IMAPAccount bench
Host ${dovecot.host}
Port ${dovecot.port}
User ${USER}
Pass ${PASS}
SSLType None
AuthMechs LOGIN

IMAPStore bench-far
Account bench

MaildirStore bench-near
Path ${maildir}/
Inbox ${maildir}/INBOX

Channel bench
Far :bench-far:
Near :bench-near:
Patterns INBOX
Create Near
Sync Pull
SyncState *
`;
}

/** One full mbsync of INBOX into a fresh Maildir; returns elapsed ms and the messages it wrote. */
function runMbsync(dovecot: DovecotServer, workDir: string, name: string): { ms: number; messages: number } {
  const maildir = path.join(workDir, name);
  fs.mkdirSync(maildir, { recursive: true });
  const config = path.join(workDir, `${name}.mbsyncrc`);
  fs.writeFileSync(config, mbsyncConfig(dovecot, maildir), { mode: 0o600 });
  const started = performance.now();
  const run = spawnSync(MBSYNC, ['-c', config, '-q', 'bench'], { encoding: 'utf8' });
  const ms = performance.now() - started;
  if (run.status !== 0) throw new Error(`mbsync failed (${run.status}): ${run.stderr}`);
  const messages = ['cur', 'new'].reduce((n, sub) => n + fs.readdirSync(path.join(maildir, 'INBOX', sub)).length, 0);
  return { ms, messages };
}

/** The connector's first sync, page after page as the engine pulls; returns elapsed ms and messages. */
async function runConnector(dovecot: DovecotServer, workDir: string, store: boolean): Promise<{ ms: number; messages: number; pulls: number }> {
  const db = store ? openDatabase(path.join(workDir, `bench-${Date.now()}.sqlite`)) : null;
  db?.prepare(`INSERT INTO accounts (id, channel, name, marketplace, created_at) VALUES (1, 'email', 'bench', NULL, 0)`).run();
  const ingest = db ? createIngestPipeline(db) : null;
  const connector = new EmailConnector({
    accountId: 1,
    address: USER,
    imap: { host: dovecot.host, port: dovecot.port, security: 'none', user: USER, pass: PASS },
    smtp: { host: dovecot.host, port: 1, security: 'none', user: USER, pass: PASS },
    mailboxes: ['INBOX'],
    sentMailbox: null,
    attachmentsDir: path.join(workDir, 'attachments'),
  });
  const started = performance.now();
  let cursor: SyncCursor | null = null;
  let messages = 0;
  let pulls = 0;
  try {
    for (;;) {
      const page = await connector.pull(cursor);
      pulls++;
      messages += page.messages.length + page.unparsable.length;
      ingest?.ingestMessages(page.messages);
      cursor = page.cursor;
      if (!page.more) break;
    }
  } finally {
    await connector.close();
    db?.close();
  }
  return { ms: performance.now() - started, messages, pulls };
}

export async function runEmailSyncBenchmark(count = 10_000, rounds = 3): Promise<string[]> {
  const title = `email first sync of ${fmt.int(count)} messages from local Dovecot: connector vs mbsync`;
  if (!dovecotAvailable() || !fs.existsSync(MBSYNC)) {
    return [`${title}: SKIPPED (needs Debian's dovecot-imapd and isync, as .ci/run installs)`];
  }
  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'agent-console-email-bench-'));
  const dovecot = await startDovecot({ users: [{ user: USER, pass: PASS }] });
  try {
    const mails = bulkMail(count, 'bench');
    const bytes = mails.reduce((n, m) => n + Buffer.byteLength(m), 0);
    dovecot.deliver(USER, mails);
    // Warm-up: Dovecot builds its index and cache for the mailbox on first access, and the connector's
    // code is compiled by V8 on its first pages; no timed run pays either.
    runMbsync(dovecot, workDir, 'warmup');
    await runConnector(dovecot, workDir, false);
    // Interleaved rounds, medians reported: on a shared machine the load changes from second to second,
    // and each ratio should compare runs made under the same conditions.
    const runs: Record<'connector' | 'stored' | 'mbsync', { messages: number; ms: number }[]> = { connector: [], stored: [], mbsync: [] };
    for (let round = 0; round < rounds; round++) {
      runs.connector.push(await runConnector(dovecot, workDir, false));
      runs.mbsync.push(runMbsync(dovecot, workDir, `round${round}`));
      runs.stored.push(await runConnector(dovecot, workDir, true));
    }
    for (const [name, list] of Object.entries(runs)) {
      for (const run of list) if (run.messages !== count) throw new Error(`email benchmark: ${name} synced ${run.messages} of ${count} messages`);
    }
    const rate = (list: { messages: number; ms: number }[]) => percentile(list.map((run) => perSecond(run.messages, run.ms)), 50);
    const line = (label: string, list: { messages: number; ms: number }[]) =>
      `  ${label.padEnd(44)} ${fmt.int(rate(list)).padStart(7)} msgs/s   (runs: ${list.map((r) => fmt.ms(r.ms)).join(', ')})`;
    const version = spawnSync(MBSYNC, ['--version'], { encoding: 'utf8' }).stdout.trim();
    return [
      `${title} (${(bytes / 1024 / 1024).toFixed(1)} MB), median of ${rounds} interleaved rounds`,
      line('connector (imapflow + mailparser, 500/pull)', runs.connector),
      line('connector + ingest pipeline into SQLite', runs.stored),
      line(`mbsync (${version}) to Maildir, FSync no`, runs.mbsync),
      `  ratio connector / mbsync                     ${fmt.ratio(rate(runs.connector) / rate(runs.mbsync)).padStart(7)}`,
      `  ratio connector + ingest / mbsync            ${fmt.ratio(rate(runs.stored) / rate(runs.mbsync)).padStart(7)}`,
      `  (mbsync's default FSync yes syncs each message to disk, ~10x slower here; left out as disk-bound)`,
    ];
  } finally {
    await dovecot.stop();
    fs.rmSync(workDir, { recursive: true, force: true });
  }
}
