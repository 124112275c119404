import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from './support/fixtures';
import { REPO_ROOT } from './support/console-process';

const SCREENSHOTS = path.join(REPO_ROOT, 'resources', 'screenshots');

test('work a conversation end to end with the keyboard: move, open, canned reply with tracking, send to the outbox', async ({ ui, page }) => {
  const { inbox, conversation, outbox } = ui;
  await inbox.waitForRows();
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOTS, 'inbox.png') });

  // j / k move the selection.
  const first = await inbox.selectedId();
  await ui.press('j');
  const second = await inbox.selectedId();
  expect(second).not.toBe(first);
  await ui.press('k');
  expect(await inbox.selectedId()).toBe(first);

  // Open conversations until one whose order has been shipped with tracking (the demo has many).
  let found = false;
  for (let i = 0; i < 40 && !found; i++) {
    if (i > 0) await ui.press('Escape', 'j');
    await ui.press('Enter');
    await conversation.isOpen();
    await expect(conversation.messages.first()).toBeVisible();
    found = (await conversation.trackingNumber.count()) > 0 && ((await conversation.trackingNumber.first().textContent()) ?? '').trim().length > 0;
  }
  expect(found, 'a demo conversation with a tracked shipment within the first 40').toBe(true);
  const tracking = ((await conversation.trackingNumber.first().textContent()) ?? '').trim();
  const openedId = await inbox.selectedId();
  // Beside the thread: the customer's history across channels, with the order's placement in it.
  await expect(conversation.timeline.first()).toBeVisible();
  await expect(conversation.timeline.filter({ hasText: /placed/ }).first()).toBeVisible();
  await page.screenshot({ path: path.join(SCREENSHOTS, 'conversation.png') });

  // r replies; `/` opens the canned replies; the inserted text carries the order's tracking number.
  await ui.press('r');
  await expect(conversation.composer).toBeFocused();
  await conversation.typeInComposer('/track');
  await expect(conversation.cannedPicker).toBeVisible();
  await expect(conversation.cannedOptions.first()).toBeVisible();
  await ui.press('Enter');
  await expect(conversation.cannedPicker).toBeHidden();
  await expect(conversation.composer).toHaveValue(new RegExp(tracking.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
  const reply = await conversation.composer.inputValue();
  expect(reply).not.toContain('{{');

  // Ctrl+Enter sends to the outbox: the reply shows in the thread as queued at once.
  const before = await conversation.messages.count();
  await ui.press('Control+Enter');
  await expect(conversation.messages).toHaveCount(before + 1);
  await expect(conversation.queuedMessages().last()).toContainText(tracking);
  await expect(conversation.composer).toHaveValue('');
  await expect(outbox.count).toContainText('1');

  // The outbox lists it (g then o), and it is still in the conversation after a reload.
  await conversation.composer.blur();
  await ui.press('Escape');
  await ui.press('g', 'o');
  await expect(outbox.root).toBeVisible();
  await expect(outbox.rows).toHaveCount(1);
  await expect(outbox.rows.first()).toHaveAttribute('data-status', 'queued');
  await page.screenshot({ path: path.join(SCREENSHOTS, 'outbox.png') });

  await page.reload();
  await expect(page.getByTestId('app-ready')).toBeVisible();
  await ui.press('g', 'i');
  await inbox.waitForRows();
  await page.locator(`[data-testid="inbox-row"][data-conversation-id="${openedId}"]`).click();
  await ui.press('Enter');
  await expect(conversation.queuedMessages().last()).toContainText(tracking);
});

test('e closes the selected conversation; ? shows the shortcut sheet', async ({ ui }) => {
  const { inbox } = ui;
  await inbox.waitForRows();
  const id = await inbox.selectedId();
  await ui.press('e');
  await expect(ui.page.locator(`[data-testid="inbox-row"][data-conversation-id="${id}"]`)).toHaveCount(0);
  await inbox.tab('closed').click();
  await expect(ui.page.locator(`[data-testid="inbox-row"][data-conversation-id="${id}"]`)).toHaveCount(1);

  await ui.press('?');
  await expect(ui.shortcutSheet()).toBeVisible();
  await expect(ui.shortcutSheet()).toContainText('j');
  await ui.press('Escape');
  await expect(ui.shortcutSheet()).toBeHidden();
});

test('the UI switches between English and Simplified Chinese and keeps the choice', async ({ ui, page }) => {
  await ui.inbox.waitForRows();
  expect(await ui.htmlLang()).toBe('en');
  const englishStatus = await page.getByTestId('status-bar').textContent();
  await ui.switchLocale();
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(page.getByTestId('status-bar')).not.toHaveText(englishStatus ?? '');
  await expect(page.getByTestId('status-bar')).toContainText(/[\u4e00-\u9fff]/);
  await page.screenshot({ path: path.join(SCREENSHOTS, 'inbox-zh-CN.png') });
  await page.reload();
  await expect(page.getByTestId('app-ready')).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
});
