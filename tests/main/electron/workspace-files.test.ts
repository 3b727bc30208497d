import { describe, expect, it } from 'vitest';
import { AndelError } from '../../../src/shared/errors';
import { errorDialogText } from '../../../src/main/electron/policy/error-message';
import { fileNameOf, windowTitle } from '../../../src/main/electron/policy/window-title';
import { shouldOfferDemo, suggestedCopyName, withWorkspaceExtension, workspacePathFromArgv } from '../../../src/main/electron/policy/workspace-files';

describe('window title', () => {
  it('names the open file', () => {
    expect(windowTitle('/home/ada/Skaraborg.andel')).toBe('Skaraborg.andel — Andel');
    expect(windowTitle('C:\\Users\\ada\\Skaraborg.andel')).toBe('Skaraborg.andel — Andel');
    expect(windowTitle(null)).toBe('Andel');
    expect(fileNameOf('/a/b/')).toBe('b');
  });
});

describe('workspace files', () => {
  it('adds the extension when a save dialog left it out', () => {
    expect(withWorkspaceExtension('/x/Skaraborg')).toBe('/x/Skaraborg.andel');
    expect(withWorkspaceExtension('/x/Skaraborg.ANDEL')).toBe('/x/Skaraborg.ANDEL');
  });

  it('finds a workspace in argv, ignoring flags and the app path', () => {
    expect(workspacePathFromArgv(['/usr/bin/andel', '--no-sandbox', '/home/ada/Skaraborg.andel'])).toBe('/home/ada/Skaraborg.andel');
    expect(workspacePathFromArgv(['/usr/bin/electron', '.', '--flag=x.andel'])).toBeNull();
    expect(workspacePathFromArgv(['/home/ada/first-arg-is-the-executable.andel'])).toBeNull();
  });

  it('offers the demo only on a first start with nothing to open', () => {
    expect(shouldOfferDemo({ currentPath: null, recentFiles: [], pathFromArgv: null })).toBe(true);
    expect(shouldOfferDemo({ currentPath: null, recentFiles: ['/a.andel'], pathFromArgv: null })).toBe(false);
    expect(shouldOfferDemo({ currentPath: '/a.andel', recentFiles: [], pathFromArgv: null })).toBe(false);
    expect(shouldOfferDemo({ currentPath: null, recentFiles: [], pathFromArgv: '/b.andel' })).toBe(false);
  });

  it('suggests a copy name', () => {
    expect(suggestedCopyName('/x/Skaraborg.andel')).toBe('Skaraborg copy.andel');
  });
});

describe('error dialogs', () => {
  it('shows the AndelError message (e.g. a file locked by another Andel) as it is', () => {
    const locked = new AndelError('FILE_ERROR', 'Skaraborg.andel is open in another Andel window or process. Close it there first.');
    expect(errorDialogText('open Skaraborg.andel', locked)).toEqual({
      message: 'Andel could not open Skaraborg.andel.',
      detail: 'Skaraborg.andel is open in another Andel window or process. Close it there first.',
    });
  });

  it('does not show raw exceptions', () => {
    const text = errorDialogText('open x.andel', new Error('SQLITE_IOERR at 0x7fff'));
    expect(text.detail).not.toContain('SQLITE');
    expect(text.detail).toMatch(/internal error/);
  });
});
