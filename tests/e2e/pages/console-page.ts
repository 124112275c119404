import { expect, type Page } from '@playwright/test';
import { ConversationPanel } from './conversation-panel';
import { InboxList } from './inbox-list';
import { OutboxView } from './outbox-view';

/** The whole console window; the parts below it are reached through its fields. */
export class ConsolePage {
  readonly inbox: InboxList;
  readonly conversation: ConversationPanel;
  readonly outbox: OutboxView;

  constructor(readonly page: Page) {
    this.inbox = new InboxList(page);
    this.conversation = new ConversationPanel(page);
    this.outbox = new OutboxView(page);
  }

  async open(url: string) {
    await this.page.goto(url);
    await expect(this.page.getByTestId('app-ready')).toBeVisible({ timeout: 30_000 });
  }

  /** Keys go to whatever has focus, as a user's would. */
  async press(...keys: string[]) {
    for (const key of keys) await this.page.keyboard.press(key);
  }

  shortcutSheet() {
    return this.page.getByTestId('shortcut-sheet');
  }

  async switchLocale() {
    await this.page.getByTestId('locale-toggle').click();
  }

  htmlLang() {
    return this.page.locator('html').getAttribute('lang');
  }
}
