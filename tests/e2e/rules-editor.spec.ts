// Triage end to end against the real web host on a fresh demo workspace: the rule editor from the
// keyboard (create, save, dry run, export), the inbox by time left with "why is this on top", and
// conversations handed to a person with the reason visible.
import Database from 'better-sqlite3';
import path from 'node:path';
import { expect, test } from './support/fixtures';
import type { ConsolePage } from './pages/console-page';
import { RulesEditor, TriageView } from './pages/rules-editor';

/** Open conversations handed to a person, read from the console's own database file. */
function handedOff(dataDir: string, where = '1 = 1'): { id: number; reason: string }[] {
  const db = new Database(path.join(dataDir, 'console.sqlite3'), { readonly: true, fileMustExist: true });
  try {
    return db
      .prepare(
        `SELECT c.id, a.handoff_reason AS reason FROM conversation_automation a JOIN conversations c ON c.id = a.conversation_id
         WHERE c.status = 'open' AND a.handoff_reason IS NOT NULL AND ${where} ORDER BY c.priority_score DESC`,
      )
      .all() as { id: number; reason: string }[];
  } finally {
    db.close();
  }
}

/** j through the inbox (sorted by priority) until one of `ids` is selected, then open it. */
async function openOneOf(ui: ConsolePage, ids: Set<number>) {
  const triage = new TriageView(ui.page);
  await triage.sort.selectOption('priority');
  await ui.page.getByTestId('inbox-list').focus();
  await ui.inbox.waitForRows();
  for (let i = 0; i < 400; i++) {
    if (ids.has(await ui.inbox.selectedId())) break;
    await ui.press('j');
  }
  const id = await ui.inbox.selectedId();
  expect(ids.has(id), 'reached a handed-off conversation with j').toBe(true);
  await ui.press('Enter');
  await ui.conversation.isOpen();
  return id;
}

test.afterEach(async ({ page }) => {
  // Closed before the console stops, so no page reconnects to a host that is shutting down.
  await page.close();
});

test('the rule editor works from the keyboard: open with g r, create, save, dry run, export', async ({ ui, page }) => {
  await ui.inbox.waitForRows();
  const rules = new RulesEditor(page);
  await ui.press('g', 'r');
  await rules.isOpen();
  await expect(rules.items.filter({ hasText: 'urgent refund' })).toHaveCount(1);
  await expect(rules.items.filter({ hasText: 'Night shift' })).toHaveCount(1);
  const before = await rules.items.count();

  await ui.press('j');
  await expect(rules.selected).toContainText('Night shift');
  await ui.press('k');
  await expect(rules.selected).toContainText('urgent refund');

  await ui.press('n');
  await expect(rules.name).toBeFocused();
  await page.keyboard.type('Invoice requests');
  await rules.conditionValue().fill('invoice, rechnung, facture');
  await rules.root.getByLabel('If 1.1: operator').selectOption('any_of');
  await rules.conditionValue().fill('invoice, rechnung, facture, factura, 発票, 领収書, 发票');
  await rules.actionParam('Tag').fill('invoice');
  await ui.press('Control+s');
  await expect(rules.items).toHaveCount(before + 1);
  await expect(rules.selected).toContainText('Invoice requests');
  await expect(rules.error).toHaveCount(0);

  await ui.press('Control+d');
  await expect(rules.dryRunSummary).toHaveText(/^Over the last 30 days this rule would have matched \d+ conversations?$/);
  const matched = Number(/matched (\d+)/.exec((await rules.dryRunSummary.textContent()) ?? '')![1]);
  expect(matched).toBeGreaterThan(0);
  await expect(rules.dryRunItems).toHaveCount(Math.min(matched, 200));

  await rules.exportButton().click();
  await expect(rules.exportJson).toBeVisible();
  const exported = JSON.parse(await rules.exportJson.inputValue());
  expect(exported.format).toBe('agent-console.rules');
  expect(exported.rules.map((r: { definition: { name: string } }) => r.definition.name)).toContain('Invoice requests');

  // Esc leaves the field, a second Esc the screen.
  await rules.name.focus();
  await ui.press('Escape', 'Escape');
  await expect(rules.root).toBeHidden();
});

test('the inbox sorts by time left, counts down, and says why a conversation is on top', async ({ ui, page }) => {
  await ui.inbox.waitForRows();
  const triage = new TriageView(page);
  await triage.sort.selectOption('time_left');
  await expect(triage.countdowns.first()).toBeVisible();
  await expect(triage.countdowns.first()).toHaveText(/^−?\d+(m|h\d\d|d\d+h)$/);
  await expect(triage.countdowns.first()).toHaveAttribute('title', /(First response|Next response|Resolution): .*(left|overdue)/);
  await triage.scores.first().hover();
  await expect(triage.why).toBeVisible();
  await expect(triage.why).toContainText(/Priority \d+ \/ 100/);
  await expect(triage.why.locator('li').first()).toBeVisible();
});

test('a conversation handed to a person shows why, with the handoff note', async ({ ui, page, app }) => {
  await ui.inbox.waitForRows();
  const candidates = handedOff(app.dataDir);
  expect(candidates.length, 'the demo workspace has VIP buyers and time-critical shipments').toBeGreaterThan(0);
  const id = await openOneOf(ui, new Set(candidates.map((c) => c.id)));
  const triage = new TriageView(page);
  await expect(triage.handoffReason).toContainText(candidates.find((c) => c.id === id)!.reason);
  await expect(triage.handoffNote).toContainText('Handed to a human:');
  await expect(triage.handoffNote).toContainText('Customer asked:');
});

test('an angry German buyer is escalated to a human with the reason visible', async ({ ui, page, app }) => {
  await ui.inbox.waitForRows();
  const angryGerman = handedOff(app.dataDir, "c.language = 'de' AND a.handoff_reason LIKE '%negative sentiment%'");
  // Mood comes from the on-device understanding model; without it nothing is detected as angry.
  test.skip(angryGerman.length === 0, 'message understanding is not wired into this build (src-main/triage/engine/understanding-provider.ts)');
  await openOneOf(ui, new Set(angryGerman.map((c) => c.id)));
  const triage = new TriageView(page);
  await expect(triage.handoffReason).toContainText(/negative sentiment/);
  await expect(page.getByTestId('triage-sentiment')).toContainText('negative');
  // Who takes it depends on the demo team's shifts at the time the test runs; either way the note says.
  await expect(triage.handoffNote).toContainText(/Assigned to|Nobody is available right now/);
});
