// The live SLA countdown of an inbox row: time left on the nearest running deadline, red when it has
// passed, amber in its last hour.
import { useTranslation } from 'react-i18next';
import type { ConversationSummary } from '../../src-shared/domain/types';
import { formatCompact, formatDuration } from './duration';
import { useNow } from './use-now';

const HOUR = 3_600_000;

export function SlaCountdown({ summary }: { summary: ConversationSummary }) {
  const { t } = useTranslation();
  const now = useNow();
  if (summary.slaDueAt == null || !summary.slaTarget || summary.status === 'closed') return null;
  const left = summary.slaDueAt - now;
  const state = left <= 0 ? 'sla-breached' : left < HOUR ? 'sla-soon' : 'sla-ok';
  const text = left <= 0 ? t('triage.sla.overdue', { time: formatDuration(left) }) : t('triage.sla.left', { time: formatDuration(left) });
  // The row has little room: a compact clock ("3h05", "−2d4h"); the full sentence is its label.
  const label = `${t(`triage.sla.${summary.slaTarget}`)}: ${text}`;
  return (
    <span className={`sla ${state}`} data-testid="sla-countdown" title={label} aria-label={label}>
      {left <= 0 ? '−' : ''}
      {formatCompact(left)}
    </span>
  );
}
