import { useTranslation } from 'react-i18next';
import { formatRelative } from '../format/format';
import { ChannelBadge } from '../inbox/ChannelBadge';
import { useConsole } from '../state/console-store';

export function OutboxView() {
  const { t } = useTranslation();
  const outbox = useConsole((s) => s.outbox);
  const locale = useConsole((s) => s.locale);
  const openConversation = useConsole((s) => s.openConversation);
  return (
    <section className="outbox" data-testid="outbox-view" aria-label={t('outbox.title')}>
      <h1>{t('outbox.title')}</h1>
      <p className="muted">{t('outbox.hint')}</p>
      {outbox.length === 0 ? (
        <p className="empty-state">{t('outbox.empty')}</p>
      ) : (
        <ul className="outbox-list">
          {outbox.map((item) => (
            <li key={item.id} data-testid="outbox-row" data-status={item.status} className="outbox-row" onClick={() => void openConversation(item.conversationId)}>
              <ChannelBadge channel={item.channel} marketplace={null} />
              <span className="outbox-customer">{item.customerName}</span>
              <span className="outbox-subject">{item.subject}</span>
              <span className="outbox-preview">{item.preview}</span>
              <span className={`chip chip-${item.status}`}>{t(`message.${item.status}`)}</span>
              <span className="muted small">{formatRelative(item.createdAt, locale)}</span>
              {item.lastError && <span className="error small">{item.lastError}</span>}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
