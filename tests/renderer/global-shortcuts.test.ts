// @vitest-environment jsdom
import { renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useGlobalShortcuts } from '../../src-renderer/keyboard/use-global-shortcuts';
import { useConsole } from '../../src-renderer/state/console-store';

const press = (key: string, code: string, target: EventTarget = document.body, init: KeyboardEventInit = {}) =>
  target.dispatchEvent(new KeyboardEvent('keydown', { key, code, bubbles: true, cancelable: true, ...init }));

let move: ReturnType<typeof vi.fn>;
let setView: ReturnType<typeof vi.fn>;
let extend: ReturnType<typeof vi.fn>;
let unmount: () => void;
const original = useConsole.getState();

beforeEach(() => {
  move = vi.fn();
  setView = vi.fn(async () => {});
  extend = vi.fn();
  useConsole.setState({ move, setView, extendSelection: extend, keymap: {}, savedViews: [], dialog: null, screen: 'inbox' });
  document.body.innerHTML = '<textarea id="field"></textarea>';
  unmount = renderHook(() => useGlobalShortcuts()).unmount;
});
afterEach(() => {
  unmount();
  useConsole.setState({ move: original.move, setView: original.setView, extendSelection: original.extendSelection });
});

describe('global shortcuts', () => {
  it('runs single keys, Shift variants and two-key sequences', () => {
    press('j', 'KeyJ');
    expect(move).toHaveBeenCalledWith(1);
    press('J', 'KeyJ', document.body, { shiftKey: true });
    expect(extend).toHaveBeenCalledWith(1);
    press('g', 'KeyG');
    press('u', 'KeyU');
    expect(setView).toHaveBeenCalledWith('unassigned');
    expect(move).toHaveBeenCalledTimes(1);
  });

  it('ignores list keys while typing and while a dialog is open', () => {
    press('j', 'KeyJ', document.getElementById('field')!);
    expect(move).not.toHaveBeenCalled();
    useConsole.setState({ dialog: { kind: 'tag' } });
    press('j', 'KeyJ');
    expect(move).not.toHaveBeenCalled();
  });

  it('works on a non-Latin layout through the physical key', () => {
    press('о', 'KeyJ');
    expect(move).toHaveBeenCalledWith(1);
  });

  it('follows the remapped keymap and saved views’ own shortcuts', () => {
    useConsole.setState({ keymap: { 'nav.next': ['ArrowDown'] }, savedViews: [{ id: 1, name: 'eBay', spec: { base: 'open', channel: 'ebay' }, shortcut: 'g 1' }] });
    press('j', 'KeyJ');
    expect(move).not.toHaveBeenCalled();
    press('ArrowDown', 'ArrowDown');
    expect(move).toHaveBeenCalledWith(1);
    press('g', 'KeyG');
    press('1', 'Digit1');
    expect(setView).toHaveBeenCalledWith({ base: 'open', channel: 'ebay' });
  });
});
