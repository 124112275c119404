// A real SMTP server in-process (npm smtp-server) for send tests: plain-text AUTH on a free port on
// 127.0.0.1, every accepted message kept with its envelope; rejectNext() makes the next DATA fail.
import { SMTPServer } from 'smtp-server';

export interface ReceivedMail {
  from: string;
  to: string[];
  raw: Buffer;
}

export interface SmtpTestServer {
  host: string;
  port: number;
  user: string;
  pass: string;
  received: ReceivedMail[];
  /** The next message is refused with this SMTP reply code (e.g. 451 or 550). */
  rejectNext(code: number, message: string): void;
  stop(): Promise<void>;
}

export async function startSmtp(options: { user?: string; pass?: string } = {}): Promise<SmtpTestServer> {
  const user = options.user ?? 'agent@example.com';
  const pass = options.pass ?? 'secret';
  const received: ReceivedMail[] = [];
  let rejection: { code: number; message: string } | null = null;

  const server = new SMTPServer({
    secure: false,
    disabledCommands: ['STARTTLS'],
    allowInsecureAuth: true,
    authMethods: ['PLAIN', 'LOGIN'],
    logger: false,
    onAuth(auth, _session, callback) {
      if (auth.username === user && auth.password === pass) callback(null, { user });
      else callback(Object.assign(new Error('Invalid username or password'), { responseCode: 535 }));
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        if (rejection) {
          const { code, message } = rejection;
          rejection = null;
          callback(Object.assign(new Error(message), { responseCode: code }));
          return;
        }
        received.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          to: session.envelope.rcptTo.map((r) => r.address),
          raw: Buffer.concat(chunks),
        });
        callback(null);
      });
    },
  });

  const port = await new Promise<number>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.server.address();
      if (address && typeof address === 'object') resolve(address.port);
      else reject(new Error('SMTP test server has no port'));
    });
  });
  server.on('error', () => undefined);

  return {
    host: '127.0.0.1',
    port,
    user,
    pass,
    received,
    rejectNext(code, message) {
      rejection = { code, message };
    },
    stop: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
