// What triage made of the open conversation: intent (correctable: the model learns from it),
// sentiment, the SLA clocks, team, whether and why it was handed to a person, and the automation's
// decisions. Its handoff notes are in the conversation's internal notes beside the thread.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TriageExplanation } from '../../src-shared/api/contract-triage';
import { INTENTS, type Intent } from '../../src-shared/domain/triage';
import type { ConversationDetail } from '../../src-shared/domain/types';
import { call } from '../api/call';
import { formatDateTime } from '../format/format';
import { useConsole } from '../state/console-store';
import { formatDuration } from './duration';
import { explainFactor } from './explain-factor';
import { useNow } from './use-now';

export function TriagePanel({ detail }: { detail: ConversationDetail }) {
  const { t } = useTranslation();
  const locale = useConsole((s) => s.locale);
  const now = useNow();
  const [info, setInfo] = useState<TriageExplanation | null>(null);
  const conversation = detail.conversation;
  const lastInbound = [...detail.messages].reverse().find((m) => m.direction === 'inbound');

  useEffect(() => {
    const transport = useConsole.getState().transport;
    if (!transport) return;
    let live = true;
    call(transport, 'triage.explain', { id: conversation.id })
      .then((x) => live && setInfo(x))
      .catch(() => {});
    return () => {
      live = false;
    };
  }, [conversation]);

  if (!info) return null;
  const correct = async (intent: Intent) => {
    const transport = useConsole.getState().transport;
    if (!transport || !lastInbound) return;
    try {
      await call(transport, 'triage.correctIntent', { messageId: lastInbound.id, intent });
      setInfo(await call(transport, 'triage.explain', { id: conversation.id }));
      useConsole.getState().toast('info', t('triage.panel.corrected'));
    } catch (error) {
      useConsole.getState().toast('error', error instanceof Error ? error.message : String(error));
    }
  };

  return (
    <section className="triage-panel" data-testid="triage-panel" aria-label={t('triage.panel.title')}>
      {info.handoffReason && (
        <p className="handoff" role="status" data-testid="handoff-reason">
          <strong>{t('triage.panel.escalated')}:</strong> {info.handoffReason}
        </p>
      )}
      <dl className="triage-facts">
        <dt>{t('triage.panel.intent')}</dt>
        <dd>
          <select aria-label={t('triage.panel.correct')} data-testid="triage-intent" value={info.intent ?? 'other'} disabled={!lastInbound} onChange={(e) => void correct(e.target.value as Intent)}>
            {INTENTS.map((i) => (
              <option key={i} value={i}>
                {t(`triage.intent.${i}`)}
              </option>
            ))}
          </select>
        </dd>
        <dt>{t('triage.panel.sentiment')}</dt>
        <dd data-testid="triage-sentiment">
          {info.sentiment ? t(`triage.sentiment.${info.sentiment}`) : t('triage.panel.none')}
          {info.anger && ` · ${t('triage.panel.angry')}`}
        </dd>
        <dt>{t('triage.panel.policy')}</dt>
        <dd>{info.slaPolicy ?? t('triage.panel.none')}</dd>
        {info.clocks.map((c) => (
          <div key={c.target} className="triage-clock">
            <dt>{t(`triage.sla.${c.target}`)}</dt>
            <dd className={c.breached ? 'sla sla-breached' : 'sla'}>
              {c.dueAt === null
                ? t('triage.sla.paused', { time: formatDuration((c.pausedRemainingMinutes ?? 0) * 60_000) })
                : c.dueAt <= now
                  ? t('triage.sla.overdue', { time: formatDuration(c.dueAt - now) })
                  : `${t('triage.sla.left', { time: formatDuration(c.dueAt - now) })} · ${formatDateTime(c.dueAt, locale)}`}
            </dd>
          </div>
        ))}
        <dt>{t('triage.panel.team')}</dt>
        <dd>{info.team ?? t('triage.panel.none')}</dd>
        {info.automatedReplies > 0 && <dd>{t('triage.panel.automated', { count: info.automatedReplies })}</dd>}
      </dl>
      <details className="triage-why" data-testid="triage-why">
        <summary>
          {t('triage.why.button')} {t('triage.why.title', { score: Math.round(info.priorityScore) })}
        </summary>
        <ul>
          {info.factors.map((f) => (
            <li key={f.factor}>
              <span className="why-points">{f.points > 0 ? `+${Math.round(f.points)}` : Math.round(f.points)}</span> {explainFactor(t, f)}
            </li>
          ))}
        </ul>
      </details>
      {info.decisions.length > 0 && (
        <details>
          <summary>{t('triage.panel.decisions')}</summary>
          <ul className="triage-decisions">
            {info.decisions.map((d, i) => (
              <li key={i}>
                <code>{d.action}</code> {typeof d.data.rule === 'string' ? d.data.rule : typeof d.data.reason === 'string' ? d.data.reason : ''}
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
