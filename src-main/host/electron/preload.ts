// The sandboxed preload: exposes exactly two functions to the page, invoke and subscribe, over one
// prefixed IPC channel. No Node APIs, and the raw IpcRendererEvent never reaches the page.
import { contextBridge, ipcRenderer } from 'electron';
import { IPC_CHANNEL, type ApiTransport, type WireEvent } from '../../../src-shared/api/contract';

const bridge: ApiTransport = {
  invoke: (method, params) => ipcRenderer.invoke(IPC_CHANNEL.invoke, method, params),
  subscribe(event, listener) {
    const handler = (_event: unknown, frame: WireEvent) => {
      if (frame && frame.event === event) listener(frame.payload as never);
    };
    ipcRenderer.on(IPC_CHANNEL.event, handler);
    return () => void ipcRenderer.removeListener(IPC_CHANNEL.event, handler);
  },
};

contextBridge.exposeInMainWorld('agentConsole', bridge);
