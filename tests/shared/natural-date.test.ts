import { describe, expect, it } from 'vitest';
import { parseNaturalDate } from '../../src-shared/time/natural-date';

// Tuesday 24 November 2026, 10:00 local time.
const NOW = new Date(2026, 10, 24, 10, 0).getTime();
const at = (text: string, locale: 'en' | 'zh-CN' = 'en') => {
  const parsed = parseNaturalDate(text, NOW, locale);
  return parsed ? new Date(parsed.at) : null;
};
const local = (month: number, day: number, hour: number, minute = 0) => new Date(2026, month, day, hour, minute);

describe('natural snooze dates', () => {
  it('reads the examples of the issue', () => {
    expect(at('tomorrow 9')).toEqual(local(10, 25, 9));
    expect(at('mon')).toEqual(local(10, 30, 9));
    expect(at('2h')).toEqual(new Date(NOW + 2 * 3_600_000));
  });

  it('reads other common forms', () => {
    expect(at('30m')).toEqual(new Date(NOW + 30 * 60_000));
    expect(at('3d')).toEqual(local(10, 27, 9));
    expect(at('fri 14:00')).toEqual(local(10, 27, 14));
    expect(at('tomorrow 17:30')).toEqual(local(10, 25, 17, 30));
    expect(at('in 2 hours')).toEqual(new Date(NOW + 2 * 3_600_000));
    expect(at('next week')?.getTime()).toBeGreaterThan(NOW);
  });

  it('reads Chinese', () => {
    expect(at('明天9点', 'zh-CN')).toEqual(local(10, 25, 9));
    expect(at('周一', 'zh-CN')).toEqual(local(10, 30, 9));
    expect(at('2小时后', 'zh-CN')).toEqual(new Date(NOW + 2 * 3_600_000));
    // An English phrase still works with the Chinese UI, and the other way round.
    expect(at('tomorrow 9', 'zh-CN')).toEqual(local(10, 25, 9));
    expect(at('明天9点', 'en')).toEqual(local(10, 25, 9));
  });

  it('refuses nonsense and the past', () => {
    expect(at('')).toBeNull();
    expect(at('banana')).toBeNull();
    expect(at('0h')).toBeNull();
    expect(at('yesterday')).toBeNull();
  });
});
