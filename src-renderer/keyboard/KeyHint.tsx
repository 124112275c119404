import { displaySequence, effectiveBindings, type KeyActionId } from '../../src-shared/keyboard/key-bindings';
import { isMac } from '../i18n/setup-i18n';
import { useConsole } from '../state/console-store';

/** The keys of a sequence as <kbd> chips ("g" then "i"; ⌘ on macOS, Ctrl elsewhere). */
export function Keys({ sequence }: { sequence: string }) {
  let chords: string[][];
  try {
    chords = displaySequence(sequence, isMac());
  } catch {
    return <span className="keys">{sequence}</span>;
  }
  return (
    <span className="keys" data-testid="keys">
      {chords.map((chord, i) => (
        <span key={i} className="chord">
          {chord.map((k, j) => (
            <kbd key={j}>{k}</kbd>
          ))}
        </span>
      ))}
    </span>
  );
}

/** The current binding of a key action, as the user has mapped it. */
export function KeyHint({ action }: { action: KeyActionId }) {
  const keymap = useConsole((s) => s.keymap);
  const first = effectiveBindings(keymap)[action][0];
  return first ? <Keys sequence={first} /> : null;
}
