/**
 * Where the app's own page lives. Every trust decision of the shell (navigation, IPC senders,
 * requests) is made against this, so it is computed once at start-up and passed around as data.
 */
export type AppEntry =
  /** Production: the built renderer on disk (out/renderer/index.html). */
  | { kind: 'file'; indexUrl: string; rendererDirUrl: string }
  /** Development: the electron-vite dev server, which must be on this machine. */
  | { kind: 'dev'; indexUrl: string; origin: string }
  /** A shared workspace: the renderer served by `andel serve` (./server-address.ts), in a window of its own without the preload. */
  | ServerEntry;

/** `andel serve` at `origin`, its page at `basePath` (`/`, or `/andel/` behind a reverse proxy). */
export interface ServerEntry {
  kind: 'server';
  indexUrl: string;
  origin: string;
  basePath: string;
}

const loopbackHosts = new Set(['localhost', '127.0.0.1', '[::1]']);

function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/**
 * The entry to load. `rendererIndexUrl` is the file URL of out/renderer/index.html (from
 * `pathToFileURL`, so that this module stays free of Node and Electron). A dev server URL is
 * accepted only when the app is not packaged and it points at this machine over http: anything else would be remote content with full access to the IPC.
 */
export function resolveAppEntry(options: { rendererIndexUrl: string; devServerUrl?: string | undefined; isPackaged: boolean }): AppEntry {
  const dev = options.devServerUrl && !options.isPackaged ? parse(options.devServerUrl) : null;
  if (dev && dev.protocol === 'http:' && loopbackHosts.has(dev.hostname)) {
    return { kind: 'dev', indexUrl: new URL('/', dev).href, origin: dev.origin };
  }
  const indexUrl = new URL(options.rendererIndexUrl).href;
  return { kind: 'file', indexUrl, rendererDirUrl: new URL('.', indexUrl).href };
}

/**
 * True when `url` is the app's own page (any hash route, since the renderer uses hash routing).
 * Query strings are refused: the app never uses them, so one would mean someone else built the URL.
 */
export function isAppPageUrl(url: string, entry: AppEntry): boolean {
  const parsed = parse(url);
  if (!parsed || parsed.username || parsed.password || parsed.search) return false;
  if (entry.kind === 'file') {
    const index = new URL(entry.indexUrl);
    return parsed.protocol === 'file:' && parsed.host === '' && parsed.pathname === index.pathname;
  }
  const base = entry.kind === 'server' ? entry.basePath : '/';
  return parsed.origin === entry.origin && (parsed.pathname === base || parsed.pathname === `${base}index.html`);
}

/** True when a resource request stays inside the app: its own files or its own dev server. */
export function shouldAllowRequest(url: string, entry: AppEntry): boolean {
  const parsed = parse(url);
  if (!parsed) return false;
  // DevTools and inline data (images, fonts) never leave the machine.
  if (parsed.protocol === 'devtools:' || parsed.protocol === 'data:') return true;
  if (entry.kind === 'file') {
    // Only files under out/renderer/: a page that could read any file:// URL could read the workspace.
    return parsed.protocol === 'file:' && parsed.host === '' && parsed.href.startsWith(entry.rendererDirUrl) && !parsed.pathname.includes('/../');
  }
  // A server's page talks to its own origin only (its files and its API), over what it was loaded with.
  if (entry.kind === 'server') return parsed.origin === entry.origin;
  const origin = new URL(entry.origin);
  // Vite's hot reload talks over a WebSocket to the same host and port.
  if (parsed.protocol === 'ws:') return parsed.host === origin.host;
  return parsed.origin === entry.origin;
}
