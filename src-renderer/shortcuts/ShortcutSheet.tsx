import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { isMac } from '../i18n/setup-i18n';
import { useConsole } from '../state/console-store';
import { SHORTCUTS } from './shortcut-list';

export function ShortcutSheet() {
  const { t } = useTranslation();
  const toggleSheet = useConsole((s) => s.toggleSheet);
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), []);
  const mod = isMac() ? '⌘' : 'Ctrl';
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
        <table>
          <tbody>
            {SHORTCUTS.map((s) => (
              <tr key={s.label}>
                <td className="keys">
                  {s.keys.map((k, i) => (
                    <kbd key={i}>{k === '$mod' ? mod : k}</kbd>
                  ))}
                </td>
                <td>{t(s.label)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <button type="button" onClick={() => toggleSheet(false)}>
          {t('shortcuts.close')}
        </button>
      </div>
    </div>
  );
}
