// @vitest-environment jsdom
// The composer with its assist parts, against an in-memory transport: a suggestion with a prompt,
// Alt+Enter, and Send blocked by a platform rule until overridden by name.
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { ApiResult, ApiTransport } from '../../../src-shared/api/contract';
import type { SuggestionList } from '../../../src-shared/api/contract-assist';
import type { ConversationDetail } from '../../../src-shared/domain/types';
import { useAssist } from '../../../src-renderer/assist/assist-store';
import { Composer } from '../../../src-renderer/composer/Composer';
import { setupI18n } from '../../../src-renderer/i18n/setup-i18n';
import { useConsole } from '../../../src-renderer/state/console-store';

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
      id: 1, accountId: 1, channel: 'amazon', externalId: '309-0709084-4732617', marketplace: 'amazon.de', customerId: 1, placedAt: 0, status: 'delivered', currency: 'EUR', totalMinor: 1208,
      items: [], shipments: [{ carrier: 'DPD', trackingNumber: '00652513557175', status: 'delivered', shippedAt: 1, promisedFrom: null, promisedTo: null, deliveredAt: 2 }],
    },
  ],
  otherConversations: [],
};

const SUGGESTIONS: SuggestionList = {
  conversationId: 7,
  intent: null,
  language: 'de',
  items: [
    { key: 'canned:1', kind: 'canned', title: 'Teilerstattung', body: 'Hallo {{customer.firstName}}, wir erstatten {{prompt:Betrag}} (Sendung {{order.trackingNumber}}).', language: 'de', score: 0.9, cannedReplyId: 1, articleId: null, resolvedCount: 0, reasons: ['text'] },
    { key: 'article:2', kind: 'article', title: 'Rücksendung', body: 'Sie können innerhalb von 30 Tagen zurücksenden.', language: 'de', score: 0.5, cannedReplyId: null, articleId: 2, resolvedCount: 0, reasons: ['text'] },
  ],
};

let queued: unknown[] = [];
function transport(): ApiTransport {
  return {
    async invoke(method, params) {
      const value: Record<string, () => unknown> = {
        'assist.suggestions': () => SUGGESTIONS,
        'assist.brandVoice.get': () => ({ guide: '', avoidPhrases: ['Entschuldigen Sie die Unannehmlichkeiten'] }),
        'reply.queue': () => {
          queued.push(params);
          const body = (params as { body: string }).body;
          return {
            message: { id: 900, conversationId: 7, direction: 'outbound', authorKind: 'agent', authorName: 'Li', bodyText: body, bodyHtml: null, language: null, sentAt: 1, status: 'queued', attachments: [] },
            outboxItem: { id: 1, conversationId: 7, messageId: 900, accountId: 1, channel: 'amazon', subject: 'S', customerName: 'C', preview: body, status: 'queued', attempts: 0, lastError: null, createdAt: 1 },
            conversation: detail.conversation,
          };
        },
      };
      if (!(method in value)) return { ok: false, error: { code: 'unknown_method', message: method } } as ApiResult<never>;
      return { ok: true, value: value[method]!() } as ApiResult<never>;
    },
    subscribe: () => () => {},
  };
}

beforeEach(() => {
  queued = [];
  useConsole.setState({ transport: transport(), openId: 7, details: { 7: detail }, canned: [], workspace: null });
  useAssist.setState({ suggestions: {}, brandVoice: null });
});

const input = () => screen.getByTestId('composer-input') as HTMLTextAreaElement;

describe('composer with assist', () => {
  it('shows ranked suggestions and inserts the best with Alt+Enter, asking for its prompt first', async () => {
    render(<Composer detail={detail} />);
    await waitFor(() => expect(screen.getAllByTestId('suggestion')).toHaveLength(2));
    fireEvent.keyDown(input(), { key: 'Enter', altKey: true });
    const form = await screen.findByTestId('prompt-form');
    fireEvent.change(form.querySelector('input')!, { target: { value: '5,00 €' } });
    await act(async () => {
      fireEvent.submit(form);
    });
    expect(input().value).toBe('Hallo Lana, wir erstatten 5,00 € (Sendung 00652513557175).');
  });

  it('blocks Send on a rule violation, and sends with an override naming the rule', async () => {
    render(<Composer detail={detail} />);
    fireEvent.change(input(), { target: { value: 'Hallo Lana, Infos unter https://mein-shop-beispiel.de', selectionStart: 52 } });
    expect(screen.getByTestId('rule-violation').getAttribute('data-rule')).toBe('amazon.external_link');
    const send = screen.getByTestId('composer-send') as HTMLButtonElement;
    expect(send.disabled).toBe(true);
    fireEvent.keyDown(input(), { key: 'Enter', ctrlKey: true });
    expect(queued).toEqual([]);
    fireEvent.click(screen.getByTestId('override-start'));
    fireEvent.change(screen.getByTestId('override-reason'), { target: { value: 'Buyer asked for the link' } });
    await act(async () => {
      fireEvent.click(screen.getByTestId('override-confirm'));
    });
    expect(queued).toEqual([
      { conversationId: 7, body: 'Hallo Lana, Infos unter https://mein-shop-beispiel.de', override: { rules: ['amazon.external_link'], reason: 'Buyer asked for the link' } },
    ]);
    expect(input().value).toBe('');
  });

  it('flags brand-voice phrases without blocking', async () => {
    render(<Composer detail={detail} />);
    await waitFor(() => expect(useAssist.getState().brandVoice).not.toBeNull());
    fireEvent.change(input(), { target: { value: 'Hallo Lana, entschuldigen Sie die Unannehmlichkeiten.' } });
    expect(screen.getByTestId('brand-voice-flags').textContent).toContain('Entschuldigen Sie die Unannehmlichkeiten');
    expect((screen.getByTestId('composer-send') as HTMLButtonElement).disabled).toBe(false);
  });
});
