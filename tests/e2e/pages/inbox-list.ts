import { expect, type Locator, type Page } from '@playwright/test';

export class InboxList {
  readonly root: Locator;
  readonly rows: Locator;
  readonly selected: Locator;

  constructor(private readonly page: Page) {
    this.root = page.getByTestId('inbox-list');
    this.rows = page.getByTestId('inbox-row');
    this.selected = page.locator('[data-testid="inbox-row"][aria-selected="true"]');
  }

  async selectedId(): Promise<number> {
    await expect(this.selected).toHaveCount(1);
    return Number(await this.selected.getAttribute('data-conversation-id'));
  }

  async waitForRows() {
    await expect(this.rows.first()).toBeVisible();
  }

  tab(view: string) {
    return this.page.getByTestId(`view-tab-${view}`);
  }
}
