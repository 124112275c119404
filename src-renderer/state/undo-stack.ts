// Undo for every action: each entry knows how to put things back and stays available for a while
// (at least 10 s, as the toast promises). `z` takes the newest entry still in time.
export const UNDO_WINDOW_MS = 15_000;

export interface UndoEntry {
  id: number;
  /** What was done, for the toast: "3 conversations closed". */
  label: string;
  at: number;
  undo: () => Promise<void>;
}

export class UndoStack {
  private entries: UndoEntry[] = [];
  private nextId = 1;

  constructor(
    private readonly now: () => number = Date.now,
    private readonly windowMs = UNDO_WINDOW_MS,
    private readonly limit = 50,
  ) {}

  push(label: string, undo: () => Promise<void>): UndoEntry {
    const entry = { id: this.nextId++, label, at: this.now(), undo };
    this.entries.push(entry);
    if (this.entries.length > this.limit) this.entries.shift();
    return entry;
  }

  /** Entries still in time, newest last. */
  live(): UndoEntry[] {
    const cutoff = this.now() - this.windowMs;
    this.entries = this.entries.filter((e) => e.at >= cutoff);
    return [...this.entries];
  }

  /** Removes and returns the newest entry still in time (or a given one), or null. */
  take(id?: number): UndoEntry | null {
    const live = this.live();
    const entry = id === undefined ? live.at(-1) : live.find((e) => e.id === id);
    if (!entry) return null;
    this.entries = this.entries.filter((e) => e !== entry);
    return entry;
  }

  /** Runs the newest undo; if it fails the entry goes back so the user can try again. */
  async undoLatest(id?: number): Promise<UndoEntry | null> {
    const entry = this.take(id);
    if (!entry) return null;
    try {
      await entry.undo();
    } catch (error) {
      this.entries.push(entry);
      throw error;
    }
    return entry;
  }
}
