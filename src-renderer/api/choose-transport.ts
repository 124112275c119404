// Electron's preload exposes window.agentConsole; in a browser the web host's token comes in the
// URL fragment (#token=...), is kept for this tab only, and is removed from the address bar.
import type { ApiTransport } from '../../src-shared/api/contract';
import { createWsTransport } from './ws-transport';

declare global {
  interface Window {
    agentConsole?: ApiTransport;
  }
}

const TOKEN_KEY = 'agent-console.token';

export function readToken(location: Location, storage: Storage, history: History): string | null {
  const match = /(?:^#|&)token=([\w-]+)/.exec(location.hash);
  if (match) {
    storage.setItem(TOKEN_KEY, match[1]!);
    history.replaceState(null, '', location.pathname + location.search);
    return match[1]!;
  }
  return storage.getItem(TOKEN_KEY);
}

export function chooseTransport(): ApiTransport {
  if (window.agentConsole) return window.agentConsole;
  const token = readToken(window.location, window.sessionStorage, window.history);
  if (!token) throw new Error('This page needs the address printed by the console (it carries an access token). Start it again with `npm start`.');
  const scheme = window.location.protocol === 'https:' ? 'wss' : 'ws';
  return createWsTransport(`${scheme}://${window.location.host}/api?token=${encodeURIComponent(token)}`);
}
