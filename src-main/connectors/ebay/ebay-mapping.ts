// eBay Commerce Message and Sell Fulfillment records -> the console's vocabulary. Each mapper throws on a
// record it cannot read; the caller keeps that record as unparsable with its raw JSON.
import type { AttachmentMeta, OrderStatus } from '../../../src-shared/domain/types';
import type { IncomingMessage, IncomingOrder, IncomingShipment } from '../../ingest/incoming';
import { isoToMs, toMinorUnits } from '../http/money';

type Raw = Record<string, unknown>;
const obj = (v: unknown): Raw => (v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Raw) : {});
const str = (v: unknown): string | null => (typeof v === 'string' && v !== '' ? v : null);

export const EBAY_MARKETPLACE_DOMAINS: Record<string, string> = {
  EBAY_US: 'ebay.com',
  EBAY_GB: 'ebay.co.uk',
  EBAY_DE: 'ebay.de',
  EBAY_FR: 'ebay.fr',
  EBAY_IT: 'ebay.it',
  EBAY_ES: 'ebay.es',
  EBAY_AU: 'ebay.com.au',
  EBAY_CA: 'ebay.ca',
  EBAY_AT: 'ebay.at',
  EBAY_CH: 'ebay.ch',
  EBAY_NL: 'ebay.nl',
  EBAY_BE: 'ebay.be',
  EBAY_IE: 'ebay.ie',
  EBAY_PL: 'ebay.pl',
  EBAY_HK: 'ebay.com.hk',
  EBAY_SG: 'ebay.com.sg',
};

const MEDIA_TYPES: Record<string, string> = { IMAGE: 'image/jpeg', PDF: 'application/pdf', DOC: 'application/msword', TXT: 'text/plain' };

export interface ConversationContext {
  conversationId: string;
  title: string;
  referenceId: string | null;
  referenceType: string | null;
}

/** One eBay message. `seller` is this account's eBay username: its messages are outbound. */
export function mapEbayMessage(raw: unknown, conv: ConversationContext, seller: string, accountId: number): IncomingMessage {
  const m = obj(raw);
  const messageId = str(m.messageId);
  if (!messageId) throw new Error('message has no messageId');
  const sentAt = isoToMs(m.createdDate);
  if (sentAt === null) throw new Error(`message ${messageId} has no valid createdDate`);
  if (typeof m.messageBody !== 'string') throw new Error(`message ${messageId} has no messageBody`);
  const sender = str(m.senderUsername);
  const recipient = str(m.recipientUsername);
  if (!sender) throw new Error(`message ${messageId} has no senderUsername`);
  const outbound = sender.toLowerCase() === seller.toLowerCase();
  // The Message API names members by username only; it is the buyer's handle on this channel.
  const buyer = outbound ? recipient : sender;
  if (!buyer) throw new Error(`message ${messageId} has no other party`);
  const attachments: AttachmentMeta[] = (Array.isArray(m.messageMedia) ? m.messageMedia : []).map((x) => {
    const media = obj(x);
    return {
      fileName: str(media.mediaName) ?? 'attachment',
      mimeType: MEDIA_TYPES[String(media.mediaType)] ?? 'application/octet-stream',
      size: 0,
      sha256: null,
    };
  });
  return {
    accountId,
    externalId: messageId,
    conversationExternalId: conv.conversationId,
    subject: str(m.subject) ?? conv.title,
    direction: outbound ? 'outbound' : 'inbound',
    authorKind: outbound ? 'agent' : 'customer',
    authorName: sender,
    bodyText: m.messageBody,
    sentAt,
    attachments,
    customer: { channel: 'ebay', handle: buyer, name: buyer },
    orderExternalId: conv.referenceType === 'ORDER' ? conv.referenceId : null,
  };
}

/** A Fulfillment API order plus its shipping fulfillments. */
export function mapEbayOrder(raw: unknown, fulfillments: unknown[], accountId: number): IncomingOrder {
  const o = obj(raw);
  const orderId = str(o.orderId);
  if (!orderId) throw new Error('order has no orderId');
  const placedAt = isoToMs(o.creationDate);
  if (placedAt === null) throw new Error(`order ${orderId} has no valid creationDate`);
  const total = obj(obj(o.pricingSummary).total);
  const currency = str(total.currency);
  if (!currency || typeof total.value !== 'string') throw new Error(`order ${orderId} has no pricingSummary.total`);
  if (!Array.isArray(o.lineItems)) throw new Error(`order ${orderId} has no lineItems`);
  const lines = o.lineItems.map((x, n) => {
    const li = obj(x);
    const quantity = typeof li.quantity === 'number' ? li.quantity : NaN;
    if (!Number.isInteger(quantity) || quantity < 1) throw new Error(`order ${orderId} line ${n} has no quantity`);
    const cost = obj(li.lineItemCost);
    // lineItemCost is the line's price times its quantity.
    const lineMinor = typeof cost.value === 'string' ? toMinorUnits(cost.value, str(cost.currency) ?? currency) : 0;
    return { li, item: { sku: str(li.sku), title: str(li.title) ?? 'Item', quantity, unitPriceMinor: Math.round(lineMinor / quantity) } };
  });
  const instructions = obj(lines[0]?.li.lineItemFulfillmentInstructions);
  const promisedFrom = isoToMs(instructions.minEstimatedDeliveryDate);
  const promisedTo = isoToMs(instructions.maxEstimatedDeliveryDate);
  const shipments: IncomingShipment[] = fulfillments.map((f) => {
    const sf = obj(f);
    return {
      carrier: str(sf.shippingCarrierCode),
      trackingNumber: str(sf.shipmentTrackingNumber),
      // The Fulfillment API knows that a parcel left, not where it is now.
      status: 'in_transit',
      shippedAt: isoToMs(sf.shippedDate),
      promisedFrom,
      promisedTo,
      deliveredAt: null,
    };
  });
  const cancelState = String(obj(o.cancelStatus).cancelState ?? '');
  let status: OrderStatus;
  if (cancelState === 'CANCELED') status = 'cancelled';
  else if (o.orderFulfillmentStatus === 'FULFILLED') status = 'shipped';
  else if (o.orderPaymentStatus === 'PENDING' || o.orderPaymentStatus === 'FAILED') status = 'pending';
  else status = 'unshipped';
  const buyer = obj(o.buyer);
  const reg = obj(buyer.buyerRegistrationAddress);
  const username = str(buyer.username);
  if (!username) throw new Error(`order ${orderId} has no buyer.username`);
  const mp = str(lines[0]?.li.purchaseMarketplaceId) ?? str(lines[0]?.li.listingMarketplaceId);
  return {
    accountId,
    externalId: orderId,
    marketplace: mp ? (EBAY_MARKETPLACE_DOMAINS[mp] ?? mp.toLowerCase()) : null,
    customer: { channel: 'ebay', handle: username, name: str(reg.fullName) ?? username, email: str(reg.email), currency },
    placedAt,
    status,
    currency,
    totalMinor: toMinorUnits(total.value, currency),
    items: lines.map((l) => l.item),
    shipments,
  };
}
