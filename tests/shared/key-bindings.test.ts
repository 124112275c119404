import { describe, expect, it } from 'vitest';
import { chordFromEvent, displaySequence, effectiveBindings, findConflicts, KEY_ACTIONS, normalizeSequence } from '../../src-shared/keyboard/key-bindings';

const ev = (key: string, code: string, mods: Partial<{ ctrlKey: boolean; metaKey: boolean; altKey: boolean; shiftKey: boolean }> = {}) => ({
  key,
  code,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  shiftKey: false,
  ...mods,
});

describe('key bindings', () => {
  it('the defaults have no conflicts and cover the issue’s set', () => {
    expect(findConflicts()).toEqual([]);
    const keys = Object.values(effectiveBindings()).flat();
    for (const k of ['j', 'k', 'Enter', 'Escape', 'r', 'n', '$mod+Enter', '$mod+Shift+Enter', 'e', 'h', 'a', 't', 'p', 'm', 'x', 'Shift+j', 'Shift+k', '/', 'g i', 'g u', 'g s', 'z', '?', '$mod+k']) {
      expect(keys, k).toContain(k);
    }
    expect(new Set(KEY_ACTIONS.map((a) => a.id)).size).toBe(KEY_ACTIONS.length);
  });

  it('normalises spelling', () => {
    expect(normalizeSequence('Shift+Mod+enter')).toBe('$mod+Shift+Enter');
    expect(normalizeSequence('G  I')).toBe('g i');
    expect(normalizeSequence('esc')).toBe('Escape');
    expect(() => normalizeSequence('Hyper+j')).toThrow(/modifier/);
    expect(() => normalizeSequence('a b c d')).toThrow(/three/);
  });

  it('detects the same sequence on two actions, and a sequence that starts another', () => {
    expect(findConflicts({ 'conversation.close': ['j'] })).toEqual([{ sequence: 'j', actions: ['nav.next', 'conversation.close'], kind: 'same' }]);
    const prefix = findConflicts({ 'conversation.close': ['g'] });
    expect(prefix.map((c) => c.kind)).toContain('prefix');
    expect(prefix[0]!.actions[0]).toBe('conversation.close');
    expect(findConflicts({ 'nope.action': ['q'] })[0]).toMatchObject({ kind: 'invalid' });
    expect(findConflicts({ 'conversation.close': ['Hyper+q'] })[0]).toMatchObject({ kind: 'invalid' });
  });

  it('moving a key away frees it, and saved-view shortcuts are checked too', () => {
    expect(findConflicts({ 'nav.next': ['ArrowDown'], 'conversation.close': ['j'] })).toEqual([]);
    expect(findConflicts({}, { 'view:eBay': ['g i'] })[0]).toMatchObject({ kind: 'same', actions: ['view.open', 'view:eBay'] });
    expect(findConflicts({}, { 'view:eBay': ['g 1'] })).toEqual([]);
  });

  it('composer keys do not clash with list keys, but global keys clash with everything', () => {
    expect(findConflicts({ 'composer.send': ['Enter'] })).toEqual([]);
    expect(findConflicts({ 'app.palette': ['j'] })[0]).toMatchObject({ kind: 'same' });
  });

  it('turns key presses into chords independent of layout', () => {
    expect(chordFromEvent(ev('j', 'KeyJ'), false)).toBe('j');
    expect(chordFromEvent(ev('J', 'KeyJ', { shiftKey: true }), false)).toBe('Shift+j');
    // Russian layout: the physical J key types "о"; it still means j.
    expect(chordFromEvent(ev('о', 'KeyJ'), false)).toBe('j');
    // AZERTY: the key labelled A (code KeyQ) is "a".
    expect(chordFromEvent(ev('a', 'KeyQ'), false)).toBe('a');
    expect(chordFromEvent(ev('?', 'Slash', { shiftKey: true }), false)).toBe('?');
    expect(chordFromEvent(ev('k', 'KeyK', { ctrlKey: true }), false)).toBe('$mod+k');
    expect(chordFromEvent(ev('k', 'KeyK', { metaKey: true }), true)).toBe('$mod+k');
    expect(chordFromEvent(ev('k', 'KeyK', { ctrlKey: true }), true)).toBe('Ctrl+k');
    expect(chordFromEvent(ev('Enter', 'Enter', { ctrlKey: true, shiftKey: true }), false)).toBe('$mod+Shift+Enter');
    expect(chordFromEvent(ev('Shift', 'ShiftLeft', { shiftKey: true }), false)).toBeNull();
    expect(chordFromEvent(ev('Process', 'KeyJ'), false)).toBeNull();
  });

  it('displays Cmd on macOS and Ctrl elsewhere', () => {
    expect(displaySequence('$mod+k', true)).toEqual([['⌘', 'k']]);
    expect(displaySequence('$mod+k', false)).toEqual([['Ctrl', 'k']]);
    expect(displaySequence('g i', false)).toEqual([['g'], ['i']]);
  });
});
