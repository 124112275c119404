import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { KeyHint } from '../keyboard/KeyHint';
import { useConsole } from '../state/console-store';
import { COMPOSER_KEYS, SHORTCUT_GROUPS } from './shortcut-list';

export function ShortcutSheet() {
  const { t } = useTranslation();
  const toggleSheet = useConsole((s) => s.toggleSheet);
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <div className="overlay" onClick={() => toggleSheet(false)}>
      <div
        ref={ref}
        className="sheet"
        role="dialog"
        aria-modal="true"
        aria-label={t('shortcuts.title')}
        data-testid="shortcut-sheet"
        tabIndex={-1}
        onClick={(e) => e.stopPropagation()}
      >
        <h2>{t('shortcuts.title')}</h2>
        <div className="sheet-groups">
          {SHORTCUT_GROUPS.map((group) => (
            <section key={group.title}>
              <h3>{t(group.title)}</h3>
              <table>
                <tbody>
                  {group.actions.map((action) => (
                    <tr key={action}>
                      <td className="keys">
                        <KeyHint action={action} />
                      </td>
                      <td>{t(`actions.${action}`)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </section>
          ))}
          <section>
            <h3>{t('assist.shortcuts.group')}</h3>
            <table>
              <tbody>
                {COMPOSER_KEYS.map((entry) => (
                  <tr key={entry.label}>
                    <td className="keys">
                      {entry.keys.map((k) => (
                        <kbd key={k}>{k}</kbd>
                      ))}
                    </td>
                    <td>{t(entry.label)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
        </div>
        <p className="muted small">{t('shortcuts.remap')}</p>
        <button type="button" onClick={() => toggleSheet(false)}>
          {t('shortcuts.close')}
        </button>
      </div>
    </div>
  );
}
