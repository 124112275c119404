// The demo workspace: seeded, deterministic cross-border traffic. Same seed and options give the same
// records on every machine. It streams batches, so it scales from 100 to 1,000,000 messages without
// holding them all in memory.
import { fakerDE, fakerEN_GB, fakerEN_US, fakerES, fakerFR, fakerIT, fakerJA, fakerZH_CN, type Faker } from '@faker-js/faker';
import type { OrderStatus, ShipmentStatus } from '../../src-shared/domain/types';
import type { IncomingCustomer, IncomingMessage, IncomingOrder, IncomingShipment } from '../ingest/incoming';
import { CARRIERS, DEMO_ACCOUNTS, DEMO_AGENTS, PRICE_FACTOR, PRODUCTS, type DemoAccount } from './catalogue';
import { createRandom, type Random } from './random';
import { INTENTS, TEXTS, type DemoLanguage, type Intent } from './texts';

export interface DemoOptions {
  conversations: number;
  /** The demo's "now": messages fall in the 60 days before it. */
  now: number;
  seed?: number;
  /** Messages per batch (default 1,000). */
  batchSize?: number;
}

export interface DemoConversationState {
  accountId: number;
  externalId: string;
  status: 'open' | 'closed';
  /** Index into DEMO_AGENTS, or null when unassigned. */
  assignee: number | null;
  tags: string[];
  intent: Intent;
  angry: boolean;
}

export interface DemoBatch {
  orders: IncomingOrder[];
  messages: IncomingMessage[];
  conversations: DemoConversationState[];
}

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

const INTENT_WEIGHTS: readonly (readonly [Intent, number])[] = [
  ['where_is_my_order', 26],
  ['refund', 10],
  ['return', 9],
  ['cancel', 7],
  ['address_change', 5],
  ['damaged_item', 8],
  ['invoice', 6],
  ['presale_question', 9],
  ['complaint', 9],
  ['thanks', 11],
];

const ANGRY_CHANCE: Record<Intent, number> = {
  where_is_my_order: 0.22,
  refund: 0.25,
  return: 0.08,
  cancel: 0.08,
  address_change: 0.05,
  damaged_item: 0.3,
  invoice: 0.03,
  presale_question: 0,
  complaint: 0.65,
  thanks: 0,
};

function fakerFor(language: DemoLanguage, account: DemoAccount): Faker {
  switch (language) {
    case 'de':
      return fakerDE;
    case 'fr':
      return fakerFR;
    case 'es':
      return fakerES;
    case 'it':
      return fakerIT;
    case 'ja':
      return fakerJA;
    case 'zh':
      return fakerZH_CN;
    default:
      return account.region === 'uk' ? fakerEN_GB : fakerEN_US;
  }
}

const EMAIL_DOMAINS = ['gmail.com', 'outlook.com', 'yahoo.com', 'icloud.com', 'gmx.de', 'web.de', 'orange.fr', 'libero.it', 'yahoo.co.jp', 'qq.com', '163.com'];

function asciiName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z]+/g, '.')
    .replace(/^\.+|\.+$/g, '');
}

interface DemoCustomer {
  identity: IncomingCustomer;
  firstName: string;
  language: DemoLanguage;
  /** Orders of this customer per account, for repeat contacts about the same order. */
  orders: Map<number, IncomingOrder[]>;
}

interface OrderFacts {
  order: IncomingOrder;
  product: string;
  tracking: string | null;
  carrier: string | null;
}

function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => values[key] ?? whole);
}

function orderId(account: DemoAccount, rnd: Random, shopifyCounter: { next: number }): string {
  if (account.channel === 'amazon') return `${account.orderPrefix}${rnd.digits(1)}-${rnd.digits(7)}-${rnd.digits(7)}`;
  if (account.channel === 'ebay') return `${rnd.digits(2)}-${rnd.digits(5)}-${rnd.digits(5)}`;
  return `#${shopifyCounter.next++}`;
}

/** Order and shipment states that fit what the buyer writes about. */
function orderStateFor(intent: Intent, rnd: Random): { status: OrderStatus; shipment: ShipmentStatus | null } {
  switch (intent) {
    case 'where_is_my_order':
      return rnd.weighted<{ status: OrderStatus; shipment: ShipmentStatus | null }>([
        [{ status: 'shipped', shipment: 'in_transit' }, 7],
        [{ status: 'shipped', shipment: 'exception' }, 1],
        [{ status: 'shipped', shipment: 'out_for_delivery' }, 1],
        [{ status: 'unshipped', shipment: null }, 1],
      ]);
    case 'cancel':
    case 'address_change':
      return { status: rnd.chance(0.7) ? 'unshipped' : 'pending', shipment: null };
    case 'refund':
      return rnd.chance(0.5) ? { status: 'returned', shipment: 'returned' } : { status: 'delivered', shipment: 'delivered' };
    case 'complaint':
      return rnd.chance(0.5) ? { status: 'shipped', shipment: 'in_transit' } : { status: 'delivered', shipment: 'delivered' };
    default:
      return rnd.chance(0.85) ? { status: 'delivered', shipment: 'delivered' } : { status: 'shipped', shipment: 'in_transit' };
  }
}

export function* demoBatches(options: DemoOptions): Generator<DemoBatch> {
  const seed = options.seed ?? 20261123;
  const rnd = createRandom(seed);
  const batchSize = options.batchSize ?? 1_000;
  // Faker draws from its own generator; seeding each locale makes names deterministic too.
  [fakerDE, fakerEN_GB, fakerEN_US, fakerES, fakerFR, fakerIT, fakerJA, fakerZH_CN].forEach((f, i) => f.seed(seed + i));

  const accountWeights = DEMO_ACCOUNTS.map((a) => [a, a.weight] as const);
  const shopify = DEMO_ACCOUNTS.find((a) => a.channel === 'shopify')!;
  const customersByAccount = new Map<number, DemoCustomer[]>();
  // Buyers who bought on Amazon or Shopify and also write to the support address by email.
  const crossChannel: DemoCustomer[] = [];
  const shopifyCounter = { next: 1001 };

  let batch: DemoBatch = { orders: [], messages: [], conversations: [] };

  function newCustomer(account: DemoAccount, language: DemoLanguage): DemoCustomer {
    const faker = fakerFor(language, account);
    const firstName = faker.person.firstName();
    const lastName = faker.person.lastName();
    const cjk = language === 'ja' || language === 'zh';
    const name = cjk ? `${lastName}${language === 'ja' ? ' ' : ''}${firstName}` : `${firstName} ${lastName}`;
    const local = cjk ? `${rnd.alnum(6)}${rnd.digits(2)}` : `${asciiName(firstName)}.${asciiName(lastName)}${rnd.chance(0.4) ? rnd.digits(2) : ''}`;
    const email = `${local}@${rnd.pick(EMAIL_DOMAINS)}`;
    const vip = rnd.chance(0.03);
    const handle =
      account.channel === 'amazon'
        ? `${rnd.alnum(14)}@${account.relayDomain}`
        : account.channel === 'ebay'
          ? `ebay-user-${rnd.alnum(10)}`
          : email;
    return {
      identity: {
        channel: account.channel,
        handle,
        name,
        // Amazon hides the buyer's address; a buyer who also mails us directly is joined by it.
        email: account.channel === 'amazon' || account.channel === 'ebay' ? null : email,
        country: account.country === 'CN' ? null : account.country,
        language,
        isVip: vip,
        lifetimeValueMinor: Math.round((vip ? rnd.int(80_000, 400_000) : rnd.int(1_500, 30_000)) * (PRICE_FACTOR[account.currency] ?? 1)),
        currency: account.currency,
      },
      firstName,
      language,
      orders: new Map(),
    };
  }

  function makeOrder(account: DemoAccount, customer: DemoCustomer, intent: Intent, firstMessageAt: number): OrderFacts {
    const product = rnd.pick(PRODUCTS);
    const quantity = rnd.weighted([[1, 8], [2, 2], [3, 1]] as const);
    const factor = PRICE_FACTOR[account.currency] ?? 1;
    const unitPriceMinor = account.currency === 'JPY' ? Math.round((product.usd * factor) / 100) * 100 - 1 : Math.round(product.usd * factor);
    const items = [{ sku: product.sku, title: product.title[customer.language], quantity, unitPriceMinor }];
    if (rnd.chance(0.2)) {
      const extra = rnd.pick(PRODUCTS);
      if (extra.sku !== product.sku) {
        items.push({ sku: extra.sku, title: extra.title[customer.language], quantity: 1, unitPriceMinor: Math.round(extra.usd * factor) });
      }
    }
    const daysBefore = intent === 'where_is_my_order' || intent === 'complaint' ? rnd.int(6, 21) : intent === 'cancel' || intent === 'address_change' ? rnd.int(0, 1) : rnd.int(3, 30);
    const placedAt = firstMessageAt - daysBefore * DAY - rnd.int(1, 20) * HOUR;
    const state = orderStateFor(intent, rnd);
    const shipments: IncomingShipment[] = [];
    let tracking: string | null = null;
    let carrierName: string | null = null;
    if (state.shipment) {
      const carrier = rnd.pick(CARRIERS[account.region]);
      tracking = carrier.tracking(rnd.digits, rnd.alnum);
      carrierName = carrier.name;
      const shippedAt = placedAt + rnd.int(8, 60) * HOUR;
      const promisedFrom = shippedAt + rnd.int(2, 5) * DAY;
      const promisedTo = promisedFrom + rnd.int(1, 6) * DAY;
      const delivered = state.shipment === 'delivered' || state.shipment === 'returned';
      shipments.push({
        carrier: carrierName,
        trackingNumber: tracking,
        status: state.shipment,
        shippedAt,
        promisedFrom,
        promisedTo,
        deliveredAt: delivered ? Math.min(firstMessageAt - HOUR, promisedFrom + rnd.int(0, 3) * DAY) : null,
      });
    }
    const order: IncomingOrder = {
      accountId: account.id,
      externalId: orderId(account, rnd, shopifyCounter),
      marketplace: account.marketplace,
      customer: customer.identity,
      placedAt,
      status: state.status,
      currency: account.currency,
      totalMinor: items.reduce((sum, i) => sum + i.quantity * i.unitPriceMinor, 0),
      items,
      shipments,
    };
    batch.orders.push(order);
    const list = customer.orders.get(account.id) ?? [];
    list.push(order);
    customer.orders.set(account.id, list);
    return { order, product: product.title[customer.language], tracking, carrier: carrierName };
  }

  function subjectFor(account: DemoAccount, customer: DemoCustomer, intent: Intent, facts: OrderFacts | null): string {
    const texts = TEXTS[customer.language];
    // Questions before a purchase have no order for Amazon to name in its relay subject.
    if (account.channel === 'amazon' && facts) return fill(texts.amazonSubject, { name: customer.firstName, order: facts.order.externalId });
    if (account.channel === 'ebay') return facts ? `${facts.product} – ${texts.emailSubject[intent]}` : texts.emailSubject[intent];
    if (account.channel === 'shopify' && facts) return `${texts.emailSubject[intent]} ${facts.order.externalId}`;
    return texts.emailSubject[intent];
  }

  for (let index = 0; index < options.conversations; index++) {
    const account = rnd.weighted(accountWeights);
    const intent = rnd.weighted(INTENT_WEIGHTS);
    const angry = rnd.chance(ANGRY_CHANCE[intent]);
    // Recent days are busier: the first message falls in the last 60 days, skewed to now.
    const firstMessageAt = options.now - Math.floor(rnd.next() ** 1.6 * 60 * DAY) - rnd.int(5, 90) * 60_000;

    let customer: DemoCustomer;
    const pool = customersByAccount.get(account.id) ?? [];
    if (account.channel === 'email' && crossChannel.length > 0 && rnd.chance(0.3)) {
      // The same buyer, now writing to our support address from their own mailbox.
      const known = rnd.pick(crossChannel);
      customer = {
        ...known,
        identity: { ...known.identity, channel: 'email', handle: known.identity.email!, email: known.identity.email },
        orders: known.orders,
      };
    } else if (pool.length > 0 && rnd.chance(0.15)) {
      customer = rnd.pick(pool);
    } else {
      customer = newCustomer(account, rnd.weighted(account.languages));
      pool.push(customer);
      customersByAccount.set(account.id, pool);
      if (account.channel !== 'email' && rnd.chance(0.08)) {
        const email = `${asciiName(customer.firstName) || rnd.alnum(6)}.${rnd.digits(3)}@${rnd.pick(EMAIL_DOMAINS)}`;
        customer.identity = { ...customer.identity, email };
        crossChannel.push(customer);
      }
    }

    let facts: OrderFacts | null = null;
    if (intent !== 'presale_question') {
      // Email about an order points at the Shopify store's order (or an Amazon one for joined buyers).
      const orderAccount = account.channel === 'email' ? (rnd.chance(0.6) ? shopify : null) : account;
      const previous = orderAccount ? customer.orders.get(orderAccount.id) : undefined;
      if (orderAccount) {
        if (previous?.length && rnd.chance(0.5)) {
          const order = rnd.pick(previous);
          const shipment = order.shipments[0];
          facts = { order, product: order.items[0]!.title, tracking: shipment?.trackingNumber ?? null, carrier: shipment?.carrier ?? null };
        } else {
          facts = makeOrder(orderAccount, customer, intent, firstMessageAt);
        }
      }
    }

    const texts = TEXTS[customer.language];
    const agentIndex = rnd.int(0, DEMO_AGENTS.length - 1);
    const agentName = DEMO_AGENTS[agentIndex]!.name;
    const values: Record<string, string> = {
      order: facts?.order.externalId ?? '',
      product: facts?.product ?? rnd.pick(PRODUCTS).title[customer.language],
      tracking: facts?.tracking ?? '',
      carrier: facts?.carrier ?? '',
      days: String(rnd.int(3, 14)),
      firstName: customer.firstName,
      agent: agentName,
    };
    // Phrasings that mention a tracking number or order the conversation does not have are skipped.
    const usable = (list: readonly string[]) => {
      const ok = list.filter((t) => (values.tracking || !t.includes('{tracking}')) && (values.order || !t.includes('{order}')));
      return ok.length ? ok : list;
    };
    const compose = (core: string, extraAngry: boolean) => {
      const parts = [rnd.pick(texts.greetings), fill(core, values)];
      if (extraAngry) {
        const first = rnd.pick(texts.angry);
        parts.push(first);
        // Some angry buyers pile it on; never the same sentence twice.
        const second = rnd.pick(texts.angry);
        if (second !== first && rnd.chance(0.35)) parts.push(second);
      }
      parts.push(fill(rnd.pick(texts.signOffs), values));
      return parts.filter(Boolean).join(customer.language === 'ja' || customer.language === 'zh' ? '\n' : '\n\n');
    };

    const threadId = `demo-thread-${index}`;
    const subject = subjectFor(account, customer, intent, facts);
    const base = {
      accountId: account.id,
      conversationExternalId: threadId,
      subject,
      customer: customer.identity,
      orderExternalId: facts?.order.externalId ?? null,
    };
    const thread: IncomingMessage[] = [
      {
        ...base,
        externalId: `demo-${index}-0`,
        direction: 'inbound',
        authorKind: 'customer',
        authorName: customer.identity.name,
        bodyText: compose(rnd.pick(usable(texts.opening[intent])), angry),
        language: customer.language,
        sentAt: firstMessageAt,
      },
    ];
    // The history so far: sometimes answered, sometimes chased, rarely long.
    let at = firstMessageAt;
    let agentTurn = true;
    const maxMessages = rnd.weighted([[1, 30], [2, 28], [3, 20], [4, 12], [5, 6], [6, 4]] as const);
    while (thread.length < maxMessages) {
      at += rnd.int(1, 30) * HOUR;
      if (at >= options.now - 10 * 60_000) break;
      const k = thread.length;
      if (agentTurn) {
        const kind =
          intent === 'presale_question'
            ? 'presale'
            : intent === 'where_is_my_order' && values.tracking
              ? 'tracking'
              : intent === 'refund'
                ? 'refund'
                : intent === 'return'
                  ? 'returns'
                  : 'general';
        thread.push({
          ...base,
          externalId: `demo-${index}-${k}`,
          direction: 'outbound',
          authorKind: 'agent',
          authorName: agentName,
          bodyText: fill(rnd.pick(usable(texts.agentReply[kind])), values),
          language: customer.language,
          sentAt: at,
        });
      } else {
        thread.push({
          ...base,
          externalId: `demo-${index}-${k}`,
          direction: 'inbound',
          authorKind: 'customer',
          authorName: customer.identity.name,
          bodyText: compose(rnd.pick(usable(texts.followUp)), angry || rnd.chance(0.2)),
          language: customer.language,
          sentAt: at,
        });
      }
      agentTurn = !agentTurn;
    }
    batch.messages.push(...thread);

    const answered = thread.at(-1)!.direction === 'outbound';
    const closed = intent === 'thanks' ? rnd.chance(0.7) : answered && options.now - at > 5 * DAY && rnd.chance(0.7);
    const tags: string[] = [];
    if (customer.identity.isVip) tags.push('VIP');
    if (intent === 'damaged_item') tags.push('damaged');
    if (intent === 'invoice') tags.push('invoice');
    if (intent === 'presale_question') tags.push('pre-sale');
    if (intent === 'complaint') tags.push('complaint');
    if (angry && account.channel === 'amazon' && rnd.chance(0.5)) tags.push('A-to-z risk');
    batch.conversations.push({
      accountId: account.id,
      externalId: threadId,
      status: closed ? 'closed' : 'open',
      assignee: rnd.chance(0.45) ? agentIndex : null,
      tags,
      intent,
      angry,
    });

    if (batch.messages.length >= batchSize) {
      yield batch;
      batch = { orders: [], messages: [], conversations: [] };
    }
  }
  if (batch.messages.length > 0 || batch.orders.length > 0) yield batch;
}

export { INTENTS };
