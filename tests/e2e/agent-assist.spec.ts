// Agent assist end to end on the demo workspace: an angry German refund request on Amazon, ranked
// suggestions, one inserted with the live tracking number, a link to an outside site blocked by
// Amazon's rules (in the UI and by the core), fixed, sent.
import path from 'node:path';
import Database from 'better-sqlite3';
import { startOpenAiTestServer } from '../servers/openai-compatible/server';
import { AssistPanel } from './pages/assist-panel';
import { expect, test } from './support/fixtures';

const REFUND = /Geld (für Bestellung \S+ )?zurück|erstatten Sie|Rückerstattung/;
const ANGRY = /Frechheit|Vorgesetzten|Unverschämt|schlechte Bewertung|dritten Mal/;

/** The first open Amazon conversation in German whose buyer angrily asks for money back, with a tracked order. */
function findAngryGermanRefund(dataDir: string): { id: number; index: number } {
  const db = new Database(path.join(dataDir, 'console.sqlite3'), { readonly: true });
  try {
    const open = db
      .prepare(
        `SELECT c.id, a.channel, c.language,
           (SELECT group_concat(m.body_text, '\n') FROM messages m WHERE m.conversation_id = c.id AND m.direction = 'inbound') AS inbound,
           (SELECT count(*) FROM shipments s WHERE s.order_id = c.order_id AND s.tracking_number IS NOT NULL) AS tracked
         FROM conversations c JOIN accounts a ON a.id = c.account_id
         WHERE c.status = 'open' ORDER BY c.last_message_at DESC, c.id DESC`,
      )
      .all() as { id: number; channel: string; language: string | null; inbound: string | null; tracked: number }[];
    const index = open.findIndex((c) => c.channel === 'amazon' && c.language === 'de' && c.tracked > 0 && REFUND.test(c.inbound ?? '') && ANGRY.test(c.inbound ?? ''));
    if (index < 0) throw new Error('The demo workspace has no open, angry German refund request on Amazon with a tracked order.');
    return { id: open[index]!.id, index };
  } finally {
    db.close();
  }
}

test('answer an angry German refund request: ranked suggestions, tracking number inserted, outside link blocked, fixed, sent', async ({ app, ui, page }) => {
  const { inbox, conversation } = ui;
  const assist = new AssistPanel(page);
  const target = findAngryGermanRefund(app.dataDir);

  await inbox.waitForRows();
  for (let i = 0; i < target.index; i++) await ui.press('j');
  expect(await inbox.selectedId()).toBe(target.id);
  await ui.press('Enter');
  await conversation.isOpen();
  await expect(conversation.messages.first()).toContainText(ANGRY);
  const tracking = ((await conversation.trackingNumber.first().textContent()) ?? '').trim();
  expect(tracking.length).toBeGreaterThan(5);

  // Suggestions are there before anyone asks, ranked best first, of several kinds.
  await assist.waitForSuggestions(4);
  const scores = await assist.scores();
  expect([...scores].sort((a, b) => b - a)).toEqual(scores);
  const kinds = await assist.items.evaluateAll((els) => els.map((e) => e.getAttribute('data-kind')));
  expect(new Set(kinds).size).toBeGreaterThanOrEqual(2);
  const titles = await assist.titles();
  expect(titles).toContain('Refund – return received');

  // Insert the refund reply: it arrives in German, with this order's tracking number, no variables left.
  await assist.item('Refund – return received').click();
  await expect(conversation.composer).toHaveValue(new RegExp(`Sendungsnummer ${tracking.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
  const draft = await conversation.composer.inputValue();
  expect(draft).not.toContain('{{');
  expect(draft).toContain('Rücksendung');
  await expect(assist.ruleCheck).toBeHidden();

  // A link to the seller's own shop breaks Amazon's rules: named, highlighted, send blocked.
  await conversation.composer.focus();
  await page.keyboard.press('Control+End');
  await conversation.typeInComposer('\nDetails: https://www.mein-shop-beispiel.de/erstattung');
  await expect(assist.violation('amazon.external_link')).toBeVisible();
  await expect(assist.violation('amazon.external_link')).toContainText('Amazon');
  await expect(assist.ruleCheck.locator('mark.mark-rule')).toHaveText('https://www.mein-shop-beispiel.de/erstattung');
  await expect(assist.send).toBeDisabled();
  const before = await conversation.messages.count();
  await ui.press('Control+Enter');
  await page.waitForTimeout(300);
  await expect(conversation.messages).toHaveCount(before);

  // Fix it: the link goes, the check clears, the reply goes to the outbox.
  await conversation.composer.fill(draft);
  await expect(assist.ruleCheck).toBeHidden();
  await expect(assist.send).toBeEnabled();
  await ui.press('Control+Enter');
  await expect(conversation.messages).toHaveCount(before + 1);
  await expect(conversation.queuedMessages().last()).toContainText(tracking);
  await expect(conversation.composer).toHaveValue('');
});

test('`??` inserts a knowledge-base article; a rule can be overridden with a reason, and the core logs it', async ({ app, ui, page }) => {
  const { inbox, conversation } = ui;
  const assist = new AssistPanel(page);
  const target = findAngryGermanRefund(app.dataDir);
  await inbox.waitForRows();
  for (let i = 0; i < target.index; i++) await ui.press('j');
  await ui.press('Enter');
  await conversation.isOpen();
  await ui.press('r');
  await conversation.typeInComposer('??Rücksendung');
  await expect(assist.kbPicker).toBeVisible();
  await expect(page.getByTestId('kb-option').first()).toContainText('Rücksendung und Erstattung');
  await ui.press('Enter');
  await expect(conversation.composer).toHaveValue(/innerhalb von 30 Tagen/);

  await conversation.typeInComposer(' Fragen? Rufen Sie uns an: 030 12345678');
  await expect(assist.violation('amazon.phone_number')).toBeVisible();
  await page.getByTestId('override-start').click();
  await page.getByTestId('override-reason').fill('Buyer asked us to call back');
  const before = await conversation.messages.count();
  await page.getByTestId('override-confirm').click();
  await expect(conversation.messages).toHaveCount(before + 1);

  const db = new Database(path.join(app.dataDir, 'console.sqlite3'), { readonly: true });
  const logged = db.prepare("SELECT data_json FROM events WHERE action = 'reply.rules_overridden'").all() as { data_json: string }[];
  db.close();
  expect(logged).toHaveLength(1);
  expect(JSON.parse(logged[0]!.data_json)).toMatchObject({ rules: ['amazon.phone_number'], reason: 'Buyer asked us to call back' });
});

test('the library: canned replies with a preview on the open conversation, CJK article search, help-page export', async ({ ui, page }) => {
  await ui.inbox.waitForRows();
  await ui.press('Enter');
  await ui.conversation.isOpen();
  await page.getByTestId('assist-library-open').click();
  const library = page.getByTestId('assist-library');
  await expect(library.getByTestId('canned-library')).toContainText('Refund – return received');
  await library.getByRole('button', { name: 'Tracking information' }).first().click();
  await expect(library.getByTestId('canned-preview')).toBeVisible();
  await expect(library.getByTestId('canned-preview')).not.toContainText('{{');

  await library.getByRole('button', { name: 'Knowledge base' }).click();
  await library.getByPlaceholder('Search articles (any language)').fill('退款');
  await expect(library.getByTestId('kb-library').getByRole('button', { name: '退货与退款' })).toBeVisible();
  // Only articles about refunds (退款) are listed, not the whole knowledge base.
  await expect(library.getByTestId('kb-library').getByRole('button', { name: 'Delivery times by region' })).toHaveCount(0);
  await library.getByRole('button', { name: 'Export help page (HTML)' }).click();
  await expect(library.getByRole('button', { name: 'index.html' })).toBeVisible();
  await page.screenshot({ path: 'test-results/e2e/assist-library.png' });
});

test('an AI provider set up in the library drafts a reply that streams into the composer, and is never sent by itself', async ({ ui, page }) => {
  // A local OpenAI-compatible server without a key, like llama.cpp or Ollama on the same machine.
  const server = await startOpenAiTestServer({
    apiKey: null,
    chunkDelayMs: 80,
    reply: () => 'Hallo Lana, wir haben Ihre Rücksendung erhalten und den Betrag erstattet. Viele Grüße',
  });
  try {
    await ui.inbox.waitForRows();
    await ui.press('Enter');
    await ui.conversation.isOpen();
    await page.getByTestId('assist-library-open').click();
    const library = page.getByTestId('assist-library');
    await library.getByRole('button', { name: 'Brand voice & AI' }).click();
    await library.getByLabel('Base URL').fill(server.baseUrl);
    await library.getByLabel('Model').fill('ok');
    await library.getByRole('button', { name: 'Save' }).nth(1).click();
    await expect(library.getByTestId('translation-engine')).toContainText('through this AI provider');
    expect(server.requests).toHaveLength(0);
    await page.keyboard.press('Escape');
    await expect(library).toBeHidden();
    await ui.conversation.isOpen();

    const before = await ui.conversation.messages.count();
    await page.getByTestId('ai-draft').click();
    // The text appears as it streams, before the whole answer is there.
    await expect(page.getByTestId('ai-stream')).toContainText('Hallo Lana');
    await expect(ui.conversation.composer).toHaveValue('Hallo Lana, wir haben Ihre Rücksendung erhalten und den Betrag erstattet. Viele Grüße');
    expect(server.requests).toHaveLength(1);
    expect(server.requests[0]!.stream).toBe(true);
    expect(server.requests[0]!.messages[0]!.content).toContain('Brand voice');
    await page.waitForTimeout(300);
    await expect(ui.conversation.messages).toHaveCount(before);
  } finally {
    await server.close();
  }
});
