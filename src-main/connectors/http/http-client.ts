// One HTTP exchange with a timeout, turned into either a response or a ConnectorError whose kind tells
// the sync engine what to do next (retry soon, back off, ask the user to reconnect, give up).
import { createHash } from 'node:crypto';
import { ConnectorError } from '../../sync/connector';

export interface HttpRequest {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  url: string;
  headers?: Record<string, string>;
  body?: string;
  /** Per-exchange deadline; a server that never answers must not hang a sync. */
  timeoutMs?: number;
  signal?: AbortSignal;
}

export interface HttpResponse {
  status: number;
  headers: Headers;
  text: string;
}

export const DEFAULT_TIMEOUT_MS = 30_000;

/** Sends one request. Network failures and timeouts become transient ConnectorErrors; a caller's abort stays an abort. */
export async function sendHttp(label: string, req: HttpRequest): Promise<HttpResponse> {
  const timeoutMs = req.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const timeout = AbortSignal.timeout(timeoutMs);
  const signal = req.signal ? AbortSignal.any([req.signal, timeout]) : timeout;
  try {
    const res = await fetch(req.url, { method: req.method, headers: req.headers, body: req.body, signal, redirect: 'follow' });
    const text = await res.text();
    return { status: res.status, headers: res.headers, text };
  } catch (err) {
    if (req.signal?.aborted) throw req.signal.reason ?? err;
    const host = safeHost(req.url);
    if (timeout.aborted) {
      throw new ConnectorError('transient', `${label}: ${host} did not answer within ${Math.round(timeoutMs / 1000)} s.`, { cause: err });
    }
    const reason = err instanceof Error ? ((err.cause as Error | undefined)?.message ?? err.message) : String(err);
    throw new ConnectorError('transient', `${label}: could not reach ${host} (${reason}).`, { cause: err });
  }
}

/** Parses a JSON body; a body that is not JSON is a clear, retryable error naming what came back. */
export function parseJsonBody(label: string, res: HttpResponse): unknown {
  if (res.text.trim() === '') return null;
  try {
    return JSON.parse(res.text) as unknown;
  } catch (err) {
    throw new ConnectorError(
      'transient',
      `${label}: the server answered ${res.status} with a body that is not valid JSON (${(err as Error).message}); starts with ${JSON.stringify(res.text.slice(0, 80))}.`,
      { platformCode: 'malformed_body', cause: err },
    );
  }
}

export function safeHost(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}

/** Host and port of a service URL, for the engine's reachability probe. */
export function hostAndPort(url: string): { host: string; port: number } {
  const u = new URL(url);
  return { host: u.hostname, port: u.port ? Number(u.port) : u.protocol === 'https:' ? 443 : 80 };
}

export function withQuery(url: string, query: Record<string, string | number | undefined | null>): string {
  const u = new URL(url);
  for (const [k, v] of Object.entries(query)) if (v !== undefined && v !== null) u.searchParams.set(k, String(v));
  return u.toString();
}

/** Waits, waking early (with the abort reason) when the caller aborts. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/**
 * A stable id for a record that has none we can read: the same broken record synced twice is one
 * "could not parse" item, not two.
 */
export function unreadableId(kind: string, raw: unknown): string {
  return `${kind}:unreadable:${createHash('sha256').update(JSON.stringify(raw) ?? 'undefined').digest('hex').slice(0, 20)}`;
}
