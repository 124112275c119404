// Reading the platforms' throttling signals: Retry-After (seconds or an HTTP date) and Amazon's
// x-amzn-RateLimit-Limit (requests per second), plus a per-operation token bucket that paces calls
// by the documented rate and burst and learns the live rate from the header.
import { ConnectorError } from '../../sync/connector';
import { sleep } from './http-client';

/** Milliseconds to wait according to a Retry-After header, or null when absent or unreadable. */
export function parseRetryAfter(value: string | null, now: number): number | null {
  if (value === null) return null;
  const trimmed = value.trim();
  if (/^\d+(\.\d+)?$/.test(trimmed)) return Math.ceil(Number(trimmed) * 1000);
  const date = Date.parse(trimmed);
  if (Number.isNaN(date)) return null;
  return Math.max(0, date - now);
}

/** Requests per second from `x-amzn-RateLimit-Limit`, or null (the header is best effort and absent on 429). */
export function parseAmznRateLimit(value: string | null): number | null {
  if (value === null) return null;
  const rate = Number(value.trim());
  return Number.isFinite(rate) && rate > 0 ? rate : null;
}

export interface RateSpec {
  /** Sustained requests per second. */
  rate: number;
  /** Requests that may be made at once before the rate applies. */
  burst: number;
}

interface Bucket extends RateSpec {
  tokens: number;
  at: number;
}

/**
 * A token bucket per operation. `acquire` waits for a token when the wait is at most `maxInlineWaitMs`;
 * a longer wait is handed to the sync engine as ConnectorError('rate_limited', { retryAfterMs }) so that
 * one account's quota never holds the scheduler for minutes.
 */
export class OperationRateLimiter {
  private readonly buckets = new Map<string, Bucket>();

  constructor(
    private readonly specs: Record<string, RateSpec>,
    private readonly label: string,
    private readonly now: () => number = Date.now,
  ) {}

  private bucket(operation: string): Bucket {
    let b = this.buckets.get(operation);
    if (!b) {
      const spec = this.specs[operation] ?? { rate: 1, burst: 1 };
      b = { ...spec, tokens: spec.burst, at: this.now() };
      this.buckets.set(operation, b);
    }
    const t = this.now();
    b.tokens = Math.min(b.burst, b.tokens + ((t - b.at) / 1000) * b.rate);
    b.at = t;
    return b;
  }

  /** Milliseconds until the operation has a token. */
  waitMs(operation: string): number {
    const b = this.bucket(operation);
    return b.tokens >= 1 ? 0 : Math.ceil(((1 - b.tokens) / b.rate) * 1000);
  }

  async acquire(operation: string, maxInlineWaitMs: number, signal?: AbortSignal): Promise<void> {
    const wait = this.waitMs(operation);
    if (wait > maxInlineWaitMs) {
      throw new ConnectorError('rate_limited', `${this.label}: ${operation} quota used up; next call allowed in ${Math.ceil(wait / 1000)} s.`, {
        retryAfterMs: wait,
      });
    }
    if (wait > 0) await sleep(wait, signal);
    this.bucket(operation).tokens -= 1;
  }

  /** Learns the live rate from the response header (the bucket's burst stays as documented). */
  observe(operation: string, headers: Headers): void {
    const rate = parseAmznRateLimit(headers.get('x-amzn-ratelimit-limit'));
    if (rate !== null) this.bucket(operation).rate = rate;
  }

  /** After a 429 the bucket is empty by definition; returns how long until the next token. */
  throttled(operation: string): number {
    const b = this.bucket(operation);
    b.tokens = Math.min(b.tokens, 0);
    return this.waitMs(operation);
  }
}
