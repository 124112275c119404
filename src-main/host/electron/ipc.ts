// One invoke channel into the core. Each call's sender frame is checked before the core sees it, and
// the core validates the method and params itself: the handler trusts nothing its caller says.
import { BrowserWindow, ipcMain, type IpcMainInvokeEvent } from 'electron';
import { IPC_CHANNEL, type ApiResult, type WireEvent } from '../../../src-shared/api/contract';
import type { Core } from '../../core/core-types';
import { isTrustedSender } from '../security/ipc-sender-policy';

export function wireIpc(core: Core, appIndexUrl: string, ourWindows: () => BrowserWindow[]): () => void {
  ipcMain.handle(IPC_CHANNEL.invoke, async (event: IpcMainInvokeEvent, method: unknown, params: unknown): Promise<ApiResult<unknown>> => {
    const frame = event.senderFrame;
    const trusted = isTrustedSender(
      {
        frameUrl: frame?.url ?? null,
        isMainFrame: frame !== null && frame === event.sender.mainFrame,
        isKnownWindow: ourWindows().some((w) => w.webContents.id === event.sender.id),
      },
      appIndexUrl,
    );
    if (!trusted) {
      console.warn(`[ipc] refused a request from an untrusted frame: ${frame?.url ?? '(gone)'}`);
      return { ok: false, error: { code: 'unauthorized', message: 'This request did not come from the console window.' } };
    }
    return core.handle(method, params);
  });

  const unsubscribe = core.onEvent((event, payload) => {
    const frame: WireEvent = { event, payload };
    for (const window of ourWindows()) if (!window.isDestroyed()) window.webContents.send(IPC_CHANNEL.event, frame);
  });

  return () => {
    unsubscribe();
    ipcMain.removeHandler(IPC_CHANNEL.invoke);
  };
}
