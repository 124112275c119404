// Every keyboard action of the console with its default keys, the user's remapping on top, and the
// checks that keep a keymap usable: no sequence bound twice, and no sequence that is the start of
// another ("g" alone would swallow "g i"). Pure TS: the renderer dispatches with it, the core
// refuses a conflicting keymap with it.
//
// Syntax: a sequence is up to three chords separated by spaces ("g i"); a chord is modifiers and a
// key joined by "+" ("$mod+Shift+Enter"). $mod is Cmd on macOS and Ctrl elsewhere.

/** Where an action listens: list keys are ignored while typing, composer keys only work there, global keys work everywhere. */
export type KeyScope = 'list' | 'composer' | 'global';

export interface KeyAction {
  id: string;
  keys: string[];
  scope: KeyScope;
}

export const KEY_ACTIONS = [
  { id: 'nav.next', keys: ['j'], scope: 'list' },
  { id: 'nav.previous', keys: ['k'], scope: 'list' },
  { id: 'nav.extendNext', keys: ['Shift+j'], scope: 'list' },
  { id: 'nav.extendPrevious', keys: ['Shift+k'], scope: 'list' },
  { id: 'nav.open', keys: ['Enter'], scope: 'list' },
  { id: 'nav.back', keys: ['Escape'], scope: 'list' },
  { id: 'conversation.reply', keys: ['r'], scope: 'list' },
  { id: 'conversation.note', keys: ['n'], scope: 'list' },
  { id: 'conversation.close', keys: ['e'], scope: 'list' },
  { id: 'conversation.snooze', keys: ['h'], scope: 'list' },
  { id: 'conversation.assign', keys: ['a'], scope: 'list' },
  { id: 'conversation.assignMe', keys: ['i'], scope: 'list' },
  { id: 'conversation.tag', keys: ['t'], scope: 'list' },
  { id: 'conversation.priority', keys: ['p'], scope: 'list' },
  { id: 'conversation.merge', keys: ['m'], scope: 'list' },
  { id: 'conversation.cannedReply', keys: ['c'], scope: 'list' },
  { id: 'conversation.reopen', keys: ['Shift+e'], scope: 'list' },
  { id: 'conversation.retryDelivery', keys: ['Shift+r'], scope: 'list' },
  { id: 'selection.toggle', keys: ['x'], scope: 'list' },
  { id: 'selection.clear', keys: ['Shift+x'], scope: 'list' },
  { id: 'app.search', keys: ['/'], scope: 'list' },
  { id: 'app.palette', keys: ['$mod+k'], scope: 'global' },
  { id: 'app.help', keys: ['?'], scope: 'list' },
  { id: 'app.undo', keys: ['z'], scope: 'list' },
  { id: 'app.settings', keys: ['g ,'], scope: 'list' },
  { id: 'app.saveView', keys: ['Shift+s'], scope: 'list' },
  { id: 'app.accounts', keys: ['g a'], scope: 'list' },
  { id: 'app.rules', keys: ['g r'], scope: 'list' },
  { id: 'view.open', keys: ['g i'], scope: 'list' },
  { id: 'view.mine', keys: ['g m'], scope: 'list' },
  { id: 'view.unassigned', keys: ['g u'], scope: 'list' },
  { id: 'view.sla', keys: ['g s'], scope: 'list' },
  { id: 'view.snoozed', keys: ['g z'], scope: 'list' },
  { id: 'view.closed', keys: ['g c'], scope: 'list' },
  { id: 'view.all', keys: ['g e'], scope: 'list' },
  { id: 'view.outbox', keys: ['g o'], scope: 'list' },
  { id: 'composer.send', keys: ['$mod+Enter'], scope: 'composer' },
  { id: 'composer.sendClose', keys: ['$mod+Shift+Enter'], scope: 'composer' },
] as const satisfies readonly KeyAction[];

export type KeyActionId = (typeof KEY_ACTIONS)[number]['id'];
export const KEY_ACTION_IDS: readonly KeyActionId[] = KEY_ACTIONS.map((a) => a.id);

const MODIFIERS = ['$mod', 'Ctrl', 'Alt', 'Shift', 'Meta'] as const;
const MODIFIER_ALIASES: Record<string, (typeof MODIFIERS)[number]> = {
  $mod: '$mod',
  mod: '$mod',
  cmdorctrl: '$mod',
  ctrl: 'Ctrl',
  control: 'Ctrl',
  alt: 'Alt',
  option: 'Alt',
  shift: 'Shift',
  meta: 'Meta',
  cmd: 'Meta',
};
const KEY_ALIASES: Record<string, string> = { esc: 'Escape', escape: 'Escape', enter: 'Enter', return: 'Enter', space: 'Space', ' ': 'Space', tab: 'Tab', up: 'ArrowUp', down: 'ArrowDown', left: 'ArrowLeft', right: 'ArrowRight', backspace: 'Backspace', delete: 'Delete' };

/** One chord in canonical form: modifiers in a fixed order, single characters in lower case. Throws on nonsense. */
export function normalizeChord(chord: string): string {
  const parts = chord === '+' ? ['+'] : chord.split('+').filter((p, i, all) => p !== '' || i === all.length - 1);
  const keyPart = parts.pop();
  if (keyPart === undefined || keyPart === '') throw new Error(`“${chord}” has no key`);
  const mods = new Set<string>();
  for (const m of parts) {
    const canonical = MODIFIER_ALIASES[m.toLowerCase()];
    if (!canonical) throw new Error(`“${m}” is not a modifier (use $mod, Ctrl, Alt, Shift or Meta)`);
    mods.add(canonical);
  }
  const key = KEY_ALIASES[keyPart.toLowerCase()] ?? (Array.from(keyPart).length === 1 ? keyPart.toLowerCase() : keyPart);
  if (Array.from(key).length !== 1 && !/^(F\d{1,2}|Arrow(Up|Down|Left|Right)|Enter|Escape|Space|Tab|Backspace|Delete|Home|End|PageUp|PageDown)$/.test(key)) {
    throw new Error(`“${keyPart}” is not a key`);
  }
  return [...MODIFIERS.filter((m) => mods.has(m)), key].join('+');
}

export function normalizeSequence(sequence: string): string {
  const chords = sequence.trim().split(/\s+/);
  if (chords.length > 3) throw new Error('A shortcut is at most three keys in a row');
  return chords.map(normalizeChord).join(' ');
}

/** Defaults with the user's overrides on top (an override replaces that action's keys; [] unbinds it). */
export function effectiveBindings(overrides: Record<string, readonly string[]> = {}): Record<KeyActionId, string[]> {
  const out = {} as Record<KeyActionId, string[]>;
  for (const action of KEY_ACTIONS) out[action.id] = [...(overrides[action.id] ?? action.keys)];
  return out;
}

export interface KeyConflict {
  sequence: string;
  /** The actions (or "view:<name>" for saved views) that collide. */
  actions: string[];
  kind: 'same' | 'prefix' | 'invalid';
  message?: string;
}

const scopeOf = (id: string): KeyScope => KEY_ACTIONS.find((a) => a.id === id)?.scope ?? 'list';
const overlaps = (a: KeyScope, b: KeyScope) => a === b || a === 'global' || b === 'global';

/**
 * Conflicts in the keymap that defaults + overrides give, plus extra bindings (saved views'
 * shortcuts, which live in the list scope). Unknown action ids in overrides are reported too.
 */
export function findConflicts(overrides: Record<string, readonly string[]> = {}, extra: Record<string, readonly string[]> = {}): KeyConflict[] {
  const conflicts: KeyConflict[] = [];
  for (const id of Object.keys(overrides)) {
    if (!(KEY_ACTION_IDS as readonly string[]).includes(id)) conflicts.push({ sequence: '', actions: [id], kind: 'invalid', message: `no action named ${id}` });
  }
  const entries: { id: string; scope: KeyScope; sequence: string }[] = [];
  const all: Record<string, readonly string[]> = { ...effectiveBindings(overrides), ...extra };
  for (const [id, sequences] of Object.entries(all)) {
    for (const raw of sequences) {
      try {
        entries.push({ id, scope: scopeOf(id), sequence: normalizeSequence(raw) });
      } catch (error) {
        conflicts.push({ sequence: raw, actions: [id], kind: 'invalid', message: (error as Error).message });
      }
    }
  }
  for (let i = 0; i < entries.length; i++) {
    for (let j = i + 1; j < entries.length; j++) {
      const a = entries[i]!;
      const b = entries[j]!;
      if (a.id === b.id || !overlaps(a.scope, b.scope)) continue;
      if (a.sequence === b.sequence) conflicts.push({ sequence: a.sequence, actions: [a.id, b.id], kind: 'same' });
      else if (b.sequence.startsWith(`${a.sequence} `)) conflicts.push({ sequence: a.sequence, actions: [a.id, b.id], kind: 'prefix' });
      else if (a.sequence.startsWith(`${b.sequence} `)) conflicts.push({ sequence: b.sequence, actions: [b.id, a.id], kind: 'prefix' });
    }
  }
  return conflicts;
}

/** The fields of a KeyboardEvent the matcher reads (so it is testable without a DOM). */
export interface KeyEventLike {
  key: string;
  code: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
}

const NAMED = /^(F\d{1,2}|Arrow(Up|Down|Left|Right)|Enter|Escape|Tab|Backspace|Delete|Home|End|PageUp|PageDown)$/;

/**
 * The chord a key press means, layout-aware: a Latin letter is taken as the layout types it (so
 * AZERTY and Dvorak users press what the key shows); a non-Latin layout (Cyrillic, Greek, an IME)
 * falls back to the physical key (event.code), so j/k still work without switching layouts.
 * Symbols keep their character and drop Shift ("?" is "?", not "Shift+/"). Null for lone modifiers.
 */
export function chordFromEvent(event: KeyEventLike, mac: boolean): string | null {
  const { key, code } = event;
  if (key === 'Shift' || key === 'Control' || key === 'Alt' || key === 'Meta' || key === 'Process' || key === 'Dead' || key === 'Unidentified') return null;
  let base: string;
  let symbol = false;
  if (key === ' ') base = 'Space';
  else if (NAMED.test(key)) base = key;
  else if (/^[a-z]$/i.test(key)) base = key.toLowerCase();
  else if (/^Key[A-Z]$/.test(code) && (Array.from(key).length !== 1 || /[^\x20-\x7e]/.test(key) || event.altKey || event.ctrlKey || event.metaKey)) {
    base = code.slice(3).toLowerCase();
  } else if (/^Digit\d$/.test(code) && (event.ctrlKey || event.metaKey || event.altKey)) base = code.slice(5);
  else if (Array.from(key).length === 1) {
    base = key;
    symbol = true;
  } else return null;
  const mods: string[] = [];
  if (mac ? event.metaKey : event.ctrlKey) mods.push('$mod');
  if (mac && event.ctrlKey) mods.push('Ctrl');
  if (event.altKey) mods.push('Alt');
  if (event.shiftKey && !symbol) mods.push('Shift');
  if (!mac && event.metaKey) mods.push('Meta');
  return [...mods, base].join('+');
}

/** How a sequence reads on screen: $mod as ⌘ or Ctrl, keys in their usual spelling. */
export function displaySequence(sequence: string, mac: boolean): string[][] {
  return normalizeSequence(sequence)
    .split(' ')
    .map((chord) =>
      chord.split('+').map((part) => {
        if (part === '$mod') return mac ? '⌘' : 'Ctrl';
        if (part === 'Shift') return mac ? '⇧' : 'Shift';
        if (part === 'Alt') return mac ? '⌥' : 'Alt';
        if (part === 'Escape') return 'Esc';
        return part;
      }),
    );
}
