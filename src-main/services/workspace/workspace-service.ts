// Who is working, in which workspace, on which accounts; settings; canned replies; sync status.
import type { Settings, WorkspaceInfo } from '../../../src-shared/api/contract';
import type { Agent, CannedReply, Channel, ChannelAccount, SyncState, SyncStatus, UiLocale } from '../../../src-shared/domain/types';
import type { Db } from '../../db/open-database';
import { ServiceError } from '../errors';

export interface WorkspaceService {
  info(): WorkspaceInfo;
  selfAgent(): Agent;
  agentName(id: number): string;
  settings(): Settings;
  setLocale(locale: UiLocale): Settings;
  cannedReplies(): CannedReply[];
  syncStatus(): SyncStatus[];
}

interface AgentRow {
  id: number;
  name: string;
  email: string | null;
  role: 'admin' | 'agent';
  languages_json: string;
}

const toAgent = (row: AgentRow): Agent => ({
  id: row.id,
  name: row.name,
  email: row.email,
  role: row.role,
  languages: JSON.parse(row.languages_json) as string[],
});

export function createWorkspaceService(db: Db, deps: { dataDir: string; defaultLocale: UiLocale }): WorkspaceService {
  const selfStmt = db.prepare<[], AgentRow>('SELECT id, name, email, role, languages_json FROM agents WHERE is_self = 1 ORDER BY id LIMIT 1');
  const insertSelf = db.prepare("INSERT INTO agents (name, role, languages_json, is_self) VALUES ('Me', 'admin', '[]', 1)");
  const agentStmt = db.prepare<[number], { name: string }>('SELECT name FROM agents WHERE id = ?');
  const accountsStmt = db.prepare<[], { id: number; channel: Channel; name: string; marketplace: string | null; address: string | null; status: 'active' | 'paused'; is_demo: number }>(
    'SELECT id, channel, name, marketplace, address, status, is_demo FROM accounts ORDER BY id',
  );
  const countsStmt = db.prepare<[], { conversations: number; messages: number }>(
    'SELECT (SELECT count(*) FROM conversations) AS conversations, (SELECT count(*) FROM messages) AS messages',
  );
  const getSetting = db.prepare<[string], { value_json: string }>('SELECT value_json FROM settings WHERE key = ?');
  const putSetting = db.prepare('INSERT INTO settings (key, value_json) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value_json = excluded.value_json');
  const cannedStmt = db.prepare<[], { id: number; name: string; shortcut: string | null; folder: string | null; language: string; body: string; usage_count: number }>(
    'SELECT id, name, shortcut, folder, language, body, usage_count FROM canned_replies ORDER BY folder, name, language',
  );
  const syncStmt = db.prepare<[], { id: number; name: string; channel: Channel; status: string; state: SyncState | null; last_sync_at: number | null; last_error: string | null }>(
    `SELECT a.id, a.name, a.channel, a.status, s.state, s.last_sync_at, s.last_error
     FROM accounts a LEFT JOIN sync_state s ON s.account_id = a.id ORDER BY a.id`,
  );

  function setting<T>(key: string): T | undefined {
    const row = getSetting.get(key);
    return row ? (JSON.parse(row.value_json) as T) : undefined;
  }

  function selfAgent(): Agent {
    let row = selfStmt.get();
    if (!row) {
      insertSelf.run();
      row = selfStmt.get()!;
    }
    return toAgent(row);
  }

  function accounts(): ChannelAccount[] {
    return accountsStmt.all().map((a) => ({
      id: a.id,
      channel: a.channel,
      name: a.name,
      marketplace: a.marketplace,
      address: a.address,
      status: a.status,
      isDemo: a.is_demo === 1,
    }));
  }

  function settings(): Settings {
    const locale = setting<UiLocale>('ui.locale');
    return { locale: locale === 'en' || locale === 'zh-CN' ? locale : deps.defaultLocale };
  }

  return {
    selfAgent,
    agentName(id) {
      const row = agentStmt.get(id);
      if (!row) throw new ServiceError('not_found', `Agent ${id} does not exist.`);
      return row.name;
    },
    info() {
      const list = accounts();
      const counts = countsStmt.get()!;
      return {
        name: setting<string>('workspace.name') ?? 'Workspace',
        isDemo: list.length > 0 && list.every((a) => a.isDemo),
        dataDir: deps.dataDir,
        conversationCount: counts.conversations,
        messageCount: counts.messages,
        currentAgent: selfAgent(),
        accounts: list,
      };
    },
    settings,
    setLocale(locale) {
      putSetting.run('ui.locale', JSON.stringify(locale));
      return settings();
    },
    cannedReplies() {
      return cannedStmt.all().map((r) => ({
        id: r.id,
        name: r.name,
        shortcut: r.shortcut,
        folder: r.folder,
        language: r.language,
        body: r.body,
        usageCount: r.usage_count,
      }));
    },
    syncStatus() {
      return syncStmt.all().map((r) => ({
        accountId: r.id,
        accountName: r.name,
        channel: r.channel,
        state: r.status === 'paused' ? 'paused' : (r.state ?? 'idle'),
        lastSyncAt: r.last_sync_at,
        lastError: r.last_error,
      }));
    },
  };
}
