// Fills an empty, migrated database with the demo workspace: accounts, the team, tags, canned
// replies, then the generated orders and conversations through the real ingest pipeline.
import type { Db } from '../db/open-database';
import type { IngestPipeline } from '../ingest/ingest-pipeline';
import { DEMO_ACCOUNTS, DEMO_AGENTS, DEMO_TAGS, DEMO_TEAMS } from './catalogue';
import { DEMO_CANNED_REPLIES } from './canned-replies';
import { demoBatches, type DemoBatch } from './generate-demo';

export interface SeedDemoOptions {
  conversations: number;
  now: number;
  seed?: number;
}

export interface SeedDemoResult {
  conversations: number;
  messages: number;
  orders: number;
}

export const DEMO_WORKSPACE_NAME = 'Demo workspace';

function seedReferenceData(db: Db, now: number): Map<number, number> {
  const account = db.prepare(
    'INSERT INTO accounts (id, channel, name, marketplace, address, is_demo, created_at) VALUES (?, ?, ?, ?, ?, 1, ?)',
  );
  for (const a of DEMO_ACCOUNTS) account.run(a.id, a.channel, a.name, a.marketplace, a.address, now);
  db.prepare("UPDATE agents SET is_self = 0 WHERE is_self = 1 AND name = 'Me'").run();
  const agent = db.prepare('INSERT INTO agents (name, email, role, languages_json, is_self) VALUES (?, ?, ?, ?, ?)');
  const agentIds = new Map<number, number>();
  DEMO_AGENTS.forEach((a, i) => agentIds.set(i, Number(agent.run(a.name, a.email, a.role, JSON.stringify(a.languages), i === 0 ? 1 : 0).lastInsertRowid)));
  const team = db.prepare('INSERT INTO teams (name) VALUES (?)');
  const member = db.prepare('INSERT INTO team_members (team_id, agent_id) VALUES (?, ?)');
  for (const t of DEMO_TEAMS) {
    const teamId = Number(team.run(t.name).lastInsertRowid);
    for (const index of t.members) member.run(teamId, agentIds.get(index - 1)!);
  }
  const tag = db.prepare('INSERT INTO tags (name) VALUES (?)');
  for (const name of DEMO_TAGS) tag.run(name);
  const canned = db.prepare(
    'INSERT INTO canned_replies (name, shortcut, folder, language, body, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
  );
  for (const reply of DEMO_CANNED_REPLIES) {
    for (const [language, body] of Object.entries(reply.bodies)) canned.run(reply.name, reply.shortcut, reply.folder, language, body, now, now);
  }
  db.prepare("INSERT INTO settings (key, value_json) VALUES ('workspace.name', ?) ON CONFLICT (key) DO UPDATE SET value_json = excluded.value_json").run(
    JSON.stringify(DEMO_WORKSPACE_NAME),
  );
  return agentIds;
}

/** Statuses, assignees and tags of the generated history (what agents did before "now"). */
function applyStates(db: Db, batch: DemoBatch, agentIds: Map<number, number>) {
  const update = db.prepare('UPDATE conversations SET status = ?, assignee_id = ?, unread = CASE WHEN ? = 1 THEN 0 ELSE unread END WHERE account_id = ? AND external_id = ?');
  const tag = db.prepare(
    `INSERT OR IGNORE INTO conversation_tags (conversation_id, tag_id)
     SELECT c.id, t.id FROM conversations c, tags t WHERE c.account_id = ? AND c.external_id = ? AND t.name = ?`,
  );
  for (const c of batch.conversations) {
    const closed = c.status === 'closed' ? 1 : 0;
    update.run(c.status, c.assignee === null ? null : agentIds.get(c.assignee)!, closed, c.accountId, c.externalId);
    for (const name of c.tags) tag.run(c.accountId, c.externalId, name);
  }
}

export function seedDemoWorkspace(db: Db, ingest: IngestPipeline, options: SeedDemoOptions): SeedDemoResult {
  const result: SeedDemoResult = { conversations: 0, messages: 0, orders: 0 };
  const agentIds = db.transaction(() => seedReferenceData(db, options.now))();
  for (const batch of demoBatches({ conversations: options.conversations, now: options.now, seed: options.seed })) {
    ingest.ingestOrders(batch.orders);
    ingest.ingestMessages(batch.messages);
    db.transaction(() => applyStates(db, batch, agentIds))();
    result.conversations += batch.conversations.length;
    result.messages += batch.messages.length;
    result.orders += batch.orders.length;
  }
  return result;
}
