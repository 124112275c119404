import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConversationSummary } from '../../src-shared/domain/types';
import { formatRelative } from '../format/format';
import { useConsole } from '../state/console-store';
import { ChannelBadge } from './ChannelBadge';
import { Highlighted } from './Highlighted';
import { PriorityWhy } from '../triage/PriorityWhy';
import { SlaCountdown } from '../triage/SlaCountdown';

interface Props {
  summary: ConversationSummary;
  selected: boolean;
  open: boolean;
  marked?: boolean;
  leaving?: boolean;
  snippet?: string | undefined;
  onClick: () => void;
}

export const InboxRow = memo(function InboxRow({ summary, selected, open, marked = false, leaving = false, snippet, onClick }: Props) {
  const { t } = useTranslation();
  const locale = useConsole((s) => s.locale);
  const classes = [
    'inbox-row',
    selected && 'inbox-row-selected',
    open && 'inbox-row-open',
    marked && 'inbox-row-marked',
    leaving && 'inbox-row-leaving',
    summary.unread && 'inbox-row-unread',
    `priority-${summary.priority}`,
  ]
    .filter(Boolean)
    .join(' ');
  return (
    <div
      className={classes}
      role="option"
      aria-selected={selected}
      aria-checked={marked}
      aria-current={open ? 'true' : undefined}
      data-testid="inbox-row"
      data-conversation-id={summary.id}
      data-marked={marked ? 'true' : undefined}
      data-status={summary.status}
      data-customer-id={summary.customerId ?? undefined}
      onClick={onClick}
      title={summary.subject}
    >
      <div className="inbox-row-line">
        <span className={marked ? 'mark-box mark-box-on' : 'mark-box'} aria-hidden="true">
          {marked ? '✓' : ''}
        </span>
        <ChannelBadge channel={summary.channel} marketplace={summary.marketplace} />
        <span className="inbox-row-customer">{summary.customerName}</span>
        {summary.unread && <span className="dot" aria-label={t('inbox.unread')} />}
        {summary.language && <span className="lang">{summary.language.toUpperCase()}</span>}
        <SlaCountdown summary={summary} />
        {summary.priorityScore !== undefined && <PriorityWhy id={summary.id} score={summary.priorityScore} />}
        <time className="inbox-row-time" dateTime={new Date(summary.lastMessageAt).toISOString()}>
          {formatRelative(summary.lastMessageAt, locale)}
        </time>
      </div>
      <div className="inbox-row-subject">{summary.subject}</div>
      <div className="inbox-row-line">
        <span className="inbox-row-preview" data-testid={snippet ? 'inbox-row-snippet' : undefined}>
          {snippet ? <Highlighted text={snippet} /> : summary.preview}
        </span>
        {summary.status !== 'open' && <span className={`status status-${summary.status}`}>{t(`convStatus.${summary.status}`)}</span>}
        {summary.priority !== 'normal' && <span className={`chip chip-priority-${summary.priority}`}>{t(`priority.${summary.priority}`)}</span>}
        {summary.tags.map((tag) => (
          <span key={tag} className="tag">
            {tag}
          </span>
        ))}
      </div>
    </div>
  );
});
