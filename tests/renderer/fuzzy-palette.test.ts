// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { buildCommands } from '../../src-renderer/keyboard/commands';
import { en } from '../../src-renderer/i18n/en';
import { fuzzyFilter } from '../../src-renderer/palette/fuzzy';
import { KEY_ACTION_IDS } from '../../src-shared/keyboard/key-bindings';

const label = (key: string, params?: Record<string, unknown>) => {
  const value = key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)?.[part], en);
  if (typeof value !== 'string') throw new Error(`missing string ${key}`);
  return value.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(params?.[name] ?? ''));
};

describe('command palette', () => {
  const facets = { channel: [{ value: 'amazon', count: 3 }], marketplace: [], language: [{ value: 'de', count: 2 }], intent: [], tag: [{ value: 'urgent refund', count: 1 }] };
  const commands = buildCommands(facets, [{ id: 7, name: 'Night shift', spec: { base: 'open' }, shortcut: 'g 1' }]);
  const texts = commands.map((c) => ({ c, text: c.translate ? label(c.label, c.labelParams) : c.label }));
  const find = (q: string) => fuzzyFilter(texts, q, (x) => x.text).map((h) => h.item.c.id);

  it('offers every key action except the composer’s own, every view, saved views and facet values', () => {
    const ids = new Set(commands.map((c) => c.id));
    for (const id of KEY_ACTION_IDS.filter((a) => !a.startsWith('composer.') && a !== 'app.palette')) expect(ids, id).toContain(id);
    expect(ids).toContain('saved:7');
    expect(ids).toContain('facet:channel:amazon');
    expect(ids).toContain('facet:tag:urgent refund');
  });

  it('matches fuzzily and ranks the closest first', () => {
    expect(find('close')[0]).toBe('conversation.close');
    expect(find('snooze unt')[0]).toBe('conversation.snooze');
    expect(find('snoozed')[0]).toBe('view.snoozed');
    expect(find('sla')[0]).toBe('view.sla');
    expect(find('night')[0]).toBe('saved:7');
    expect(find('urgent')).toContain('facet:tag:urgent refund');
    expect(find('zzzzqqq')).toEqual([]);
  });

  it('keeps every command in order for an empty query, and marks matched characters', () => {
    expect(fuzzyFilter(texts, '', (x) => x.text, 1000)).toHaveLength(commands.length);
    expect(fuzzyFilter([{ t: 'Close the conversation' }], 'clo', (x) => x.t)[0]!.indexes).toEqual([0, 1, 2]);
  });
});
