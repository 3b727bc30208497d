/**
 * "Connect to a server": the address a person types, checked before the shell loads anything. Only
 * `https://` (a name alone means https), or `http://` to this machine (localhost, 127.x.x.x, [::1]):
 * the session cookie and the workspace's figures must not cross a network in clear text. No user
 * name or password in the address, no query and no fragment (the app uses neither). A path is kept
 * (a server behind a reverse proxy under /andel/) and ends with a slash. Pure: no Node, no Electron.
 */
import { ref, type MessageRef } from '../../../shared/i18n/translate';
import type { ServerEntry } from './app-entry';

export type ServerAddressCheck = { ok: true; entry: ServerEntry } | { ok: false; error: MessageRef };

const MAX_ADDRESS = 2000;

/**
 * `--server <address>` or `--server=<address>` on the app's command line (a shortcut, a script,
 * `open -a Andel --args --server …`): the shared workspace to open at start, or null.
 */
export function serverAddressFromArgv(argv: readonly string[]): string | null {
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i]!;
    if (arg === '--server') return argv[i + 1] ?? '';
    if (arg.startsWith('--server=')) return arg.slice('--server='.length);
  }
  return null;
}

/** This machine: `localhost`, any 127.x.x.x and the IPv6 loopback. */
export function isLoopbackHost(hostname: string): boolean {
  return hostname === 'localhost' || hostname === '[::1]' || /^127(\.\d{1,3}){3}$/u.test(hostname);
}

export function checkServerAddress(typed: string): ServerAddressCheck {
  const text = typed.trim();
  const refuse = (messageKey: Parameters<typeof ref>[0]): ServerAddressCheck => ({ ok: false, error: ref(messageKey, { address: text.slice(0, 200) }) });
  if (text === '' || text.length > MAX_ADDRESS) return refuse('error.connect.badAddress');
  // A name without a scheme ("andel.example.org", "andel.example.org:8443/andel") means https.
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//iu.test(text) ? text : `https://${text}`;
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    return refuse('error.connect.badAddress');
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return refuse('error.connect.badScheme');
  if (url.hostname === '') return refuse('error.connect.badAddress');
  if (url.protocol === 'http:' && !isLoopbackHost(url.hostname)) return refuse('error.connect.plainHttp');
  if (url.username || url.password) return refuse('error.connect.credentials');
  if (url.search || url.hash) return refuse('error.connect.queryOrFragment');
  const basePath = url.pathname.endsWith('/') ? url.pathname : `${url.pathname}/`;
  return { ok: true, entry: { kind: 'server', origin: url.origin, basePath, indexUrl: `${url.origin}${basePath}` } };
}
