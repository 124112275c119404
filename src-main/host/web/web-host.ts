// The local web host: the same renderer and the same api as the Electron window, over HTTP and a
// WebSocket on 127.0.0.1. It is how the tests drive the real app, and the fallback when the Electron
// binary is missing. A random token guards the api; the Origin and Host headers are checked so that
// no other web page (or DNS-rebinding trick) in the user's browser can talk to it.
import { randomBytes, timingSafeEqual } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';
import type { WireEvent, WireResponse } from '../../../src-shared/api/contract';
import type { Core } from '../../core/core-types';
import { CONTENT_SECURITY_POLICY } from '../../../src-shared/security/content-security-policy';
import { serveStatic } from './static-files';

export interface WebHostOptions {
  core: Core;
  staticDir: string;
  port?: number;
  /** Fixed token for tests; random otherwise. */
  token?: string;
}

export interface WebHost {
  url: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

const MAX_FRAME_BYTES = 1024 * 1024;

const SECURITY_HEADERS = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

function sameToken(given: string | null, expected: string): boolean {
  if (!given) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

export function allowedHosts(port: number): Set<string> {
  return new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
}

export function allowedOrigins(port: number): Set<string> {
  return new Set([`http://127.0.0.1:${port}`, `http://localhost:${port}`]);
}

export async function startWebHost(options: WebHostOptions): Promise<WebHost> {
  const token = options.token ?? randomBytes(24).toString('base64url');
  let port = 0;

  const server = http.createServer((req, res) => {
    if (!allowedHosts(port).has(req.headers.host ?? '')) {
      res.writeHead(421, { 'Content-Type': 'text/plain; charset=utf-8' });
      res.end('Misdirected request');
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD' });
      res.end();
      return;
    }
    serveStatic(options.staticDir, req.url ?? '/', res, SECURITY_HEADERS);
  });

  const wss = new WebSocketServer({ noServer: true, maxPayload: MAX_FRAME_BYTES });
  const clients = new Set<WebSocket>();

  server.on('upgrade', (req, socket, head) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const refuse = (status: number, reason: string) => {
      socket.end(`HTTP/1.1 ${status} ${reason}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
    };
    if (url.pathname !== '/api') return refuse(404, 'Not Found');
    if (!allowedHosts(port).has(req.headers.host ?? '')) return refuse(421, 'Misdirected Request');
    if (!allowedOrigins(port).has(req.headers.origin ?? '')) return refuse(403, 'Forbidden');
    if (!sameToken(url.searchParams.get('token'), token)) return refuse(401, 'Unauthorized');
    wss.handleUpgrade(req, socket, head, (ws) => wss.emit('connection', ws));
  });

  wss.on('connection', (ws) => {
    clients.add(ws);
    ws.on('close', () => clients.delete(ws));
    // A protocol violation (e.g. a frame over the size limit) closes that connection; it must never
    // surface as an unhandled error in the process that holds the database.
    ws.on('error', (error) => {
      console.warn(`[web host] closed a connection: ${error.message}`);
      clients.delete(ws);
    });
    ws.on('message', async (data) => {
      let frame: unknown;
      try {
        frame = JSON.parse(data.toString());
      } catch {
        return send(ws, { id: -1, result: { ok: false, error: { code: 'invalid_request', message: 'The request was not valid JSON.' } } });
      }
      const { id, method, params } = (frame ?? {}) as { id?: unknown; method?: unknown; params?: unknown };
      if (typeof id !== 'number' || !Number.isSafeInteger(id)) {
        return send(ws, { id: -1, result: { ok: false, error: { code: 'invalid_request', message: 'A request needs a numeric id.' } } });
      }
      send(ws, { id, result: await options.core.handle(method, params) });
    });
  });

  const unsubscribe = options.core.onEvent((event, payload) => {
    const frame: WireEvent = { event, payload };
    for (const ws of clients) send(ws, frame);
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;

  return {
    port,
    token,
    url: `http://127.0.0.1:${port}/#token=${token}`,
    async close() {
      unsubscribe();
      for (const ws of clients) ws.terminate();
      wss.close();
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      // A page reconnecting at this moment, or a keep-alive socket, must not hold the shutdown open.
      server.closeAllConnections();
      await closed;
    },
  };
}

function send(ws: WebSocket, frame: WireResponse | WireEvent): void {
  if (ws.readyState === ws.OPEN) ws.send(JSON.stringify(frame));
}
