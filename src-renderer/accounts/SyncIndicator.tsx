// The status bar's sync summary, from the `sync.status` events: progress while syncing, how many
// accounts are offline or failing, otherwise "up to date". A click (or g a) opens the accounts screen.
import { useTranslation } from 'react-i18next';
import { useConsole } from '../state/console-store';
import { useAccounts } from './accounts-store';

export function SyncIndicator() {
  const { t } = useTranslation();
  const statuses = useConsole((s) => s.syncStatuses);
  const setOpen = useAccounts((s) => s.setOpen);
  const syncing = statuses.filter((s) => s.state === 'syncing');
  const errors = statuses.filter((s) => s.state === 'error');
  const offline = statuses.filter((s) => s.state === 'offline');
  const pulled = syncing.reduce((n, s) => n + (s.progress?.pulled ?? 0), 0);
  const text =
    syncing.length > 0
      ? pulled > 0
        ? t('accounts.status.syncingProgress', { count: pulled })
        : t('status.syncing')
      : errors.length > 0
        ? t('accounts.status.errorAccounts', { count: errors.length })
        : offline.length > 0
          ? t('accounts.status.offlineAccounts', { count: offline.length })
          : t('status.syncIdle');
  const state = syncing.length ? 'syncing' : errors.length ? 'error' : offline.length ? 'offline' : 'idle';
  const detail = [...errors, ...offline].map((s) => `${s.accountName}: ${s.lastError ?? t(`accounts.state.${s.state}`)}`).join('\n');
  return (
    <button
      type="button"
      className={`link sync-indicator sync-${state}`}
      data-testid="sync-indicator"
      data-state={state}
      title={detail || t('accounts.open')}
      onClick={() => setOpen(true)}
    >
      {text}
    </button>
  );
}
