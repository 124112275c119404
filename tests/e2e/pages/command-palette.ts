import { expect, type Locator, type Page } from '@playwright/test';

/** Ctrl/Cmd+K: the command palette, and the other pickers built the same way (snooze, tag, merge …). */
export class Picker {
  readonly root: Locator;
  readonly input: Locator;
  readonly options: Locator;
  readonly active: Locator;

  constructor(
    private readonly page: Page,
    readonly name: string,
  ) {
    this.root = page.getByTestId(name);
    this.input = page.getByTestId(`${name}-input`);
    this.options = page.getByTestId(`${name}-option`);
    this.active = page.locator(`[data-testid="${name}-option"][aria-selected="true"]`);
  }

  async type(text: string) {
    await expect(this.input).toBeFocused();
    await this.input.pressSequentially(text, { delay: 10 });
  }

  async choose() {
    await this.page.keyboard.press('Enter');
    await expect(this.root).toBeHidden();
  }
}
