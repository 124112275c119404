// Access tokens minted from a long-lived refresh token (Login with Amazon, eBay OAuth). Cached until a
// minute before expiry, refreshed by one request even when several calls need it at once, and dropped
// when the API says it is no longer valid (401), so the next call mints a fresh one.
import { ConnectorError } from '../../sync/connector';
import { parseJsonBody, sendHttp } from './http-client';
import { parseRetryAfter } from './rate-limit';

export interface AccessToken {
  value: string;
  expiresAt: number;
}

export interface TokenSource {
  get(signal?: AbortSignal): Promise<string>;
  /** Forget `token` because the API rejected it; false when this source cannot mint another one. */
  invalidate(token: string): boolean;
}

const EARLY_REFRESH_MS = 60_000;

export class RefreshingTokenSource implements TokenSource {
  private current: AccessToken | null = null;
  private pending: Promise<AccessToken> | null = null;

  constructor(
    private readonly mint: (signal?: AbortSignal) => Promise<AccessToken>,
    private readonly now: () => number = Date.now,
  ) {}

  async get(signal?: AbortSignal): Promise<string> {
    if (this.current && this.current.expiresAt - EARLY_REFRESH_MS > this.now()) return this.current.value;
    this.pending ??= this.mint(signal).finally(() => {
      this.pending = null;
    });
    this.current = await this.pending;
    return this.current.value;
  }

  invalidate(token: string): boolean {
    if (this.current?.value === token) this.current = null;
    return true;
  }
}

/** A token that cannot be refreshed (a Shopify Admin API access token): a 401 means reconnect. */
export class StaticTokenSource implements TokenSource {
  constructor(private readonly token: string) {}
  async get(): Promise<string> {
    return this.token;
  }
  invalidate(): boolean {
    return false;
  }
}

export interface RefreshTokenGrant {
  label: string;
  tokenUrl: string;
  form: Record<string, string>;
  headers?: Record<string, string>;
  timeoutMs?: number;
}

/** POSTs an OAuth 2.0 refresh_token grant (RFC 6749 §6) and reads `access_token` / `expires_in`. */
export async function requestAccessToken(grant: RefreshTokenGrant, now: () => number, signal?: AbortSignal): Promise<AccessToken> {
  const label = `${grant.label} token refresh`;
  const res = await sendHttp(label, {
    method: 'POST',
    url: grant.tokenUrl,
    headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json', ...grant.headers },
    body: new URLSearchParams(grant.form).toString(),
    timeoutMs: grant.timeoutMs,
    signal,
  });
  if (res.status === 429) {
    const retryAfterMs = parseRetryAfter(res.headers.get('retry-after'), now()) ?? 60_000;
    throw new ConnectorError('rate_limited', `${label}: throttled by the token endpoint.`, { retryAfterMs });
  }
  if (res.status >= 500) throw new ConnectorError('transient', `${label}: the token endpoint answered ${res.status}.`);
  const body = parseJsonBody(label, res) as { access_token?: unknown; expires_in?: unknown; error?: unknown; error_description?: unknown } | null;
  if (res.status >= 400 || !body || typeof body.access_token !== 'string') {
    const code = typeof body?.error === 'string' ? body.error : `http_${res.status}`;
    const detail = typeof body?.error_description === 'string' ? `: ${body.error_description}` : '';
    // invalid_grant / invalid_client / unauthorized_client: the stored credentials no longer work.
    throw new ConnectorError('auth', `${label} was refused (${code}${detail}). Reconnect the account to grant access again.`, {
      platformCode: code,
    });
  }
  const expiresIn = typeof body.expires_in === 'number' ? body.expires_in : 3600;
  return { value: body.access_token, expiresAt: now() + expiresIn * 1000 };
}
