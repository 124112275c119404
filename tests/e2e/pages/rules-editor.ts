import { expect, type Locator, type Page } from '@playwright/test';

/** The rule editor screen (g r) and the triage bits of the inbox and conversation. */
export class RulesEditor {
  readonly root: Locator;
  readonly items: Locator;
  readonly selected: Locator;
  readonly name: Locator;
  readonly error: Locator;
  readonly dryRunSummary: Locator;
  readonly dryRunItems: Locator;
  readonly exportJson: Locator;

  constructor(private readonly page: Page) {
    this.root = page.getByTestId('rules-screen');
    this.items = page.getByTestId('rule-item');
    this.selected = page.locator('[data-testid="rule-item"][aria-selected="true"]');
    this.name = page.getByTestId('rule-name');
    this.error = page.getByTestId('rules-error');
    this.dryRunSummary = page.getByTestId('dry-run-summary');
    this.dryRunItems = page.getByTestId('dry-run-item');
    this.exportJson = page.getByTestId('rules-export-json');
  }

  async isOpen() {
    await expect(this.root).toBeVisible();
    await expect(this.items.first()).toBeVisible();
  }

  conditionValue(path = '1.1') {
    return this.page.getByLabel(`If ${path}: value`);
  }

  actionParam(label: string) {
    return this.root.getByLabel(label, { exact: true });
  }

  exportButton() {
    return this.page.getByTestId('rules-export-button');
  }
}

/** Triage as the inbox and the conversation show it. */
export class TriageView {
  readonly sort: Locator;
  readonly countdowns: Locator;
  readonly scores: Locator;
  readonly why: Locator;
  readonly panel: Locator;
  readonly handoffReason: Locator;
  readonly notes: Locator;
  readonly handoffNote: Locator;

  constructor(page: Page) {
    this.sort = page.getByTestId('inbox-sort');
    this.countdowns = page.getByTestId('sla-countdown');
    this.scores = page.getByTestId('priority-score');
    this.why = page.getByTestId('priority-why');
    this.panel = page.getByTestId('triage-panel');
    this.handoffReason = page.getByTestId('handoff-reason');
    // Triage's notes are in the conversation's one list of internal notes, beside the thread.
    this.notes = page.getByTestId('notes-panel').getByTestId('note');
    this.handoffNote = this.notes.filter({ hasText: 'Handed to a human' }).first();
  }
}
