// Shopify Admin GraphQL `Order` -> the console's IncomingOrder. Throws on a record it cannot read; the
// caller keeps it as unparsable with its raw JSON.
import type { OrderStatus, ShipmentStatus } from '../../../src-shared/domain/types';
import type { IncomingOrder, IncomingShipment } from '../../ingest/incoming';
import { isoToMs, toMinorUnits } from '../http/money';

type Raw = Record<string, unknown>;
const obj = (v: unknown): Raw => (v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Raw) : {});
const str = (v: unknown): string | null => (typeof v === 'string' && v !== '' ? v : null);

const SHIPMENT_STATUS: Record<string, ShipmentStatus> = {
  LABEL_PRINTED: 'label_created',
  LABEL_PURCHASED: 'label_created',
  CONFIRMED: 'label_created',
  SUBMITTED: 'label_created',
  IN_TRANSIT: 'in_transit',
  FULFILLED: 'in_transit',
  MARKED_AS_FULFILLED: 'in_transit',
  PICKED_UP: 'delivered',
  READY_FOR_PICKUP: 'out_for_delivery',
  OUT_FOR_DELIVERY: 'out_for_delivery',
  DELIVERED: 'delivered',
  ATTEMPTED_DELIVERY: 'exception',
  FAILURE: 'exception',
  NOT_DELIVERED: 'exception',
  LABEL_VOIDED: 'exception',
  CANCELED: 'exception',
};

function shopMoney(v: unknown, what: string): { minor: number; currency: string } {
  const m = obj(obj(v).shopMoney);
  const currency = str(m.currencyCode);
  if (!currency || (typeof m.amount !== 'string' && typeof m.amount !== 'number')) throw new Error(`${what} has no shopMoney amount`);
  return { minor: toMinorUnits(m.amount, currency), currency };
}

export function mapShopifyOrder(raw: unknown, accountId: number, shopDomain: string): IncomingOrder {
  const o = obj(raw);
  const id = str(o.id);
  if (!id) throw new Error('order has no id');
  const name = str(o.name) ?? id;
  const placedAt = isoToMs(o.createdAt);
  if (placedAt === null) throw new Error(`order ${name} has no valid createdAt`);
  const total = shopMoney(o.totalPriceSet, `order ${name} totalPriceSet`);
  const lineNodes = obj(o.lineItems).nodes;
  if (!Array.isArray(lineNodes)) throw new Error(`order ${name} has no lineItems`);
  const items = lineNodes.map((x, n) => {
    const li = obj(x);
    if (typeof li.quantity !== 'number') throw new Error(`order ${name} line ${n} has no quantity`);
    return { sku: str(li.sku), title: str(li.title) ?? 'Item', quantity: li.quantity, unitPriceMinor: shopMoney(li.originalUnitPriceSet, `order ${name} line ${n}`).minor };
  });

  const shipments: IncomingShipment[] = [];
  for (const x of Array.isArray(o.fulfillments) ? o.fulfillments : []) {
    const f = obj(x);
    if (f.status === 'CANCELLED') continue;
    const status = SHIPMENT_STATUS[String(f.displayStatus)] ?? (f.status === 'SUCCESS' ? 'in_transit' : 'label_created');
    const base = {
      status,
      shippedAt: isoToMs(f.inTransitAt) ?? isoToMs(f.createdAt),
      promisedFrom: null,
      promisedTo: isoToMs(f.estimatedDeliveryAt),
      deliveredAt: isoToMs(f.deliveredAt),
    };
    const tracking = Array.isArray(f.trackingInfo) ? f.trackingInfo.map(obj) : [];
    if (tracking.length === 0) shipments.push({ carrier: null, trackingNumber: null, ...base });
    // One parcel per tracking number (a fulfillment may ship in several boxes).
    for (const t of tracking) shipments.push({ carrier: str(t.company), trackingNumber: str(t.number), ...base });
  }

  let status: OrderStatus;
  const fulfillment = String(o.displayFulfillmentStatus ?? '');
  const financial = String(o.displayFinancialStatus ?? '');
  if (o.cancelledAt) status = 'cancelled';
  else if (financial === 'REFUNDED') status = 'returned';
  else if (fulfillment === 'FULFILLED') status = shipments.length > 0 && shipments.every((s) => s.status === 'delivered') ? 'delivered' : 'shipped';
  else if (financial === 'PENDING' || financial === 'AUTHORIZED') status = 'pending';
  else status = 'unshipped';

  const customer = obj(o.customer);
  const email = (str(obj(customer.defaultEmailAddress).emailAddress) ?? str(o.email))?.toLowerCase() ?? null;
  const customerId = str(customer.id);
  const handle = customerId ?? (email ? `email:${email}` : `order:${id}`);
  return {
    accountId,
    externalId: name,
    marketplace: shopDomain,
    // The email joins this buyer with the one who writes from the same address by email.
    customer: { channel: 'shopify', handle, name: str(customer.displayName) ?? email ?? 'Shopify customer', email, language: str(customer.locale)?.slice(0, 2) ?? null, currency: total.currency },
    placedAt,
    status,
    currency: total.currency,
    totalMinor: total.minor,
    items,
    shipments,
  };
}
