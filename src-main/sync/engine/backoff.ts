// When to try again after a failure. Exponential backoff with jitter spreads the retries of many
// accounts (and many installs) instead of hammering a recovering server in lock-step; a platform's
// own "retry after" is a floor that is never undercut.
import { ConnectorError } from '../connector';

export interface BackoffPolicy {
  baseMs: number;
  maxMs: number;
}

export const DEFAULT_BACKOFF: BackoffPolicy = { baseMs: 2_000, maxMs: 15 * 60_000 };

/** Delay before attempt `failures + 1`: "equal jitter", between half and all of the exponential step. */
export function backoffDelay(failures: number, policy: BackoffPolicy, random: () => number = Math.random): number {
  const step = Math.min(policy.maxMs, policy.baseMs * 2 ** Math.max(0, Math.min(failures - 1, 30)));
  return Math.round(step / 2 + (random() * step) / 2);
}

/** Honour a rate limit: wait at least what the platform asked, plus a little jitter. */
export function rateLimitDelay(retryAfterMs: number, random: () => number = Math.random): number {
  return Math.ceil(retryAfterMs + random() * Math.min(1_000, retryAfterMs * 0.1));
}

const NETWORK_CODES = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'ENETUNREACH', 'EHOSTUNREACH', 'ENETDOWN', 'ETIMEDOUT', 'ECONNRESET', 'UND_ERR_CONNECT_TIMEOUT', 'UND_ERR_SOCKET']);

/** True when an error (or any of its causes) says the network could not reach the host at all. */
export function isNetworkError(error: unknown): boolean {
  let current: unknown = error;
  for (let depth = 0; current && depth < 6; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string' && NETWORK_CODES.has(code)) return true;
    current = current instanceof ConnectorError ? (current.options.cause ?? current.cause) : (current as { cause?: unknown }).cause;
  }
  return false;
}
