// Adding, testing, pausing and removing channel accounts. Settings are validated with the channel's
// connector schema; secrets go to the OS keychain under a random reference stored with the account,
// so SQLite only ever holds "where", never "what". Where there is no keychain the account is refused.
import { randomUUID } from 'node:crypto';
import type { AccountTestResult, AccountView, ChannelSetup } from '../../src-shared/api/contract-accounts';
import type { Channel, SyncStatus } from '../../src-shared/domain/types';
import type { Db } from '../db/open-database';
import { redactSecrets, type SecretStore } from '../secrets/secret-store';
import { notFound, ServiceError } from '../services/errors';
import type { EventLog } from '../services/event-log';
import type { ConnectorDefinition } from '../sync/connector';
import type { ConnectorRegistry } from '../sync/engine/connector-registry';

interface AccountRow {
  id: number;
  channel: Channel;
  name: string;
  marketplace: string | null;
  address: string | null;
  settings_json: string;
  status: 'active' | 'paused';
  is_demo: number;
  secret_ref: string | null;
  created_at: number;
}

export interface AddAccountInput {
  channel: Channel;
  name: string;
  settings: Record<string, string | number | boolean>;
  secrets: Record<string, string>;
  skipTest: boolean;
}

export interface AccountsService {
  channels(): ChannelSetup[];
  list(): AccountView[];
  get(id: number): AccountView;
  add(input: AddAccountInput): Promise<AccountView>;
  test(id: number): Promise<AccountTestResult>;
  setPaused(id: number, paused: boolean): AccountView;
  remove(id: number): Promise<void>;
}

const TEST_TIMEOUT_MS = 20_000;

/** A text setting by name, also from one level down (combined connectors nest each part's settings). */
function pick(settings: Record<string, unknown>, name: string): string | null {
  if (typeof settings[name] === 'string') return settings[name];
  for (const value of Object.values(settings)) {
    if (value && typeof value === 'object' && typeof (value as Record<string, unknown>)[name] === 'string') return (value as Record<string, string>)[name]!;
  }
  return null;
}

export function createAccountsService(
  db: Db,
  deps: {
    registry: ConnectorRegistry;
    secrets: SecretStore;
    events: EventLog;
    now: () => number;
    dataDir: string;
    statusOf: (accountId: number) => SyncStatus | null;
    /** The engine's connector for a saved account. */
    connectorFor: (accountId: number) => Promise<{ test(signal?: AbortSignal): Promise<void> }>;
    onChanged: () => void;
    redact: (accountId: number, text: string) => string;
  },
): AccountsService {
  const selectAll = db.prepare<[], AccountRow>(
    'SELECT id, channel, name, marketplace, address, settings_json, status, is_demo, secret_ref, created_at FROM accounts ORDER BY id',
  );
  const selectOne = db.prepare<[number], AccountRow>(
    'SELECT id, channel, name, marketplace, address, settings_json, status, is_demo, secret_ref, created_at FROM accounts WHERE id = ?',
  );
  const insert = db.prepare(
    `INSERT INTO accounts (channel, name, marketplace, address, settings_json, status, is_demo, secret_ref, created_at)
     VALUES (@channel, @name, @marketplace, @address, @settings, 'active', 0, @secretRef, @now)`,
  );
  const setStatus = db.prepare('UPDATE accounts SET status = ? WHERE id = ?');
  // The full-text index is contentless: its rows go explicitly, before the cascade removes the messages.
  const unindexAccount = db.prepare('DELETE FROM message_search WHERE rowid IN (SELECT id FROM messages WHERE account_id = ?)');
  const deleteAccount = db.prepare('DELETE FROM accounts WHERE id = ?');

  function definitionOf(channel: Channel): ConnectorDefinition<unknown> {
    const definition = deps.registry.get(channel);
    if (!definition) throw new ServiceError('invalid_request', `This version of Agent Console cannot connect ${channel} accounts yet.`);
    return definition;
  }

  function toView(row: AccountRow): AccountView {
    const definition = deps.registry.get(row.channel);
    const secretNames = (definition?.fields ?? []).filter((f) => f.kind === 'secret').map((f) => f.name);
    return {
      id: row.id,
      channel: row.channel,
      name: row.name,
      marketplace: row.marketplace,
      address: row.address,
      status: row.status,
      isDemo: row.is_demo === 1,
      settings: JSON.parse(row.settings_json) as Record<string, unknown>,
      secretNames: row.secret_ref ? secretNames : [],
      sync: deps.statusOf(row.id),
      createdAt: row.created_at,
    };
  }

  function get(id: number): AccountView {
    const row = selectOne.get(id);
    if (!row) throw notFound('Account', id);
    return toView(row);
  }

  /** Validates an add request against the connector: readable errors, nothing stored. */
  function validate(input: AddAccountInput) {
    const definition = definitionOf(input.channel);
    const secretFields = definition.fields.filter((f) => f.kind === 'secret');
    const secretNames = new Set(secretFields.map((f) => f.name));
    const plain: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(input.settings)) if (!secretNames.has(key)) plain[key] = value;
    const parsed = definition.settingsSchema.safeParse(plain);
    if (!parsed.success) {
      const issues = parsed.error.issues.map((i) => `${i.path.map(String).join('.') || 'settings'}: ${i.message}`);
      throw new ServiceError('invalid_request', `Invalid ${input.channel} account settings: ${issues.join('; ')}`);
    }
    const secrets: Record<string, string> = {};
    for (const field of secretFields) {
      const value = input.secrets[field.name] ?? (typeof input.settings[field.name] === 'string' ? (input.settings[field.name] as string) : undefined);
      if (value !== undefined && value !== '') secrets[field.name] = value;
      else if (field.required) throw new ServiceError('invalid_request', `Invalid ${input.channel} account settings: ${field.label} is required.`);
    }
    const unknown = Object.keys(input.secrets).filter((k) => !secretNames.has(k));
    if (unknown.length) throw new ServiceError('invalid_request', `Unknown secret field(s) for ${input.channel}: ${unknown.join(', ')}.`);
    // What is stored is the input as typed (the schema may transform or default it): the engine parses
    // it again with the connector's schema whenever it creates the connector.
    return { definition, plain, settings: parsed.data as Record<string, unknown>, secrets };
  }

  async function testConnector(connector: { test(signal?: AbortSignal): Promise<void>; close?(): Promise<void> }, secrets: Record<string, string>): Promise<AccountTestResult> {
    const abort = new AbortController();
    const timer = setTimeout(() => abort.abort(), TEST_TIMEOUT_MS);
    try {
      await connector.test(abort.signal);
      return { ok: true, message: 'Connected.' };
    } catch (error) {
      const text = abort.signal.aborted ? `No answer within ${TEST_TIMEOUT_MS / 1000} s.` : error instanceof Error ? error.message : String(error);
      return { ok: false, message: redactSecrets(text, secrets) };
    } finally {
      clearTimeout(timer);
    }
  }

  return {
    channels() {
      return deps.registry.channels().map((channel) => ({ channel, fields: definitionOf(channel).fields.map((f) => ({ ...f })) }));
    },
    list: () => selectAll.all().map(toView),
    get,

    async add(input) {
      const { definition, plain, settings, secrets } = validate(input);
      if (!input.skipTest) {
        const probe = definition.create({
          accountId: 0,
          settings,
          secrets,
          dataDir: deps.dataDir,
          saveSecret: async () => undefined,
        });
        const result = await testConnector(probe, secrets);
        await probe.close?.().catch(() => undefined);
        if (!result.ok) throw new ServiceError('invalid_request', `The account was not saved: ${result.message}`);
      }
      // Keychain first: if it refuses, nothing is written anywhere.
      const secretRef = Object.keys(secrets).length > 0 ? `account-${randomUUID()}` : null;
      if (secretRef) await deps.secrets.save(secretRef, secrets);
      let id: number;
      try {
        id = Number(
          insert.run({
            channel: input.channel,
            name: input.name,
            marketplace: pick(settings, 'marketplace'),
            address: pick(settings, 'address') ?? pick(settings, 'email'),
            settings: JSON.stringify(plain),
            secretRef,
            now: deps.now(),
          }).lastInsertRowid,
        );
      } catch (error) {
        if (secretRef) await deps.secrets.remove(secretRef).catch(() => undefined);
        throw error;
      }
      deps.events.record({ actorKind: 'agent', action: 'account.added', subjectKind: 'account', subjectId: id, data: { channel: input.channel } });
      deps.onChanged();
      return get(id);
    },

    async test(id) {
      get(id);
      try {
        const connector = await deps.connectorFor(id);
        const result = await testConnector(connector, {});
        return { ok: result.ok, message: deps.redact(id, result.message) };
      } catch (error) {
        return { ok: false, message: deps.redact(id, error instanceof Error ? error.message : String(error)) };
      }
    },

    setPaused(id, paused) {
      const before = get(id);
      if (before.isDemo) throw new ServiceError('conflict', 'Demo accounts do not sync.');
      setStatus.run(paused ? 'paused' : 'active', id);
      deps.events.record({ actorKind: 'agent', action: paused ? 'account.paused' : 'account.resumed', subjectKind: 'account', subjectId: id, data: {} });
      deps.onChanged();
      return get(id);
    },

    async remove(id) {
      const row = selectOne.get(id);
      if (!row) throw notFound('Account', id);
      db.transaction(() => {
        unindexAccount.run(id);
        deleteAccount.run(id);
      })();
      deps.events.record({ actorKind: 'agent', action: 'account.removed', subjectKind: 'account', subjectId: id, data: { channel: row.channel } });
      deps.onChanged();
      if (row.secret_ref) await deps.secrets.remove(row.secret_ref).catch(() => undefined);
    },
  };
}
