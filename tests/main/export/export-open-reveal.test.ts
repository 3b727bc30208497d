/**
 * "Show in folder" and "Open" after an export (exports:reveal, exports:open): the renderer names
 * an export-log entry, never a path; main finds the file in the exports folder next to the
 * workspace and hands exactly that file to the desktop (here a recording stand-in for Electron's
 * shell). Refused, with nothing handed to the desktop: an unknown entry, a file that is gone, a
 * path in the input, no desktop at all; a file the system cannot open says why.
 */
import { existsSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { FileShell } from '../../../src/main/files/file-shell';
import { useDemoWorkspace } from '../../helpers/demo-workspace';

const f = useDemoWorkspace();

/** Records every call; `openPath` answers what the test says the system answers. */
function recordingShell(openAnswer = ''): FileShell & { calls: string[] } {
  const calls: string[] = [];
  return {
    calls,
    showInFolder: (path) => void calls.push(`show ${path}`),
    openPath: (path) => {
      calls.push(`open ${path}`);
      return Promise.resolve(openAnswer);
    },
  };
}

describe('exports:reveal and exports:open', () => {
  it('hand the logged export’s own file, in the exports folder next to the workspace, to the desktop', async () => {
    const shell = recordingShell();
    f.ctx.fileShell = shell;
    const written = await f.value('register:export', { language: 'nb' });
    // The one exports folder: "Andel exports" beside the workspace file.
    expect(dirname(written.path)).toBe(join(dirname(f.dir.file('demo.andel')), 'Andel exports'));
    expect(await f.value('exports:reveal', { exportId: written.id })).toEqual({ fileName: written.fileName });
    expect(await f.value('exports:open', { exportId: written.id })).toEqual({ fileName: written.fileName });
    expect(shell.calls).toEqual([`show ${written.path}`, `open ${written.path}`]);
    // The file is named in the export's language (Norwegian here).
    expect(written.fileName).toMatch(/vedtaksregister/iu);
  });

  it('refuse an unknown entry, a file that is gone and a path from the renderer, handing nothing to the desktop', async () => {
    const shell = recordingShell();
    f.ctx.fileShell = shell;
    const written = await f.value('register:export', { language: 'sv' });

    const unknown = await f.call('exports:open', { exportId: written.id + 1000 });
    expect(unknown.ok ? null : unknown.error.code).toBe('NOT_FOUND');

    const withPath = await f.call('exports:reveal', { exportId: written.id, path: '/etc/passwd' });
    expect(withPath.ok ? null : withPath.error.code).toBe('INVALID_INPUT');

    rmSync(written.path);
    expect(existsSync(written.path)).toBe(false);
    const gone = await f.call('exports:reveal', { exportId: written.id });
    expect(gone.ok ? null : gone.error.code).toBe('FILE_ERROR');
    expect(gone.ok ? '' : gone.error.message).toContain(written.fileName);
    expect(shell.calls).toEqual([]);
  });

  it('say why when the system cannot open the file, and refuse without a desktop', async () => {
    f.ctx.fileShell = recordingShell('No application is associated with the file');
    const written = await f.value('register:export', { language: 'en' });
    const failed = await f.call('exports:open', { exportId: written.id });
    expect(failed.ok ? '' : `${failed.error.code}: ${failed.error.message}`).toBe(`FILE_ERROR: Cannot open ${written.fileName}: No application is associated with the file`);

    delete f.ctx.fileShell;
    const noDesktop = await f.call('exports:reveal', { exportId: written.id });
    expect(noDesktop.ok ? null : noDesktop.error.code).toBe('FILE_ERROR');
  });
});
