// What connectors (and the demo generator) hand to the ingest pipeline: channel data already mapped
// to the console's vocabulary, keyed by the platform's own ids so that ingesting twice changes nothing.
import type { AttachmentMeta, AuthorKind, Channel, Direction, OrderStatus, ShipmentStatus } from '../../src-shared/domain/types';

export interface IncomingCustomer {
  channel: Channel;
  /** The buyer's stable id on that channel: relay address, eBay user id, email address. */
  handle: string;
  name: string;
  /** A real email address; the same address on two channels joins them into one customer. */
  email?: string | null;
  country?: string | null;
  language?: string | null;
  isVip?: boolean;
  lifetimeValueMinor?: number;
  currency?: string | null;
}

export interface IncomingMessage {
  accountId: number;
  /** Platform message id (Message-ID, eBay message id ...): unique per account. */
  externalId: string;
  /** Platform thread id: messages with the same one form one conversation. */
  conversationExternalId: string;
  subject: string;
  direction: Direction;
  authorKind: AuthorKind;
  authorName: string;
  bodyText: string;
  /** Raw HTML as received; the pipeline sanitises it before it is stored. */
  bodyHtml?: string | null;
  language?: string | null;
  sentAt: number;
  attachments?: AttachmentMeta[];
  customer: IncomingCustomer;
  /** The order the message is about (e.g. 114-1234567-1234567), when known. */
  orderExternalId?: string | null;
}

export interface IncomingShipment {
  carrier: string | null;
  trackingNumber: string | null;
  status: ShipmentStatus;
  shippedAt?: number | null;
  promisedFrom?: number | null;
  promisedTo?: number | null;
  deliveredAt?: number | null;
}

export interface IncomingOrder {
  accountId: number;
  externalId: string;
  marketplace?: string | null;
  customer: IncomingCustomer;
  placedAt: number;
  status: OrderStatus;
  currency: string;
  totalMinor: number;
  items: { sku?: string | null; title: string; quantity: number; unitPriceMinor: number }[];
  shipments: IncomingShipment[];
}

export interface IngestResult {
  inserted: number;
  updated: number;
  unchanged: number;
  /** Conversations that gained or changed messages, for the `messages.new` event. */
  conversationIds: number[];
}
