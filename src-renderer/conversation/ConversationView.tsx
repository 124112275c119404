import { useTranslation } from 'react-i18next';
import { Composer } from '../composer/Composer';
import { OrderPanel } from '../order-panel/OrderPanel';
import { useConsole } from '../state/console-store';
import { ChannelBadge } from '../inbox/ChannelBadge';
import { MessageItem } from './MessageItem';
import { TriagePanel } from '../triage/TriagePanel';

export function ConversationView({ id }: { id: number }) {
  const { t } = useTranslation();
  const detail = useConsole((s) => s.details[id]);
  const back = useConsole((s) => s.back);

  if (!detail) return <p className="empty-state">{t('conversation.loading')}</p>;
  const { conversation, messages } = detail;

  return (
    <div className="conversation" data-testid="conversation-view">
      <div className="thread-column">
        <header className="conversation-header">
          <button type="button" className="icon-button" onClick={back} aria-label={t('conversation.back')} title={t('conversation.back')}>
            ←
          </button>
          <ChannelBadge channel={conversation.channel} marketplace={conversation.marketplace} />
          <h1 className="conversation-subject" data-testid="conversation-subject">
            {conversation.subject}
          </h1>
          <span className={`status status-${conversation.status}`}>{t(`conversation.${conversation.status === 'closed' ? 'closed' : 'open'}`)}</span>
        </header>
        <TriagePanel detail={detail} />
        <ol className="thread" aria-label={t('conversation.thread')}>
          {messages.map((m) => (
            <MessageItem key={m.id} message={m} />
          ))}
        </ol>
        <Composer detail={detail} />
      </div>
      <OrderPanel detail={detail} />
    </div>
  );
}
