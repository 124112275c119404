import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { ConversationDetail } from '../../../src-shared/domain/types';
import type { Core } from '../../../src-main/core/core-types';
import { startCore } from '../../../src-main/core/start-core';
import { openDatabase } from '../../../src-main/db/open-database';

const cores: Core[] = [];
afterEach(() => cores.splice(0).forEach((c) => c.close()));

describe("a customer's timeline across channels", () => {
  it('interleaves their messages from every channel with their orders, newest first', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'agent-console-timeline-'));
    const core = startCore({ dataDir, demoConversations: 600, now: () => Date.UTC(2026, 10, 20, 9), triageTickMs: 0 });
    cores.push(core);
    // A demo buyer who wrote on two channels (one customer with two identities).
    const db = openDatabase(path.join(dataDir, 'console.sqlite3'));
    const row = db
      .prepare(
        `SELECT c.customer_id AS customerId, min(c.id) AS conversationId FROM conversations c JOIN accounts a ON a.id = c.account_id
          WHERE c.customer_id IS NOT NULL GROUP BY c.customer_id HAVING count(DISTINCT a.channel) >= 2 LIMIT 1`,
      )
      .get() as { customerId: number; conversationId: number } | undefined;
    db.close();
    expect(row, 'the demo has buyers who write on two channels').toBeDefined();

    const result = await core.handle('conversation.get', { id: row!.conversationId });
    if (!result.ok) throw new Error(result.error.message);
    const detail = result.value as ConversationDetail;
    const timeline = detail.timeline!;
    const messageChannels = new Set(timeline.filter((e) => e.kind === 'message').map((e) => e.channel));
    expect(messageChannels.size).toBeGreaterThanOrEqual(2);
    expect(timeline.map((e) => e.at)).toEqual([...timeline.map((e) => e.at)].sort((a, b) => b - a));
    if (detail.orders.length > 0) expect(timeline.some((e) => e.kind === 'order' && e.event === 'placed')).toBe(true);
    // Entries from the other conversations point at them, so the agent can open them.
    const elsewhere = timeline.filter((e) => e.kind === 'message' && e.conversationId !== row!.conversationId);
    expect(elsewhere.length).toBeGreaterThan(0);
  });
});
