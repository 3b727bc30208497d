/**
 * The preload: runs sandboxed, before the page, and exposes exactly one object. `ipcRenderer`
 * itself never reaches the page; only `invoke` for declared channels does.
 */
import { contextBridge, ipcRenderer } from 'electron';
import type { AndelBridge } from './andel-api';
import { createInvoke, invokeIpcChannel } from './invoke';

const bridge: AndelBridge = Object.freeze({
  invoke: createInvoke((channel, input) => ipcRenderer.invoke(invokeIpcChannel, channel, input)),
});

contextBridge.exposeInMainWorld('andel', bridge);
