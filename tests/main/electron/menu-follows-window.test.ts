/**
 * Issue [3/9] item 12: the menu follows the language chosen in the window, not the operating
 * system's. The renderer says it over `workspace:setLanguage` (through main's real dispatch and the
 * backend's real context); the shell builds its menu from `menuLanguage` and `buildMenuSpec` (the
 * template builder, without Electron), and hears of each change to build it again.
 */
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../src/main/api/dispatch';
import { menuLanguage } from '../../../src/main/electron/policy/menu-language';
import { buildMenuSpec, type MenuItemSpec } from '../../../src/main/electron/policy/menu-spec';
import { createWorkspaceBackend } from '../../../src/main/workspace/workspace-backend';
import { createTempDir } from '../../helpers/temp-dir';

/** The top-level menus and the File menu's first command, as Electron would show them. */
function fileMenu(items: readonly MenuItemSpec[]): [string, string] {
  const file = items.find((item) => item.kind === 'submenu' && !item.role && item.items.some((child) => child.kind === 'command' && child.command === 'new'));
  if (file?.kind !== 'submenu') throw new Error('no File menu');
  const first = file.items.find((child) => child.kind === 'command');
  return [file.label, first?.kind === 'command' ? first.label : ''];
}

describe('the menu follows the language chosen in the window', () => {
  it('in the OS language until the window says, then in the chosen one, built again on each change', async () => {
    const dir = createTempDir();
    const backend = createWorkspaceBackend({ demoDocumentPath: dir.file('none.json'), documentsDir: dir.path });
    // What the shell does: build the menu in menuLanguage(…), and again whenever the chosen language changes.
    const built: [string, string][] = [];
    const build = (): void => void built.push(fileMenu(buildMenuSpec({ platform: 'linux', isDev: false, recentFiles: [], hasWorkspace: false, language: menuLanguage(backend.uiLanguage?.current, 'en-US') })));
    backend.uiLanguage?.onChange(build);
    build();

    // The window chooses Norwegian, then Swedish; the same language twice builds nothing more.
    for (const language of ['nb', 'nb', 'sv'] as const) {
      const result = await dispatch(backend.handlers, backend.context(), 'workspace:setLanguage', { language });
      expect(result).toEqual({ ok: true, value: null });
    }
    // Written by hand from the menu's words (messages.menu.ts): English first (the OS), then nb, then sv.
    expect(built).toEqual([
      ['&File', 'New workspace…'],
      ['&Fil', 'Nytt arbeidsområde…'],
      ['&Arkiv', 'Ny arbetsyta…'],
    ]);
  });

  it('refuses a language Andel does not speak, and then the OS language still stands', async () => {
    const dir = createTempDir();
    const backend = createWorkspaceBackend({ demoDocumentPath: dir.file('none.json'), documentsDir: dir.path });
    const result = await dispatch(backend.handlers, backend.context(), 'workspace:setLanguage', { language: 'de' });
    expect(result.ok ? null : result.error.code).toBe('INVALID_INPUT');
    expect(menuLanguage(backend.uiLanguage?.current, 'sv_SE.UTF-8')).toBe('sv');
    expect(menuLanguage(backend.uiLanguage?.current, 'nb-NO')).toBe('nb');
  });
});
