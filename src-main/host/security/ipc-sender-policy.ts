// VS Code's rule for IPC: a message is served only if it comes from the main frame of one of our
// windows, showing our own page. Expressed over plain values so it can be tested without Electron.
import { isAllowedNavigation } from './navigation-policy';

export interface SenderFacts {
  /** The frame that sent the message (null when it is gone). */
  frameUrl: string | null;
  /** Whether that frame is the top-level frame of its window. */
  isMainFrame: boolean;
  /** Whether the sending web contents belongs to a window this app created. */
  isKnownWindow: boolean;
}

export function isTrustedSender(sender: SenderFacts, appIndexUrl: string): boolean {
  return sender.isKnownWindow && sender.isMainFrame && sender.frameUrl !== null && isAllowedNavigation(sender.frameUrl, appIndexUrl);
}
