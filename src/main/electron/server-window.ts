/**
 * Glue: a shared workspace's page (`andel serve`) in a window of its own. The decisions are in
 * ./policy (server-address.ts checks the address; app-entry.ts holds the window to that origin;
 * web-preferences.ts leaves out the preload, so the page speaks to its server with the server's own
 * transport and never reaches the desktop's API). Its session is a partition of its own, so the
 * server's cookie is never the app's, and it is hardened against that server's entry.
 * This runs only inside Electron; the tests cover the policy modules it calls.
 */
import { createHash } from 'node:crypto';
import { session, type BrowserWindow } from 'electron';
import { AndelError } from '../../shared/errors';
import type { ServerWindows } from '../workspace/app-context';
import type { ServerEntry } from './policy/app-entry';
import { checkServerAddress } from './policy/server-address';
import { appName } from './policy/window-title';
import { hardenSession, registerServerSession } from './security';
import { createHardenedWindow } from './window';

export function openServerWindow(entry: ServerEntry, options: { isDev: boolean; log: (message: string) => void }): BrowserWindow {
  const partition = `persist:andel-server-${createHash('sha256').update(entry.indexUrl).digest('hex').slice(0, 16)}`;
  const serverSession = session.fromPartition(partition);
  registerServerSession(serverSession, entry);
  hardenSession(serverSession, entry, options.log);
  return createHardenedWindow({ title: `${appName} — ${entry.indexUrl}`, url: entry.indexUrl, isDev: options.isDev, session: serverSession });
}

/** The desktop's `serverWindows` (workspace:connectServer): check the address, then open its window. */
export function electronServerWindows(options: { isDev: boolean; log: (message: string) => void }): ServerWindows {
  return {
    open(address) {
      const checked = checkServerAddress(address);
      if (!checked.ok) throw new AndelError('INVALID_INPUT', checked.error);
      openServerWindow(checked.entry, options);
      return checked.entry.indexUrl;
    },
  };
}
