/**
 * The desktop File menu's "Connect to a server…": main has no push channel to the window, so it
 * moves the window's own page to this hash; the renderer opens its connect dialog (the same one as
 * the start screen's, calling `workspace:connectServer`) and leaves the hash again.
 */
export const CONNECT_SERVER_HASH = '#/connect-server';

/** The window's current page with the connect hash (the page itself, its path and query unchanged). */
export function withConnectServerHash(pageUrl: string): string {
  const url = new URL(pageUrl);
  url.hash = CONNECT_SERVER_HASH;
  return url.href;
}
