// The Electron host: one window onto the same core the web host serves. Kept thin on purpose (it
// cannot run on the machines that test the rest): policies live in ../security and are unit-tested.
import { app, BrowserWindow, session, shell } from 'electron';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { CONTENT_SECURITY_POLICY } from '../../../src-shared/security/content-security-policy';
import { resolveDataDir } from '../../core/data-dir';
import { startCore } from '../../core/start-core';
import type { Core } from '../../core/core-types';
import { isAllowedNavigation, isSafeExternalUrl } from '../security/navigation-policy';
import { secureWebPreferences } from '../security/window-policy';
import { wireIpc } from './ipc';

const indexFile = path.join(__dirname, '..', 'renderer', 'index.html');
const appIndexUrl = pathToFileURL(indexFile).toString();
const windows: BrowserWindow[] = [];
let core: Core | null = null;

function createWindow() {
  const window = new BrowserWindow({
    width: 1440,
    height: 900,
    minWidth: 960,
    minHeight: 600,
    title: 'Agent Console',
    show: false,
    webPreferences: secureWebPreferences(path.join(__dirname, 'preload.js')),
  });
  windows.push(window);
  window.on('closed', () => windows.splice(windows.indexOf(window), 1));
  window.once('ready-to-show', () => window.show());

  const contents = window.webContents;
  contents.on('will-navigate', (event, url) => {
    if (!isAllowedNavigation(url, appIndexUrl)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAllowedNavigation(url, appIndexUrl)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    if (isSafeExternalUrl(url)) void shell.openExternal(url);
    return { action: 'deny' };
  });
  void window.loadFile(indexFile);
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    const [first] = windows;
    if (first) {
      if (first.isMinimized()) first.restore();
      first.focus();
    }
  });

  app.whenReady().then(() => {
    const dataDir = resolveDataDir(process.argv, () => app.getPath('userData'));
    try {
      core = startCore({ dataDir, nativeBinding: process.env.AGENT_CONSOLE_SQLITE_BINDING || undefined });
    } catch (error) {
      console.error(`Agent Console could not open its data folder ${dataDir}: ${(error as Error).message}`);
      app.exit(1);
      return;
    }
    session.defaultSession.webRequest.onHeadersReceived((details, callback) => {
      callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] } });
    });
    session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
    wireIpc(core, appIndexUrl, () => windows);
    createWindow();
    app.on('activate', () => {
      if (windows.length === 0) createWindow();
    });
  });

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('will-quit', () => core?.close());
}
