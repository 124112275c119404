// The assist library dialog: canned replies, knowledge base, brand voice and AI provider settings.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CannedTab } from './CannedTab';
import { KnowledgeTab } from './KnowledgeTab';
import { SettingsTab } from './SettingsTab';

type Tab = 'canned' | 'kb' | 'settings';

export function AssistLibraryButton() {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [tab, setTab] = useState<Tab>('canned');
  return (
    <>
      <button type="button" className="tab" data-testid="assist-library-open" onClick={() => setOpen(true)}>
        {t('assist.library.open')}
      </button>
      {open && (
        <div
          className="overlay"
          role="dialog"
          aria-modal="true"
          aria-label={t('assist.library.open')}
          onKeyDown={(e) => {
            // Esc closes the dialog only; it must not also reach the console's global "back" shortcut.
            e.stopPropagation();
            if (e.key === 'Escape') setOpen(false);
          }}
        >
          <div className="library-dialog" data-testid="assist-library">
            <header className="library-header">
              {(['canned', 'kb', 'settings'] as const).map((name) => (
                <button key={name} type="button" className={tab === name ? 'tab tab-active' : 'tab'} onClick={() => setTab(name)}>
                  {t(`assist.library.tab.${name}`)}
                </button>
              ))}
              <button type="button" className="icon-button" onClick={() => setOpen(false)} aria-label={t('assist.override.cancel')}>
                ×
              </button>
            </header>
            {tab === 'canned' ? <CannedTab /> : tab === 'kb' ? <KnowledgeTab /> : <SettingsTab />}
          </div>
        </div>
      )}
    </>
  );
}
