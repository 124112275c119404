import { expect, type Locator, type Page } from '@playwright/test';

/** The accounts screen (g a) and the sync summary in the status bar. */
export class AccountsScreen {
  readonly root: Locator;
  readonly rows: Locator;
  readonly form: Locator;
  readonly formError: Locator;
  readonly keychainMissing: Locator;
  readonly indicator: Locator;

  constructor(private readonly page: Page) {
    this.root = page.getByTestId('accounts-screen');
    this.rows = this.root.getByTestId('account-row');
    this.form = page.getByTestId('add-account-form');
    this.formError = page.getByTestId('add-account-error');
    this.keychainMissing = page.getByTestId('keychain-missing');
    this.indicator = page.getByTestId('sync-indicator');
  }

  row(name: string) {
    return this.root.locator(`[data-testid="account-row"][data-account="${name}"]`);
  }

  async isOpen() {
    await expect(this.root).toBeVisible();
  }

  /** Picks the platform in the add-account form (focus the list, choose by its label, as the keyboard does). */
  async chooseChannel(label: string) {
    const select = this.form.locator('select[name="channel"]');
    await select.focus();
    await select.selectOption({ label });
  }

  /** Focuses a form field the way a keyboard user lands on it, then types. */
  async fill(field: string, value: string) {
    const input = this.form.locator(`[name="${field}"]`);
    await input.focus();
    await input.fill('');
    await this.page.keyboard.type(value);
  }

  /** Presses a row's button by keyboard: focus it, then Enter. */
  async pressButton(name: string, label: RegExp) {
    const button = this.row(name).getByRole('button', { name: label });
    await button.focus();
    await this.page.keyboard.press('Enter');
  }
}
