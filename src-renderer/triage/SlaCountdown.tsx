// The live SLA countdown of an inbox row: time left on the nearest running deadline, red when it has
// passed, amber in its last hour.
import { useTranslation } from 'react-i18next';
import type { ConversationSummary } from '../../src-shared/domain/types';
import { formatDuration } from './duration';
import { useNow } from './use-now';

const HOUR = 3_600_000;

export function SlaCountdown({ summary }: { summary: ConversationSummary }) {
  const { t } = useTranslation();
  const now = useNow();
  if (summary.slaDueAt == null || !summary.slaTarget || summary.status === 'closed') return null;
  const left = summary.slaDueAt - now;
  const state = left <= 0 ? 'sla-breached' : left < HOUR ? 'sla-soon' : 'sla-ok';
  const text = left <= 0 ? t('triage.sla.overdue', { time: formatDuration(left) }) : t('triage.sla.left', { time: formatDuration(left) });
  return (
    <span className={`sla ${state}`} data-testid="sla-countdown" title={`${t(`triage.sla.${summary.slaTarget}`)}: ${text}`}>
      {text}
    </span>
  );
}
