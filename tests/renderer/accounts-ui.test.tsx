// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ApiResult, ApiTransport } from '../../src-shared/api/contract';
import type { SyncStatus } from '../../src-shared/domain/types';
import { SyncIndicator } from '../../src-renderer/accounts/SyncIndicator';
import { useAccounts } from '../../src-renderer/accounts/accounts-store';
import { setupI18n } from '../../src-renderer/i18n/setup-i18n';
import { useConsole } from '../../src-renderer/state/console-store';

const status = (over: Partial<SyncStatus>): SyncStatus => ({
  accountId: 1,
  accountName: 'Shop',
  channel: 'ebay',
  state: 'idle',
  lastSyncAt: null,
  lastError: null,
  ...over,
});

function recordingTransport(results: Record<string, unknown>) {
  const calls: { method: string; params: unknown }[] = [];
  const transport: ApiTransport = {
    invoke: async (method, params) => {
      calls.push({ method, params });
      return { ok: true, value: results[method] } as ApiResult<never>;
    },
    subscribe: () => () => undefined,
  };
  return { transport, calls };
}

beforeEach(async () => {
  await setupI18n('en');
});
afterEach(() => cleanup());

describe('sync indicator', () => {
  it('shows progress, then failing or offline accounts, then up to date', () => {
    useConsole.setState({ syncStatuses: [status({ state: 'syncing', progress: { pulled: 1200, pages: 12 } })] });
    render(<SyncIndicator />);
    expect(screen.getByTestId('sync-indicator').textContent).toBe('Syncing… 1200');
    act(() => useConsole.setState({ syncStatuses: [status({ state: 'offline', lastError: 'Cannot reach host' }), status({ accountId: 2, state: 'idle' })] }));
    expect(screen.getByTestId('sync-indicator').textContent).toBe('Offline (1)');
    expect(screen.getByTestId('sync-indicator').getAttribute('title')).toBe('Shop: Cannot reach host');
    act(() => useConsole.setState({ syncStatuses: [status({ state: 'error', lastError: 'Sign-in rejected' })] }));
    expect(screen.getByTestId('sync-indicator').dataset.state).toBe('error');
    act(() => useConsole.setState({ syncStatuses: [status({})] }));
    expect(screen.getByTestId('sync-indicator').textContent).toBe('Up to date');
  });
});

describe('accounts store', () => {
  it('sends secret fields as secrets and the rest as settings, numbers as numbers', async () => {
    const { transport, calls } = recordingTransport({ 'accounts.add': {}, 'accounts.list': [], 'accounts.channels': [], 'keychain.status': { available: true, message: null } });
    useConsole.setState({ transport });
    useAccounts.setState({
      channels: [
        {
          channel: 'email',
          fields: [
            { name: 'host', label: 'Server', kind: 'text', required: true },
            { name: 'port', label: 'Port', kind: 'number', required: true },
            { name: 'password', label: 'Password', kind: 'secret', required: true },
            { name: 'note', label: 'Note', kind: 'text', required: false },
          ],
        },
      ],
    });
    const failure = await useAccounts.getState().add({ channel: 'email', name: 'Mail', values: { host: ' imap.example.com ', port: '993', password: 'pw-123', note: '' } });
    expect(failure).toBeNull();
    expect(calls[0]).toEqual({
      method: 'accounts.add',
      params: { channel: 'email', name: 'Mail', settings: { host: 'imap.example.com', port: 993 }, secrets: { password: 'pw-123' } },
    });
  });

  it('asks for a second press before removing an account', async () => {
    const { transport, calls } = recordingTransport({ 'accounts.remove': { id: 3 }, 'accounts.list': [], 'accounts.channels': [], 'keychain.status': { available: true, message: null }, 'workspace.info': null, 'inbox.list': { total: 0, offset: 0, items: [] } });
    useConsole.setState({ transport });
    const account = { id: 3, name: 'Shop' } as Parameters<ReturnType<typeof useAccounts.getState>['remove']>[0];
    await useAccounts.getState().remove(account);
    expect(useAccounts.getState().confirmRemove).toBe(3);
    expect(calls.some((c) => c.method === 'accounts.remove')).toBe(false);
    await useAccounts.getState().remove(account);
    expect(calls.filter((c) => c.method === 'accounts.remove')).toEqual([{ method: 'accounts.remove', params: { id: 3 } }]);
  });
});
