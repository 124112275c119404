// SP-API Orders 2026-01-01 `Order` -> the console's IncomingOrder. Throws on a record it cannot read
// so that the caller keeps it as an unparsable item with its raw JSON instead of dropping it.
import type { OrderStatus, ShipmentStatus } from '../../../src-shared/domain/types';
import type { IncomingOrder, IncomingShipment } from '../../ingest/incoming';
import { isoToMs, toMinorUnits } from '../http/money';
import { MARKETPLACE_DOMAINS } from './amazon-marketplaces';

interface Money {
  amount?: unknown;
  currencyCode?: unknown;
}

type Raw = Record<string, unknown>;

const ORDER_STATUS: Record<string, OrderStatus> = {
  PENDING_AVAILABILITY: 'pending',
  PENDING: 'pending',
  UNSHIPPED: 'unshipped',
  PARTIALLY_SHIPPED: 'unshipped',
  SHIPPED: 'shipped',
  CANCELLED: 'cancelled',
  UNFULFILLABLE: 'cancelled',
};

const PACKAGE_STATUS: Record<string, ShipmentStatus> = {
  PENDING: 'label_created',
  IN_TRANSIT: 'in_transit',
  SHIPPED: 'in_transit',
  DELIVERED: 'delivered',
  CANCELLED: 'exception',
  UNDELIVERABLE: 'exception',
};

function obj(v: unknown): Raw {
  return v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Raw) : {};
}

function money(v: unknown, what: string): { minor: number; currency: string } {
  const m = obj(v) as Money;
  if (typeof m.currencyCode !== 'string' || (typeof m.amount !== 'string' && typeof m.amount !== 'number')) {
    throw new Error(`${what} has no amount/currencyCode`);
  }
  return { minor: toMinorUnits(m.amount, m.currencyCode), currency: m.currencyCode };
}

export function mapAmazonOrder(raw: unknown, accountId: number): IncomingOrder {
  const o = obj(raw);
  const orderId = o.orderId;
  if (typeof orderId !== 'string' || orderId === '') throw new Error('order has no orderId');
  const placedAt = isoToMs(o.createdTime);
  if (placedAt === null) throw new Error(`order ${orderId} has no valid createdTime`);
  if (!Array.isArray(o.orderItems)) throw new Error(`order ${orderId} has no orderItems`);

  const items = o.orderItems.map((it, n) => {
    const item = obj(it);
    const product = obj(item.product);
    const price = obj(product.price).unitPrice;
    const quantity = typeof item.quantityOrdered === 'number' ? item.quantityOrdered : NaN;
    if (!Number.isInteger(quantity)) throw new Error(`order ${orderId} item ${n} has no quantityOrdered`);
    return {
      sku: typeof product.sellerSku === 'string' ? product.sellerSku : null,
      title: typeof product.title === 'string' ? product.title : String(product.asin ?? 'Item'),
      quantity,
      unitPriceMinor: price === undefined ? 0 : money(price, `order ${orderId} item ${n} price`).minor,
      currency: price === undefined ? null : String(obj(price).currencyCode),
    };
  });

  const grand = obj(o.proceeds).grandTotal;
  const total = grand !== undefined ? money(grand, `order ${orderId} total`) : null;
  const currency = total?.currency ?? items.find((i) => i.currency)?.currency ?? null;
  if (!currency) throw new Error(`order ${orderId} has neither a total nor priced items`);
  const totalMinor = total?.minor ?? items.reduce((s, i) => s + i.unitPriceMinor * i.quantity, 0);

  const fulfillment = obj(o.fulfillment);
  const deliverBy = obj(fulfillment.deliverByWindow);
  const promisedFrom = isoToMs(deliverBy.earliestDateTime);
  const promisedTo = isoToMs(deliverBy.latestDateTime);
  const shipments: IncomingShipment[] = (Array.isArray(o.packages) ? o.packages : []).map((p) => {
    const pkg = obj(p);
    const status = PACKAGE_STATUS[String(obj(pkg.packageStatus).status)] ?? 'in_transit';
    return {
      carrier: typeof pkg.carrier === 'string' ? pkg.carrier : null,
      trackingNumber: typeof pkg.trackingNumber === 'string' ? pkg.trackingNumber : null,
      status,
      shippedAt: isoToMs(pkg.shipTime),
      promisedFrom,
      promisedTo,
      deliveredAt: null,
    };
  });

  let status: OrderStatus = ORDER_STATUS[String(fulfillment.fulfillmentStatus)] ?? 'pending';
  if (status === 'shipped' && shipments.length > 0 && shipments.every((s) => s.status === 'delivered')) status = 'delivered';

  const sales = obj(o.salesChannel);
  const marketplaceId = typeof sales.marketplaceId === 'string' ? sales.marketplaceId : '';
  const marketplace = MARKETPLACE_DOMAINS[marketplaceId] ?? (typeof sales.marketplaceName === 'string' ? sales.marketplaceName.toLowerCase() : null);
  const buyer = obj(o.buyer);
  // buyerEmail is the anonymised relay alias (merchant-fulfilled orders only): the same handle the
  // email relay uses for this buyer, so orders and relayed mails meet on one customer.
  const relay = typeof buyer.buyerEmail === 'string' && buyer.buyerEmail !== '' ? buyer.buyerEmail.toLowerCase() : null;

  return {
    accountId,
    externalId: orderId,
    marketplace,
    customer: {
      channel: 'amazon',
      handle: relay ?? `amazon-order:${orderId}`,
      name: typeof buyer.buyerName === 'string' && buyer.buyerName !== '' ? buyer.buyerName : 'Amazon buyer',
      email: null,
      currency,
    },
    placedAt,
    status,
    currency,
    totalMinor,
    items: items.map(({ currency: _c, ...i }) => i),
    shipments,
  };
}
