import { describe, expect, it } from 'vitest';
import type { CannedReply } from '../../src-shared/domain/types';
import { filterReplies, insertReply, slashQueryAt, variantsFor } from '../../src-renderer/composer/canned-picker-logic';

const reply = (id: number, name: string, language: string, shortcut: string, usageCount = 0): CannedReply => ({
  id,
  name,
  language,
  shortcut,
  folder: null,
  body: `${name} body ${language}`,
  usageCount,
});

const LIBRARY = [
  reply(1, 'Tracking information', 'en', 'track', 5),
  reply(2, 'Tracking information', 'de', 'track'),
  reply(3, 'Refund issued', 'en', 'refund', 9),
  reply(4, 'Return instructions', 'en', 'return'),
  reply(5, 'Only Japanese', 'ja', 'jp'),
];

describe('slash trigger', () => {
  it('finds /query at the start or after white space, ending at the caret', () => {
    expect(slashQueryAt('/tra', 4)).toEqual({ start: 0, query: 'tra' });
    expect(slashQueryAt('Hello /ref', 10)).toEqual({ start: 6, query: 'ref' });
    expect(slashQueryAt('Hello /', 7)).toEqual({ start: 6, query: '' });
  });

  it('ignores slashes inside words, URLs and dates', () => {
    expect(slashQueryAt('and/or', 6)).toBeNull();
    expect(slashQueryAt('https://x.y/track', 17)).toBeNull();
    expect(slashQueryAt('12/05', 5)).toBeNull();
    expect(slashQueryAt('/track more', 11)).toBeNull();
  });
});

describe('variants and filtering', () => {
  it('picks the buyer-language variant, else English, else any', () => {
    expect(variantsFor(LIBRARY, 'de').map((r) => r.id)).toEqual([2, 3, 4, 5]);
    expect(variantsFor(LIBRARY, 'fr').map((r) => r.id)).toEqual([1, 3, 4, 5]);
  });

  it('ranks exact shortcut, then prefixes, then substrings; usage breaks ties', () => {
    const all = variantsFor(LIBRARY, 'en');
    expect(filterReplies(all, 'track').map((r) => r.id)).toEqual([1]);
    expect(filterReplies(all, 're').map((r) => r.id)).toEqual([3, 4]);
    expect(filterReplies(all, 'information').map((r) => r.id)).toEqual([1]);
    expect(filterReplies(all, '').map((r) => r.id)).toEqual([1, 3, 4, 5]);
    expect(filterReplies(all, 'zzz')).toEqual([]);
  });

  it('splices the reply over the /query and puts the caret after it', () => {
    expect(insertReply('Hi /tra', { start: 3, query: 'tra' }, 'Tracking: X')).toEqual({ text: 'Hi Tracking: X', caret: 14 });
    expect(insertReply('/t and more', { start: 0, query: 't' }, 'R')).toEqual({ text: 'R and more', caret: 1 });
  });
});
