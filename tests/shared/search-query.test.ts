import { describe, expect, it } from 'vitest';
import { hasOperators, parseDay, parseSearchQuery } from '../../src-shared/search/search-query';

const NOW = new Date(2026, 10, 24, 15, 30).getTime();

describe('search operator parser', () => {
  it('separates free text from every operator', () => {
    const q = parseSearchQuery('refund from:"Anna Schmidt" channel:Amazon order:302-123 tag:urgent lang:DE intent:refund is:unassigned before:2026-11-20 after:2026-11-01 退款', NOW);
    expect(q.terms).toEqual(['refund', '退款']);
    expect(q.from).toEqual(['Anna Schmidt']);
    expect(q.channels).toEqual(['amazon']);
    expect(q.orders).toEqual(['302-123']);
    expect(q.tags).toEqual(['urgent']);
    expect(q.languages).toEqual(['de']);
    expect(q.intents).toEqual(['refund']);
    expect(q.is).toEqual(['unassigned']);
    expect(q.before).toBe(new Date(2026, 10, 20).getTime());
    expect(q.after).toBe(new Date(2026, 10, 1).getTime());
    expect(q.errors).toEqual([]);
    expect(hasOperators(q)).toBe(true);
  });

  it('keeps unknown prefixes, times and URLs as text, and quoted phrases whole', () => {
    const q = parseSearchQuery('meet at 14:00 see https://example.com "where is my order" 返品', NOW);
    expect(q.terms).toEqual(['meet', 'at', '14:00', 'see', 'https://example.com', 'where is my order', '返品']);
    expect(hasOperators(q)).toBe(false);
  });

  it('reports bad values instead of ignoring them', () => {
    const q = parseSearchQuery('channel:fax is:lost before:2026-02-31 after:yesterday lang:123 tag:', NOW);
    expect(q.errors.map((e) => e.token)).toEqual(['channel:fax', 'is:lost', 'before:2026-02-31', 'after:yesterday', 'lang:123', 'tag:']);
    expect(q.channels).toEqual([]);
    expect(q.before).toBeNull();
  });

  it('reads relative days and narrows repeated date operators', () => {
    expect(parseDay('7d', NOW)).toBe(new Date(2026, 10, 17).getTime());
    const q = parseSearchQuery('after:2026-11-01 after:2026-11-10 before:2026-12-01 before:2026-11-20', NOW);
    expect(q.after).toBe(new Date(2026, 10, 10).getTime());
    expect(q.before).toBe(new Date(2026, 10, 20).getTime());
  });

  it('accepts several values of one operator (any of them matches)', () => {
    const q = parseSearchQuery('channel:ebay channel:email lang:ja', NOW);
    expect(q.channels).toEqual(['ebay', 'email']);
    expect(q.terms).toEqual([]);
  });
});
