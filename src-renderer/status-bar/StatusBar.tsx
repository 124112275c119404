import { useTranslation } from 'react-i18next';
import { SyncIndicator } from '../accounts/SyncIndicator';
import { useConsole } from '../state/console-store';

export function StatusBar() {
  const { t } = useTranslation();
  const workspace = useConsole((s) => s.workspace);
  const outbox = useConsole((s) => s.outbox);
  const locale = useConsole((s) => s.locale);
  const total = useConsole((s) => s.total);
  const setLocale = useConsole((s) => s.setLocale);
  const setScreen = useConsole((s) => s.setScreen);
  const waiting = outbox.filter((o) => o.status !== 'sent').length;

  return (
    <footer className="status-bar" data-testid="status-bar">
      <span>{workspace?.isDemo ? t('app.demo') : workspace?.name}</span>
      <span>{t('status.accounts', { count: workspace?.accounts.length ?? 0 })}</span>
      <SyncIndicator />
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
