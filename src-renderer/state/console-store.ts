// The console's state: the inbox as pages fetched on demand (so 100,000 conversations cost only what
// is on screen), the selection, the open conversation with a small cache of prepared details, the
// outbox, and toasts. Every server call goes through the api contract.
import { create } from 'zustand';
import type { ApiTransport, WorkspaceInfo } from '../../src-shared/api/contract';
import type { InboxView } from '../../src-shared/api/schemas';
import type { CannedReply, ConversationDetail, ConversationSummary, InboxSort, OutboxItem, SyncStatus, UiLocale } from '../../src-shared/domain/types';
import { call } from '../api/call';

export const PAGE_SIZE = 100;
const DETAIL_CACHE = 12;

export type Screen = 'inbox' | 'outbox' | 'rules';

export interface Toast {
  id: number;
  kind: 'info' | 'error';
  text: string;
}

export interface ConsoleState {
  transport: ApiTransport | null;
  workspace: WorkspaceInfo | null;
  locale: UiLocale;
  screen: Screen;
  view: InboxView;
  sort: InboxSort;
  total: number;
  pages: Record<number, ConversationSummary[]>;
  selectedIndex: number;
  openId: number | null;
  details: Record<number, ConversationDetail>;
  outbox: OutboxItem[];
  canned: CannedReply[];
  syncStatuses: SyncStatus[];
  sheetOpen: boolean;
  composerFocus: number;
  toasts: Toast[];
}

export interface ConsoleActions {
  start(transport: ApiTransport): Promise<void>;
  loadPage(page: number): Promise<void>;
  refreshInbox(): Promise<void>;
  setView(view: InboxView): Promise<void>;
  setSort(sort: InboxSort): Promise<void>;
  setScreen(screen: Screen): void;
  select(index: number): void;
  move(delta: number): void;
  openSelected(): Promise<void>;
  openConversation(id: number): Promise<void>;
  back(): void;
  closeSelected(): Promise<void>;
  queueReply(body: string, cannedReplyId?: number): Promise<boolean>;
  loadOutbox(): Promise<void>;
  setLocale(locale: UiLocale): Promise<void>;
  toggleSheet(open?: boolean): void;
  focusComposer(): void;
  toast(kind: Toast['kind'], text: string): void;
  dismissToast(id: number): void;
}

export type ConsoleStore = ConsoleState & ConsoleActions;

const loading = new Set<string>();
let toastId = 0;

export function summaryAt(state: Pick<ConsoleState, 'pages'>, index: number): ConversationSummary | undefined {
  return state.pages[Math.floor(index / PAGE_SIZE)]?.[index % PAGE_SIZE];
}

export const useConsole = create<ConsoleStore>((set, get) => {
  const api = () => {
    const transport = get().transport;
    if (!transport) throw new Error('not connected');
    return transport;
  };

  const fail = (error: unknown) => get().toast('error', error instanceof Error ? error.message : String(error));

  async function fetchDetail(id: number): Promise<ConversationDetail> {
    const cached = get().details[id];
    if (cached) return cached;
    const detail = await call(api(), 'conversation.get', { id });
    set((s) => {
      const details = { ...s.details, [id]: detail };
      const keys = Object.keys(details).map(Number);
      // Keep the cache small; the open conversation always stays.
      for (const key of keys.slice(0, Math.max(0, keys.length - DETAIL_CACHE))) if (key !== s.openId) delete details[key];
      return { details };
    });
    return detail;
  }

  function prefetchAround(index: number) {
    for (const i of [index, index + 1]) {
      const next = summaryAt(get(), i);
      if (next && !get().details[next.id]) fetchDetail(next.id).catch(() => {});
    }
  }

  function replaceSummary(summary: ConversationSummary) {
    set((s) => {
      const pages = { ...s.pages };
      for (const [key, items] of Object.entries(pages)) {
        const at = items.findIndex((c) => c.id === summary.id);
        if (at >= 0) pages[Number(key)] = items.map((c, i) => (i === at ? summary : c));
      }
      const detail = s.details[summary.id];
      return { pages, details: detail ? { ...s.details, [summary.id]: { ...detail, conversation: summary } } : s.details };
    });
  }

  let refreshTimer: ReturnType<typeof setTimeout> | null = null;
  function scheduleRefresh() {
    if (refreshTimer) return;
    refreshTimer = setTimeout(() => {
      refreshTimer = null;
      void get().refreshInbox();
    }, 150);
  }

  return {
    transport: null,
    workspace: null,
    locale: 'en',
    screen: 'inbox',
    view: 'open',
    sort: 'recent',
    total: 0,
    pages: {},
    selectedIndex: 0,
    openId: null,
    details: {},
    outbox: [],
    canned: [],
    syncStatuses: [],
    sheetOpen: false,
    composerFocus: 0,
    toasts: [],

    async start(transport) {
      set({ transport });
      const [workspace, settings, canned, syncStatuses, outbox] = await Promise.all([
        call(transport, 'workspace.info', {}),
        call(transport, 'settings.get', {}),
        call(transport, 'cannedReplies.list', {}),
        call(transport, 'sync.status', {}),
        call(transport, 'outbox.list', {}),
      ]);
      set({ workspace, locale: settings.locale, canned, syncStatuses, outbox });
      transport.subscribe('conversation.changed', ({ conversation }) => {
        replaceSummary(conversation);
        scheduleRefresh();
      });
      transport.subscribe('messages.new', ({ conversationIds }) => {
        set((s) => {
          const details = { ...s.details };
          for (const id of conversationIds) if (id !== s.openId) delete details[id];
          return { details };
        });
        scheduleRefresh();
      });
      transport.subscribe('outbox.changed', () => void get().loadOutbox());
      transport.subscribe('sync.status', ({ statuses }) => set({ syncStatuses: statuses }));
      transport.subscribe('settings.changed', ({ locale }) => set({ locale }));
      await get().loadPage(0);
      prefetchAround(0);
    },

    async loadPage(page) {
      const { view, sort } = get();
      const key = `${view}:${sort}:${page}`;
      if (loading.has(key)) return;
      loading.add(key);
      try {
        const result = await call(api(), 'inbox.list', { view, offset: page * PAGE_SIZE, limit: PAGE_SIZE, sort });
        if (get().view !== view || get().sort !== sort) return;
        set((s) => ({ total: result.total, pages: { ...s.pages, [page]: result.items } }));
      } catch (error) {
        fail(error);
      } finally {
        loading.delete(key);
      }
    },

    async refreshInbox() {
      const pages = Object.keys(get().pages).map(Number);
      await Promise.all((pages.length ? pages : [0]).map((p) => get().loadPage(p)));
      set((s) => ({ selectedIndex: Math.min(s.selectedIndex, Math.max(0, s.total - 1)) }));
    },

    async setView(view) {
      if (view === get().view && get().screen === 'inbox') return;
      set({ view, screen: 'inbox', pages: {}, total: 0, selectedIndex: 0, openId: null });
      await get().loadPage(0);
    },

    async setSort(sort) {
      if (sort === get().sort) return;
      set({ sort, pages: {}, selectedIndex: 0 });
      await get().loadPage(0);
    },

    setScreen(screen) {
      set({ screen, openId: screen === 'outbox' ? null : get().openId });
      if (screen === 'outbox') void get().loadOutbox();
    },

    select(index) {
      const { total } = get();
      const next = Math.max(0, Math.min(index, total - 1));
      set({ selectedIndex: next });
      if (!get().pages[Math.floor(next / PAGE_SIZE)]) void get().loadPage(Math.floor(next / PAGE_SIZE));
      prefetchAround(next);
    },

    move(delta) {
      const { selectedIndex, openId } = get();
      get().select(selectedIndex + delta);
      // Reading mode follows the selection, like a mail client's j/k.
      if (openId !== null && get().selectedIndex !== selectedIndex) void get().openSelected();
    },

    async openSelected() {
      const summary = summaryAt(get(), get().selectedIndex);
      if (summary) await get().openConversation(summary.id);
    },

    async openConversation(id) {
      set({ openId: id, screen: 'inbox' });
      try {
        const detail = await fetchDetail(id);
        if (detail.conversation.unread) {
          const summary = await call(api(), 'conversation.markRead', { id });
          replaceSummary(summary);
        }
      } catch (error) {
        fail(error);
      }
    },

    back() {
      if (get().sheetOpen) return set({ sheetOpen: false });
      if (get().openId !== null) return set({ openId: null });
      if (get().screen !== 'inbox') set({ screen: 'inbox' });
    },

    async closeSelected() {
      const target = get().openId ?? summaryAt(get(), get().selectedIndex)?.id;
      if (target === undefined) return;
      try {
        const summary = await call(api(), 'conversation.setStatus', { id: target, status: 'closed' });
        replaceSummary(summary);
        set({ openId: null });
        await get().refreshInbox();
      } catch (error) {
        fail(error);
      }
    },

    async queueReply(body, cannedReplyId) {
      const id = get().openId;
      if (id === null) return false;
      try {
        const queued = await call(api(), 'reply.queue', cannedReplyId === undefined ? { conversationId: id, body } : { conversationId: id, body, cannedReplyId });
        set((s) => {
          const detail = s.details[id];
          return {
            details: detail ? { ...s.details, [id]: { ...detail, conversation: queued.conversation, messages: [...detail.messages, queued.message] } } : s.details,
            outbox: [queued.outboxItem, ...s.outbox.filter((o) => o.id !== queued.outboxItem.id)],
          };
        });
        replaceSummary(queued.conversation);
        return true;
      } catch (error) {
        fail(error);
        return false;
      }
    },

    async loadOutbox() {
      try {
        set({ outbox: await call(api(), 'outbox.list', {}) });
      } catch (error) {
        fail(error);
      }
    },

    async setLocale(locale) {
      try {
        const settings = await call(api(), 'settings.setLocale', { locale });
        set({ locale: settings.locale });
      } catch (error) {
        fail(error);
      }
    },

    toggleSheet(open) {
      set((s) => ({ sheetOpen: open ?? !s.sheetOpen }));
    },

    focusComposer() {
      set((s) => ({ composerFocus: s.composerFocus + 1 }));
    },

    toast(kind, text) {
      const id = ++toastId;
      set((s) => ({ toasts: [...s.toasts.slice(-3), { id, kind, text }] }));
      setTimeout(() => get().dismissToast(id), kind === 'error' ? 8000 : 3000);
    },

    dismissToast(id) {
      set((s) => ({ toasts: s.toasts.filter((t) => t.id !== id) }));
    },
  };
});
