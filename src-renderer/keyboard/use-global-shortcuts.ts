// The console's global shortcuts. Letters are ignored while typing in a field; keys meant for the
// composer (Ctrl/Cmd+Enter, Esc, the canned-reply picker) are handled by the composer itself.
import { useEffect } from 'react';
import { tinykeys } from 'tinykeys';
import { retryOpenConversationDeliveries } from '../accounts/DeliveryFailures';
import { useAccounts } from '../accounts/accounts-store';
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

export function useGlobalShortcuts() {
  useEffect(() => {
    const store = useConsole.getState;
    const help = whenNotTyping(() => store().toggleSheet());
    return tinykeys(window, {
      j: whenNotTyping(() => store().move(1)),
      k: whenNotTyping(() => store().move(-1)),
      Enter: whenNotTyping(() => {
        if (store().screen === 'inbox') void store().openSelected();
      }),
      Escape: (event) => {
        if (isTyping(event) || event.defaultPrevented) return;
        store().back();
      },
      r: whenNotTyping(() => {
        const s = store();
        if (s.screen !== 'inbox') return;
        if (s.openId === null) void s.openSelected().then(() => store().focusComposer());
        else s.focusComposer();
      }),
      e: whenNotTyping(() => void store().closeSelected()),
      '?': help,
      'Shift+?': help,
      'g i': whenNotTyping(() => store().setScreen('inbox')),
      'g o': whenNotTyping(() => store().setScreen('outbox')),
      'g a': whenNotTyping(() => useAccounts.getState().setOpen(true)),
      'Shift+R': whenNotTyping(retryOpenConversationDeliveries),
    });
  }, []);
}
