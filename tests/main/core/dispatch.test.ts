import { describe, expect, it } from 'vitest';
import { createDispatcher, type ApiHandlers } from '../../../src-main/core/dispatch';
import { ServiceError } from '../../../src-main/services/errors';

// Only the handlers a test calls are real; the others would throw if reached.
function handlers(overrides: Partial<ApiHandlers>): ApiHandlers {
  return new Proxy(overrides as ApiHandlers, {
    get: (target, key) => (target as Record<string | symbol, unknown>)[key] ?? (() => { throw new Error(`unexpected call of ${String(key)}`); }),
  });
}

describe('dispatch', () => {
  const dispatch = createDispatcher(
    handlers({
      'inbox.list': ({ view, offset, limit }) => ({ total: 1, offset, items: [{ view, limit } as never] }),
      'conversation.get': ({ id }) => {
        throw new ServiceError('not_found', `Conversation ${id} does not exist.`);
      },
      'search.messages': ({ query, limit }) => [{ query, limit } as never],
      'outbox.list': () => {
        throw new TypeError('boom');
      },
    }),
    { onInternalError: () => {} },
  );

  it('runs a valid request and wraps its value', async () => {
    expect(await dispatch('inbox.list', { view: 'open', offset: 0, limit: 50 })).toEqual({
      ok: true,
      value: { total: 1, offset: 0, items: [{ view: 'open', limit: 50 }] },
    });
  });

  it('applies schema defaults and trims text', async () => {
    expect(await dispatch('search.messages', { query: '  退款  ' })).toEqual({ ok: true, value: [{ query: '退款', limit: 50 }] });
  });

  it('answers an unknown method with unknown_method, whatever its type', async () => {
    for (const method of ['drop.tables', 42, null, undefined, { toString: () => 'x' }, '__proto__', 'constructor', 'hasOwnProperty']) {
      const result = await dispatch(method, {});
      expect(result).toMatchObject({ ok: false, error: { code: 'unknown_method' } });
    }
  });

  it('answers invalid params with invalid_request naming the field, and never calls the handler', async () => {
    const cases: unknown[] = [
      { view: 'everything', offset: 0, limit: 10 },
      { view: 'open', offset: -1, limit: 10 },
      { view: 'open', offset: 0, limit: 100000 },
      { view: 'open', offset: 0, limit: 10, sql: 'DROP TABLE messages' },
      'open',
      [1, 2],
      null,
    ];
    for (const params of cases) {
      const result = await dispatch('inbox.list', params);
      expect(result.ok).toBe(false);
      if (!result.ok) {
        expect(result.error.code).toBe('invalid_request');
        expect(result.error.message).toMatch(/^Invalid inbox\.list request: /);
      }
    }
    const result = await dispatch('inbox.list', { view: 'open', offset: 'zero', limit: 10 });
    expect(!result.ok && result.error.issues).toEqual([expect.objectContaining({ path: 'offset' })]);
  });

  it('passes a service error through with its code and message', async () => {
    expect(await dispatch('conversation.get', { id: 7 })).toEqual({
      ok: false,
      error: { code: 'not_found', message: 'Conversation 7 does not exist.' },
    });
  });

  it('turns an unexpected exception into an internal error instead of crashing', async () => {
    const result = await dispatch('outbox.list', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'internal', message: expect.stringContaining('boom') } });
  });
});
