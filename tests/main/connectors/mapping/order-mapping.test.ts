// Platform order records -> the console's order vocabulary: the edge cases a live sync meets.
import { describe, expect, it } from 'vitest';
import { mapAmazonOrder } from '../../../../src-main/connectors/amazon/amazon-order-mapping';
import { mapEbayMessage, mapEbayOrder } from '../../../../src-main/connectors/ebay/ebay-mapping';
import { mapShopifyOrder } from '../../../../src-main/connectors/shopify/shopify-mapping';

const amazon = (over: Record<string, unknown>) => ({
  orderId: '114-1111111-2222222',
  createdTime: '2026-11-01T10:00:00Z',
  lastUpdatedTime: '2026-11-02T10:00:00Z',
  salesChannel: { channelName: 'AMAZON', marketplaceId: 'ATVPDKIKX0DER' },
  orderItems: [{ orderItemId: '1', quantityOrdered: 2, product: { title: 'Cable', sellerSku: 'C-1', price: { unitPrice: { amount: '9.99', currencyCode: 'USD' } } } }],
  fulfillment: { fulfillmentStatus: 'UNSHIPPED' },
  ...over,
});

describe('Amazon order mapping', () => {
  it('an FBA order without buyer data or proceeds: handle from the order, total from the items', () => {
    const o = mapAmazonOrder(amazon({ fulfillment: { fulfillmentStatus: 'SHIPPED', fulfilledBy: 'AMAZON' } }), 1);
    expect(o).toMatchObject({ marketplace: 'amazon.com', currency: 'USD', totalMinor: 1998, status: 'shipped', customer: { handle: 'amazon-order:114-1111111-2222222', name: 'Amazon buyer', email: null } });
  });

  it('maps every fulfilment status and turns all-delivered packages into a delivered order', () => {
    const status = (s: string, packages: unknown[] = []) => mapAmazonOrder(amazon({ fulfillment: { fulfillmentStatus: s }, packages }), 1).status;
    expect(['PENDING_AVAILABILITY', 'PENDING', 'UNSHIPPED', 'PARTIALLY_SHIPPED', 'SHIPPED', 'CANCELLED', 'UNFULFILLABLE'].map((s) => status(s))).toEqual([
      'pending',
      'pending',
      'unshipped',
      'unshipped',
      'shipped',
      'cancelled',
      'cancelled',
    ]);
    const pkg = (st: string) => ({ packageReferenceId: st, packageStatus: { status: st } });
    expect(status('SHIPPED', [pkg('DELIVERED'), pkg('DELIVERED')])).toBe('delivered');
    expect(status('SHIPPED', [pkg('DELIVERED'), pkg('IN_TRANSIT')])).toBe('shipped');
    const o = mapAmazonOrder(amazon({ packages: [pkg('PENDING'), pkg('UNDELIVERABLE'), pkg('CANCELLED')] }), 1);
    expect(o.shipments.map((s) => s.status)).toEqual(['label_created', 'exception', 'exception']);
  });

  it('refuses records it cannot read, naming what is missing', () => {
    expect(() => mapAmazonOrder({}, 1)).toThrow(/orderId/);
    expect(() => mapAmazonOrder(amazon({ createdTime: 'yesterday' }), 1)).toThrow(/createdTime/);
    expect(() => mapAmazonOrder(amazon({ orderItems: [{ product: {} }] }), 1)).toThrow(/quantityOrdered/);
    expect(() => mapAmazonOrder(amazon({ proceeds: { grandTotal: { amount: '1,00', currencyCode: 'EUR' } } }), 1)).toThrow(/decimal/);
    expect(() => mapAmazonOrder(null, 1)).toThrow();
  });
});

describe('eBay mapping', () => {
  const order = (over: Record<string, unknown>) => ({
    orderId: '01-1',
    creationDate: '2026-11-01T10:00:00.000Z',
    orderFulfillmentStatus: 'NOT_STARTED',
    orderPaymentStatus: 'PAID',
    buyer: { username: 'bob' },
    pricingSummary: { total: { value: '30.00', currency: 'GBP' } },
    lineItems: [{ sku: null, title: 'Mug', quantity: 3, lineItemCost: { value: '30.00', currency: 'GBP' }, purchaseMarketplaceId: 'EBAY_DE' }],
    ...over,
  });

  it('maps cancel, payment and fulfilment states; the line cost is split per unit', () => {
    expect(mapEbayOrder(order({}), [], 1)).toMatchObject({ status: 'unshipped', marketplace: 'ebay.de', totalMinor: 3000, items: [{ sku: null, quantity: 3, unitPriceMinor: 1000 }], customer: { handle: 'bob', name: 'bob', email: null } });
    expect(mapEbayOrder(order({ cancelStatus: { cancelState: 'CANCELED' } }), [], 1).status).toBe('cancelled');
    expect(mapEbayOrder(order({ orderPaymentStatus: 'PENDING' }), [], 1).status).toBe('pending');
    expect(mapEbayOrder(order({ orderFulfillmentStatus: 'IN_PROGRESS' }), [], 1).status).toBe('unshipped');
    expect(mapEbayOrder(order({ orderFulfillmentStatus: 'FULFILLED' }), [], 1).status).toBe('shipped');
    expect(() => mapEbayOrder(order({ buyer: {} }), [], 1)).toThrow(/username/);
  });

  it('messages: the seller’s own are outbound to the buyer; media become attachment metadata; an ORDER reference links the order', () => {
    const ctx = { conversationId: 'c', title: 'T', referenceId: '01-1', referenceType: 'ORDER' };
    const out = mapEbayMessage({ messageId: 'm', createdDate: '2026-11-01T10:00:00Z', messageBody: 'Hi', senderUsername: 'Shop', recipientUsername: 'bob', messageMedia: [{ mediaName: 'label.pdf', mediaType: 'PDF', mediaUrl: 'https://x/y.pdf' }] }, ctx, 'shop', 1);
    expect(out).toMatchObject({ direction: 'outbound', authorKind: 'agent', customer: { handle: 'bob' }, orderExternalId: '01-1', attachments: [{ fileName: 'label.pdf', mimeType: 'application/pdf', size: 0, sha256: null }] });
    expect(() => mapEbayMessage({ messageId: 'm', createdDate: '2026-11-01T10:00:00Z', messageBody: 'Hi' }, ctx, 'shop', 1)).toThrow(/senderUsername/);
  });
});

describe('Shopify order mapping', () => {
  const order = (over: Record<string, unknown>) => ({
    id: 'gid://shopify/Order/1',
    name: '#1001',
    createdAt: '2026-11-01T10:00:00Z',
    displayFinancialStatus: 'PAID',
    displayFulfillmentStatus: 'UNFULFILLED',
    email: 'Guest@Example.com',
    totalPriceSet: { shopMoney: { amount: '10.0', currencyCode: 'EUR' } },
    customer: null,
    lineItems: { nodes: [] },
    fulfillments: [],
    ...over,
  });

  it('a guest checkout is keyed by its email, which joins the email channel', () => {
    expect(mapShopifyOrder(order({}), 1, 's.myshopify.com').customer).toMatchObject({ handle: 'email:guest@example.com', email: 'guest@example.com' });
  });

  it('maps refunds, pending payment, delivered fulfilments and skips cancelled ones', () => {
    const f = (displayStatus: string, status = 'SUCCESS') => ({ status, displayStatus, createdAt: '2026-11-02T10:00:00Z', trackingInfo: [] });
    expect(mapShopifyOrder(order({ displayFinancialStatus: 'REFUNDED' }), 1, 's').status).toBe('returned');
    expect(mapShopifyOrder(order({ displayFinancialStatus: 'PENDING' }), 1, 's').status).toBe('pending');
    const delivered = mapShopifyOrder(order({ displayFulfillmentStatus: 'FULFILLED', fulfillments: [f('DELIVERED'), f('CANCELED', 'CANCELLED')] }), 1, 's');
    expect(delivered.status).toBe('delivered');
    expect(delivered.shipments).toHaveLength(1);
    expect(delivered.shipments[0]).toMatchObject({ carrier: null, trackingNumber: null, status: 'delivered' });
    expect(mapShopifyOrder(order({ displayFulfillmentStatus: 'FULFILLED', fulfillments: [f('OUT_FOR_DELIVERY')] }), 1, 's').shipments[0]!.status).toBe('out_for_delivery');
  });
});
