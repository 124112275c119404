// Every shortcut with its translation key, in the order the ? sheet shows them: the key actions of
// src-shared/keyboard/key-bindings.ts (the user's remapping applies), grouped by what they act on.
import { KEY_ACTIONS, type KeyActionId } from '../../src-shared/keyboard/key-bindings';

export const SHORTCUT_GROUPS: readonly { title: string; actions: KeyActionId[] }[] = [
  { title: 'shortcuts.groupNavigation', actions: KEY_ACTIONS.filter((a) => a.id.startsWith('nav.')).map((a) => a.id) },
  { title: 'shortcuts.groupConversation', actions: KEY_ACTIONS.filter((a) => a.id.startsWith('conversation.') || a.id.startsWith('selection.') || a.id.startsWith('composer.')).map((a) => a.id) },
  { title: 'shortcuts.groupViews', actions: KEY_ACTIONS.filter((a) => a.id.startsWith('view.')).map((a) => a.id) },
  { title: 'shortcuts.groupApp', actions: KEY_ACTIONS.filter((a) => a.id.startsWith('app.')).map((a) => a.id) },
];

/** Kept for the README and older callers: every action with its default keys and label key. */
export const SHORTCUTS: readonly { keys: string[]; label: string }[] = KEY_ACTIONS.map((a) => ({ keys: [...a.keys], label: `actions.${a.id}` }));

/** Keys that live in the composer's draft (not remappable): knowledge-base and suggestion inserts. */
export const COMPOSER_KEYS: readonly { keys: string[]; label: string }[] = [
  { keys: ['/'], label: 'assist.shortcuts.canned' },
  { keys: ['??'], label: 'assist.shortcuts.article' },
  { keys: ['Alt', 'Enter'], label: 'assist.shortcuts.best' },
  { keys: ['Alt', '1…8'], label: 'assist.shortcuts.nth' },
];
