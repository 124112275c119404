import { describe, expect, it } from 'vitest';
import { UndoStack, UNDO_WINDOW_MS } from '../../src-renderer/state/undo-stack';

describe('undo stack', () => {
  it('undoes the newest action first, each once', async () => {
    const clock = 0;
    const stack = new UndoStack(() => clock);
    const done: string[] = [];
    stack.push('close', async () => void done.push('close'));
    stack.push('tag', async () => void done.push('tag'));
    expect((await stack.undoLatest())?.label).toBe('tag');
    expect((await stack.undoLatest())?.label).toBe('close');
    expect(await stack.undoLatest()).toBeNull();
    expect(done).toEqual(['tag', 'close']);
  });

  it('keeps every action undoable for at least 10 seconds, then lets it go', async () => {
    let clock = 0;
    const stack = new UndoStack(() => clock);
    expect(UNDO_WINDOW_MS).toBeGreaterThanOrEqual(10_000);
    stack.push('close', async () => {});
    clock = 10_000;
    expect(stack.live()).toHaveLength(1);
    clock = UNDO_WINDOW_MS + 1;
    expect(await stack.undoLatest()).toBeNull();
  });

  it('undoes a chosen entry (the toast’s button), and keeps an entry whose undo failed', async () => {
    const clock = 0;
    const stack = new UndoStack(() => clock);
    const first = stack.push('first', async () => {});
    stack.push('second', async () => {
      throw new Error('offline');
    });
    expect((await stack.undoLatest(first.id))?.label).toBe('first');
    await expect(stack.undoLatest()).rejects.toThrow('offline');
    expect(stack.live().map((e) => e.label)).toEqual(['second']);
  });
});
