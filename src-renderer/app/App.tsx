import { useTranslation } from 'react-i18next';
import { AccountsScreen } from '../accounts/AccountsScreen';
import { useAccounts } from '../accounts/accounts-store';
import { AssistLibraryButton } from '../assist/library/AssistLibrary';
import { ConversationView } from '../conversation/ConversationView';
import { ActiveDialog } from '../dialogs/Dialogs';
import { InboxList } from '../inbox/InboxList';
import { SearchBar } from '../inbox/SearchBar';
import { SelectionBar } from '../inbox/SelectionBar';
import { ViewTabs } from '../inbox/ViewTabs';
import { useGlobalShortcuts } from '../keyboard/use-global-shortcuts';
import { OutboxView } from '../outbox/OutboxView';
import { KeymapSettings } from '../settings/KeymapSettings';
import { RulesScreen } from '../rules/RulesScreen';
import { SortSelect } from '../triage/SortSelect';
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
  const accountsOpen = useAccounts((s) => s.open);

  return (
    <div className="app" data-testid="app-ready">
      <header className="topbar">
        <span className="brand">{t('app.title')}</span>
        {workspace?.isDemo && <span className="badge badge-demo">{t('app.demo')}</span>}
        <ViewTabs />
        <SortSelect />
        <AssistLibraryButton />
      </header>
      <main className="workspace">
        {screen === 'rules' ? (
          <RulesScreen />
        ) : screen === 'outbox' ? (
          <OutboxView />
        ) : screen === 'settings' ? (
          <KeymapSettings />
        ) : (
          <>
            <section className="list-pane" aria-label={t('inbox.label')}>
              <SearchBar />
              <SelectionBar />
              <InboxList />
            </section>
            <section className="reading-pane" aria-label={t('reading.label')}>
              {openId !== null ? <ConversationView id={openId} /> : <p className="empty-state">{t('conversation.none')}</p>}
            </section>
          </>
        )}
      </main>
      <StatusBar />
      {accountsOpen && <AccountsScreen />}
      {sheetOpen && <ShortcutSheet />}
      <ActiveDialog />
      <Toasts />
    </div>
  );
}
