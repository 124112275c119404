import { describe, expect, it } from 'vitest';
import type { Customer, Order } from '../../src-shared/domain/types';
import { formatMinorUnits } from '../../src-shared/format/money';
import { renderTemplate, type TemplateContext } from '../../src-shared/templates/render-template';

const customer: Customer = {
  id: 1,
  name: 'Anna Schmidt',
  email: null,
  country: 'DE',
  language: 'de',
  isVip: false,
  lifetimeValueMinor: 0,
  currency: 'EUR',
  identities: [],
};

const order = (overrides: Partial<Order> = {}): Order => ({
  id: 1,
  accountId: 1,
  channel: 'amazon',
  externalId: '302-1234567-7654321',
  marketplace: 'amazon.de',
  customerId: 1,
  placedAt: Date.UTC(2026, 10, 2),
  status: 'shipped',
  currency: 'EUR',
  totalMinor: 259_8,
  items: [{ sku: 'A', title: 'Handyhülle', quantity: 2, unitPriceMinor: 1299 }],
  shipments: [
    { carrier: 'DHL', trackingNumber: null, status: 'label_created', shippedAt: null, promisedFrom: null, promisedTo: null, deliveredAt: null },
    { carrier: 'DPD', trackingNumber: '01234567890123', status: 'in_transit', shippedAt: Date.UTC(2026, 10, 3), promisedFrom: null, promisedTo: Date.UTC(2026, 10, 9), deliveredAt: null },
  ],
  ...overrides,
});

const ctx = (overrides: Partial<TemplateContext> = {}): TemplateContext => ({
  customer,
  order: order(),
  agent: { id: 1, name: 'Li Wei', email: null, role: 'admin', languages: [] },
  language: 'de',
  ...overrides,
});

describe('canned-reply variables', () => {
  it('fills customer, order, shipment and agent values, using the shipment that has tracking', () => {
    const r = renderTemplate('Hallo {{customer.firstName}}, {{ order.id }} ist mit {{order.carrier}} unterwegs: {{order.trackingNumber}}. {{agent.name}}', ctx());
    expect(r).toEqual({
      text: 'Hallo Anna, 302-1234567-7654321 ist mit DPD unterwegs: 01234567890123. Li Wei',
      missing: [],
      unknown: [],
    });
  });

  it('formats dates and money the way the buyer reads them', () => {
    expect(renderTemplate('{{order.total}} · {{order.deliveryEstimate}}', ctx()).text).toBe('25,98\u00a0€ · 09.11.2026');
    expect(renderTemplate('{{order.total}} · {{order.deliveryEstimate}}', ctx({ language: 'en' })).text).toBe('€25.98 · Nov 9, 2026');
    expect(renderTemplate('{{order.total}}', ctx({ language: 'ja', order: order({ currency: 'JPY', totalMinor: 2999 }) })).text).toBe('￥2,999');
    expect(renderTemplate('{{order.items}}', ctx()).text).toBe('2 × Handyhülle');
  });

  it('marks values this conversation does not have, and names unknown variables', () => {
    const r = renderTemplate('{{order.trackingNumber}} {{order.id}} {{customer.shoeSize}}', ctx({ order: null }));
    expect(r.text).toBe('[order.trackingNumber] [order.id] {{customer.shoeSize}}');
    expect(r.missing).toEqual(['order.trackingNumber', 'order.id']);
    expect(r.unknown).toEqual(['customer.shoeSize']);
  });

  it('counts minor units per currency', () => {
    expect(formatMinorUnits(2999, 'JPY', 'en')).toBe('¥2,999');
    expect(formatMinorUnits(2999, 'USD', 'en')).toBe('$29.99');
    expect(formatMinorUnits(100, 'KWD', 'en')).toBe('KWD\u00a00.100');
  });
});
