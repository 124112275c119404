import type { Locator, Page } from '@playwright/test';

export class OutboxView {
  readonly root: Locator;
  readonly rows: Locator;
  readonly count: Locator;

  constructor(page: Page) {
    this.root = page.getByTestId('outbox-view');
    this.rows = page.getByTestId('outbox-row');
    this.count = page.getByTestId('outbox-count');
  }
}
