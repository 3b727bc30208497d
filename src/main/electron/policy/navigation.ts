import { isAppPageUrl, type AppEntry } from './app-entry';

/**
 * `will-navigate` / `will-redirect`: the window may only ever show the app's own page. Links to
 * the web and any page the renderer might be tricked into loading are refused, because a foreign
 * page in this window would inherit the preload and with it the whole API.
 */
export function shouldAllowNavigation(url: string, entry: AppEntry): boolean {
  return isAppPageUrl(url, entry);
}

/** `setWindowOpenHandler`: the app has one window; `window.open` and target=_blank never open another. */
export function windowOpenHandler(): { action: 'deny' } {
  return { action: 'deny' };
}

/** `will-attach-webview`: webviews are disabled in webPreferences too; this refuses them twice. */
export function shouldAllowWebview(): false {
  return false;
}
