import { describe, expect, it } from 'vitest';
import { en } from '../../src-renderer/i18n/en';
import { zhCN } from '../../src-renderer/i18n/zh-CN';
import { SHORTCUTS } from '../../src-renderer/shortcuts/shortcut-list';

function leaves(tree: object, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of leaves(value as object, path)) out.set(k, v);
  }
  return out;
}

describe('UI strings', () => {
  const english = leaves(en);
  const chinese = leaves(zhCN);

  it('have the same keys in English and Simplified Chinese', () => {
    expect([...chinese.keys()].sort()).toEqual([...english.keys()].sort());
  });

  it('keep the same {{placeholders}} in both languages', () => {
    const vars = (s: string) => (s.match(/\{\{\w+\}\}/g) ?? []).sort();
    for (const [key, text] of english) expect(vars(chinese.get(key)!), key).toEqual(vars(text));
  });

  it('are actually translated (not copied English) for sentences', () => {
    const copied = [...english].filter(([key, text]) => /\s\w+\s/.test(text) && chinese.get(key) === text).map(([key]) => key);
    expect(copied).toEqual([]);
  });

  it('describe every shortcut in the sheet', () => {
    for (const s of SHORTCUTS) expect(english.has(s.label), s.label).toBe(true);
  });
});
