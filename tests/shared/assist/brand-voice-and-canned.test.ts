import { describe, expect, it } from 'vitest';
import { checkBrandVoice, DEFAULT_BRAND_VOICE } from '../../../src-shared/assist/brand-voice';
import { fillPrompts, promptsOf } from '../../../src-shared/assist/canned/prompts';
import { renderCanned } from '../../../src-shared/assist/canned/render-canned';
import type { Order } from '../../../src-shared/domain/types';
import type { TemplateContext } from '../../../src-shared/templates/render-template';

describe('brand voice', () => {
  it('flags listed stock phrases whatever their case, accents and spacing, with their place in the draft', () => {
    const draft = 'Hi Anna,\nSorry  for the INCONVENIENCE. We shipped it.\nsorry for the inconvenience!';
    const flags = checkBrandVoice(draft, DEFAULT_BRAND_VOICE.avoidPhrases);
    expect(flags.map((f) => draft.slice(f.start, f.end))).toEqual(['Sorry  for the INCONVENIENCE', 'sorry for the inconvenience']);
    expect(flags[0]!.count).toBe(2);
  });

  it('matches phrases written with or without accents, and CJK phrases', () => {
    expect(checkBrandVoice('Desole pour la gene occasionnee.', ['désolé pour la gêne occasionnée'])).toHaveLength(1);
    expect(checkBrandVoice('给您带来不便，敬请谅解。', DEFAULT_BRAND_VOICE.avoidPhrases)).toHaveLength(1);
  });

  it('leaves a natural reply alone', () => {
    expect(checkBrandVoice('Hi Anna, your parcel left today with DHL; it should arrive on Friday. Li', DEFAULT_BRAND_VOICE.avoidPhrases)).toEqual([]);
  });
});

const order: Order = {
  id: 1, accountId: 1, channel: 'amazon', externalId: '302-1234567-7654321', marketplace: 'amazon.de', customerId: 1,
  placedAt: Date.UTC(2026, 10, 2), status: 'shipped', currency: 'EUR', totalMinor: 123456,
  items: [{ sku: 'A', title: 'Handyhülle', quantity: 1, unitPriceMinor: 123456 }],
  shipments: [{ carrier: 'DHL', trackingNumber: '00340434161234567890', status: 'in_transit', shippedAt: Date.UTC(2026, 10, 3), promisedFrom: null, promisedTo: Date.UTC(2026, 10, 9), deliveredAt: null }],
};
const ctx = (language: string, o: Order | null = order): TemplateContext => ({
  customer: { id: 1, name: 'Anna Schmidt', email: null, country: 'DE', language, isVip: false, lifetimeValueMinor: 0, currency: 'EUR', identities: [] },
  order: o,
  agent: { id: 1, name: 'Li Wei', email: null, role: 'agent', languages: [] },
  language,
});

describe('canned replies: prompts and variables', () => {
  it('lists each prompt once, in order', () => {
    expect(promptsOf('{{prompt:Amount}} and {{ prompt: Reason }} and {{prompt:Amount}}')).toEqual(['Amount', 'Reason']);
  });

  it('fills prompts and reports the ones left empty', () => {
    expect(fillPrompts('Refund {{prompt:Amount}} because {{prompt:Reason}}', { Amount: '10 €', Reason: '  ' })).toEqual({
      text: 'Refund 10 € because [Reason]',
      unfilled: ['Reason'],
    });
  });

  it('renders dates and money the way the buyer reads them', () => {
    const body = '{{order.total}} / {{order.deliveryEstimate}} / {{order.trackingNumber}}';
    expect(renderCanned(body, ctx('de')).text).toBe('1.234,56\u00a0€ / 09.11.2026 / 00340434161234567890');
    expect(renderCanned(body, ctx('en')).text).toBe('€1,234.56 / Nov 9, 2026 / 00340434161234567890');
    expect(renderCanned(body, ctx('fr')).text).toMatch(/^1\u202f234,56\u00a0€ \/ 9 nov\. 2026/);
    expect(renderCanned(body, ctx('ja')).text).toBe('€1,234.56 / 2026/11/09 / 00340434161234567890');
  });

  it('reports missing variables and empty prompts together, and typos separately', () => {
    const r = renderCanned('Tracking {{order.trackingNumber}}, amount {{prompt:Amount}}, {{order.trackingNumbr}}', ctx('de', { ...order, shipments: [] }));
    expect(r.missing).toEqual(['prompt:Amount', 'order.trackingNumber']);
    expect(r.unknown).toEqual(['order.trackingNumbr']);
    expect(r.text).toBe('Tracking [order.trackingNumber], amount [Amount], {{order.trackingNumbr}}');
  });
});
