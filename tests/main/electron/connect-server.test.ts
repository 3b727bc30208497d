/**
 * "Connect to a server": the address check and the decisions the shell makes for a server's
 * window (pure modules; the Electron part, BrowserWindow.loadURL in a window of its own, cannot run
 * in this test machine's Node and is not tested here).
 */
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../src/main/api/dispatch';
import { isAppPageUrl, shouldAllowRequest, type ServerEntry } from '../../../src/main/electron/policy/app-entry';
import { checkServerAddress, isLoopbackHost, serverAddressFromArgv } from '../../../src/main/electron/policy/server-address';
import { isTrustedSender } from '../../../src/main/electron/policy/trusted-sender';
import { hardenedWebPreferences, serverWindowPreferences } from '../../../src/main/electron/policy/web-preferences';
import { createHandlers } from '../../../src/main/handlers';
import { channelPolicy } from '../../../src/main/server/policy';
import { WorkspaceSession } from '../../../src/main/workspace/session';
import { AndelError, localizeError } from '../../../src/shared/errors';
import { translate } from '../../../src/shared/i18n/translate';

const entryOf = (address: string): ServerEntry => {
  const checked = checkServerAddress(address);
  if (!checked.ok) throw new Error(`${address}: ${checked.error.messageKey}`);
  return checked.entry;
};

describe('the address a person types', () => {
  it.each([
    ['https://andel.example.org', 'https://andel.example.org', '/'],
    ['  https://andel.example.org/  ', 'https://andel.example.org', '/'],
    ['andel.example.org', 'https://andel.example.org', '/'],
    ['andel.example.org:8443/andel', 'https://andel.example.org:8443', '/andel/'],
    ['HTTPS://Andel.Example.org/andel/', 'https://andel.example.org', '/andel/'],
    ['http://localhost:8080', 'http://localhost:8080', '/'],
    ['http://127.0.0.1:8080/', 'http://127.0.0.1:8080', '/'],
    ['http://[::1]:8080/', 'http://[::1]:8080', '/'],
  ])('accepts %s', (typed, origin, basePath) => {
    expect(entryOf(typed)).toEqual({ kind: 'server', origin, basePath, indexUrl: `${origin}${basePath}` });
  });

  it.each([
    ['', 'error.connect.badAddress'],
    ['   ', 'error.connect.badAddress'],
    ['https://', 'error.connect.badAddress'],
    ['http://andel.example.org', 'error.connect.plainHttp'],
    ['http://192.168.1.20:8080', 'error.connect.plainHttp'],
    ['http://localhost.example.org', 'error.connect.plainHttp'],
    ['file:///etc/passwd', 'error.connect.badScheme'],
    ['javascript://alert(1)', 'error.connect.badScheme'],
    ['ftp://andel.example.org', 'error.connect.badScheme'],
    ['https://anna:secret@andel.example.org', 'error.connect.credentials'],
    ['https://andel.example.org/?next=evil', 'error.connect.queryOrFragment'],
    ['https://andel.example.org/#/members', 'error.connect.queryOrFragment'],
    [`https://${'a'.repeat(2001)}.org`, 'error.connect.badAddress'],
  ])('refuses %j (%s), in words in three languages', (typed, key) => {
    const checked = checkServerAddress(typed);
    expect(checked.ok).toBe(false);
    if (checked.ok) return;
    expect(checked.error.messageKey).toBe(key);
    for (const language of ['sv', 'nb', 'en'] as const) expect(translate(language, checked.error.messageKey, checked.error.params)).not.toMatch(/\{\{|error\.connect/u);
  });

  it('knows this machine', () => {
    expect(['localhost', '127.0.0.1', '127.10.0.3', '[::1]'].every(isLoopbackHost)).toBe(true);
    expect(['localhost.evil.org', '10.0.0.1', '128.0.0.1', '::1x'].some(isLoopbackHost)).toBe(false);
  });
});

describe('the server’s window', () => {
  const entry = entryOf('https://andel.example.org/andel/');

  it('shows the server’s page only, at its own path, with hash routes', () => {
    expect(isAppPageUrl('https://andel.example.org/andel/', entry)).toBe(true);
    expect(isAppPageUrl('https://andel.example.org/andel/#/members/5', entry)).toBe(true);
    expect(isAppPageUrl('https://andel.example.org/andel/index.html', entry)).toBe(true);
    expect(isAppPageUrl('https://andel.example.org/', entry)).toBe(false);
    expect(isAppPageUrl('https://andel.example.org/andel/?x=1', entry)).toBe(false);
    expect(isAppPageUrl('http://andel.example.org/andel/', entry)).toBe(false);
    expect(isAppPageUrl('https://evil.example.org/andel/', entry)).toBe(false);
    expect(isAppPageUrl('file:///opt/Andel/out/renderer/index.html', entry)).toBe(false);
  });

  it('lets requests reach that origin only (its files and its API), never another site or a file', () => {
    expect(shouldAllowRequest('https://andel.example.org/andel/assets/index.js', entry)).toBe(true);
    expect(shouldAllowRequest('https://andel.example.org/andel/api/invoke', entry)).toBe(true);
    expect(shouldAllowRequest('https://cdn.example.org/x.js', entry)).toBe(false);
    expect(shouldAllowRequest('http://andel.example.org/andel/api/invoke', entry)).toBe(false);
    expect(shouldAllowRequest('wss://andel.example.org/', entry)).toBe(false);
    expect(shouldAllowRequest('file:///home/anna/w.andel', entry)).toBe(false);
  });

  it('never trusts its page with the desktop’s IPC, and gives its window no preload', () => {
    expect(isTrustedSender({ url: 'https://andel.example.org/andel/', isTopLevel: true }, entry)).toBe(false);
    const preferences = serverWindowPreferences({ devTools: false });
    expect(preferences).not.toHaveProperty('preload');
    // Otherwise the same hardening as the app's own window.
    const { preload: _preload, ...app } = hardenedWebPreferences('/opt/Andel/out/preload/index.cjs', { devTools: false });
    expect(preferences).toEqual(app);
  });

  it('is asked for on the app’s command line with --server', () => {
    expect(serverAddressFromArgv(['/opt/Andel/andel', '--server', 'https://andel.example.org/'])).toBe('https://andel.example.org/');
    expect(serverAddressFromArgv(['/opt/Andel/andel', '--no-sandbox', '--server=andel.example.org'])).toBe('andel.example.org');
    // Given without an address: an empty one, which the check then refuses in words.
    expect(serverAddressFromArgv(['andel', '--server'])).toBe('');
    expect(serverAddressFromArgv(['andel', '/home/anna/w.andel'])).toBeNull();
  });
});

describe('workspace:connectServer', () => {
  // The shell's part stood in for: the real address check, a record instead of a window.
  const opened: string[] = [];
  const serverWindows = {
    open(address: string): string {
      const checked = checkServerAddress(address);
      if (!checked.ok) throw new AndelError('INVALID_INPUT', checked.error);
      opened.push(checked.entry.indexUrl);
      return checked.entry.indexUrl;
    },
  };
  const ctx = { session: new WorkspaceSession() };

  it('opens a checked address through the shell, and says in words what is wrong with another', async () => {
    const ok = await dispatch(createHandlers(), { ...ctx, serverWindows }, 'workspace:connectServer', { address: 'andel.example.org' });
    expect(ok).toEqual({ ok: true, value: { address: 'https://andel.example.org/' } });
    expect(opened).toEqual(['https://andel.example.org/']);
    const refused = await dispatch(createHandlers(), { ...ctx, serverWindows }, 'workspace:connectServer', { address: 'http://andel.example.org' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', messageKey: 'error.connect.plainHttp' } });
    if (!refused.ok) expect(localizeError(refused.error, 'sv').message).toContain('Använd https://');
    expect(opened).toHaveLength(1);
  });

  it('is refused without the desktop’s shell (over the server, and by the policy there to everyone)', async () => {
    const refused = await dispatch(createHandlers(), ctx, 'workspace:connectServer', { address: 'https://andel.example.org/' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', messageKey: 'error.connect.desktopOnly' } });
    expect(channelPolicy['workspace:connectServer']).toEqual({ staff: [] });
  });
});
