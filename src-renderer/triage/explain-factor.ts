// One priority factor as a sentence in the UI language.
import type { TFunction } from 'i18next';
import type { PriorityFactor } from '../../src-shared/api/contract-triage';
import { formatDuration } from './duration';

export function explainFactor(t: TFunction, f: PriorityFactor): string {
  const p = f.params;
  switch (f.factor) {
    case 'sla':
      return t('triage.why.factor.sla', { target: t(`triage.sla.${p.target}`), time: formatDuration(Number(p.minutesLeft) * 60_000) });
    case 'sla_breached':
      return t('triage.why.factor.sla_breached', { target: t(`triage.sla.${p.target}`), time: formatDuration(Number(p.overdueMinutes) * 60_000) });
    case 'sentiment':
      return t('triage.why.factor.sentiment', { sentiment: t(`triage.sentiment.${p.sentiment}`) });
    default:
      return t(`triage.why.factor.${f.factor}`, p);
  }
}
