import { useTranslation } from 'react-i18next';
import { AssistLibraryButton } from '../assist/library/AssistLibrary';
import { ConversationView } from '../conversation/ConversationView';
import { InboxList } from '../inbox/InboxList';
import { ViewTabs } from '../inbox/ViewTabs';
import { useGlobalShortcuts } from '../keyboard/use-global-shortcuts';
import { OutboxView } from '../outbox/OutboxView';
import { ShortcutSheet } from '../shortcuts/ShortcutSheet';
import { useConsole } from '../state/console-store';
import { StatusBar } from '../status-bar/StatusBar';
import { Toasts } from './Toasts';

export function App() {
  const { t } = useTranslation();
  useGlobalShortcuts();
  const screen = useConsole((s) => s.screen);
  const openId = useConsole((s) => s.openId);
  const sheetOpen = useConsole((s) => s.sheetOpen);
  const workspace = useConsole((s) => s.workspace);

  return (
    <div className="app" data-testid="app-ready">
      <header className="topbar">
        <span className="brand">{t('app.title')}</span>
        {workspace?.isDemo && <span className="badge badge-demo">{t('app.demo')}</span>}
        <ViewTabs />
        <AssistLibraryButton />
      </header>
      <main className="workspace">
        {screen === 'outbox' ? (
          <OutboxView />
        ) : (
          <>
            <section className="list-pane" aria-label={t('inbox.label')}>
              <InboxList />
            </section>
            <section className="reading-pane">
              {openId !== null ? <ConversationView id={openId} /> : <p className="empty-state">{t('conversation.none')}</p>}
            </section>
          </>
        )}
      </main>
      <StatusBar />
      {sheetOpen && <ShortcutSheet />}
      <Toasts />
    </div>
  );
}
