// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { ConversationDetail, Message } from '../../src-shared/domain/types';
import { ConversationView } from '../../src-renderer/conversation/ConversationView';
import { setupI18n } from '../../src-renderer/i18n/setup-i18n';
import { useAssist } from '../../src-renderer/assist/assist-store';
import { useConsole } from '../../src-renderer/state/console-store';

const i18n = setupI18n('en');
afterEach(cleanup);
beforeAll(async () => {
  await i18n.changeLanguage('en');
});

const message = (id: number, extra: Partial<Message> = {}): Message => ({
  id,
  conversationId: 1,
  direction: 'inbound',
  authorKind: 'customer',
  authorName: 'Anna',
  bodyText: `Nachricht ${id}`,
  bodyHtml: null,
  language: 'de',
  sentAt: 1_700_000_000_000 + id,
  status: 'received',
  attachments: [],
  ...extra,
});

function show(messages: Message[], translations: Record<number, string> = {}) {
  act(() =>
    useAssist.setState({
      translations: Object.fromEntries(Object.entries(translations).map(([id, text]) => [id, { text, from: 'de', to: 'en', engine: 'ai' as const, problem: null }])),
    }),
  );
  const detail: ConversationDetail = {
    conversation: { id: 1, accountId: 1, channel: 'amazon', marketplace: 'amazon.de', subject: 'Wo ist meine Bestellung?', customerId: null, customerName: 'Anna', status: 'open', priority: 'normal', language: 'de', unread: false, messageCount: messages.length, lastMessageAt: 1, preview: '', orderExternalId: null, assigneeId: null, tags: [] },
    messages,
    customer: null,
    orders: [],
    otherConversations: [],
  };
  act(() => useConsole.setState({ details: { 1: detail }, notes: { 1: [] }, canned: [], workspace: null }));
  return render(
    <I18nextProvider i18n={i18n}>
      <ConversationView id={1} />
    </I18nextProvider>,
  );
}

describe('reading a conversation', () => {
  it('collapses a long thread to the first and latest messages, and expands it', () => {
    show(Array.from({ length: 10 }, (_, i) => message(i + 1)));
    expect(screen.getAllByTestId('message')).toHaveLength(4);
    const expand = screen.getByTestId('thread-expand');
    expect(expand.textContent).toContain('6 older');
    fireEvent.click(expand);
    expect(screen.getAllByTestId('message')).toHaveLength(10);
  });

  it('shows the translation agent assist made, and toggles to the original', () => {
    show([message(1), message(2)], { 1: 'Where is my order?' });
    const bodies = () => screen.getAllByTestId('message-body').map((b) => b.textContent);
    expect(bodies()).toEqual(['Where is my order?', 'Nachricht 2']);
    fireEvent.click(screen.getByTestId('translation-toggle'));
    expect(bodies()).toEqual(['Nachricht 1', 'Nachricht 2']);
  });

  it('offers no toggle when nothing was translated, and shows the notes panel beside the thread', () => {
    show([message(1)]);
    expect(screen.queryByTestId('translation-toggle')).toBeNull();
    expect(screen.getByTestId('notes-panel')).toBeTruthy();
  });
});
