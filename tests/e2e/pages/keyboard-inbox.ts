import { expect, type Locator, type Page } from '@playwright/test';
import { Picker } from './command-palette';

/** The keyboard inbox: search, selection, undo toasts, view counts, notes, keymap settings. */
export class KeyboardInbox {
  readonly search: Locator;
  readonly searchSummary: Locator;
  readonly hits: Locator;
  readonly marked: Locator;
  readonly selectionBar: Locator;
  readonly undoToast: Locator;
  readonly customerIdentities: Locator;
  readonly keymap: Locator;
  readonly keymapConflict: Locator;
  readonly palette: Picker;
  readonly snooze: Picker;
  readonly merge: Picker;

  constructor(private readonly page: Page) {
    this.search = page.getByTestId('search-input');
    this.searchSummary = page.getByTestId('search-summary');
    this.hits = page.getByTestId('search-hit');
    this.marked = page.locator('[data-testid="inbox-row"][data-marked="true"]');
    this.selectionBar = page.getByTestId('selection-bar');
    this.undoToast = page.locator('.toast-undo');
    this.customerIdentities = page.getByTestId('customer-panel').locator('.identity');
    this.keymap = page.getByTestId('keymap-settings');
    this.keymapConflict = page.getByTestId('keymap-conflict');
    this.palette = new Picker(page, 'palette');
    this.snooze = new Picker(page, 'snooze');
    this.merge = new Picker(page, 'merge');
  }

  row(id: number) {
    return this.page.locator(`[data-testid="inbox-row"][data-conversation-id="${id}"]`);
  }

  async rowIds(): Promise<number[]> {
    return (await this.page.getByTestId('inbox-row').evaluateAll((rows) => rows.map((r) => Number(r.getAttribute('data-conversation-id')))));
  }

  async markedIds(): Promise<number[]> {
    return (await this.marked.evaluateAll((rows) => rows.map((r) => Number(r.getAttribute('data-conversation-id'))))).sort((a, b) => a - b);
  }

  count(view: string) {
    return this.page.getByTestId(`view-count-${view}`);
  }

  async countOf(view: string): Promise<number> {
    await expect(this.count(view)).toHaveText(/\d+/);
    return Number(await this.count(view).textContent());
  }

  keymapRow(action: string) {
    return this.page.locator(`[data-testid="keymap-row"][data-action="${action}"]`);
  }
}
