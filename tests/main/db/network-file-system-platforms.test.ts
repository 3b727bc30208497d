/**
 * A workspace file on a network share, on Windows and macOS (pure parsers, with fixtures: this
 * machine runs Linux), and how the warning reaches people: `workspace:info` (the app's banner)
 * and one line on the command line's stderr in the reader's language.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { macMountOf, macNetworkFileSystem, networkFileSystemOf, windowsNetworkShare } from '../../../src/main/db/network-file-system';
import { onWorkspaceWarning } from '../../../src/main/db/workspace-warnings';
import { importDocument } from '../../../src/main/document/import-document';
import { workspaceWarningLine } from '../../../src/main/cli/workspace-warning';
import { createHandlers } from '../../../src/main/handlers';
import type { MessageRef } from '../../../src/shared/i18n/translate';
import { WorkspaceSession } from '../../../src/main/workspace/session';
import { useTempDirs } from '../../helpers/temp-dir';
import { loadRichFixture } from '../../helpers/workspace-fixtures';

const tempDir = useTempDirs();

describe('Windows: the path’s form', () => {
  it('finds SMB shares by their UNC form, with either slash, and the WebDAV redirector’s form', () => {
    expect(windowsNetworkShare('\\\\nas\\styrgrupp\\2027\\platform.andel')).toBe('SMB');
    expect(windowsNetworkShare('//nas/styrgrupp/platform.andel')).toBe('SMB');
    expect(windowsNetworkShare('\\\\fil01.kommun.local\\ekonomi$\\andel\\w.andel')).toBe('SMB');
    // A mapped drive resolved by realpathSync.native, long-path form.
    expect(windowsNetworkShare('\\\\?\\UNC\\nas\\styrgrupp\\w.andel')).toBe('SMB');
    expect(windowsNetworkShare('\\\\sharepoint.example.org@SSL\\DavWWWRoot\\sites\\andel\\w.andel')).toBe('WebDAV');
    expect(windowsNetworkShare('\\\\intranet@8080\\andel\\w.andel')).toBe('WebDAV');
  });

  it('leaves drive letters, local long paths and devices alone', () => {
    expect(windowsNetworkShare('C:\\Users\\anna\\Documents\\w.andel')).toBeNull();
    expect(windowsNetworkShare('Z:\\w.andel')).toBeNull(); // a mapped drive by letter: only its real path tells
    expect(windowsNetworkShare('\\\\?\\C:\\Users\\anna\\w.andel')).toBeNull();
    expect(windowsNetworkShare('\\\\.\\PhysicalDrive0')).toBeNull();
    expect(windowsNetworkShare('\\\\nas')).toBeNull(); // a server without a share is no file's folder
  });

  it('decides by the path given first, then by its real path (a local file here is neither)', () => {
    expect(networkFileSystemOf('\\\\nas\\styrgrupp\\w.andel', 'win32')).toBe('SMB');
    const local = tempDir().file('local.andel');
    expect(networkFileSystemOf(local, 'win32')).toBeNull();
    expect(networkFileSystemOf(local, 'freebsd')).toBeNull();
  });
});

// `mount` on macOS 14, with a share whose mount point has a space, sshfs through macFUSE and a local FUSE disk.
const macMounts = [
  '/dev/disk3s1s1 on / (apfs, sealed, local, read-only, journaled)',
  'devfs on /dev (devfs, local, nobrowse)',
  '/dev/disk3s5 on /System/Volumes/Data (apfs, local, journaled, nobrowse, protect)',
  'map auto_home on /System/Volumes/Data/home (autofs, automounted, nobrowse)',
  '//anna@nas._smb._tcp.local/styrgrupp on /Volumes/styrgrupp (smbfs, nodev, nosuid, mounted by anna)',
  '//anna@nas/Delad mapp on /Volumes/Delad mapp (smbfs, nodev, nosuid, mounted by anna)',
  'fs.example.org:/export/andel on /Volumes/andel (nfs, nodev, nosuid, mounted by anna)',
  'afp_2Qz0Ak1q4Jfm0ZcLwT3pE6xF-1.2d000003 on /Volumes/Arkiv (afpfs, nodev, nosuid, mounted by anna)',
  'anna@files:/home on /Users/anna/remote (macfuse, nodev, nosuid, synchronous, mounted by anna)',
  'ntfs-disk on /Volumes/USB (macfuse, local, nodev, nosuid, mounted by anna)',
  'http://dav.example.org/andel/ on /Volumes/andel-dav (webdav, nodev, noexec, nosuid, mounted by anna)',
].join('\n');

describe('macOS: `mount` output', () => {
  it('finds the mount holding a folder, longest mount point first and never by a shared name prefix', () => {
    expect(macMountOf('/Users/anna/Documents', macMounts)).toEqual({ type: 'apfs', local: true });
    expect(macMountOf('/Volumes/styrgrupp/2027', macMounts)).toEqual({ type: 'smbfs', local: false });
    expect(macMountOf('/Volumes/styrgrupp2/2027', macMounts)).toEqual({ type: 'apfs', local: true });
    expect(macMountOf('/Volumes/Delad mapp/protokoll', macMounts)).toEqual({ type: 'smbfs', local: false });
  });

  it('names SMB, NFS, AFP, WebDAV and remote FUSE, and not local disks', () => {
    expect(macNetworkFileSystem('/Volumes/styrgrupp', macMounts)).toBe('SMB');
    expect(macNetworkFileSystem('/Volumes/Delad mapp/2027', macMounts)).toBe('SMB');
    expect(macNetworkFileSystem('/Volumes/andel/w', macMounts)).toBe('NFS');
    expect(macNetworkFileSystem('/Volumes/Arkiv', macMounts)).toBe('AFP');
    expect(macNetworkFileSystem('/Volumes/andel-dav', macMounts)).toBe('WebDAV');
    expect(macNetworkFileSystem('/Users/anna/remote/w', macMounts)).toBe('macfuse');
    expect(macNetworkFileSystem('/Volumes/USB', macMounts)).toBeNull();
    expect(macNetworkFileSystem('/Users/anna/Documents', macMounts)).toBeNull();
    expect(macNetworkFileSystem('/System/Volumes/Data/home/anna', macMounts)).toBeNull();
    expect(macNetworkFileSystem('/anything', '')).toBeNull();
  });
});

describe('how the warning reaches people', () => {
  const stops: (() => void)[] = [];
  afterEach(() => stops.splice(0).forEach((stop) => stop()));

  it('is in workspace:info (the app’s banner) and heard by the command line, which prints it in the reader’s language', async () => {
    const path = tempDir().file('shared.andel');
    await importDocument(path, loadRichFixture());
    const heard: MessageRef[] = [];
    stops.push(onWorkspaceWarning((warning) => heard.push(warning)));
    // This machine has no network share: the session is told the file lies on one.
    const session = new WorkspaceSession({ networkFileSystemOf: () => 'SMB' });
    await session.open(path);
    try {
      const info = await createHandlers()['workspace:info']({}, { session });
      const expected = { messageKey: 'warning.workspace.networkFileSystem', params: { path, fileSystem: 'SMB' } };
      expect(info?.warning).toEqual(expected);
      expect(heard).toEqual([expected]);
      expect(workspaceWarningLine(heard[0]!, 'sv')).toBe(
        `⚠ ${path} ligger på en nätverksdisk (SMB). SQLite kan skada filen om två datorer arbetar i den samtidigt. Flytta den till en lokal disk; ska flera arbeta i samma arbetsyta, lägg den i en PostgreSQL-databas på en server.\n`,
      );
      expect(workspaceWarningLine(heard[0]!, 'en')).toMatch(/^⚠ .+ is on a network file system \(SMB\)\. .+\n$/u);
      expect(workspaceWarningLine(heard[0]!, 'nb')).toContain('ligger på en nettverksdisk (SMB)');
    } finally {
      await session.close();
    }
    // A local file: no warning, nothing heard.
    const local = new WorkspaceSession();
    await local.open(path);
    expect((await createHandlers()['workspace:info']({}, { session: local }))?.warning).toBeNull();
    await local.close();
    expect(heard).toHaveLength(1);
  });
});
