import { expect, type Locator, type Page } from '@playwright/test';

export class ConversationPanel {
  readonly root: Locator;
  readonly subject: Locator;
  readonly messages: Locator;
  readonly orderPanel: Locator;
  readonly timeline: Locator;
  readonly trackingNumber: Locator;
  readonly carrier: Locator;
  readonly orderId: Locator;
  readonly composer: Locator;
  readonly cannedPicker: Locator;
  readonly cannedOptions: Locator;

  constructor(private readonly page: Page) {
    this.root = page.getByTestId('conversation-view');
    this.subject = page.getByTestId('conversation-subject');
    this.messages = this.root.getByTestId('message');
    this.orderPanel = page.getByTestId('order-panel');
    this.timeline = page.getByTestId('customer-timeline').getByTestId('timeline-entry');
    this.trackingNumber = page.getByTestId('order-tracking-number');
    this.carrier = page.getByTestId('order-carrier');
    this.orderId = page.getByTestId('order-id');
    this.composer = page.getByTestId('composer-input');
    this.cannedPicker = page.getByTestId('canned-picker');
    this.cannedOptions = page.getByTestId('canned-option');
  }

  async isOpen() {
    await expect(this.root).toBeVisible();
  }

  /** The outbound messages waiting in the outbox, as the thread shows them. */
  queuedMessages() {
    return this.root.locator('[data-testid="message"][data-direction="outbound"][data-status="queued"]');
  }

  async typeInComposer(text: string) {
    await this.composer.pressSequentially(text, { delay: 15 });
  }
}
