import { isAppPageUrl, type AppEntry } from './app-entry';

/** What the shell knows about the frame an IPC message came from (Electron's `event.senderFrame`). */
export interface SenderFrameInfo {
  url: string;
  /** True for the window's top-level frame; IPC from iframes is never trusted. */
  isTopLevel: boolean;
}

/**
 * Electron's checklist item 17: every IPC message's sender is checked. Only the app's own
 * top-level page may call the API; a null frame (navigated away or destroyed) is refused too.
 */
export function isTrustedSender(frame: SenderFrameInfo | null | undefined, entry: AppEntry): boolean {
  // A server's page has its own transport (HTTP to its server): the desktop's IPC is never its.
  if (entry.kind === 'server') return false;
  return !!frame && frame.isTopLevel && isAppPageUrl(frame.url, entry);
}
