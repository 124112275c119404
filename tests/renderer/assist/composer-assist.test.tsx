// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { checkDraft } from '../../../src-shared/assist/platform-rules/check-draft';
import { checkBrandVoice } from '../../../src-shared/assist/brand-voice';
import type { Suggestion } from '../../../src-shared/api/contract-assist';
import type { ConversationDetail } from '../../../src-shared/domain/types';
import { draftContextOf, highlightSegments, kbQueryAt, renderSuggestion, spliceText } from '../../../src-renderer/assist/composer-assist-logic';
import { RuleCheck } from '../../../src-renderer/assist/RuleCheck';
import { setupI18n } from '../../../src-renderer/i18n/setup-i18n';

beforeAll(() => setupI18n('en'));
afterEach(cleanup);

const detail: ConversationDetail = {
  conversation: {
    id: 7, accountId: 1, channel: 'amazon', marketplace: 'amazon.de', subject: 'Erstattung', customerId: 1, customerName: 'Lana Schäffer', status: 'open',
    priority: 'normal', language: 'de', unread: false, messageCount: 1, lastMessageAt: 0, preview: '', orderExternalId: '309-0709084-4732617', assigneeId: null, tags: [],
  },
  messages: [],
  customer: { id: 1, name: 'Lana Schäffer', email: null, country: 'DE', language: 'de', isVip: false, lifetimeValueMinor: 0, currency: 'EUR', identities: [] },
  orders: [
    {
      id: 1, accountId: 1, channel: 'amazon', externalId: '309-0709084-4732617', marketplace: 'amazon.de', customerId: 1, placedAt: Date.UTC(2026, 9, 4), status: 'delivered', currency: 'EUR', totalMinor: 1208,
      items: [{ sku: null, title: 'USB-C-Kabel', quantity: 1, unitPriceMinor: 1208 }],
      shipments: [{ carrier: 'DPD', trackingNumber: '00652513557175', status: 'delivered', shippedAt: 1, promisedFrom: null, promisedTo: null, deliveredAt: 2 }],
    },
  ],
  otherConversations: [],
};

const suggestion = (over: Partial<Suggestion>): Suggestion => ({
  key: 'k', kind: 'canned', title: 't', body: '', language: 'de', score: 1, cannedReplyId: 1, articleId: null, resolvedCount: 0, reasons: [], ...over,
});

describe('composer assist logic', () => {
  it('finds `??query` at the caret, not inside a sentence that asks two questions', () => {
    expect(kbQueryAt('Hallo ??Rücks', 13)).toEqual({ start: 6, query: 'Rücks' });
    expect(kbQueryAt('??', 2)).toEqual({ start: 0, query: '' });
    expect(kbQueryAt('Wirklich?? Ja', 13)).toBeNull();
    expect(kbQueryAt('Hallo ??Rücks', 5)).toBeNull();
  });

  it('renders a suggestion with this conversation’s order, in the buyer’s formats', () => {
    const r = renderSuggestion(suggestion({ body: 'Sendungsnummer {{order.trackingNumber}} ({{order.carrier}}), {{order.total}}, {{prompt:Grund}}' }), detail, null);
    expect(r.text).toBe('Sendungsnummer 00652513557175 (DPD), 12,08\u00a0€, [Grund]');
    expect(r.missing).toEqual(['prompt:Grund']);
    expect(renderSuggestion(suggestion({ kind: 'article', body: 'Artikel {{not.a.variable}}' }), detail, null).text).toBe('Artikel {{not.a.variable}}');
  });

  it('gives the rule check this conversation’s own numbers, so its tracking number passes', () => {
    const ctx = draftContextOf(detail);
    expect(ctx).toMatchObject({ channel: 'amazon', buyerLanguage: 'de', hasOrder: true });
    expect(checkDraft('Sendungsnummer 0065 2513 5571 75', ctx)).toEqual([]);
  });

  it('cuts a draft into plain and highlighted pieces', () => {
    const text = 'Sorry for the inconvenience, see www.shop-example.de now';
    const segments = highlightSegments(text, checkDraft(text, draftContextOf(detail)), checkBrandVoice(text, ['sorry for the inconvenience']));
    expect(segments).toEqual([
      { text: 'Sorry for the inconvenience', mark: 'brand-voice' },
      { text: ', see ', mark: null },
      { text: 'www.shop-example.de', mark: 'amazon.external_link' },
      { text: ' now', mark: null },
    ]);
    expect(segments.map((s) => s.text).join('')).toBe(text);
  });

  it('splices text and reports the caret', () => {
    expect(spliceText('ab??xy cd', 2, 6, 'ARTICLE')).toEqual({ text: 'abARTICLE cd', caret: 9 });
  });
});

describe('RuleCheck', () => {
  const text = 'Hallo, siehe https://mein-shop-beispiel.de und ruf an: +49 30 1234567';
  const violations = checkDraft(text, draftContextOf(detail));

  it('names each rule, highlights the text, and overrides only with a reason', () => {
    const onOverride = vi.fn();
    render(<RuleCheck text={text} violations={violations} flags={[]} onOverride={onOverride} />);
    expect(screen.getAllByTestId('rule-violation').map((li) => li.getAttribute('data-rule'))).toEqual(['amazon.external_link', 'amazon.phone_number']);
    expect(screen.getByText('Amazon: link to a non-Amazon site')).toBeTruthy();
    expect(screen.getAllByTestId('rule-excerpt').map((m) => m.textContent)).toEqual(['https://mein-shop-beispiel.de', '+49 30 1234567']);
    fireEvent.click(screen.getByTestId('override-start'));
    const confirm = screen.getByTestId('override-confirm') as HTMLButtonElement;
    expect(confirm.disabled).toBe(true);
    fireEvent.change(screen.getByTestId('override-reason'), { target: { value: 'Buyer asked for the manual' } });
    fireEvent.click(confirm);
    expect(onOverride).toHaveBeenCalledWith(['amazon.external_link', 'amazon.phone_number'], 'Buyer asked for the manual');
  });

  it('shows nothing for a clean draft', () => {
    const { container } = render(<RuleCheck text="Hallo" violations={[]} flags={[]} onOverride={() => {}} />);
    expect(container.innerHTML).toBe('');
  });
});
