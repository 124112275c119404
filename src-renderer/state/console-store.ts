// The console's state: the inbox as pages of the current view fetched on demand (so 100,000
// conversations cost only what is on screen), the cursor and the marked selection, the open
// conversation with a small cache of prepared details (the next one is fetched before it is opened),
// live counts, saved views, the keymap, dialogs, the outbox, toasts and the undo stack.
// Every change is shown at once (optimistic) and rolled back visibly if the core refuses it.
import { create } from 'zustand';
import type { ApiTransport, WorkspaceInfo } from '../../src-shared/api/contract';
import type { Agent, CannedReply, ConversationDetail, ConversationSummary, InboxSort, OutboxItem, SyncStatus, UiLocale } from '../../src-shared/domain/types';
import {
  viewKey,
  type BaseView,
  type ConversationAction,
  type ConversationNote,
  type InboxCounts,
  type InboxFacets,
  type SavedView,
  type ViewSpec,
} from '../../src-shared/inbox/view-spec';
import { renderTemplate } from '../../src-shared/templates/render-template';
import { call } from '../api/call';
import type { PlatformRuleId } from '../../src-shared/assist/platform-rules/types';
import { i18nT } from '../i18n/translate';
import { applyLocally, stillInView } from './optimistic';
import { UndoStack, UNDO_WINDOW_MS } from './undo-stack';

export const PAGE_SIZE = 100;
const DETAIL_CACHE = 12;

export type Screen = 'inbox' | 'outbox' | 'settings' | 'rules';

export type Dialog =
  | { kind: 'palette' }
  | { kind: 'snooze' }
  | { kind: 'tag' }
  | { kind: 'assign' }
  | { kind: 'priority' }
  | { kind: 'merge' }
  | { kind: 'canned' }
  | { kind: 'saveView' };

export interface Toast {
  id: number;
  kind: 'info' | 'error' | 'undo';
  text: string;
  /** For undo toasts: the undo entry this toast offers. */
  undoId?: number;
}

export interface ConsoleState {
  transport: ApiTransport | null;
  workspace: WorkspaceInfo | null;
  locale: UiLocale;
  screen: Screen;
  spec: ViewSpec;
  total: number;
  pages: Record<number, ConversationSummary[]>;
  snippets: Record<number, string>;
  searchErrors: { token: string; message: string }[];
  selectedIndex: number;
  /** Conversations marked with x / Shift+j/k; actions apply to these when there are any. */
  marked: number[];
  /** Rows changed by an action that no longer belong in this view, shown leaving until the list reloads. */
  leaving: Record<number, true>;
  openId: number | null;
  details: Record<number, ConversationDetail>;
  notes: Record<number, ConversationNote[]>;
  counts: InboxCounts | null;
  facets: InboxFacets | null;
  savedViews: SavedView[];
  agents: Agent[];
  keymap: Record<string, string[]>;
  outbox: OutboxItem[];
  canned: CannedReply[];
  syncStatuses: SyncStatus[];
  sheetOpen: boolean;
  dialog: Dialog | null;
  composerFocus: number;
  noteFocus: number;
  searchFocus: number;
  toasts: Toast[];
}

export interface ConsoleActions {
  start(transport: ApiTransport): Promise<void>;
  loadPage(page: number): Promise<void>;
  refreshInbox(): Promise<void>;
  refreshCounts(): Promise<void>;
  setView(view: BaseView | ViewSpec): Promise<void>;
  /** Orders the current view (and the next ones) by newest activity, SLA time left or priority. */
  setSort(sort: InboxSort): Promise<void>;
  search(query: string): Promise<void>;
  setScreen(screen: Screen): void;
  select(index: number): void;
  move(delta: number): void;
  extendSelection(delta: number): void;
  toggleMark(): void;
  clearMarks(): void;
  openSelected(): Promise<void>;
  openConversation(id: number): Promise<void>;
  back(): void;
  /** The conversations an action applies to: the marked ones, else the open one, else the one under the cursor. */
  targets(): number[];
  act(action: ConversationAction, ids?: number[]): Promise<boolean>;
  closeSelected(): Promise<void>;
  undo(id?: number): Promise<void>;
  /** `override` sends despite platform-rule violations, naming each rule (the core logs it). */
  queueReply(
    body: string,
    cannedReplyId?: number,
    options?: { close?: boolean; override?: { rules: PlatformRuleId[]; reason: string } },
  ): Promise<boolean>;
  replyWithCanned(replyId: number): Promise<void>;
  addNote(body: string): Promise<boolean>;
  loadNotes(conversationId: number): Promise<void>;
  mergeConversations(targetId: number, sourceId: number): Promise<boolean>;
  mergeCustomers(targetId: number, sourceId: number): Promise<boolean>;
  saveView(name: string, shortcut: string | null): Promise<boolean>;
  setKeymap(bindings: Record<string, string[]>): Promise<boolean>;
  loadOutbox(): Promise<void>;
  setLocale(locale: UiLocale): Promise<void>;
  toggleSheet(open?: boolean): void;
  openDialog(dialog: Dialog | null): void;
  focusComposer(): void;
  focusNote(): void;
  focusSearch(): void;
  toast(kind: Toast['kind'], text: string, undoId?: number): void;
  dismissToast(id: number): void;
}

export type ConsoleStore = ConsoleState & ConsoleActions;

const loading = new Set<string>();
let toastId = 0;
let idleTimer: ReturnType<typeof setInterval> | null = null;
export const undoStack = new UndoStack();

export function summaryAt(state: Pick<ConsoleState, 'pages'>, index: number): ConversationSummary | undefined {
  return state.pages[Math.floor(index / PAGE_SIZE)]?.[index % PAGE_SIZE];
}

/** Where a conversation is in the loaded pages, or -1. */
function indexOfConversation(state: Pick<ConsoleState, 'pages'>, id: number): number {
  for (const [page, items] of Object.entries(state.pages)) {
    const i = items.findIndex((c) => c.id === id);
    if (i >= 0) return Number(page) * PAGE_SIZE + i;
  }
  return -1;
}

function findSummary(state: Pick<ConsoleState, 'pages' | 'details'>, id: number): ConversationSummary | undefined {
  for (const items of Object.values(state.pages)) {
    const hit = items.find((c) => c.id === id);
    if (hit) return hit;
  }
  return state.details[id]?.conversation;
}

/** Whether a change can move a conversation into or out of a view (or change a count). */
export function movesBetweenViews(before: ConversationSummary, after: ConversationSummary): boolean {
  return (
    before.status !== after.status ||
    before.assigneeId !== after.assigneeId ||
    before.priority !== after.priority ||
    before.lastMessageAt !== after.lastMessageAt ||
    before.tags.join('\u0000') !== after.tags.join('\u0000')
  );
}

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

export const useConsole = create<ConsoleStore>((set, get) => {
  const api = () => {
    const transport = get().transport;
    if (!transport) throw new Error('not connected');
    return transport;
  };

  const fail = (error: unknown) => get().toast('error', message(error));

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

  // The conversation under the cursor and the next one are prepared before they are opened.
  function prefetchAround(index: number) {
    for (const i of [index, index + 1]) {
      const next = summaryAt(get(), i);
      if (next && !get().details[next.id]) fetchDetail(next.id).catch(() => {});
    }
  }

  function replaceSummaries(summaries: readonly ConversationSummary[]) {
    if (summaries.length === 0) return;
    const byId = new Map(summaries.map((s) => [s.id, s]));
    set((s) => {
      const pages: ConsoleState['pages'] = {};
      for (const [key, items] of Object.entries(s.pages)) pages[Number(key)] = items.some((c) => byId.has(c.id)) ? items.map((c) => byId.get(c.id) ?? c) : items;
      let details = s.details;
      for (const summary of summaries) {
        const detail = details[summary.id];
        if (detail) details = { ...details, [summary.id]: { ...detail, conversation: summary } };
      }
      return { pages, details };
    });
  }

  let refreshTimer: ReturnType<typeof setTimeout> | null = null;
  function scheduleRefresh() {
    if (refreshTimer) return;
    refreshTimer = setTimeout(() => {
      refreshTimer = null;
      void get().refreshInbox();
      void get().refreshCounts();
    }, 150);
  }

  function pushUndo(label: string, undo: () => Promise<void>) {
    const entry = undoStack.push(label, undo);
    get().toast('undo', label, entry.id);
  }

  const selfId = () => get().workspace?.currentAgent.id ?? null;

  return {
    transport: null,
    workspace: null,
    locale: 'en',
    screen: 'inbox',
    spec: { base: 'open' },
    total: 0,
    pages: {},
    snippets: {},
    searchErrors: [],
    selectedIndex: 0,
    marked: [],
    leaving: {},
    openId: null,
    details: {},
    notes: {},
    counts: null,
    facets: null,
    savedViews: [],
    agents: [],
    keymap: {},
    outbox: [],
    canned: [],
    syncStatuses: [],
    sheetOpen: false,
    dialog: null,
    composerFocus: 0,
    noteFocus: 0,
    searchFocus: 0,
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
        const before = findSummary(get(), conversation.id);
        replaceSummaries([conversation]);
        // Reading a conversation changes only its unread mark: nothing moves between views, so the
        // list and the counts need no reload (which would compete with the next key press).
        if (!before || movesBetweenViews(before, conversation)) scheduleRefresh();
      });
      transport.subscribe('messages.new', ({ conversationIds }) => {
        set((s) => {
          const details = { ...s.details };
          for (const id of conversationIds) if (id !== s.openId) delete details[id];
          return { details };
        });
        scheduleRefresh();
      });
      transport.subscribe('inbox.changed', () => scheduleRefresh());
      transport.subscribe('outbox.changed', () => void get().loadOutbox());
      transport.subscribe('sync.status', ({ statuses }) => set({ syncStatuses: statuses }));
      transport.subscribe('settings.changed', ({ locale }) => set({ locale }));
      await get().loadPage(0);
      prefetchAround(0);
      // Counts are also asked for once a minute while idle: that is when snoozed conversations whose
      // time has come are woken (the core then pushes their changes like any other).
      if (idleTimer) clearInterval(idleTimer);
      idleTimer = setInterval(() => void get().refreshCounts(), 60_000);
      // Secondary data: the inbox is usable before these arrive.
      void (async () => {
        try {
          const [keymap, savedViews, agents] = await Promise.all([
            call(transport, 'keymap.get', {}),
            call(transport, 'savedViews.list', {}),
            call(transport, 'agents.list', {}),
          ]);
          set({ keymap: keymap.bindings, savedViews, agents });
          await get().refreshCounts();
          set({ facets: await call(transport, 'inbox.facets', {}) });
        } catch (error) {
          fail(error);
        }
      })();
    },

    async loadPage(page) {
      const { spec } = get();
      const key = `${viewKey(spec)}:${page}`;
      if (loading.has(key)) return;
      loading.add(key);
      try {
        const result = await call(api(), 'inbox.query', { spec, offset: page * PAGE_SIZE, limit: PAGE_SIZE });
        if (viewKey(get().spec) !== viewKey(spec)) return;
        set((s) => ({
          total: result.total,
          pages: { ...s.pages, [page]: result.items },
          snippets: page === 0 ? result.snippets : { ...s.snippets, ...result.snippets },
          searchErrors: result.errors,
        }));
      } catch (error) {
        fail(error);
      } finally {
        loading.delete(key);
      }
    },

    async refreshInbox() {
      // Live updates reorder the list; the cursor stays on the conversation it was on while that is
      // still in the view, so the next key acts on what the agent sees under the cursor.
      const under = summaryAt(get(), get().selectedIndex)?.id;
      const pages = Object.keys(get().pages).map(Number);
      await Promise.all((pages.length ? pages : [0]).map((p) => get().loadPage(p)));
      set((s) => {
        const moved = under === undefined ? -1 : indexOfConversation(s, under);
        return { leaving: {}, selectedIndex: moved >= 0 ? moved : Math.min(s.selectedIndex, Math.max(0, s.total - 1)) };
      });
    },

    async refreshCounts() {
      try {
        set({ counts: await call(api(), 'inbox.counts', {}) });
      } catch {
        // Counts are a convenience; the next event tries again.
      }
    },

    async setView(view) {
      const sort = get().spec.sort;
      const spec: ViewSpec = typeof view === 'string' ? { base: view, ...(sort ? { sort } : {}) } : view;
      if (viewKey(spec) === viewKey(get().spec) && get().screen === 'inbox') return;
      set({ spec, screen: 'inbox', pages: {}, snippets: {}, searchErrors: [], total: 0, selectedIndex: 0, openId: null, marked: [], leaving: {} });
      await get().loadPage(0);
      prefetchAround(0);
    },

    async search(query) {
      const text = query.trim();
      if (!text) {
        if (get().spec.query) await get().setView({ base: 'open' });
        return;
      }
      await get().setView({ base: 'all', query: text });
    },

    async setSort(sort) {
      if (sort === (get().spec.sort ?? 'recent')) return;
      await get().setView({ ...get().spec, sort });
    },

    setScreen(screen) {
      set({ screen, openId: screen === 'inbox' ? get().openId : null });
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

    extendSelection(delta) {
      const { selectedIndex } = get();
      const here = summaryAt(get(), selectedIndex);
      get().select(selectedIndex + delta);
      const there = summaryAt(get(), get().selectedIndex);
      set((s) => {
        const marked = new Set(s.marked);
        if (here) marked.add(here.id);
        if (there) marked.add(there.id);
        return { marked: [...marked] };
      });
    },

    toggleMark() {
      const summary = summaryAt(get(), get().selectedIndex);
      if (!summary) return;
      set((s) => ({ marked: s.marked.includes(summary.id) ? s.marked.filter((id) => id !== summary.id) : [...s.marked, summary.id] }));
    },

    clearMarks() {
      set({ marked: [] });
    },

    async openSelected() {
      const summary = summaryAt(get(), get().selectedIndex);
      if (summary) await get().openConversation(summary.id);
    },

    async openConversation(id) {
      set({ openId: id, screen: 'inbox' });
      try {
        const detail = await fetchDetail(id);
        void get().loadNotes(id);
        if (detail.conversation.unread) {
          const summary = await call(api(), 'conversation.markRead', { id });
          replaceSummaries([summary]);
        }
      } catch (error) {
        fail(error);
      }
    },

    back() {
      const s = get();
      if (s.dialog) return set({ dialog: null });
      if (s.sheetOpen) return set({ sheetOpen: false });
      if (s.openId !== null) return set({ openId: null });
      if (s.marked.length) return set({ marked: [] });
      if (s.screen !== 'inbox') return set({ screen: 'inbox' });
      if (s.spec.query) void get().setView({ base: 'open' });
    },

    targets() {
      const s = get();
      if (s.marked.length) return [...s.marked];
      if (s.openId !== null) return [s.openId];
      const summary = summaryAt(s, s.selectedIndex);
      return summary ? [summary.id] : [];
    },

    async act(action, ids = get().targets()) {
      if (ids.length === 0) return false;
      const before = ids.map((id) => findSummary(get(), id)).filter((s): s is ConversationSummary => Boolean(s));
      const after = before.map((s) => applyLocally(s, action));
      const leaving = Object.fromEntries(after.filter((s) => !stillInView(s, get().spec, selfId())).map((s) => [s.id, true as const]));
      const wasOpen = get().openId;
      // On screen at once: rows change, rows that leave the view are shown leaving, marks clear,
      // and a conversation being read moves on to the next one.
      replaceSummaries(after);
      set((s) => ({ leaving: { ...s.leaving, ...leaving }, marked: [] }));
      const closingOpen = wasOpen !== null && leaving[wasOpen];
      try {
        const result = await call(api(), 'conversations.apply', { ids, action });
        replaceSummaries(result.conversations);
        const label = i18nT(`undo.${action.kind}`, { count: ids.length });
        pushUndo(label, async () => {
          const restored = await call(api(), 'conversations.restore', { snapshots: result.undo });
          replaceSummaries(restored);
          await get().refreshInbox();
        });
        await get().refreshInbox();
        void get().refreshCounts();
        if (closingOpen) {
          const next = summaryAt(get(), get().selectedIndex);
          if (next) void get().openConversation(next.id);
          else set({ openId: null });
        }
        return true;
      } catch (error) {
        // Visible rollback: the rows come back as they were, with the reason.
        replaceSummaries(before);
        set((s) => {
          const rest = { ...s.leaving };
          for (const id of ids) delete rest[id];
          return { leaving: rest, marked: ids.length > 1 ? ids : s.marked };
        });
        get().toast('error', i18nT('undo.failed', { message: message(error) }));
        return false;
      }
    },

    async closeSelected() {
      await get().act({ kind: 'close' });
    },

    async undo(id) {
      try {
        const entry = await undoStack.undoLatest(id);
        if (!entry) {
          get().toast('info', i18nT('undo.nothing'));
          return;
        }
        set((s) => ({ toasts: s.toasts.filter((t) => t.undoId !== entry.id) }));
        get().toast('info', i18nT('undo.done', { label: entry.label }));
        void get().refreshCounts();
      } catch (error) {
        get().toast('error', i18nT('undo.failed', { message: message(error) }));
      }
    },

    async queueReply(body, cannedReplyId, options = {}) {
      const { override } = options;
      const id = get().openId;
      if (id === null) return false;
      try {
        const queued = await call(api(), 'reply.queue', {
          conversationId: id,
          body,
          ...(cannedReplyId === undefined ? {} : { cannedReplyId }),
          ...(override ? { override } : {}),
        });
        set((s) => {
          const detail = s.details[id];
          return {
            details: detail ? { ...s.details, [id]: { ...detail, conversation: queued.conversation, messages: [...detail.messages, queued.message] } } : s.details,
            outbox: [queued.outboxItem, ...s.outbox.filter((o) => o.id !== queued.outboxItem.id)],
          };
        });
        replaceSummaries([queued.conversation]);
        const takeBack = async () => {
          await call(api(), 'replies.cancel', { messageIds: [queued.message.id] });
          set((s) => {
            const detail = s.details[id];
            return detail ? { details: { ...s.details, [id]: { ...detail, messages: detail.messages.filter((m) => m.id !== queued.message.id) } } } : {};
          });
          await get().loadOutbox();
        };
        if (options.close) {
          const closed = await call(api(), 'conversations.apply', { ids: [id], action: { kind: 'close' } });
          pushUndo(i18nT('undo.sendClose'), async () => {
            await call(api(), 'conversations.restore', { snapshots: closed.undo });
            await takeBack();
            await get().refreshInbox();
          });
          set({ openId: null });
          await get().refreshInbox();
          const next = summaryAt(get(), get().selectedIndex);
          if (next) void get().openConversation(next.id);
        } else {
          pushUndo(i18nT('undo.send'), takeBack);
        }
        return true;
      } catch (error) {
        fail(error);
        return false;
      }
    },

    async replyWithCanned(replyId) {
      const reply = get().canned.find((c) => c.id === replyId);
      const ids = get().targets();
      if (!reply || ids.length === 0) return;
      set({ marked: [] }); // the targets are taken; the selection is done with
      const queuedIds: number[] = [];
      const skipped: number[] = [];
      try {
        for (const id of ids) {
          const detail = await fetchDetail(id);
          const variant = get().canned.find((c) => c.name === reply.name && c.language === detail.conversation.language) ?? reply;
          const order = detail.orders.find((o) => o.externalId === detail.conversation.orderExternalId) ?? null;
          const rendered = renderTemplate(variant.body, { customer: detail.customer, order, agent: get().workspace?.currentAgent ?? null, language: detail.conversation.language });
          // A reply with an unfilled variable is not sent blind: the agent writes that one by hand.
          if (rendered.missing.length) {
            skipped.push(id);
            continue;
          }
          const queued = await call(api(), 'reply.queue', { conversationId: id, body: rendered.text, cannedReplyId: variant.id });
          queuedIds.push(queued.message.id);
          set((s) => {
            const d = s.details[id];
            return d ? { details: { ...s.details, [id]: { ...d, conversation: queued.conversation, messages: [...d.messages, queued.message] } } } : {};
          });
        }
      } catch (error) {
        fail(error);
      }
      if (queuedIds.length) {
        pushUndo(i18nT('undo.canned', { count: queuedIds.length }), async () => {
          await call(api(), 'replies.cancel', { messageIds: queuedIds });
          set((s) => {
            const details = { ...s.details };
            for (const [key, d] of Object.entries(details)) details[Number(key)] = { ...d, messages: d.messages.filter((m) => !queuedIds.includes(m.id)) };
            return { details };
          });
          await get().loadOutbox();
        });
      }
      if (skipped.length) get().toast('error', i18nT('bulk.skipped', { count: skipped.length }));
      await get().loadOutbox();
      await get().refreshInbox();
    },

    async loadNotes(conversationId) {
      try {
        const notes = await call(api(), 'notes.list', { conversationId });
        set((s) => ({ notes: { ...s.notes, [conversationId]: notes } }));
      } catch (error) {
        fail(error);
      }
    },

    async addNote(body) {
      const conversationId = get().openId;
      if (conversationId === null) return false;
      try {
        const note = await call(api(), 'notes.add', { conversationId, body });
        set((s) => ({ notes: { ...s.notes, [conversationId]: [...(s.notes[conversationId] ?? []), note] } }));
        pushUndo(i18nT('undo.note'), async () => {
          await call(api(), 'notes.delete', { id: note.id });
          set((s) => ({ notes: { ...s.notes, [conversationId]: (s.notes[conversationId] ?? []).filter((n) => n.id !== note.id) } }));
        });
        return true;
      } catch (error) {
        fail(error);
        return false;
      }
    },

    async mergeConversations(targetId, sourceId) {
      try {
        const result = await call(api(), 'conversations.merge', { targetId, sourceId });
        set((s) => {
          const details = { ...s.details };
          delete details[targetId];
          delete details[sourceId];
          return { details, marked: [] };
        });
        pushUndo(i18nT('undo.mergeConversations'), async () => {
          await call(api(), 'merges.undo', { mergeId: result.mergeId });
          set((s) => {
            const details = { ...s.details };
            delete details[targetId];
            delete details[sourceId];
            return { details };
          });
          await get().refreshInbox();
          if (get().openId !== null) void get().openConversation(get().openId!);
        });
        await get().refreshInbox();
        await get().openConversation(targetId);
        return true;
      } catch (error) {
        fail(error);
        return false;
      }
    },

    async mergeCustomers(targetId, sourceId) {
      try {
        const result = await call(api(), 'customers.merge', { targetId, sourceId });
        const reopen = async () => {
          set({ details: {} });
          await get().refreshInbox();
          const open = get().openId;
          if (open !== null) await get().openConversation(open);
        };
        pushUndo(i18nT('undo.mergeCustomers'), async () => {
          await call(api(), 'merges.undo', { mergeId: result.mergeId });
          await reopen();
        });
        await reopen();
        return true;
      } catch (error) {
        fail(error);
        return false;
      }
    },

    async saveView(name, shortcut) {
      try {
        const view = await call(api(), 'savedViews.save', { name, spec: get().spec, shortcut });
        set((s) => ({ savedViews: [...s.savedViews.filter((v) => v.id !== view.id), view] }));
        pushUndo(i18nT('undo.saveView', { name }), async () => {
          await call(api(), 'savedViews.delete', { id: view.id });
          set((s) => ({ savedViews: s.savedViews.filter((v) => v.id !== view.id) }));
        });
        void get().refreshCounts();
        return true;
      } catch (error) {
        fail(error);
        return false;
      }
    },

    async setKeymap(bindings) {
      const previous = get().keymap;
      set({ keymap: bindings });
      try {
        await call(api(), 'keymap.set', { bindings });
        undoStack.push(i18nT('undo.keymap'), async () => {
          await call(api(), 'keymap.set', { bindings: previous });
          set({ keymap: previous });
        });
        return true;
      } catch (error) {
        set({ keymap: previous });
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

    openDialog(dialog) {
      set({ dialog });
    },

    focusComposer() {
      set((s) => ({ composerFocus: s.composerFocus + 1 }));
    },

    focusNote() {
      set((s) => ({ noteFocus: s.noteFocus + 1 }));
    },

    focusSearch() {
      set((s) => ({ searchFocus: s.searchFocus + 1 }));
    },

    toast(kind, text, undoId) {
      const id = ++toastId;
      set((s) => ({ toasts: [...s.toasts.slice(-3), undoId === undefined ? { id, kind, text } : { id, kind, text, undoId }] }));
      setTimeout(() => get().dismissToast(id), kind === 'undo' ? UNDO_WINDOW_MS : kind === 'error' ? 8000 : 3000);
    },

    dismissToast(id) {
      set((s) => ({ toasts: s.toasts.filter((t) => t.id !== id) }));
    },
  };
});
