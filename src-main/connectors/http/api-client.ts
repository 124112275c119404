// The shared call path of the marketplace connectors: bearer token in, JSON out, with the one refresh
// on 401, rate limits honoured from the platform's headers and every failure mapped to a ConnectorError.
//
// Throttling policy: waits of up to `maxInlineWaitMs` (default 2 s) happen inside the connector and the
// call is retried (at most twice); anything longer is returned to the engine as
// ConnectorError('rate_limited', { retryAfterMs }) so it reschedules this account without blocking others.
import { ConnectorError } from '../../sync/connector';
import { parseJsonBody, sendHttp, sleep, withQuery, type HttpResponse } from './http-client';
import type { OperationRateLimiter } from './rate-limit';
import { parseRetryAfter } from './rate-limit';
import type { TokenSource } from './oauth-token';

export interface PlatformError {
  code: string;
  message: string;
}

export interface ApiClientConfig {
  /** Names the platform in error messages ("Amazon SP-API", "eBay"). */
  label: string;
  baseUrl: string;
  token: TokenSource;
  authHeaders(token: string): Record<string, string>;
  /** Reads the platform's error body ({"errors":[...]}) for a readable reason. */
  readError(body: unknown): PlatformError | null;
  limiter?: OperationRateLimiter;
  /** Statuses that mean "this access token is no longer good": refresh once and retry. SP-API answers an
   * expired token with 403, eBay and Shopify with 401. */
  reauthStatuses?: number[];
  /** Wait used after a 429 that names no delay. */
  defaultRetryAfterMs?: number;
  maxInlineWaitMs?: number;
  timeoutMs?: number;
  now?: () => number;
}

export interface ApiCall {
  operation: string;
  method: 'GET' | 'POST';
  path: string;
  query?: Record<string, string | number | undefined | null>;
  json?: unknown;
  headers?: Record<string, string>;
  signal?: AbortSignal;
  /** Error statuses the caller handles itself (e.g. 404 = "no such order"); returned, not thrown. */
  acceptStatuses?: number[];
}

export interface ApiResult {
  status: number;
  headers: Headers;
  body: unknown;
  text: string;
}

const MAX_INLINE_RETRIES = 2;

export class ApiClient {
  readonly maxInlineWaitMs: number;
  private readonly now: () => number;

  constructor(readonly config: ApiClientConfig) {
    this.maxInlineWaitMs = config.maxInlineWaitMs ?? 2_000;
    this.now = config.now ?? Date.now;
  }

  async call(call: ApiCall): Promise<ApiResult> {
    const { label, limiter } = this.config;
    const what = `${label} ${call.operation}`;
    const url = withQuery(this.config.baseUrl.replace(/\/+$/, '') + call.path, call.query ?? {});
    let refreshed = false;
    let inlineRetries = 0;
    for (;;) {
      await limiter?.acquire(call.operation, this.maxInlineWaitMs, call.signal);
      const token = await this.config.token.get(call.signal);
      const res = await sendHttp(what, {
        method: call.method,
        url,
        headers: {
          accept: 'application/json',
          ...(call.json !== undefined ? { 'content-type': 'application/json' } : {}),
          ...this.config.authHeaders(token),
          ...call.headers,
        },
        body: call.json !== undefined ? JSON.stringify(call.json) : undefined,
        timeoutMs: this.config.timeoutMs,
        signal: call.signal,
      });
      limiter?.observe(call.operation, res.headers);

      if (call.acceptStatuses?.includes(res.status)) return { status: res.status, headers: res.headers, body: null, text: res.text };
      if ((this.config.reauthStatuses ?? [401]).includes(res.status) || res.status === 401) {
        // An expired or revoked access token: mint a new one once; a second 401 means the grant is gone.
        if (!refreshed && this.config.token.invalidate(token)) {
          refreshed = true;
          continue;
        }
        throw this.failure(what, res, 'auth', 'the credentials were rejected; reconnect the account');
      }
      if (res.status === 429) {
        const fromHeader = parseRetryAfter(res.headers.get('retry-after'), this.now());
        // A named delay wins; without one the bucket is empty by definition and its refill time is the wait.
        const fromQuota = fromHeader === null ? limiter?.throttled(call.operation) : undefined;
        const waitMs = fromHeader ?? fromQuota ?? this.config.defaultRetryAfterMs ?? 60_000;
        if (waitMs <= this.maxInlineWaitMs && inlineRetries < MAX_INLINE_RETRIES) {
          inlineRetries++;
          await sleep(waitMs, call.signal);
          continue;
        }
        throw this.failure(what, res, 'rate_limited', 'throttled', { retryAfterMs: waitMs });
      }
      if (res.status >= 500 || res.status === 408) throw this.failure(what, res, 'transient', 'the service failed; will retry');
      if (res.status === 403) throw this.failure(what, res, 'auth', 'access denied; the account may need to grant this permission again');
      if (res.status >= 400) throw this.failure(what, res, 'permanent', 'the request was refused');
      return { status: res.status, headers: res.headers, body: parseJsonBody(what, res), text: res.text };
    }
  }

  private failure(
    what: string,
    res: HttpResponse,
    kind: ConnectorError['kind'],
    fallback: string,
    extra: { retryAfterMs?: number } = {},
  ): ConnectorError {
    let platform: PlatformError | null = null;
    try {
      platform = this.config.readError(JSON.parse(res.text));
    } catch {
      platform = null;
    }
    const reason = platform ? `${platform.code}: ${platform.message}` : fallback;
    return new ConnectorError(kind, `${what} failed (HTTP ${res.status}, ${reason}).`, { ...extra, platformCode: platform?.code ?? `http_${res.status}` });
  }
}

/** Reads the `{"errors":[{code|errorId, message}]}` shape that SP-API and eBay REST share. */
export function readErrorsArray(body: unknown): PlatformError | null {
  const first = (body as { errors?: unknown } | null)?.errors;
  if (!Array.isArray(first) || first.length === 0) return null;
  const e = first[0] as Record<string, unknown>;
  const code = String(e.code ?? e.errorId ?? 'error');
  const message = String(e.longMessage ?? e.message ?? '');
  return { code, message };
}
