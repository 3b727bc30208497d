import { app, type Session, type WebContents } from 'electron';
import type { AppEntry } from './policy/app-entry';
import { shouldAllowRequest } from './policy/app-entry';
import { contentSecurityPolicy, devContentSecurityPolicy, withCspHeader } from './policy/csp';
import { shouldAllowNavigation, shouldAllowWebview, windowOpenHandler } from './policy/navigation';
import { devicePermissionHandler, permissionCheckHandler, permissionRequestHandler } from './policy/permissions';

/**
 * Glue between Electron's events and the policy functions in ./policy (which hold the decisions
 * and are unit-tested). Nothing here decides anything on its own.
 */

/** Before `ready`: sandbox every renderer, and guard every web contents the app ever creates. */
export function hardenApp(entry: AppEntry, log: (message: string) => void): void {
  app.enableSandbox();
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, entry, log));
}

/** The sessions of server windows (./server-window.ts) and the server each may show. */
const serverEntries = new WeakMap<Session, AppEntry>();

/** Marks `session` as a server window's: its web contents are held to that server's page, not the app's. */
export function registerServerSession(session: Session, entry: AppEntry): void {
  serverEntries.set(session, entry);
}

export function hardenWebContents(contents: WebContents, appEntry: AppEntry, log: (message: string) => void): void {
  // Looked up at each event: a server window's session is registered before it loads anything.
  const entryOf = (): AppEntry => serverEntries.get(contents.session) ?? appEntry;
  contents.on('will-navigate', (event) => {
    if (!shouldAllowNavigation(event.url, entryOf())) {
      event.preventDefault();
      log(`Refused navigation to ${event.url.slice(0, 200)}`);
    }
  });
  contents.on('will-redirect', (event) => {
    if (!shouldAllowNavigation(event.url, entryOf())) {
      event.preventDefault();
      log(`Refused redirect to ${event.url.slice(0, 200)}`);
    }
  });
  contents.on('will-frame-navigate', (event) => {
    // Subframes are forbidden by the CSP (frame-src 'none'); this refuses them a second time.
    if (!event.isMainFrame || !shouldAllowNavigation(event.url, entryOf())) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => {
    if (!shouldAllowWebview()) event.preventDefault();
  });
  contents.setWindowOpenHandler(() => windowOpenHandler());
}

/** After `ready`: permissions, requests and the CSP header for the session the window uses. */
export function hardenSession(session: Session, entry: AppEntry, log: (message: string) => void): void {
  session.setPermissionRequestHandler(permissionRequestHandler);
  session.setPermissionCheckHandler(permissionCheckHandler);
  session.setDevicePermissionHandler(devicePermissionHandler);

  session.webRequest.onBeforeRequest((details, callback) => {
    const allowed = shouldAllowRequest(details.url, entry);
    if (!allowed) log(`Blocked request to ${details.url.slice(0, 200)}`);
    callback({ cancel: !allowed });
  });

  const csp = entry.kind === 'dev' ? devContentSecurityPolicy(entry.origin) : contentSecurityPolicy;
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: withCspHeader(details.responseHeaders, csp) });
  });
}
