// The web host's transport: one WebSocket to /api on the page's own origin, requests matched to
// answers by id, pushed events fanned out to subscribers, reconnection with backoff.
import type { ApiEventName, ApiEvents, ApiResult, ApiTransport, WireEvent, WireResponse } from '../../src-shared/api/contract';

export interface SocketLike {
  readyState: number;
  send(data: string): void;
  close(): void;
  onopen: ((ev: unknown) => void) | null;
  onclose: ((ev: unknown) => void) | null;
  onmessage: ((ev: { data: unknown }) => void) | null;
  onerror: ((ev: unknown) => void) | null;
}

const OPEN = 1;

export function createWsTransport(url: string, makeSocket: (url: string) => SocketLike = (u) => new WebSocket(u) as unknown as SocketLike): ApiTransport & { close(): void } {
  let socket: SocketLike | null = null;
  let nextId = 1;
  let retry = 0;
  let closedByUs = false;
  const pending = new Map<number, (result: ApiResult<unknown>) => void>();
  const queue: string[] = [];
  const listeners = new Map<string, Set<(payload: unknown) => void>>();

  const unavailable = (message: string): ApiResult<never> => ({ ok: false, error: { code: 'unavailable', message } });

  function connect() {
    const ws = makeSocket(url);
    socket = ws;
    ws.onopen = () => {
      retry = 0;
      while (queue.length) ws.send(queue.shift()!);
    };
    ws.onmessage = (event) => {
      let frame: WireResponse | WireEvent;
      try {
        frame = JSON.parse(String(event.data));
      } catch {
        return;
      }
      if ('event' in frame) {
        listeners.get(frame.event)?.forEach((l) => l(frame.payload));
        return;
      }
      const resolve = pending.get(frame.id);
      if (resolve) {
        pending.delete(frame.id);
        resolve(frame.result);
      }
    };
    ws.onclose = () => {
      socket = null;
      for (const resolve of pending.values()) resolve(unavailable('The connection to the console was lost. Retrying…'));
      pending.clear();
      if (closedByUs) return;
      const delay = Math.min(10_000, 250 * 2 ** retry++);
      setTimeout(connect, delay);
    };
    ws.onerror = () => {};
  }
  connect();

  return {
    invoke(method, params) {
      const id = nextId++;
      const frame = JSON.stringify({ id, method, params });
      return new Promise((resolve) => {
        pending.set(id, resolve as (r: ApiResult<unknown>) => void);
        if (socket && socket.readyState === OPEN) socket.send(frame);
        else queue.push(frame);
      });
    },
    subscribe<E extends ApiEventName>(event: E, listener: (payload: ApiEvents[E]) => void) {
      let set = listeners.get(event);
      if (!set) listeners.set(event, (set = new Set()));
      const l = listener as (payload: unknown) => void;
      set.add(l);
      return () => void set!.delete(l);
    },
    close() {
      closedByUs = true;
      socket?.close();
    },
  };
}
