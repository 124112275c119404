// Beside the thread: the order the buyer writes about (items, amounts, status, carrier and tracking),
// the customer across channels, and their other conversations.
import { useTranslation } from 'react-i18next';
import type { ConversationDetail, Order } from '../../src-shared/domain/types';
import { formatDate, formatMoney, formatRelative } from '../format/format';
import { ChannelBadge } from '../inbox/ChannelBadge';
import { useConsole } from '../state/console-store';
import { CustomerTimeline } from './CustomerTimeline';

function OrderCard({ order }: { order: Order }) {
  const { t } = useTranslation();
  const locale = useConsole((s) => s.locale);
  return (
    <section className="panel-card" data-testid="order-panel" aria-label={t('order.title')}>
      <h2>
        {t('order.title')} <span data-testid="order-id">{order.externalId}</span>
      </h2>
      <dl className="facts">
        <dt>{t('order.placed')}</dt>
        <dd>{formatDate(order.placedAt, locale)}</dd>
        <dt>{t('order.title')}</dt>
        <dd>
          <span className={`order-status order-${order.status}`} data-testid="order-status">
            {t(`order.status.${order.status}`)}
          </span>
        </dd>
      </dl>
      <h3>{t('order.items')}</h3>
      <ul className="items">
        {order.items.map((item, i) => (
          <li key={i}>
            <span>
              {item.quantity} × {item.title}
            </span>
            <span className="amount">{formatMoney(item.unitPriceMinor, order.currency, locale)}</span>
          </li>
        ))}
        <li className="total">
          <span>{t('order.total')}</span>
          <span className="amount">{formatMoney(order.totalMinor, order.currency, locale)}</span>
        </li>
      </ul>
      {order.shipments.map((s, i) => (
        <div key={i} className="shipment">
          <h3>
            {t('order.shipment')} · <span className={`shipment-${s.status}`}>{t(`order.shipmentStatus.${s.status}`)}</span>
          </h3>
          <dl className="facts">
            <dt>{t('order.carrier')}</dt>
            <dd data-testid="order-carrier">{s.carrier ?? '—'}</dd>
            <dt>{t('order.tracking')}</dt>
            <dd className="mono" data-testid="order-tracking-number">
              {s.trackingNumber ?? ''}
            </dd>
            {s.promisedTo !== null && (
              <>
                <dt>{t('order.promised')}</dt>
                <dd>
                  {s.promisedFrom !== null ? `${formatDate(s.promisedFrom, locale)} – ` : ''}
                  {formatDate(s.promisedTo, locale)}
                </dd>
              </>
            )}
            {s.deliveredAt !== null && (
              <>
                <dt>{t('order.delivered')}</dt>
                <dd>{formatDate(s.deliveredAt, locale)}</dd>
              </>
            )}
          </dl>
        </div>
      ))}
    </section>
  );
}

export function OrderPanel({ detail }: { detail: ConversationDetail }) {
  const { t } = useTranslation();
  const locale = useConsole((s) => s.locale);
  const openConversation = useConsole((s) => s.openConversation);
  const { customer, otherConversations } = detail;
  const order = detail.orders.find((o) => o.externalId === detail.conversation.orderExternalId) ?? null;
  const otherOrders = detail.orders.length - (order ? 1 : 0);

  return (
    <aside className="side-panel">
      {order ? <OrderCard order={order} /> : <p className="panel-card muted">{t('order.none')}</p>}
      {otherOrders > 0 && <p className="muted small">{t('order.otherOrders', { count: otherOrders })}</p>}
      {customer && (
        <section className="panel-card" data-testid="customer-panel" aria-label={t('customer.title')}>
          <h2>
            {customer.name} {customer.isVip && <span className="badge badge-vip">{t('customer.vip')}</span>}
          </h2>
          <dl className="facts">
            {customer.currency && (
              <>
                <dt>{t('customer.lifetimeValue')}</dt>
                <dd>{formatMoney(customer.lifetimeValueMinor, customer.currency, locale)}</dd>
              </>
            )}
            <dt>{t('customer.channels')}</dt>
            <dd>
              {customer.identities.map((identity) => (
                <div key={`${identity.channel}:${identity.handle}`} className="identity">
                  <ChannelBadge channel={identity.channel} marketplace={null} /> <span className="mono small">{identity.handle}</span>
                </div>
              ))}
            </dd>
          </dl>
          <h3>{t('customer.other')}</h3>
          {otherConversations.length === 0 ? (
            <p className="muted small">{t('customer.noOther')}</p>
          ) : (
            <ul className="other-conversations">
              {otherConversations.map((c) => (
                <li key={c.id}>
                  <button type="button" data-testid="other-conversation" onClick={() => void openConversation(c.id)}>
                    <ChannelBadge channel={c.channel} marketplace={c.marketplace} />
                    <span className="other-subject">{c.subject}</span>
                    <span className="muted small">{formatRelative(c.lastMessageAt, locale)}</span>
                  </button>
                </li>
              ))}
            </ul>
          )}
          <CustomerTimeline entries={detail.timeline ?? []} currentId={detail.conversation.id} />
        </section>
      )}
    </aside>
  );
}
