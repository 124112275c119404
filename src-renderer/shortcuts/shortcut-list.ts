/** Every shortcut with its translation key; the sheet and the README list the same set. */
export const SHORTCUTS: readonly { keys: string[]; label: string }[] = [
  { keys: ['j'], label: 'shortcuts.next' },
  { keys: ['k'], label: 'shortcuts.previous' },
  { keys: ['Enter'], label: 'shortcuts.open' },
  { keys: ['Esc'], label: 'shortcuts.back' },
  { keys: ['r'], label: 'shortcuts.reply' },
  { keys: ['/'], label: 'shortcuts.canned' },
  { keys: ['??'], label: 'assist.shortcuts.article' },
  { keys: ['Alt', 'Enter'], label: 'assist.shortcuts.best' },
  { keys: ['Alt', '1…8'], label: 'assist.shortcuts.nth' },
  { keys: ['$mod', 'Enter'], label: 'shortcuts.send' },
  { keys: ['e'], label: 'shortcuts.close_conversation' },
  { keys: ['g', 'i'], label: 'shortcuts.goInbox' },
  { keys: ['g', 'o'], label: 'shortcuts.goOutbox' },
  { keys: ['?'], label: 'shortcuts.help' },
];
