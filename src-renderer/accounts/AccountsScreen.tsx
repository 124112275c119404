// The accounts screen (g a): every account with its live sync state, progress and last error, the
// actions on it (test, sync now, pause/resume, remove with a second press to confirm) and a form to
// add one. Everything is a real button or field, so Tab / Shift+Tab / Enter / Space drive it; Esc
// closes the screen.
import { useEffect, useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AccountView } from '../../src-shared/api/contract-accounts';
import type { SyncStatus } from '../../src-shared/domain/types';
import { formatRelative } from '../format/format';
import { ChannelBadge } from '../inbox/ChannelBadge';
import { useConsole } from '../state/console-store';
import { AddAccountForm } from './AddAccountForm';
import { useAccounts } from './accounts-store';
import './accounts.css';

export function AccountsScreen() {
  const { t } = useTranslation();
  const accounts = useAccounts((s) => s.accounts);
  const keychain = useAccounts((s) => s.keychain);
  const setOpen = useAccounts((s) => s.setOpen);
  const statuses = useConsole((s) => s.syncStatuses);
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => heading.current?.focus(), []);

  // Esc closes the screen wherever focus is (also after the focused row was removed and focus fell
  // back to the page): caught on the way down, before the inbox's own Esc sees it.
  useEffect(() => {
    const onEscape = (event: globalThis.KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented) return;
      event.preventDefault();
      event.stopPropagation();
      setOpen(false);
    };
    window.addEventListener('keydown', onEscape, true);
    return () => window.removeEventListener('keydown', onEscape, true);
  }, [setOpen]);

  // A modal screen: the inbox's global shortcuts (j, k, Enter, Esc ...) must not act behind it, so no
  // key pressed in here travels on to them. Enter and Space keep their native meaning on buttons.
  const onKeyDown = (event: KeyboardEvent) => event.nativeEvent.stopPropagation();

  return (
    <section className="accounts-screen" role="dialog" aria-modal="true" aria-labelledby="accounts-title" data-testid="accounts-screen" onKeyDown={onKeyDown}>
      <header className="accounts-header">
        <h1 id="accounts-title" tabIndex={-1} ref={heading}>
          {t('accounts.title')}
        </h1>
        <button type="button" className="link" onClick={() => setOpen(false)} data-testid="accounts-close">
          {t('accounts.close')}
        </button>
      </header>
      <p className="muted">{t('accounts.hint')}</p>
      {keychain && !keychain.available && (
        <p className="error" role="alert" data-testid="keychain-missing">
          {keychain.message}
        </p>
      )}
      {accounts.length === 0 ? (
        <p className="empty-state">{t('accounts.none')}</p>
      ) : (
        <ul className="account-list" aria-label={t('accounts.title')}>
          {accounts.map((account) => (
            <AccountRow key={account.id} account={account} status={statuses.find((s) => s.accountId === account.id) ?? account.sync} />
          ))}
        </ul>
      )}
      <AddAccountForm />
    </section>
  );
}

function AccountRow({ account, status }: { account: AccountView; status: SyncStatus | null }) {
  const { t } = useTranslation();
  const locale = useConsole((s) => s.locale);
  const confirmRemove = useAccounts((s) => s.confirmRemove);
  const busy = useAccounts((s) => s.busy[account.id]);
  const { test, setPaused, syncNow, remove } = useAccounts.getState();
  const state = account.status === 'paused' ? 'paused' : (status?.state ?? 'idle');
  const paused = account.status === 'paused';

  return (
    <li className="account-row" data-testid="account-row" data-account={account.name} data-state={state}>
      <div className="account-main">
        <ChannelBadge channel={account.channel} marketplace={account.marketplace} />
        <strong className="account-name">{account.name}</strong>
        {account.isDemo && <span className="badge badge-demo">{t('accounts.demo')}</span>}
        {account.address && <span className="muted">{account.address}</span>}
        <span className={`chip sync-${state}`} data-testid="account-state">
          {t(`accounts.state.${state}`)}
        </span>
        {status?.progress && <span className="muted small">{t('accounts.progress', { count: status.progress.pulled })}</span>}
        <span className="muted small">
          {status?.lastSyncAt ? t('accounts.lastSync', { when: formatRelative(status.lastSyncAt, locale) }) : t('accounts.neverSynced')}
        </span>
      </div>
      {status?.lastError && (
        <p className="error small" data-testid="account-error">
          {status.lastError}
        </p>
      )}
      {confirmRemove === account.id && (
        <p className="warn small" role="alert">
          {t('accounts.confirmRemove', { name: account.name })}
        </p>
      )}
      {!account.isDemo && (
        <div className="account-actions">
          <button type="button" onClick={() => void test(account)} disabled={busy === 'test'}>
            {busy === 'test' ? t('accounts.testing') : t('accounts.test')}
          </button>
          <button type="button" onClick={() => void syncNow(account.id)} disabled={paused}>
            {t('accounts.syncNow')}
          </button>
          <button type="button" onClick={() => void setPaused(account, !paused)}>
            {paused ? t('accounts.resume') : t('accounts.pause')}
          </button>
          <button type="button" className="danger" onClick={() => void remove(account)}>
            {t('accounts.remove')}
          </button>
        </div>
      )}
    </li>
  );
}
