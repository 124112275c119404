// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import type { ApiResult, ApiTransport } from '../../src-shared/api/contract';
import type { ConversationSummary } from '../../src-shared/domain/types';
import { movesBetweenViews, PAGE_SIZE, summaryAt, useConsole } from '../../src-renderer/state/console-store';

const summary = (id: number): ConversationSummary => ({
  id,
  accountId: 1,
  channel: 'amazon',
  marketplace: 'amazon.de',
  subject: `S${id}`,
  customerId: 1,
  customerName: 'C',
  status: 'open',
  priority: 'normal',
  language: 'de',
  unread: false,
  messageCount: 1,
  lastMessageAt: id,
  preview: '',
  orderExternalId: null,
  assigneeId: null,
  tags: [],
});

let failNext = false;

// An in-memory core: 250 open conversations; records what the store asks for.
function fakeTransport() {
  const calls: { method: string; params: unknown }[] = [];
  let open = Array.from({ length: 250 }, (_, i) => summary(i + 1));
  const handlers: Record<string, (p: never) => unknown> = {
    'workspace.info': () => ({ name: 'W', isDemo: true, dataDir: '/d', conversationCount: 250, messageCount: 500, currentAgent: { id: 1, name: 'Li', email: null, role: 'admin', languages: [] }, accounts: [] }),
    'settings.get': () => ({ locale: 'en' }),
    'cannedReplies.list': () => [],
    'sync.status': () => [],
    'outbox.list': () => [],
    'inbox.query': (p: { offset: number; limit: number }) => ({ total: open.length, offset: p.offset, items: open.slice(p.offset, p.offset + p.limit), snippets: {}, errors: [], capped: false }),
    'inbox.counts': () => ({ views: { open: open.length }, saved: {} }),
    'inbox.facets': () => ({ channel: [], marketplace: [], language: [], intent: [], tag: [] }),
    'keymap.get': () => ({ bindings: {} }),
    'savedViews.list': () => [],
    'agents.list': () => [],
    'notes.list': () => [],
    'conversations.apply': (p: { ids: number[]; action: { kind: string } }) => {
      if (failNext) {
        failNext = false;
        throw new Error('disk full');
      }
      const before = p.ids.map((id) => open.find((c) => c.id === id) ?? summary(id));
      if (p.action.kind === 'close') open = open.filter((c) => !p.ids.includes(c.id));
      return {
        conversations: before.map((c) => ({ ...c, status: p.action.kind === 'close' ? 'closed' : c.status })),
        undo: before.map((c) => ({ id: c.id, status: c.status, snoozedUntil: null, assigneeId: null, priority: c.priority, tags: c.tags })),
      };
    },
    'conversations.restore': (p: { snapshots: { id: number }[] }) => {
      const back = p.snapshots.map((snap) => summary(snap.id));
      open = [...open, ...back].sort((a, b) => a.id - b.id);
      return back;
    },
    'conversation.get': (p: { id: number }) => ({ conversation: open.find((c) => c.id === p.id) ?? summary(p.id), messages: [], customer: null, orders: [], otherConversations: [] }),
    'conversation.setStatus': (p: { id: number }) => {
      open = open.filter((c) => c.id !== p.id);
      return { ...summary(p.id), status: 'closed' };
    },
    'reply.queue': (p: { conversationId: number; body: string }) => ({
      message: { id: 900, conversationId: p.conversationId, direction: 'outbound', authorKind: 'agent', authorName: 'Li', bodyText: p.body, bodyHtml: null, language: null, sentAt: 1, status: 'queued', attachments: [] },
      outboxItem: { id: 7, conversationId: p.conversationId, messageId: 900, accountId: 1, channel: 'amazon', subject: 'S', customerName: 'C', preview: p.body, status: 'queued', attempts: 0, lastError: null, createdAt: 1 },
      conversation: summary(p.conversationId),
    }),
  };
  const transport: ApiTransport = {
    async invoke(method, params) {
      calls.push({ method, params });
      const handler = handlers[method];
      if (!handler) return { ok: false, error: { code: 'unknown_method', message: method } } as ApiResult<never>;
      try {
        return { ok: true, value: handler(params as never) } as ApiResult<never>;
      } catch (error) {
        return { ok: false, error: { code: 'internal', message: (error as Error).message } } as ApiResult<never>;
      }
    },
    subscribe: () => () => {},
  };
  return { transport, calls, reorder: (f: (list: typeof open) => typeof open) => (open = f(open)) };
}

beforeEach(() => {
  useConsole.setState({ pages: {}, total: 0, selectedIndex: 0, openId: null, details: {}, outbox: [], spec: { base: 'open' }, screen: 'inbox', marked: [], leaving: {}, toasts: [] });
  failNext = false;
});

describe('console store', () => {
  it('loads the first page on start and fetches other pages only when asked', async () => {
    const { transport, calls } = fakeTransport();
    await useConsole.getState().start(transport);
    expect(useConsole.getState().total).toBe(250);
    expect(Object.keys(useConsole.getState().pages)).toEqual(['0']);
    useConsole.getState().select(PAGE_SIZE * 2 + 5);
    await new Promise((r) => setTimeout(r, 0));
    expect(calls.filter((c) => c.method === 'inbox.query').map((c) => (c.params as { offset: number }).offset)).toEqual([0, 200]);
    expect(summaryAt(useConsole.getState(), 205)?.id).toBe(206);
  });

  it('moves the selection within bounds and follows it while reading', async () => {
    const { transport } = fakeTransport();
    await useConsole.getState().start(transport);
    useConsole.getState().move(-1);
    expect(useConsole.getState().selectedIndex).toBe(0);
    await useConsole.getState().openSelected();
    useConsole.getState().move(1);
    await new Promise((r) => setTimeout(r, 0));
    expect(useConsole.getState()).toMatchObject({ selectedIndex: 1, openId: 2 });
  });

  it('keeps the cursor on its conversation when a live update reorders the list', async () => {
    const { transport, reorder } = fakeTransport();
    await useConsole.getState().start(transport);
    useConsole.getState().select(2); // conversation 3
    reorder((list) => [list[2]!, list[0]!, list[1]!, ...list.slice(3)]); // 3 is now first
    await useConsole.getState().refreshInbox();
    const s = useConsole.getState();
    expect(summaryAt(s, s.selectedIndex)?.id).toBe(3);
    // x then Shift+J marks exactly the conversation under the cursor and the next one.
    useConsole.getState().toggleMark();
    useConsole.getState().extendSelection(1);
    expect(useConsole.getState().marked).toHaveLength(2);
    expect(useConsole.getState().marked).toContain(3);
  });

  it('closing removes the conversation from the open view', async () => {
    const { transport } = fakeTransport();
    await useConsole.getState().start(transport);
    await useConsole.getState().closeSelected();
    expect(useConsole.getState().total).toBe(249);
    expect(summaryAt(useConsole.getState(), 0)?.id).toBe(2);
  });

  it('shows a queued reply in the thread and the outbox at once', async () => {
    const { transport } = fakeTransport();
    await useConsole.getState().start(transport);
    await useConsole.getState().openConversation(3);
    expect(await useConsole.getState().queueReply('On its way')).toBe(true);
    const state = useConsole.getState();
    expect(state.details[3]!.messages.map((m) => m.bodyText)).toEqual(['On its way']);
    expect(state.outbox.map((o) => o.id)).toEqual([7]);
  });

  it('bulk-closes the marked conversations, then undo brings them back', async () => {
    const { transport, calls } = fakeTransport();
    await useConsole.getState().start(transport);
    const s = useConsole.getState;
    s().toggleMark();
    s().extendSelection(1);
    s().extendSelection(1);
    expect(s().marked).toEqual([1, 2, 3]);
    expect(await s().act({ kind: 'close' })).toBe(true);
    expect(calls.find((c) => c.method === 'conversations.apply')?.params).toEqual({ ids: [1, 2, 3], action: { kind: 'close' } });
    expect(s().total).toBe(247);
    expect(s().marked).toEqual([]);
    expect(s().toasts.at(-1)).toMatchObject({ kind: 'undo' });
    await s().undo();
    expect(calls.some((c) => c.method === 'conversations.restore')).toBe(true);
    expect(s().total).toBe(250);
    expect(summaryAt(s(), 0)?.id).toBe(1);
  });

  it('shows a change before the core answers and rolls it back visibly when the core refuses', async () => {
    const { transport } = fakeTransport();
    await useConsole.getState().start(transport);
    const s = useConsole.getState;
    failNext = true;
    const pending = s().act({ kind: 'close' }, [1]);
    // Before the answer: the row already shows closed and leaving.
    expect(summaryAt(s(), 0)).toMatchObject({ id: 1, status: 'closed' });
    expect(s().leaving[1]).toBe(true);
    expect(await pending).toBe(false);
    expect(summaryAt(s(), 0)).toMatchObject({ id: 1, status: 'open' });
    expect(s().leaving[1]).toBeUndefined();
    expect(s().toasts.at(-1)).toMatchObject({ kind: 'error', text: expect.stringContaining('disk full') });
  });

  it('reloads the list only for changes that can move a conversation between views', () => {
    const before = summary(1);
    expect(movesBetweenViews(before, { ...before, unread: !before.unread })).toBe(false);
    expect(movesBetweenViews(before, { ...before, status: 'closed' })).toBe(true);
    expect(movesBetweenViews(before, { ...before, assigneeId: 3 })).toBe(true);
    expect(movesBetweenViews(before, { ...before, tags: ['vip'] })).toBe(true);
    expect(movesBetweenViews(before, { ...before, lastMessageAt: 99 })).toBe(true);
  });

  it('turns a failed request into an error toast, not an exception', async () => {
    const { transport } = fakeTransport();
    await useConsole.getState().start(transport);
    const failing: ApiTransport = { ...transport, invoke: async () => ({ ok: false, error: { code: 'not_found', message: 'Conversation 3 does not exist.' } }) };
    useConsole.setState({ transport: failing, openId: 3 });
    expect(await useConsole.getState().queueReply('x')).toBe(false);
    expect(useConsole.getState().toasts.at(-1)).toMatchObject({ kind: 'error', text: 'Conversation 3 does not exist.' });
  });
});
