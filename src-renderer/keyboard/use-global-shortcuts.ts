// The console's key dispatcher: one keydown listener that turns presses into chords (layout-aware,
// see src-shared/keyboard/key-bindings.ts), follows multi-key sequences such as "g i", and runs the
// bound action. List keys are ignored while typing in a field or while a dialog is open; global keys
// ($mod+K) work everywhere; composer keys are left to the composer.
import { useEffect } from 'react';
import { chordFromEvent, effectiveBindings, KEY_ACTIONS, normalizeSequence, type KeyActionId } from '../../src-shared/keyboard/key-bindings';
import { isMac } from '../i18n/setup-i18n';
import { useConsole } from '../state/console-store';
import { KEY_HANDLERS } from './commands';
import { isTyping } from './typing';

const SEQUENCE_TIMEOUT_MS = 1200;

interface Binding {
  sequence: string;
  scope: 'list' | 'composer' | 'global';
  run: () => void;
}

/** The bindings in force: the keymap's actions plus the saved views' own shortcuts. */
export function activeBindings(): Binding[] {
  const s = useConsole.getState();
  const bindings: Binding[] = [];
  const effective = effectiveBindings(s.keymap);
  for (const action of KEY_ACTIONS) {
    if (action.scope === 'composer') continue;
    for (const sequence of effective[action.id as KeyActionId]) {
      try {
        bindings.push({ sequence: normalizeSequence(sequence), scope: action.scope, run: KEY_HANDLERS[action.id as KeyActionId] });
      } catch {
        // An unreadable stored binding is skipped; the settings screen shows it.
      }
    }
  }
  for (const view of s.savedViews) {
    if (!view.shortcut) continue;
    try {
      bindings.push({ sequence: normalizeSequence(view.shortcut), scope: 'list', run: () => void useConsole.getState().setView(view.spec) });
    } catch {
      // as above
    }
  }
  return bindings;
}

export function useGlobalShortcuts() {
  useEffect(() => {
    let pending: string | null = null;
    let pendingTimer: ReturnType<typeof setTimeout> | null = null;
    const clearPending = () => {
      pending = null;
      if (pendingTimer) clearTimeout(pendingTimer);
      pendingTimer = null;
    };

    function onKeyDown(event: KeyboardEvent) {
      if (event.defaultPrevented || event.isComposing) return;
      const chord = chordFromEvent(event, isMac());
      if (!chord) return;
      const s = useConsole.getState();
      const blocked = isTyping(event) || s.dialog !== null;
      const usable = activeBindings().filter((b) => b.scope === 'global' || !blocked);
      const tryRun = (sequence: string): 'ran' | 'prefix' | 'none' => {
        const exact = usable.find((b) => b.sequence === sequence);
        if (exact) {
          event.preventDefault();
          clearPending();
          exact.run();
          return 'ran';
        }
        if (usable.some((b) => b.sequence.startsWith(`${sequence} `))) {
          event.preventDefault();
          pending = sequence;
          if (pendingTimer) clearTimeout(pendingTimer);
          pendingTimer = setTimeout(clearPending, SEQUENCE_TIMEOUT_MS);
          return 'prefix';
        }
        return 'none';
      };
      if (pending) {
        const outcome = tryRun(`${pending} ${chord}`);
        if (outcome !== 'none') return;
        clearPending();
      }
      tryRun(chord);
    }

    window.addEventListener('keydown', onKeyDown);
    return () => {
      window.removeEventListener('keydown', onKeyDown);
      clearPending();
    };
  }, []);
}
