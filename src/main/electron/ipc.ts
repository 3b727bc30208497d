import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import type { ShellBackend } from './backend';
import type { AppEntry } from './policy/app-entry';
import { createInvokeHandler, invokeIpcChannel } from './policy/invoke-handler';
import type { SenderFrameInfo } from './policy/trusted-sender';

function senderFrameInfo(event: IpcMainInvokeEvent): SenderFrameInfo | null {
  const frame = event.senderFrame;
  return frame ? { url: frame.url, isTopLevel: frame.parent === null } : null;
}

/** The single IPC entry point: every API call goes through the sender check, then `dispatch`. */
export function registerInvoke<Ctx>(backend: ShellBackend<Ctx>, entry: AppEntry, log: (message: string) => void): void {
  const handle = createInvokeHandler({ entry, handlers: backend.handlers, context: backend.context, log });
  ipcMain.removeHandler(invokeIpcChannel);
  ipcMain.handle(invokeIpcChannel, (event, channel: unknown, input: unknown) => handle(senderFrameInfo(event), channel, input));
}
