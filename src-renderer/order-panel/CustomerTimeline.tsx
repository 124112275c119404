// The customer's history across every channel beside the thread: messages from all their
// conversations and their orders being placed, shipped and delivered, newest first.
import { useTranslation } from 'react-i18next';
import type { CustomerTimelineEntry } from '../../src-shared/domain/types';
import { formatRelative } from '../format/format';
import { ChannelBadge } from '../inbox/ChannelBadge';
import { useConsole } from '../state/console-store';

export function CustomerTimeline({ entries, currentId }: { entries: CustomerTimelineEntry[]; currentId: number }) {
  const { t } = useTranslation();
  const locale = useConsole((s) => s.locale);
  const openConversation = useConsole((s) => s.openConversation);
  if (entries.length === 0) return null;
  return (
    <>
      <h3>{t('customer.timeline')}</h3>
      <ol className="customer-timeline" data-testid="customer-timeline" aria-label={t('customer.timeline')}>
        {entries.map((e, i) => (
          <li key={`${e.kind}-${e.at}-${i}`} data-testid="timeline-entry" data-kind={e.kind}>
            <ChannelBadge channel={e.channel} marketplace={e.kind === 'message' ? e.marketplace : null} />{' '}
            <span className="muted small">{formatRelative(e.at, locale)}</span>
            {e.kind === 'message' ? (
              e.conversationId === currentId ? (
                <div className="small">
                  {t(`customer.${e.direction}`)}: {e.preview}
                </div>
              ) : (
                <button type="button" className="link small" onClick={() => void openConversation(e.conversationId)}>
                  {t(`customer.${e.direction}`)} · {e.subject}: {e.preview}
                </button>
              )
            ) : (
              <div className="small">{t(`customer.order_${e.event}`, { order: e.orderExternalId, carrier: e.carrier ?? '' })}</div>
            )}
          </li>
        ))}
      </ol>
    </>
  );
}
