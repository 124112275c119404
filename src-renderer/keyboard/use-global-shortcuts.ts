// The console's global shortcuts. Letters are ignored while typing in a field; keys meant for the
// composer (Ctrl/Cmd+Enter, Esc, the canned-reply picker) are handled by the composer itself.
import { useEffect } from 'react';
import { tinykeys } from 'tinykeys';
import { useConsole } from '../state/console-store';
import { isTyping } from './typing';

type Handler = (event: KeyboardEvent) => void;

const whenNotTyping =
  (run: () => void): Handler =>
  (event) => {
    if (isTyping(event) || event.defaultPrevented) return;
    event.preventDefault();
    run();
  };

// "g r" must not also run the single-key "r" (reply): remember when a "g" sequence began.
let lastG = 0;
const afterG = () => Date.now() - lastG < 1000;

export function useGlobalShortcuts() {
  useEffect(() => {
    const store = useConsole.getState;
    const trackG = (event: KeyboardEvent) => {
      if (event.key === 'g' && !isTyping(event)) lastG = Date.now();
      else if (event.key !== 'r') lastG = 0;
    };
    window.addEventListener('keydown', trackG, true);
    const help = whenNotTyping(() => store().toggleSheet());
    const unbind = tinykeys(window, {
      j: whenNotTyping(() => store().move(1)),
      k: whenNotTyping(() => store().move(-1)),
      Enter: whenNotTyping(() => {
        if (store().screen === 'inbox') void store().openSelected();
      }),
      Escape: (event) => {
        if (isTyping(event) || event.defaultPrevented) return;
        store().back();
      },
      r: (event) => {
        // Second key of "g r": leave the event to that binding (untouched, not default-prevented).
        if (afterG()) {
          lastG = 0;
          return;
        }
        whenNotTyping(() => {
          const s = store();
          if (s.screen !== 'inbox') return;
          if (s.openId === null) void s.openSelected().then(() => store().focusComposer());
          else s.focusComposer();
        })(event);
      },
      e: whenNotTyping(() => {
        if (store().screen === 'inbox') void store().closeSelected();
      }),
      '?': help,
      'Shift+?': help,
      'g i': whenNotTyping(() => store().setScreen('inbox')),
      'g o': whenNotTyping(() => store().setScreen('outbox')),
      'g r': whenNotTyping(() => store().setScreen('rules')),
    });
    return () => {
      unbind();
      window.removeEventListener('keydown', trackG, true);
    };
  }, []);
}
