import { useTranslation } from 'react-i18next';
import { useConsole } from '../state/console-store';
import { KeyHint } from '../keyboard/KeyHint';

/** Messages, errors (rollbacks) and undo offers; an undo toast stays as long as its undo is possible. */
export function Toasts() {
  const { t } = useTranslation();
  const toasts = useConsole((s) => s.toasts);
  const dismiss = useConsole((s) => s.dismissToast);
  const undo = useConsole((s) => s.undo);
  return (
    <div className="toasts" aria-live="polite" role="status">
      {toasts.map((toast) =>
        toast.kind === 'undo' ? (
          <div key={toast.id} className="toast toast-undo" data-testid="toast">
            <span>{toast.text}</span>
            <button type="button" className="link" data-testid="toast-undo" onClick={() => void undo(toast.undoId)}>
              {t('undo.action')} <KeyHint action="app.undo" />
            </button>
          </div>
        ) : (
          <button key={toast.id} type="button" className={`toast toast-${toast.kind}`} data-testid="toast" role={toast.kind === 'error' ? 'alert' : undefined} onClick={() => dismiss(toast.id)}>
            {toast.text}
          </button>
        ),
      )}
    </div>
  );
}
