import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import type { ApiEventName, ApiEvents } from '../../../src-shared/api/contract';
import type { Core, CoreEventListener } from '../../../src-main/core/core-types';
import { startWebHost, type WebHost } from '../../../src-main/host/web/web-host';

// A core that echoes requests, so these tests are about the host: auth, origin, framing, events.
function echoCore() {
  const listeners = new Set<CoreEventListener>();
  const core: Core & { emit<E extends ApiEventName>(e: E, p: ApiEvents[E]): void } = {
    dataDir: '/tmp',
    handle: async (method, params) =>
      method === 'settings.get' ? { ok: true, value: { echo: params } } : { ok: false, error: { code: 'unknown_method', message: 'no' } },
    onEvent: (l) => (listeners.add(l), () => void listeners.delete(l)),
    close() {},
    emit: (e, p) => listeners.forEach((l) => l(e, p)),
  };
  return core;
}

let host: WebHost;
const core = echoCore();
let staticDir: string;

beforeAll(async () => {
  staticDir = fs.mkdtempSync(path.join(os.tmpdir(), 'agent-console-static-'));
  fs.writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>console</title>');
  fs.writeFileSync(path.join(os.tmpdir(), 'agent-console-secret.txt'), 'secret');
  host = await startWebHost({ core, staticDir });
});
afterAll(() => host.close());

function connect(opts: { token?: string; origin?: string; host?: string } = {}) {
  const token = opts.token ?? host.token;
  return new WebSocket(`ws://127.0.0.1:${host.port}/api?token=${encodeURIComponent(token)}`, {
    origin: opts.origin ?? `http://127.0.0.1:${host.port}`,
    headers: opts.host ? { Host: opts.host } : {},
  });
}

function rejection(ws: WebSocket): Promise<number> {
  return new Promise((resolve) => {
    ws.on('unexpected-response', (_req, res) => resolve(res.statusCode ?? 0));
    ws.on('open', () => resolve(101));
    ws.on('error', () => {});
  });
}

function opened(ws: WebSocket) {
  return new Promise<void>((resolve, reject) => {
    ws.on('open', () => resolve());
    ws.on('error', reject);
  });
}

function nextFrame(ws: WebSocket): Promise<unknown> {
  return new Promise((resolve) => ws.once('message', (data) => resolve(JSON.parse(data.toString()))));
}

describe('web host', () => {
  it('listens on 127.0.0.1 only and prints a URL carrying the token in the fragment', () => {
    expect(host.url).toBe(`http://127.0.0.1:${host.port}/#token=${host.token}`);
    expect(host.token.length).toBeGreaterThanOrEqual(32);
  });

  it('serves the renderer with a strict CSP and nothing outside its folder', async () => {
    const res = await fetch(`http://127.0.0.1:${host.port}/`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(res.headers.get('x-frame-options')).toBe('DENY');
    for (const p of ['/../agent-console-secret.txt', '/%2e%2e/agent-console-secret.txt', '/..%2fagent-console-secret.txt', '/%00']) {
      const r = await fetch(`http://127.0.0.1:${host.port}${p}`);
      expect(r.status, p).toBe(404);
    }
  });

  it('refuses a foreign Host header (DNS rebinding)', async () => {
    // fetch() may not set Host, so ask with node:http as a rebinding browser would.
    const status = await new Promise<number>((resolve, reject) => {
      http.get({ host: '127.0.0.1', port: host.port, path: '/', headers: { Host: 'evil.example' } }, (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      }).on('error', reject);
    });
    expect(status).toBe(421);
  });

  it('refuses a WebSocket without the right token, from another origin, or for another host', async () => {
    expect(await rejection(connect({ token: 'wrong' }))).toBe(401);
    expect(await rejection(connect({ token: '' }))).toBe(401);
    expect(await rejection(connect({ origin: 'https://evil.example' }))).toBe(403);
    expect(await rejection(connect({ origin: 'null' }))).toBe(403);
    expect(await rejection(connect({ host: `evil.example:${host.port}` }))).toBe(421);
  });

  it('answers requests by id, reports malformed frames, and pushes core events', async () => {
    const ws = connect();
    await opened(ws);
    ws.send(JSON.stringify({ id: 1, method: 'settings.get', params: { a: 1 } }));
    expect(await nextFrame(ws)).toEqual({ id: 1, result: { ok: true, value: { echo: { a: 1 } } } });
    ws.send('{not json');
    expect(await nextFrame(ws)).toMatchObject({ id: -1, result: { ok: false, error: { code: 'invalid_request' } } });
    ws.send(JSON.stringify({ method: 'settings.get' }));
    expect(await nextFrame(ws)).toMatchObject({ id: -1, result: { ok: false, error: { message: 'A request needs a numeric id.' } } });
    const event = nextFrame(ws);
    core.emit('settings.changed', { locale: 'zh-CN' });
    expect(await event).toEqual({ event: 'settings.changed', payload: { locale: 'zh-CN' } });
    ws.close();
  });

  it('closes a connection that sends an oversized frame, and keeps serving others', async () => {
    const ws = connect();
    await opened(ws);
    const closed = new Promise<number>((resolve) => ws.on('close', (code) => resolve(code)));
    ws.send('x'.repeat(2 * 1024 * 1024));
    expect(await closed).toBe(1009);
    const again = connect();
    await opened(again);
    again.send(JSON.stringify({ id: 2, method: 'settings.get', params: {} }));
    expect(await nextFrame(again)).toMatchObject({ id: 2, result: { ok: true } });
    again.close();
  });
});
