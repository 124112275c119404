// Canned-reply rendering: `{{customer.firstName}}`, `{{order.trackingNumber}}` ... filled from the
// conversation's customer, order and agent. Used by the renderer (preview, insert) and by the core.
import type { Agent, Customer, Order } from '../domain/types';
import { formatMinorUnits } from '../format/money';

export interface TemplateContext {
  customer: Customer | null;
  order: Order | null;
  agent: Agent | null;
  /** The buyer's language: dates and money are formatted the way that buyer reads them. */
  language: string | null;
}

export interface RenderedTemplate {
  text: string;
  /** Variables the template uses that have no value for this conversation (e.g. no tracking yet). */
  missing: string[];
  /** Names that are not variables at all: a typo in the template. */
  unknown: string[];
}

type Resolver = (ctx: TemplateContext) => string | null;

const LOCALE_BY_LANGUAGE: Record<string, string> = {
  en: 'en-US',
  de: 'de-DE',
  fr: 'fr-FR',
  es: 'es-ES',
  it: 'it-IT',
  ja: 'ja-JP',
  zh: 'zh-CN',
};

function localeOf(ctx: TemplateContext): string {
  return LOCALE_BY_LANGUAGE[ctx.language ?? ''] ?? 'en-US';
}

function formatDate(ms: number | null | undefined, ctx: TemplateContext): string | null {
  if (ms == null) return null;
  return new Intl.DateTimeFormat(localeOf(ctx), { dateStyle: 'medium', timeZone: 'UTC' }).format(ms);
}


/** The shipment an agent talks about: the latest one that has a tracking number, else the latest. */
function mainShipment(order: Order | null) {
  if (!order || order.shipments.length === 0) return null;
  const tracked = order.shipments.filter((s) => s.trackingNumber);
  return (tracked.length ? tracked : order.shipments).at(-1) ?? null;
}

function firstName(name: string | null | undefined): string | null {
  if (!name) return null;
  return name.trim().split(/\s+/)[0] ?? null;
}

export const TEMPLATE_VARIABLES: Record<string, Resolver> = {
  'customer.name': (c) => c.customer?.name ?? null,
  'customer.firstName': (c) => firstName(c.customer?.name),
  'customer.email': (c) => c.customer?.email ?? null,
  'order.id': (c) => c.order?.externalId ?? null,
  'order.date': (c) => formatDate(c.order?.placedAt, c),
  'order.total': (c) => (c.order ? formatMinorUnits(c.order.totalMinor, c.order.currency, localeOf(c)) : null),
  'order.status': (c) => c.order?.status ?? null,
  'order.items': (c) => (c.order?.items.length ? c.order.items.map((i) => `${i.quantity} × ${i.title}`).join(', ') : null),
  'order.carrier': (c) => mainShipment(c.order)?.carrier ?? null,
  'order.trackingNumber': (c) => mainShipment(c.order)?.trackingNumber ?? null,
  'order.shippedDate': (c) => formatDate(mainShipment(c.order)?.shippedAt, c),
  'order.deliveryEstimate': (c) => formatDate(mainShipment(c.order)?.promisedTo, c),
  'agent.name': (c) => c.agent?.name ?? null,
  'agent.firstName': (c) => firstName(c.agent?.name),
};

const VARIABLE = /\{\{\s*([a-zA-Z][\w.]*)\s*\}\}/g;

export function renderTemplate(template: string, ctx: TemplateContext): RenderedTemplate {
  const missing = new Set<string>();
  const unknown = new Set<string>();
  const text = template.replace(VARIABLE, (whole, name: string) => {
    const resolve = TEMPLATE_VARIABLES[name];
    if (!resolve) {
      unknown.add(name);
      return whole;
    }
    const value = resolve(ctx);
    if (value == null || value === '') {
      missing.add(name);
      return `[${name}]`;
    }
    return value;
  });
  return { text, missing: [...missing], unknown: [...unknown] };
}
