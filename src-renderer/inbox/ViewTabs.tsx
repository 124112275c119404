import { useTranslation } from 'react-i18next';
import { BASE_VIEWS, viewKey } from '../../src-shared/inbox/view-spec';
import { useConsole } from '../state/console-store';

/** The views with live counts, the saved views, and the outbox. */
export function ViewTabs() {
  const { t } = useTranslation();
  const spec = useConsole((s) => s.spec);
  const screen = useConsole((s) => s.screen);
  const counts = useConsole((s) => s.counts);
  const savedViews = useConsole((s) => s.savedViews);
  const setView = useConsole((s) => s.setView);
  const setScreen = useConsole((s) => s.setScreen);
  const plain = !spec.query && !spec.channel && !spec.marketplace && !spec.language && !spec.intent && !spec.tag;
  const current = viewKey(spec);
  return (
    <nav className="view-tabs" aria-label={t('views.label')}>
      {BASE_VIEWS.map((v) => {
        const active = screen === 'inbox' && plain && spec.base === v;
        const count = counts?.views[v];
        return (
          <button
            key={v}
            type="button"
            data-testid={`view-tab-${v}`}
            className={active ? 'tab tab-active' : 'tab'}
            aria-current={active ? 'page' : undefined}
            onClick={() => void setView(v)}
          >
            {t(`views.${v}`)}
            {count !== undefined && v !== 'all' && v !== 'closed' && (
              <span className="tab-count" data-testid={`view-count-${v}`} aria-label={t('views.count', { count })}>
                {count}
              </span>
            )}
          </button>
        );
      })}
      {savedViews.map((view) => {
        const active = screen === 'inbox' && viewKey(view.spec) === current;
        return (
          <button
            key={view.id}
            type="button"
            data-testid="saved-view-tab"
            className={active ? 'tab tab-saved tab-active' : 'tab tab-saved'}
            aria-current={active ? 'page' : undefined}
            title={view.shortcut ?? undefined}
            onClick={() => void setView(view.spec)}
          >
            {view.name}
            {counts?.saved[view.id] !== undefined && <span className="tab-count">{counts.saved[view.id]}</span>}
          </button>
        );
      })}
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
