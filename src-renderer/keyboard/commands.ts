// Every command of the console in one list: what the keys run, what the palette offers (with each
// command's shortcut, so users learn it), and what the ? sheet shows.
import type { KeyActionId } from '../../src-shared/keyboard/key-bindings';
import { BASE_VIEWS, FACETS, type BaseView, type InboxFacets, type SavedView } from '../../src-shared/inbox/view-spec';
import { useAccounts } from '../accounts/accounts-store';
import { retryOpenConversationDeliveries } from '../accounts/DeliveryFailures';
import { summaryAt, useConsole } from '../state/console-store';

export interface Command {
  id: string;
  /** i18n key, or a ready label for data-driven commands (facet values, saved views). */
  label: string;
  translate: boolean;
  labelParams?: Record<string, unknown>;
  section: 'conversation' | 'navigation' | 'views' | 'app';
  /** The key action whose binding is shown beside it, if any. */
  keyAction?: KeyActionId;
  /** A saved view's own shortcut. */
  shortcut?: string | null;
  run: () => void;
}

const store = useConsole.getState;

const VIEW_ACTION: Record<BaseView, KeyActionId> = {
  open: 'view.open',
  mine: 'view.mine',
  unassigned: 'view.unassigned',
  sla: 'view.sla',
  snoozed: 'view.snoozed',
  closed: 'view.closed',
  all: 'view.all',
};

/** Opens the conversation under the cursor first when an action needs one on screen. */
function withOpen(run: () => void) {
  const s = store();
  if (s.screen !== 'inbox') return;
  if (s.openId === null && s.marked.length === 0) void s.openSelected().then(run);
  else run();
}

/** What each key action does. */
export const KEY_HANDLERS: Record<KeyActionId, () => void> = {
  'nav.next': () => store().move(1),
  'nav.previous': () => store().move(-1),
  'nav.extendNext': () => store().extendSelection(1),
  'nav.extendPrevious': () => store().extendSelection(-1),
  'nav.open': () => {
    if (store().screen === 'inbox') void store().openSelected();
  },
  'nav.back': () => store().back(),
  'conversation.reply': () => {
    const s = store();
    if (s.screen !== 'inbox') return;
    if (s.openId === null) void s.openSelected().then(() => store().focusComposer());
    else s.focusComposer();
  },
  'conversation.note': () => {
    const s = store();
    if (s.screen !== 'inbox') return;
    if (s.openId === null) void s.openSelected().then(() => store().focusNote());
    else s.focusNote();
  },
  'conversation.close': () => void store().act({ kind: 'close' }),
  'conversation.reopen': () => void store().act({ kind: 'reopen' }),
  'conversation.retryDelivery': () => retryOpenConversationDeliveries(),
  'conversation.snooze': () => store().openDialog({ kind: 'snooze' }),
  'conversation.assign': () => store().openDialog({ kind: 'assign' }),
  'conversation.assignMe': () => {
    const me = store().workspace?.currentAgent.id;
    if (me !== undefined) void store().act({ kind: 'assign', agentId: me });
  },
  'conversation.tag': () => store().openDialog({ kind: 'tag' }),
  'conversation.priority': () => store().openDialog({ kind: 'priority' }),
  'conversation.merge': () => withOpen(() => store().openDialog({ kind: 'merge' })),
  'conversation.cannedReply': () => store().openDialog({ kind: 'canned' }),
  'selection.toggle': () => store().toggleMark(),
  'selection.clear': () => store().clearMarks(),
  'app.search': () => store().focusSearch(),
  'app.palette': () => store().openDialog(store().dialog?.kind === 'palette' ? null : { kind: 'palette' }),
  'app.help': () => store().toggleSheet(),
  'app.undo': () => void store().undo(),
  'app.settings': () => store().setScreen('settings'),
  'app.saveView': () => store().openDialog({ kind: 'saveView' }),
  'app.accounts': () => useAccounts.getState().setOpen(true),
  'app.rules': () => store().setScreen('rules'),
  'view.open': () => void store().setView('open'),
  'view.mine': () => void store().setView('mine'),
  'view.unassigned': () => void store().setView('unassigned'),
  'view.sla': () => void store().setView('sla'),
  'view.snoozed': () => void store().setView('snoozed'),
  'view.closed': () => void store().setView('closed'),
  'view.all': () => void store().setView('all'),
  'view.outbox': () => store().setScreen('outbox'),
  // Handled by the composer itself (it owns the draft); listed so they can be remapped and shown.
  'composer.send': () => {},
  'composer.sendClose': () => {},
};

const CONVERSATION_ACTIONS: KeyActionId[] = [
  'conversation.reply',
  'conversation.note',
  'conversation.close',
  'conversation.reopen',
  'conversation.snooze',
  'conversation.assign',
  'conversation.assignMe',
  'conversation.tag',
  'conversation.priority',
  'conversation.merge',
  'conversation.cannedReply',
  'conversation.retryDelivery',
  'selection.toggle',
  'selection.clear',
];
const NAV_ACTIONS: KeyActionId[] = ['nav.next', 'nav.previous', 'nav.extendNext', 'nav.extendPrevious', 'nav.open', 'nav.back'];
const APP_ACTIONS: KeyActionId[] = ['app.search', 'app.undo', 'app.help', 'app.settings', 'app.saveView', 'app.accounts', 'app.rules', 'view.outbox'];

export function buildCommands(facets: InboxFacets | null, savedViews: readonly SavedView[]): Command[] {
  const commands: Command[] = [];
  const key = (id: KeyActionId, section: Command['section']): Command => ({ id, label: `actions.${id}`, translate: true, section, keyAction: id, run: KEY_HANDLERS[id] });
  for (const id of CONVERSATION_ACTIONS) commands.push(key(id, 'conversation'));
  for (const id of NAV_ACTIONS) commands.push(key(id, 'navigation'));
  for (const base of BASE_VIEWS) commands.push({ ...key(VIEW_ACTION[base], 'views'), label: `views.${base}` });
  for (const view of savedViews) {
    commands.push({ id: `saved:${view.id}`, label: view.name, translate: false, section: 'views', shortcut: view.shortcut, run: () => void store().setView(view.spec) });
  }
  if (facets) {
    for (const facet of FACETS) {
      for (const { value } of facets[facet].slice(0, 30)) {
        commands.push({
          id: `facet:${facet}:${value}`,
          label: `facets.${facet}`,
          translate: true,
          labelParams: { value },
          section: 'views',
          run: () => void store().setView({ base: 'open', [facet]: value }),
        });
      }
    }
  }
  for (const id of APP_ACTIONS) commands.push(key(id, 'app'));
  commands.push({
    id: 'app.locale',
    label: 'palette.switchLanguage',
    translate: true,
    section: 'app',
    run: () => void store().setLocale(store().locale === 'en' ? 'zh-CN' : 'en'),
  });
  return commands;
}

/** The conversation the palette's actions would act on, for its header. */
export function focusedSubject(): string | null {
  const s = store();
  if (s.marked.length) return null;
  const id = s.openId ?? summaryAt(s, s.selectedIndex)?.id;
  if (id === undefined) return null;
  return s.details[id]?.conversation.subject ?? summaryAt(s, s.selectedIndex)?.subject ?? null;
}
