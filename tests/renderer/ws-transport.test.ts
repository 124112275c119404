// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { createWsTransport, type SocketLike } from '../../src-renderer/api/ws-transport';

class FakeSocket implements SocketLike {
  readyState = 0;
  sent: string[] = [];
  onopen: ((ev: unknown) => void) | null = null;
  onclose: ((ev: unknown) => void) | null = null;
  onmessage: ((ev: { data: unknown }) => void) | null = null;
  onerror: ((ev: unknown) => void) | null = null;
  send(data: string) {
    this.sent.push(data);
  }
  close() {
    this.readyState = 3;
    this.onclose?.({});
  }
  open() {
    this.readyState = 1;
    this.onopen?.({});
  }
  receive(frame: unknown) {
    this.onmessage?.({ data: JSON.stringify(frame) });
  }
}

function setup() {
  const sockets: FakeSocket[] = [];
  const transport = createWsTransport('ws://127.0.0.1:1/api?token=t', () => {
    const s = new FakeSocket();
    sockets.push(s);
    return s;
  });
  return { transport, sockets };
}

describe('WebSocket transport', () => {
  it('queues requests until the socket opens, then matches answers by id', async () => {
    const { transport, sockets } = setup();
    const a = transport.invoke('settings.get', {});
    const b = transport.invoke('sync.status', {});
    expect(sockets[0]!.sent).toEqual([]);
    sockets[0]!.open();
    const frames = sockets[0]!.sent.map((f) => JSON.parse(f));
    expect(frames.map((f) => f.method)).toEqual(['settings.get', 'sync.status']);
    sockets[0]!.receive({ id: frames[1].id, result: { ok: true, value: [] } });
    sockets[0]!.receive({ id: frames[0].id, result: { ok: true, value: { locale: 'en' } } });
    expect(await a).toEqual({ ok: true, value: { locale: 'en' } });
    expect(await b).toEqual({ ok: true, value: [] });
    transport.close();
  });

  it('delivers pushed events to subscribers until they unsubscribe', () => {
    const { transport, sockets } = setup();
    sockets[0]!.open();
    const seen: unknown[] = [];
    const off = transport.subscribe('settings.changed', (p) => seen.push(p));
    sockets[0]!.receive({ event: 'settings.changed', payload: { locale: 'zh-CN' } });
    sockets[0]!.receive({ event: 'sync.status', payload: { statuses: [] } });
    off();
    sockets[0]!.receive({ event: 'settings.changed', payload: { locale: 'en' } });
    expect(seen).toEqual([{ locale: 'zh-CN' }]);
    transport.close();
  });

  it('answers pending requests with "unavailable" when the connection drops, then reconnects', async () => {
    vi.useFakeTimers();
    const { transport, sockets } = setup();
    sockets[0]!.open();
    const pending = transport.invoke('outbox.list', {});
    sockets[0]!.close();
    expect(await pending).toMatchObject({ ok: false, error: { code: 'unavailable' } });
    vi.advanceTimersByTime(300);
    expect(sockets).toHaveLength(2);
    transport.close();
    vi.useRealTimers();
  });

  it('ignores frames that are not JSON', () => {
    const { transport, sockets } = setup();
    sockets[0]!.open();
    expect(() => sockets[0]!.onmessage?.({ data: '{oops' })).not.toThrow();
    transport.close();
  });
});
