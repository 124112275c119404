// Replies of the open conversation that the platform refused: the platform's reason and a retry
// button (Shift+R retries them all from the keyboard).
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../api/call';
import { useConsole } from '../state/console-store';
import { useAccounts } from './accounts-store';

export function DeliveryFailures({ conversationId }: { conversationId: number }) {
  const { t } = useTranslation();
  const outbox = useConsole((s) => s.outbox);
  const retry = useAccounts((s) => s.retryDelivery);
  const transport = useConsole((s) => s.transport);
  const failed = outbox.filter((o) => o.conversationId === conversationId && o.status === 'failed');

  // Delivery changes a reply's status (sending, sent, failed): keep the open thread's chips true.
  useEffect(() => {
    if (!transport) return;
    return transport.subscribe('outbox.changed', ({ item }) => {
      if (item.conversationId !== conversationId) return;
      void call(transport, 'conversation.get', { id: conversationId })
        .then((detail) => useConsole.setState((s) => ({ details: { ...s.details, [conversationId]: detail } })))
        .catch(() => undefined);
    });
  }, [transport, conversationId]);

  if (failed.length === 0) return null;
  return (
    <ul className="delivery-failures" data-testid="delivery-failures">
      {failed.map((item) => (
        <li key={item.id} role="alert" className="delivery-failure">
          <span className="error">{t('accounts.delivery.failed', { reason: item.lastError ?? '' })}</span>
          <span className="muted small">{item.preview}</span>
          <button type="button" onClick={() => void retry(item.id)} data-testid="retry-delivery">
            {t('accounts.delivery.retry')}
          </button>
        </li>
      ))}
    </ul>
  );
}

/** Shift+R: retries every refused reply of the open conversation. */
export function retryOpenConversationDeliveries() {
  const { openId, outbox } = useConsole.getState();
  if (openId === null) return;
  for (const item of outbox) if (item.conversationId === openId && item.status === 'failed') void useAccounts.getState().retryDelivery(item.id);
}
