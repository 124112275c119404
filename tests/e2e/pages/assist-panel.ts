import { expect, type Locator, type Page } from '@playwright/test';

/** The composer's assist parts: ranked suggestions, the platform-rule check, the send button. */
export class AssistPanel {
  readonly suggestions: Locator;
  readonly items: Locator;
  readonly ruleCheck: Locator;
  readonly violations: Locator;
  readonly send: Locator;
  readonly kbPicker: Locator;

  constructor(private readonly page: Page) {
    this.suggestions = page.getByTestId('suggestions');
    this.items = page.getByTestId('suggestion');
    this.ruleCheck = page.getByTestId('rule-check');
    this.violations = page.getByTestId('rule-violation');
    this.send = page.getByTestId('composer-send');
    this.kbPicker = page.getByTestId('kb-picker');
  }

  async waitForSuggestions(min = 3) {
    await expect(this.items.nth(min - 1)).toBeVisible();
  }

  async titles(): Promise<string[]> {
    return (await this.items.locator('.assist-title').allTextContents()).map((t) => t.trim());
  }

  async scores(): Promise<number[]> {
    return (await this.items.locator('.assist-score').allTextContents()).map(Number);
  }

  item(title: string) {
    return this.items.filter({ has: this.page.locator('.assist-title', { hasText: title }) });
  }

  violation(rule: string) {
    return this.page.locator(`[data-testid="rule-violation"][data-rule="${rule}"]`);
  }
}
