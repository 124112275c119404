import { describe, expect, it } from 'vitest';
import { ConnectorError } from '../../../src-main/sync/connector';
import { backoffDelay, isNetworkError, rateLimitDelay } from '../../../src-main/sync/engine/backoff';

describe('backoff', () => {
  const policy = { baseMs: 1_000, maxMs: 60_000 };

  it('doubles per failure between half and all of the step, capped', () => {
    for (const [failures, step] of [[1, 1_000], [2, 2_000], [3, 4_000], [7, 60_000], [50, 60_000]] as const) {
      expect(backoffDelay(failures, policy, () => 0)).toBe(step / 2);
      expect(backoffDelay(failures, policy, () => 0.999999)).toBe(step);
    }
  });

  it('spreads retries: many accounts failing together do not retry in lock-step', () => {
    const delays = new Set(Array.from({ length: 50 }, () => backoffDelay(4, policy)));
    expect(delays.size).toBeGreaterThan(40);
  });

  it('never waits less than a rate limit asks, and adds at most a second of jitter', () => {
    expect(rateLimitDelay(5_000, () => 0)).toBe(5_000);
    expect(rateLimitDelay(5_000, () => 0.999999)).toBeLessThanOrEqual(5_500);
    expect(rateLimitDelay(60_000, () => 0.999999)).toBeLessThanOrEqual(61_000);
  });

  it('tells an unreachable host from a failing one through the causes of an error', () => {
    const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:1'), { code: 'ECONNREFUSED' });
    const wrapped = new ConnectorError('transient', 'Cannot reach host', { cause: new TypeError('fetch failed', { cause: refused }) });
    expect(isNetworkError(wrapped)).toBe(true);
    expect(isNetworkError(Object.assign(new Error('getaddrinfo ENOTFOUND x'), { code: 'ENOTFOUND' }))).toBe(true);
    expect(isNetworkError(new ConnectorError('transient', 'HTTP 503'))).toBe(false);
  });
});
