// Settings › Keyboard: every action with its keys. Enter on a row records new keys (one chord, or a
// sequence such as "g 1"), Enter again saves, Esc cancels, Backspace restores the default; conflicts with other actions are shown before
// anything is saved; the keymap is stored in the workspace database.
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { chordFromEvent, effectiveBindings, findConflicts, KEY_ACTIONS, type KeyActionId } from '../../src-shared/keyboard/key-bindings';
import { isMac } from '../i18n/setup-i18n';
import { Keys } from '../keyboard/KeyHint';
import { useConsole } from '../state/console-store';

const MAX_CHORDS = 3;

export function KeymapSettings() {
  const { t } = useTranslation();
  const keymap = useConsole((s) => s.keymap);
  const setKeymap = useConsole((s) => s.setKeymap);
  const setScreen = useConsole((s) => s.setScreen);
  const [active, setActive] = useState(0);
  const [recording, setRecording] = useState<KeyActionId | null>(null);
  const [draft, setDraft] = useState<string[]>([]);
  const listRef = useRef<HTMLTableSectionElement>(null);
  const effective = effectiveBindings(keymap);
  const actions = KEY_ACTIONS.map((a) => a.id as KeyActionId);

  const proposal = recording && draft.length ? { ...keymap, [recording]: [draft.join(' ')] } : null;
  const conflicts = useMemo(() => (proposal ? findConflicts(proposal).filter((c) => c.actions.includes(recording!)) : []), [proposal, recording]);

  useEffect(() => {
    (listRef.current?.querySelector(`[data-row="${active}"]`) as HTMLElement | null)?.focus();
  }, [active, recording]);

  // While recording, every key goes to the recorder (capture phase, before the global shortcuts).
  useEffect(() => {
    if (!recording) return;
    const onKey = (event: KeyboardEvent) => {
      event.preventDefault();
      event.stopPropagation();
      if (event.key === 'Escape' && !event.ctrlKey && !event.metaKey) {
        setRecording(null);
        setDraft([]);
        return;
      }
      // Plain Enter after some keys confirms; as the first key it is recorded like any other.
      if (event.key === 'Enter' && draft.length && !event.ctrlKey && !event.metaKey && !event.shiftKey && !event.altKey) {
        void confirmRef.current();
        return;
      }
      const chord = chordFromEvent(event, isMac());
      if (!chord) return;
      setDraft((d) => (d.length >= MAX_CHORDS ? [chord] : [...d, chord]));
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [recording, draft.length]);

  async function confirm() {
    if (!recording || !draft.length || conflicts.length) return;
    if (await setKeymap({ ...keymap, [recording]: [draft.join(' ')] })) {
      setRecording(null);
      setDraft([]);
    }
  }

  const confirmRef = useRef(confirm);
  confirmRef.current = confirm;

  async function reset(action: KeyActionId) {
    const next = { ...keymap };
    delete next[action];
    await setKeymap(next);
  }

  return (
    <section className="settings" data-testid="keymap-settings" aria-label={t('settings.keyboard')}>
      <header className="settings-header">
        <h1>{t('settings.keyboard')}</h1>
        <p className="muted">{t('settings.hint')}</p>
        <button type="button" onClick={() => setScreen('inbox')}>
          {t('settings.back')}
        </button>
      </header>
      {recording && (
        <div className="recorder" role="status" data-testid="keymap-recorder">
          <strong>{t(`actions.${recording}`)}</strong>
          <span>{draft.length ? <Keys sequence={draft.join(' ')} /> : t('settings.pressKeys')}</span>
          {conflicts.map((c) => (
            <p key={c.sequence + c.actions.join()} className="picker-error" role="alert" data-testid="keymap-conflict">
              {c.kind === 'invalid' ? c.message : t('settings.conflict', { other: t(`actions.${c.actions.find((a) => a !== recording)}`) })}
            </p>
          ))}
          <div className="recorder-actions">
            <button type="button" className="primary" data-testid="keymap-save" disabled={!draft.length || conflicts.length > 0} onClick={() => void confirm()}>
              {t('settings.save')}
            </button>
            <button type="button" onClick={() => setDraft([])}>
              {t('settings.again')}
            </button>
            <button
              type="button"
              onClick={() => {
                setRecording(null);
                setDraft([]);
              }}
            >
              {t('settings.cancel')}
            </button>
          </div>
        </div>
      )}
      <table className="keymap-table">
        <tbody ref={listRef}>
          {actions.map((action, index) => (
            <tr
              key={action}
              data-row={index}
              data-testid="keymap-row"
              data-action={action}
              tabIndex={index === active ? 0 : -1}
              aria-selected={index === active}
              className={index === active ? 'keymap-row keymap-row-active' : 'keymap-row'}
              onClick={() => setActive(index)}
              onKeyDown={(e) => {
                if (recording) return;
                if (e.key === 'ArrowDown' || e.key === 'j') {
                  e.preventDefault();
                  e.stopPropagation();
                  setActive((a) => Math.min(actions.length - 1, a + 1));
                } else if (e.key === 'ArrowUp' || e.key === 'k') {
                  e.preventDefault();
                  e.stopPropagation();
                  setActive((a) => Math.max(0, a - 1));
                } else if (e.key === 'Enter') {
                  e.preventDefault();
                  e.stopPropagation();
                  setDraft([]);
                  setRecording(action);
                } else if (e.key === 'Backspace' || e.key === 'Delete') {
                  e.preventDefault();
                  e.stopPropagation();
                  void reset(action);
                }
              }}
            >
              <td>{t(`actions.${action}`)}</td>
              <td className="keys">
                {effective[action].map((seq) => (
                  <Keys key={seq} sequence={seq} />
                ))}
                {keymap[action] && <span className="muted small"> {t('settings.custom')}</span>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
