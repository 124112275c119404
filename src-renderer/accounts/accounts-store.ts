// The accounts screen's own state: whether it is open, the accounts with their sync status, the
// channels this build can connect (with their set-up fields) and whether a keychain is available.
// Sync statuses arrive as `sync.status` events and are kept in the console store; this store asks
// the core for the rest when the screen opens and after every change.
import { create } from 'zustand';
import type { AccountView, ChannelSetup, KeychainInfo } from '../../src-shared/api/contract-accounts';
import type { Channel } from '../../src-shared/domain/types';
import { call } from '../api/call';
import { useConsole } from '../state/console-store';

export interface AccountsState {
  open: boolean;
  accounts: AccountView[];
  channels: ChannelSetup[];
  keychain: KeychainInfo | null;
  /** Account id awaiting a second "Remove" press. */
  confirmRemove: number | null;
  busy: Record<number, 'test' | undefined>;
  setOpen(open: boolean): void;
  load(): Promise<void>;
  add(input: { channel: Channel; name: string; values: Record<string, string> }): Promise<string | null>;
  test(account: AccountView): Promise<void>;
  setPaused(account: AccountView, paused: boolean): Promise<void>;
  syncNow(accountId?: number): Promise<void>;
  remove(account: AccountView): Promise<void>;
  retryDelivery(outboxId: number): Promise<void>;
}

const transport = () => {
  const t = useConsole.getState().transport;
  if (!t) throw new Error('not connected');
  return t;
};
const toast = (kind: 'info' | 'error', text: string) => useConsole.getState().toast(kind, text);
const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

export const useAccounts = create<AccountsState>((set, get) => ({
  open: false,
  accounts: [],
  channels: [],
  keychain: null,
  confirmRemove: null,
  busy: {},

  setOpen(open) {
    set({ open, confirmRemove: null });
    if (open) void get().load();
  },

  async load() {
    try {
      const [accounts, channels, keychain] = await Promise.all([
        call(transport(), 'accounts.list', {}),
        call(transport(), 'accounts.channels', {}),
        call(transport(), 'keychain.status', {}),
      ]);
      set({ accounts, channels, keychain });
    } catch (error) {
      toast('error', message(error));
    }
  },

  async add({ channel, name, values }) {
    const setup = get().channels.find((c) => c.channel === channel);
    const settings: Record<string, string | number> = {};
    const secrets: Record<string, string> = {};
    for (const field of setup?.fields ?? []) {
      const value = values[field.name]?.trim() ?? '';
      if (value === '') continue;
      if (field.kind === 'secret') secrets[field.name] = value;
      else settings[field.name] = field.kind === 'number' ? Number(value) : value;
    }
    try {
      await call(transport(), 'accounts.add', { channel, name, settings, secrets });
      await get().load();
      return null;
    } catch (error) {
      return message(error);
    }
  },

  async test(account) {
    set((s) => ({ busy: { ...s.busy, [account.id]: 'test' } }));
    try {
      const result = await call(transport(), 'accounts.test', { id: account.id });
      toast(result.ok ? 'info' : 'error', result.ok ? `✓ ${account.name}` : `${account.name}: ${result.message}`);
    } catch (error) {
      toast('error', message(error));
    } finally {
      set((s) => ({ busy: { ...s.busy, [account.id]: undefined } }));
    }
  },

  async setPaused(account, paused) {
    try {
      await call(transport(), paused ? 'accounts.pause' : 'accounts.resume', { id: account.id });
      await get().load();
    } catch (error) {
      toast('error', message(error));
    }
  },

  async syncNow(accountId) {
    try {
      await call(transport(), 'sync.now', accountId === undefined ? {} : { accountId });
    } catch (error) {
      toast('error', message(error));
    }
  },

  async remove(account) {
    if (get().confirmRemove !== account.id) {
      set({ confirmRemove: account.id });
      return;
    }
    set({ confirmRemove: null });
    try {
      await call(transport(), 'accounts.remove', { id: account.id });
      await get().load();
      // The focused row is gone: keep the keyboard in the screen.
      document.getElementById('accounts-title')?.focus();
      const console = useConsole.getState();
      useConsole.setState({ workspace: await call(transport(), 'workspace.info', {}) });
      await console.refreshInbox();
    } catch (error) {
      toast('error', message(error));
    }
  },

  async retryDelivery(outboxId) {
    try {
      await call(transport(), 'outbox.retry', { id: outboxId });
      await useConsole.getState().loadOutbox();
    } catch (error) {
      toast('error', message(error));
    }
  },
}));
