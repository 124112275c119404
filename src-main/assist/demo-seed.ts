// The demo workspace's assist data: its knowledge base, and which intents its canned replies answer.
// Runs once per data folder (a settings flag), only in a demo workspace.
import type { Intent } from '../../src-shared/domain/triage';
import type { Db } from '../db/open-database';
import type { CannedLibrary } from './canned/canned-library';
import type { KnowledgeBase } from './knowledge/knowledge-base';
import { seedDemoArticles } from './knowledge/seed-articles';
import type { SettingsStore } from './settings-store';

export const DEMO_CANNED_INTENTS: Record<string, Intent[]> = {
  'Tracking information': ['where_is_my_order', 'delivery_time'],
  'Refund issued': ['refund'],
  'Return instructions': ['return'],
  'Cancellation confirmed': ['cancel'],
  'Address change': ['change_address'],
  'Damaged item – replacement': ['damaged_or_wrong_item', 'complaint'],
  Invoice: ['invoice'],
  'Thanks – no further action': ['thanks_no_reply'],
};

const FLAG = 'assist.demoSeeded';

export function seedAssistDemo(db: Db, deps: { canned: CannedLibrary; kb: KnowledgeBase; settings: SettingsStore }): boolean {
  const isDemo = db.prepare('SELECT 1 FROM accounts WHERE is_demo = 1 LIMIT 1').get() !== undefined;
  if (!isDemo || deps.settings.get<boolean>(FLAG)) return false;
  db.transaction(() => {
    seedDemoArticles(deps.kb);
    for (const [name, intents] of Object.entries(DEMO_CANNED_INTENTS)) deps.canned.setIntentsByName(name, intents);
    deps.settings.set(FLAG, true);
  })();
  return true;
}
