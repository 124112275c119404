import { useTranslation } from 'react-i18next';
import { useConsole } from '../state/console-store';

export function StatusBar() {
  const { t } = useTranslation();
  const workspace = useConsole((s) => s.workspace);
  const statuses = useConsole((s) => s.syncStatuses);
  const outbox = useConsole((s) => s.outbox);
  const locale = useConsole((s) => s.locale);
  const total = useConsole((s) => s.total);
  const setLocale = useConsole((s) => s.setLocale);
  const setScreen = useConsole((s) => s.setScreen);
  const waiting = outbox.filter((o) => o.status !== 'sent').length;
  const sync = statuses.some((s) => s.state === 'error')
    ? t('status.syncError')
    : statuses.some((s) => s.state === 'syncing')
      ? t('status.syncing')
      : statuses.length > 0 && statuses.every((s) => s.state === 'offline')
        ? t('status.offline')
        : t('status.syncIdle');

  return (
    <footer className="status-bar" data-testid="status-bar">
      <span>{workspace?.isDemo ? t('app.demo') : workspace?.name}</span>
      <span>{t('status.accounts', { count: workspace?.accounts.length ?? 0 })}</span>
      <span>{sync}</span>
      <span>{t('status.conversations', { count: total })}</span>
      <span className="spacer" />
      <button type="button" className="link" data-testid="open-outbox" title={t('outbox.open')} onClick={() => setScreen('outbox')}>
        <span data-testid="outbox-count">{t('outbox.count', { count: waiting })}</span>
      </button>
      <button
        type="button"
        className="link"
        data-testid="locale-toggle"
        aria-label={t('status.languageLabel')}
        onClick={() => void setLocale(locale === 'en' ? 'zh-CN' : 'en')}
      >
        {t('status.language')}
      </button>
    </footer>
  );
}
