// A real Dovecot IMAP server for tests and benchmarks: its own config, state and mail folders in a temp
// directory, plain-text login on a free high port on 127.0.0.1, stopped (and cleaned up) with stop().
// Needs Debian's dovecot-imapd (installed by .ci/run). Run as root it drops to nobody for the mail
// folders; run as another user it runs everything as that user.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

export interface DovecotUser {
  user: string;
  pass: string;
}

export interface DovecotServer {
  host: string;
  port: number;
  users: DovecotUser[];
  /** The Maildir of a user (its INBOX is this folder; other mailboxes are `.Name` subfolders). */
  maildir(user: string, mailbox?: string): string;
  /**
   * Writes messages straight into a mailbox's Maildir `cur/` (much faster than IMAP APPEND for
   * thousands of mails); Dovecot assigns UIDs in file-name order when it next looks.
   */
  deliver(user: string, messages: readonly (string | Buffer)[], mailbox?: string): void;
  /** Starts the server again after stop({ keepFiles: true }), on the same port. */
  restart(): Promise<void>;
  stop(options?: { keepFiles?: boolean }): Promise<void>;
}

export const DOVECOT_BINARY = '/usr/sbin/dovecot';

export function dovecotAvailable(): boolean {
  return fs.existsSync(DOVECOT_BINARY);
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

function waitForPort(port: number, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  return new Promise((resolve, reject) => {
    const attempt = () => {
      const socket = net.connect(port, '127.0.0.1');
      socket.once('data', () => {
        socket.destroy();
        resolve();
      });
      socket.once('error', () => {
        socket.destroy();
        if (Date.now() > deadline) reject(new Error(`dovecot did not listen on ${port} within ${timeoutMs} ms`));
        else setTimeout(attempt, 50);
      });
    };
    attempt();
  });
}

function config(root: string, port: number, owner: { user: string; group: string; uid: number; gid: number }): string {
  const asRoot = process.getuid?.() === 0;
  // Blocks are written over several lines: Dovecot rejects one-line `{ }` blocks.
  return `
protocols = imap
listen = 127.0.0.1
base_dir = ${root}/run
state_dir = ${root}/state
instance_name = test-dovecot-${port}
log_path = ${root}/dovecot.log
info_log_path = ${root}/dovecot.log
ssl = no
disable_plaintext_auth = no
auth_mechanisms = plain login
# Tests try wrong passwords on purpose: no 2 s penalty per failure.
auth_failure_delay = 0
mail_location = maildir:~/Maildir
mail_fsync = never
${asRoot ? '' : `default_login_user = ${owner.user}\ndefault_internal_user = ${owner.user}\ndefault_internal_group = ${owner.group}`}
namespace inbox {
  inbox = yes
  separator = /
  mailbox Sent {
    special_use = \\Sent
    auto = create
  }
}
service imap-login {
  inet_listener imap {
    address = 127.0.0.1
    port = ${port}
  }
  inet_listener imaps {
    port = 0
  }
}
service stats {
  unix_listener stats-reader {
    mode = 0666
  }
  unix_listener stats-writer {
    mode = 0666
  }
}
passdb {
  driver = passwd-file
  args = scheme=PLAIN username_format=%u ${root}/passwd
}
userdb {
  driver = static
  args = uid=${owner.uid} gid=${owner.gid} home=${root}/mail/%u
}
`;
}

function ownerOfMail(): { user: string; group: string; uid: number; gid: number } {
  if (process.getuid?.() === 0) {
    const id = (flag: string, name: string) => Number(spawnSync('id', [flag, name], { encoding: 'utf8' }).stdout.trim());
    return { user: 'nobody', group: 'nogroup', uid: id('-u', 'nobody'), gid: id('-g', 'nobody') };
  }
  const info = os.userInfo();
  const group = spawnSync('id', ['-gn'], { encoding: 'utf8' }).stdout.trim();
  return { user: info.username, group, uid: info.uid, gid: info.gid };
}

/** Every process below `pid` (the Dovecot master's services and sessions), read from /proc. */
function descendants(pid: number): number[] {
  const parentOf = new Map<number, number>();
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      // /proc/PID/stat: "pid (comm) state ppid ..."; comm may contain spaces, so read after the last ')'.
      const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      parentOf.set(Number(entry), ppid);
    } catch {
      // the process ended while we looked
    }
  }
  const found: number[] = [];
  const queue = [pid];
  while (queue.length) {
    const parent = queue.shift()!;
    for (const [child, ppid] of parentOf) {
      if (ppid === parent) {
        found.push(child);
        queue.push(child);
      }
    }
  }
  return found;
}

let sequence = 0;

/** Starts Dovecot with the given users (default one: agent@example.com / secret). */
export async function startDovecot(options: { users?: DovecotUser[]; port?: number } = {}): Promise<DovecotServer> {
  if (!dovecotAvailable()) {
    throw new Error(`${DOVECOT_BINARY} not found: install Debian's dovecot-imapd (apt-get install dovecot-imapd), as .ci/run does`);
  }
  const users = options.users ?? [{ user: 'agent@example.com', pass: 'secret' }];
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'dovecot-'));
  fs.chmodSync(root, 0o755);
  const port = options.port ?? (await freePort());
  const owner = ownerOfMail();
  for (const dir of ['run', 'state', 'mail']) fs.mkdirSync(path.join(root, dir));
  fs.writeFileSync(path.join(root, 'passwd'), users.map((u) => `${u.user}:{PLAIN}${u.pass}`).join('\n') + '\n');
  fs.writeFileSync(path.join(root, 'dovecot.conf'), config(root, port, owner));

  const maildir = (user: string, mailbox = 'INBOX') => {
    const base = path.join(root, 'mail', user, 'Maildir');
    return mailbox.toUpperCase() === 'INBOX' ? base : path.join(base, `.${mailbox.replace(/\//g, '.')}`);
  };
  const chownTree = (dir: string) => {
    spawnSync('chown', ['-R', `${owner.uid}:${owner.gid}`, dir]);
  };
  for (const u of users) {
    for (const sub of ['cur', 'new', 'tmp']) fs.mkdirSync(path.join(maildir(u.user), sub), { recursive: true });
    chownTree(path.join(root, 'mail', u.user));
  }

  let child: ChildProcess | null = null;
  const launch = async () => {
    child = spawn(DOVECOT_BINARY, ['-F', '-c', path.join(root, 'dovecot.conf')], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const exited = new Promise<never>((_, reject) =>
      child!.once('exit', (code) => reject(new Error(`dovecot exited with ${code}: ${stderr}${readLog()}`))),
    );
    await Promise.race([waitForPort(port, 10_000), exited]);
    exited.catch(() => undefined);
  };
  const readLog = () => {
    try {
      return fs.readFileSync(path.join(root, 'dovecot.log'), 'utf8').slice(-2000);
    } catch {
      return '';
    }
  };
  await launch();

  return {
    host: '127.0.0.1',
    port,
    users,
    maildir,
    deliver(user, messages, mailbox = 'INBOX') {
      const dir = maildir(user, mailbox);
      for (const sub of ['cur', 'new', 'tmp']) fs.mkdirSync(path.join(dir, sub), { recursive: true });
      const stamp = Math.floor(Date.now() / 1000);
      const batch = `${process.pid}_${++sequence}_${crypto.randomBytes(3).toString('hex')}`;
      messages.forEach((message, i) => {
        // Zero-padded counter: Dovecot sorts new files by name, so UIDs follow the array order.
        const name = `${stamp}.M${String(i).padStart(7, '0')}P${batch}.test,S=${Buffer.byteLength(message)}:2,`;
        fs.writeFileSync(path.join(dir, 'cur', name), message);
      });
      chownTree(dir);
    },
    async restart() {
      await launch();
    },
    async stop({ keepFiles = false } = {}) {
      const running = child;
      child = null;
      if (running && running.exitCode === null) {
        const exited = new Promise((resolve) => running.once('exit', resolve));
        // Dovecot lets logged-in imap processes finish their sessions after the master stops; a test
        // that stops the server wants those connections dropped too, so they are killed by pid.
        const sessions = descendants(running.pid!);
        running.kill('SIGTERM');
        for (const pid of sessions) {
          try {
            process.kill(pid, 'SIGKILL');
          } catch {
            // already gone
          }
        }
        await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5000))]);
        if (running.exitCode === null) running.kill('SIGKILL');
      }
      if (!keepFiles) await fs.promises.rm(root, { recursive: true, force: true });
    },
  };
}
