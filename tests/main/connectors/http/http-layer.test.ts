// The shared HTTP layer of the marketplace connectors: money in minor units, Retry-After, the token
// source, timeouts and unreachable hosts.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { parseJsonBody, sendHttp } from '../../../../src-main/connectors/http/http-client';
import { toMinorUnits } from '../../../../src-main/connectors/http/money';
import { RefreshingTokenSource } from '../../../../src-main/connectors/http/oauth-token';
import { OperationRateLimiter, parseAmznRateLimit, parseRetryAfter } from '../../../../src-main/connectors/http/rate-limit';
import { ConnectorError } from '../../../../src-main/sync/connector';

const servers: http.Server[] = [];
afterEach(async () => {
  for (const s of servers.splice(0)) {
    s.closeAllConnections();
    await new Promise((r) => s.close(r));
  }
});

async function serve(handler: http.RequestListener): Promise<string> {
  const s = http.createServer(handler);
  servers.push(s);
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', r));
  return `http://127.0.0.1:${(s.address() as AddressInfo).port}`;
}

describe('money', () => {
  it('uses each currency’s own decimals, exactly, from strings', () => {
    expect(toMinorUnits('12.99', 'EUR')).toBe(1299);
    expect(toMinorUnits('0.1', 'USD')).toBe(10);
    expect(toMinorUnits('1980', 'JPY')).toBe(1980);
    expect(toMinorUnits('1980.00', 'JPY')).toBe(1980);
    expect(toMinorUnits('1.5', 'KWD')).toBe(1500);
    expect(toMinorUnits('19.995', 'EUR')).toBe(2000);
    expect(toMinorUnits('-5.25', 'GBP')).toBe(-525);
    expect(() => toMinorUnits('12,99', 'EUR')).toThrow(/not a decimal amount/);
  });
});

describe('rate-limit headers', () => {
  it('reads Retry-After as seconds or as an HTTP date, and x-amzn-RateLimit-Limit as requests per second', () => {
    const now = Date.parse('2026-11-20T12:00:00Z');
    expect(parseRetryAfter('2', now)).toBe(2000);
    expect(parseRetryAfter('1.5', now)).toBe(1500);
    expect(parseRetryAfter('Fri, 20 Nov 2026 12:00:30 GMT', now)).toBe(30_000);
    expect(parseRetryAfter('soon', now)).toBeNull();
    expect(parseRetryAfter(null, now)).toBeNull();
    expect(parseAmznRateLimit('0.0056')).toBe(0.0056);
    expect(parseAmznRateLimit('')).toBeNull();
  });

  it('a token bucket allows the burst, then hands a long wait to the caller as rate_limited', async () => {
    let t = 0;
    const limiter = new OperationRateLimiter({ op: { rate: 0.5, burst: 2 } }, 'Test', () => t);
    await limiter.acquire('op', 0);
    await limiter.acquire('op', 0);
    const err = (await limiter.acquire('op', 1000).catch((e: unknown) => e)) as ConnectorError;
    expect(err).toMatchObject({ kind: 'rate_limited', options: { retryAfterMs: 2000 } });
    t += 2000;
    await expect(limiter.acquire('op', 0)).resolves.toBeUndefined();
  });
});

describe('token source', () => {
  it('mints once for concurrent callers, reuses until shortly before expiry, and re-mints after invalidate', async () => {
    let t = 0;
    let minted = 0;
    const source = new RefreshingTokenSource(async () => {
      minted++;
      await new Promise((r) => setTimeout(r, 10));
      return { value: `tok-${minted}`, expiresAt: t + 3_600_000 };
    }, () => t);
    const [a, b] = await Promise.all([source.get(), source.get()]);
    expect([a, b, minted]).toEqual(['tok-1', 'tok-1', 1]);
    t += 3_600_000 - 30_000;
    expect(await source.get()).toBe('tok-2');
    source.invalidate('tok-2');
    expect(await source.get()).toBe('tok-3');
  });
});

describe('sendHttp', () => {
  it('a server that never answers ends as a transient timeout error', async () => {
    const url = await serve(() => undefined);
    const err = (await sendHttp('Test', { method: 'GET', url, timeoutMs: 200 }).catch((e: unknown) => e)) as ConnectorError;
    expect(err).toBeInstanceOf(ConnectorError);
    expect(err.kind).toBe('transient');
    expect(err.message).toMatch(/did not answer within/);
  });

  it('an unreachable host is transient and names the host', async () => {
    const url = await serve((_q, r) => r.end());
    const port = new URL(url).port;
    await new Promise((r) => servers.pop()!.close(r));
    const err = (await sendHttp('Test', { method: 'GET', url }).catch((e: unknown) => e)) as ConnectorError;
    expect(err).toMatchObject({ kind: 'transient', message: expect.stringContaining(`127.0.0.1:${port}`) });
  });

  it('a caller’s abort stays an abort, not a connector error', async () => {
    const url = await serve(() => undefined);
    const ctl = new AbortController();
    setTimeout(() => ctl.abort(new Error('shutting down')), 50);
    await expect(sendHttp('Test', { method: 'GET', url, signal: ctl.signal })).rejects.toThrow('shutting down');
  });

  it('a body that is not JSON is a clear error quoting its start', () => {
    const err = (() => {
      try {
        parseJsonBody('Test op', { status: 200, headers: new Headers(), text: '<html>502 Bad Gateway</html>' });
      } catch (e) {
        return e as ConnectorError;
      }
    })();
    expect(err).toMatchObject({ kind: 'transient', options: { platformCode: 'malformed_body' } });
    expect(err!.message).toContain('<html>502');
  });
});
