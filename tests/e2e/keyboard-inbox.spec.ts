// The keyboard inbox end to end, keyboard alone, in both UI languages: search with operators, bulk
// close and undo, snooze with a natural date, merge two customers (and undo), remap a shortcut.
import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { KeyboardInbox } from './pages/keyboard-inbox';

const LOCALES = [
  { locale: 'en', palette: 'language', snooze: 'tomorrow 9', snoozeCommand: 'snooze until' },
  { locale: 'zh-CN', palette: '中文', snooze: '明天9点', snoozeCommand: '暂停到' },
] as const;

async function typeInto(page: Page, text: string) {
  await page.keyboard.type(text, { delay: 10 });
}

for (const lang of LOCALES) {
  test(`keyboard alone through a queue (${lang.locale})`, async ({ ui, page }) => {
    const kb = new KeyboardInbox(page);
    await ui.inbox.waitForRows();

    // The UI language, switched from the command palette (Ctrl+K) when it is not the default.
    if (lang.locale !== 'en') {
      await ui.press('Control+k');
      await kb.palette.type(lang.palette);
      await kb.palette.choose();
      await expect(page.locator('html')).toHaveAttribute('lang', lang.locale);
      await expect(page.getByTestId('view-tab-open')).toContainText(/[\u4e00-\u9fff]/);
    }

    // The palette shows each action's shortcut.
    await ui.press('Control+k');
    await kb.palette.type(lang.snoozeCommand);
    await expect(kb.palette.active.locator('kbd')).toHaveText('h');
    await ui.press('Escape');
    await expect(kb.palette.root).toBeHidden();

    // 1. Search with operators: every result matches them, hits are highlighted.
    await ui.press('/');
    await expect(kb.search).toBeFocused();
    await typeInto(page, 'Bestellung channel:amazon lang:de');
    await ui.press('Enter');
    await expect(kb.searchSummary).toContainText('channel:amazon');
    await expect(kb.searchSummary).toContainText('lang:de');
    await ui.inbox.waitForRows();
    const rows = page.getByTestId('inbox-row');
    const shown = await rows.count();
    expect(shown).toBeGreaterThan(0);
    for (let i = 0; i < Math.min(shown, 8); i++) {
      await expect(rows.nth(i).locator('.channel-amazon')).toHaveCount(1);
      await expect(rows.nth(i).locator('.lang')).toHaveText('DE');
    }
    await expect(kb.hits.first()).toHaveText(/bestellung/i);
    // j/k work on the results; Esc in the list leaves the search.
    await ui.press('j');
    await ui.press('Escape');
    await expect(kb.searchSummary).toBeHidden();
    await expect(kb.search).toHaveValue('');

    // 2. Bulk close a selection (x, Shift+J twice), then undo it (z).
    const openBefore = await kb.countOf('open');
    await ui.press('x', 'Shift+J', 'Shift+J');
    const selection = await kb.markedIds();
    expect(selection).toHaveLength(3);
    await expect(kb.selectionBar).toBeVisible();
    await ui.press('e');
    for (const id of selection) await expect(kb.row(id)).toHaveCount(0);
    await expect(kb.count('open')).toHaveText(String(openBefore - 3));
    await expect(kb.undoToast).toBeVisible();
    await ui.press('z');
    for (const id of selection) await expect(kb.row(id)).toHaveCount(1);
    await expect(kb.count('open')).toHaveText(String(openBefore));

    // 3. Snooze with a natural date.
    const snoozed = await ui.inbox.selectedId();
    await ui.press('h');
    await kb.snooze.type(lang.snooze);
    await expect(page.getByTestId('snooze-preview')).toBeVisible();
    await kb.snooze.choose();
    await expect(kb.row(snoozed)).toHaveCount(0);
    await ui.press('g', 'z');
    await expect(kb.row(snoozed)).toHaveCount(1);
    await expect(kb.row(snoozed)).toHaveAttribute('data-status', 'snoozed');
    await ui.press('g', 'i');
    await expect(page.getByTestId('view-tab-open')).toHaveAttribute('aria-current', 'page');

    // 4. Merge two customers (the same buyer on two channels), then undo.
    await ui.inbox.waitForRows();
    const first = ui.inbox.selected;
    const firstCustomer = await first.getAttribute('data-customer-id');
    const other = page.locator(`[data-testid="inbox-row"]:not([data-customer-id="${firstCustomer}"])`).nth(2);
    const otherName = ((await other.locator('.inbox-row-customer').textContent()) ?? '').trim();
    expect(otherName.length).toBeGreaterThan(0);
    await ui.press('Enter');
    await ui.conversation.isOpen();
    await expect(kb.customerIdentities.first()).toBeVisible();
    const identitiesBefore = await kb.customerIdentities.count();
    await ui.press('m');
    await kb.merge.type(otherName);
    await expect(kb.merge.active).toContainText(otherName);
    await kb.merge.choose();
    await expect(kb.customerIdentities).toHaveCount(identitiesBefore + 1);
    await ui.press('z');
    await expect(kb.customerIdentities).toHaveCount(identitiesBefore);
    await ui.press('Escape');

    // 5. Remap "close" from e to y in the settings (g then ,); a conflicting key is refused.
    await ui.press('g', ',');
    await expect(kb.keymap).toBeVisible();
    for (let i = 0; i < 40; i++) {
      if ((await page.evaluate(() => document.activeElement?.getAttribute('data-action'))) === 'conversation.close') break;
      await ui.press('ArrowDown');
    }
    await expect(kb.keymapRow('conversation.close')).toBeFocused();
    await ui.press('Enter', 'j');
    await expect(kb.keymapConflict).toBeVisible();
    await expect(page.getByTestId('keymap-save')).toBeDisabled();
    await ui.press('Escape');
    await expect(page.getByTestId('keymap-recorder')).toBeHidden();
    await ui.press('Enter', 'y', 'Enter');
    await expect(page.getByTestId('keymap-recorder')).toBeHidden();
    await expect(kb.keymapRow('conversation.close').locator('kbd')).toHaveText('y');
    await ui.press('g', 'i');
    await ui.inbox.waitForRows();
    const target = await ui.inbox.selectedId();
    await ui.press('e');
    await expect(kb.row(target)).toHaveCount(1);
    await ui.press('y');
    await expect(kb.row(target)).toHaveCount(0);

    // The remapping is kept across a reload.
    await page.reload();
    await expect(page.getByTestId('app-ready')).toBeVisible();
    await ui.inbox.waitForRows();
    const next = await ui.inbox.selectedId();
    await expect(kb.count('open')).toBeVisible();
    await ui.press('y');
    await expect(kb.row(next)).toHaveCount(0);
  });
}

test('? lists every shortcut with its current keys; Cmd/Ctrl+K lists views and saved views', async ({ ui, page }) => {
  const kb = new KeyboardInbox(page);
  await ui.inbox.waitForRows();
  await ui.press('?');
  const sheet = ui.shortcutSheet();
  await expect(sheet).toBeVisible();
  for (const key of ['j', 'k', 'e', 'h', 'z', 'x', '/']) await expect(sheet.locator('kbd', { hasText: new RegExp(`^${key.replace('/', '\\/')}$`) }).first()).toBeVisible();
  await ui.press('Escape');
  // Save the current view with its own shortcut, leave it, and come back with that shortcut.
  await ui.press('g', 'u');
  await ui.press('Shift+S');
  await expect(page.getByTestId('save-view-name')).toBeFocused();
  await page.keyboard.type('Triage');
  await ui.press('Tab');
  await page.keyboard.type('g 1');
  await ui.press('Enter');
  await expect(page.getByTestId('saved-view-tab')).toHaveText(/Triage/);
  await ui.press('g', 'i');
  await expect(page.getByTestId('saved-view-tab')).not.toHaveAttribute('aria-current', 'page');
  await ui.press('g', '1');
  await expect(page.getByTestId('saved-view-tab')).toHaveAttribute('aria-current', 'page');
  await ui.press('Control+k');
  await kb.palette.type('Triage');
  await expect(kb.palette.active).toContainText('Triage');
  await expect(kb.palette.active.locator('kbd').first()).toHaveText('g');
});

test('bulk canned reply to a selection and merging two conversations, each undone with z', async ({ ui, page }) => {
  const kb = new KeyboardInbox(page);
  await ui.inbox.waitForRows();

  // Reply to two selected conversations with one canned reply (each in the buyer's language).
  await ui.press('x', 'Shift+J');
  expect(await kb.markedIds()).toHaveLength(2);
  await ui.press('c');
  const canned = page.getByTestId('canned');
  await expect(canned).toBeVisible();
  await page.keyboard.type('thanks');
  await ui.press('Enter');
  await expect(canned).toBeHidden();
  await expect(ui.outbox.count).toContainText('2');
  await expect(kb.marked).toHaveCount(0);
  await ui.press('z');
  await expect(ui.outbox.count).toContainText('0');

  // Merge the two selected conversations: the second's messages move into the first.
  await ui.press('g', 'i');
  await ui.inbox.waitForRows();
  await expect(kb.marked).toHaveCount(0);
  await ui.press('x', 'Shift+J');
  await expect(kb.marked).toHaveCount(2);
  const [a, b] = await kb.markedIds();
  const messagesOf = async (id: number) => {
    await kb.row(id).click();
    await ui.conversation.isOpen();
    await expect(page.locator(`[data-testid="conversation-view"][data-conversation-id="${id}"]`)).toBeVisible();
    const expand = page.getByTestId('thread-expand');
    if (await expand.count()) await expand.click();
    return ui.conversation.messages.count();
  };
  await ui.press('m');
  await expect(kb.merge.active).toBeVisible();
  await kb.merge.choose();
  const merged = page.locator('[data-testid="conversation-view"]');
  await expect(merged).toBeVisible();
  const target = Number(await merged.getAttribute('data-conversation-id'));
  const source = target === a ? b! : a!;
  await expect(kb.row(source)).toHaveCount(0);
  const together = await messagesOf(target);
  await ui.press('Escape');
  await ui.press('z');
  await expect(kb.row(source)).toHaveCount(1);
  const targetAlone = await messagesOf(target);
  await ui.press('Escape');
  const sourceAlone = await messagesOf(source);
  expect(targetAlone + sourceAlone).toBe(together);
});
