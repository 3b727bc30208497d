import { describe, expect, it } from 'vitest';
import { buildMenuSpec, type MenuItemSpec, type MenuState } from '../../../src/main/electron/policy/menu-spec';
import { CONNECT_SERVER_HASH, withConnectServerHash } from '../../../src/shared/connect-server-hash';

const base: MenuState = { platform: 'linux', isDev: false, recentFiles: [], hasWorkspace: true };

function submenu(spec: MenuItemSpec[], label: string): MenuItemSpec[] {
  const found = spec.find((item) => item.kind === 'submenu' && item.label.replace('&', '') === label);
  if (!found || found.kind !== 'submenu') throw new Error(`no ${label} menu`);
  return found.items;
}

function commands(items: MenuItemSpec[]): Record<string, string | undefined> {
  return Object.fromEntries(items.flatMap((item) => (item.kind === 'command' ? [[item.command, item.accelerator]] : [])));
}

function roles(items: MenuItemSpec[]): string[] {
  return items.flatMap((item) => (item.kind === 'role' ? [item.role] : []));
}

describe('application menu', () => {
  it('has the File commands with their accelerators', () => {
    const file = submenu(buildMenuSpec(base), 'File');
    expect(commands(file)).toEqual({ new: 'CmdOrCtrl+N', open: 'CmdOrCtrl+O', connectServer: undefined, saveCopy: 'CmdOrCtrl+Shift+S', close: 'CmdOrCtrl+W', quit: 'CmdOrCtrl+Q' });
    expect(file.some((item) => item.kind === 'submenu' && item.label === 'Open recent')).toBe(true);
  });

  it('lists recent files by name, newest first, with Clear recent', () => {
    const file = submenu(buildMenuSpec({ ...base, recentFiles: ['/x/Skaraborg.andel', '/y/Sjuhärad.andel'] }), 'File');
    const recent = submenu(file, 'Open recent');
    expect(recent.filter((item) => item.kind === 'command' && item.command === 'openRecent')).toEqual([
      { kind: 'command', label: 'Skaraborg.andel', command: 'openRecent', path: '/x/Skaraborg.andel' },
      { kind: 'command', label: 'Sjuhärad.andel', command: 'openRecent', path: '/y/Sjuhärad.andel' },
    ]);
    expect(commands(recent)).toHaveProperty('clearRecent');
  });

  it('disables Save a copy, Restore from backup and Close without a workspace', () => {
    const file = submenu(buildMenuSpec({ ...base, hasWorkspace: false }), 'File');
    const disabled = file.filter((item) => item.kind === 'command' && item.enabled === false).map((item) => item.kind === 'command' && item.command);
    expect(disabled).toEqual(['saveCopy', 'restoreBackup', 'close']);
  });

  it('has undo and redo and the standard edit roles', () => {
    expect(roles(submenu(buildMenuSpec(base), 'Edit'))).toEqual(['undo', 'redo', 'cut', 'copy', 'paste', 'pasteAndMatchStyle', 'delete', 'selectAll']);
  });

  it('offers reload and DevTools only in development', () => {
    const prod = roles(submenu(buildMenuSpec(base), 'View'));
    const dev = roles(submenu(buildMenuSpec({ ...base, isDev: true }), 'View'));
    expect(prod).not.toContain('reload');
    expect(prod).not.toContain('forceReload');
    expect(prod).not.toContain('toggleDevTools');
    expect(dev).toEqual(expect.arrayContaining(['reload', 'forceReload', 'toggleDevTools']));
  });

  it('has Help with About', () => {
    expect(commands(submenu(buildMenuSpec(base), 'Help'))).toHaveProperty('about');
  });

  it('puts Quit in the app menu on macOS', () => {
    const spec = buildMenuSpec({ ...base, platform: 'darwin' });
    expect(commands(submenu(spec, 'File'))).not.toHaveProperty('quit');
    expect(commands(submenu(spec, 'Andel'))).toMatchObject({ quit: 'CmdOrCtrl+Q', about: undefined });
  });

  it('offers Connect to a server… in File, with or without a workspace, after Open recent', () => {
    for (const hasWorkspace of [true, false]) {
      const file = submenu(buildMenuSpec({ ...base, hasWorkspace }), 'File');
      const at = file.findIndex((item) => item.kind === 'command' && item.command === 'connectServer');
      expect(file[at]).toEqual({ kind: 'command', label: 'Connect to a server…', command: 'connectServer' });
      expect(file[at - 1]).toMatchObject({ kind: 'submenu', label: 'Open recent' });
    }
  });

  it('opens the connect dialog by moving the page to its hash, the page itself unchanged', () => {
    expect(CONNECT_SERVER_HASH).toBe('#/connect-server');
    expect(withConnectServerHash('file:///opt/andel/renderer/index.html#/scenarios/3')).toBe('file:///opt/andel/renderer/index.html#/connect-server');
    expect(withConnectServerHash('http://localhost:5173/')).toBe('http://localhost:5173/#/connect-server');
  });
});
