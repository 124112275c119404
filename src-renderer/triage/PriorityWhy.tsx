// "Why is this on top": the row's priority score; hovering or focusing it asks the core for the
// reasons and lists them, biggest first.
import { useRef, useState, type CSSProperties } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import type { TriageExplanation } from '../../src-shared/api/contract-triage';
import { call } from '../api/call';
import { useConsole } from '../state/console-store';
import { explainFactor } from './explain-factor';

export function PriorityWhy({ id, score }: { id: number; score: number }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [explanation, setExplanation] = useState<TriageExplanation | null>(null);
  const [place, setPlace] = useState<CSSProperties>({});
  const button = useRef<HTMLButtonElement>(null);
  const show = () => {
    // In a portal, fixed to the viewport: the virtualised rows clip (and transform) what is inside them.
    const rect = button.current?.getBoundingClientRect();
    if (rect) setPlace({ position: 'fixed', top: rect.bottom + 4, left: Math.max(8, Math.min(rect.right - 300, window.innerWidth - 320)) });
    setOpen(true);
    const transport = useConsole.getState().transport;
    if (!transport) return;
    call(transport, 'triage.explain', { id })
      .then(setExplanation)
      .catch(() => setOpen(false));
  };
  return (
    <span className="why" onMouseEnter={show} onMouseLeave={() => setOpen(false)}>
      <button
        ref={button}
        type="button"
        className="why-score"
        data-testid="priority-score"
        aria-label={t('triage.why.button')}
        onFocus={show}
        onBlur={() => setOpen(false)}
        onClick={(e) => e.stopPropagation()}
        tabIndex={-1}
      >
        {Math.round(score)}
      </button>
      {open &&
        createPortal(
          <span className="why-popover" role="tooltip" data-testid="priority-why" style={place}>
            {explanation ? (
              <>
                <strong>{t('triage.why.title', { score: Math.round(explanation.priorityScore) })}</strong>
                <ul>
                  {explanation.factors.map((f) => (
                    <li key={f.factor}>
                      <span className="why-points">{f.points > 0 ? `+${Math.round(f.points)}` : Math.round(f.points)}</span> {explainFactor(t, f)}
                    </li>
                  ))}
                </ul>
              </>
            ) : (
              t('triage.why.loading')
            )}
          </span>,
          document.body,
        )}
    </span>
  );
}
