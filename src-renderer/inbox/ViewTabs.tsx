import { useTranslation } from 'react-i18next';
import { INBOX_VIEWS } from '../../src-shared/domain/types';
import { useConsole } from '../state/console-store';

export function ViewTabs() {
  const { t } = useTranslation();
  const view = useConsole((s) => s.view);
  const screen = useConsole((s) => s.screen);
  const setView = useConsole((s) => s.setView);
  const setScreen = useConsole((s) => s.setScreen);
  return (
    <nav className="view-tabs" aria-label={t('views.label')}>
      {INBOX_VIEWS.map((v) => (
        <button
          key={v}
          type="button"
          data-testid={`view-tab-${v}`}
          className={screen === 'inbox' && view === v ? 'tab tab-active' : 'tab'}
          aria-current={screen === 'inbox' && view === v ? 'page' : undefined}
          onClick={() => void setView(v)}
        >
          {t(`views.${v}`)}
        </button>
      ))}
      <button
        type="button"
        data-testid="view-tab-outbox"
        className={screen === 'outbox' ? 'tab tab-active' : 'tab'}
        aria-current={screen === 'outbox' ? 'page' : undefined}
        onClick={() => setScreen('outbox')}
      >
        {t('views.outbox')}
      </button>
      <button type="button" data-testid="view-tab-rules" className={screen === 'rules' ? 'tab tab-active' : 'tab'} aria-current={screen === 'rules' ? 'page' : undefined} onClick={() => setScreen('rules')}>
        {t('rules.title')}
      </button>
    </nav>
  );
}
