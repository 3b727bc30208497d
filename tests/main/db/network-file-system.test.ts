/** A workspace file on a network share opens with a clear warning; a local one without. */
import { describe, expect, it } from 'vitest';
import { openWorkspace } from '../../../src/main/db/open-workspace';
import { mountTypeOf, networkFileSystemName, networkFileSystemOf } from '../../../src/main/db/network-file-system';
import { importDocument } from '../../../src/main/document/import-document';
import { translate } from '../../../src/shared/i18n/translate';
import { useTempDirs } from '../../helpers/temp-dir';
import { loadRichFixture } from '../../helpers/workspace-fixtures';

const tempDir = useTempDirs();

// A Linux mount table as /proc/mounts writes it (a space in a mount point is \040).
const mounts = [
  'sysfs /sys sysfs rw 0 0',
  '/dev/sda1 / ext4 rw,relatime 0 0',
  'fs.example.org:/export/andel /mnt/share nfs4 rw,vers=4.2 0 0',
  '/dev/sdb1 /mnt/shared ext4 rw 0 0',
  '//nas/styrgrupp /mnt/my\\040share cifs rw,vers=3.0 0 0',
  'kansliet@files:/home /home/kansliet/remote fuse.sshfs rw 0 0',
].join('\n');

describe('where a workspace file lies', () => {
  it('finds the mount holding a folder, longest mount point first and never by a shared name prefix', () => {
    expect(mountTypeOf('/mnt/share/2027', mounts)).toBe('nfs4');
    expect(mountTypeOf('/mnt/share', mounts)).toBe('nfs4');
    expect(mountTypeOf('/mnt/shared/2027', mounts)).toBe('ext4');
    expect(mountTypeOf('/mnt/my share/protokoll', mounts)).toBe('cifs');
    expect(mountTypeOf('/home/kansliet/remote/w', mounts)).toBe('fuse.sshfs');
    expect(mountTypeOf('/home/kansliet/Documents', mounts)).toBe('ext4');
  });

  it('names network file systems by statfs magic (also as a signed 32-bit value) or mount type', () => {
    expect(networkFileSystemName(0x6969, 'nfs')).toBe('NFS');
    // 0xFF534D42 read as a signed 32-bit integer is -11 317 950 (0xFF534D42 - 2^32).
    expect(networkFileSystemName(0xff534d42 - 2 ** 32, null)).toBe('CIFS');
    expect(networkFileSystemName(0xfe534d42, null)).toBe('SMB2');
    expect(networkFileSystemName(0x65735546, 'fuse.sshfs')).toBe('fuse.sshfs');
    expect(networkFileSystemName(0xef53, 'ext4')).toBeNull();
    expect(networkFileSystemName(0x01021994, 'tmpfs')).toBeNull();
    expect(networkFileSystemName(null, 'nfs4')).toBe('nfs4');
  });

  it('opens a local file without a warning, and words the warning in three languages', async () => {
    const path = tempDir().file('local.andel');
    await importDocument(path, loadRichFixture());
    expect(networkFileSystemOf(path)).toBeNull();
    const handle = await openWorkspace(path);
    expect(handle.warning).toBeNull();
    await handle.close();
    for (const language of ['sv', 'nb', 'en'] as const) {
      const text = translate(language, 'warning.workspace.networkFileSystem', { path: '/mnt/share/w.andel', fileSystem: 'NFS' });
      expect(text).toContain('/mnt/share/w.andel');
      expect(text).toContain('NFS');
      expect(text).toContain('PostgreSQL');
    }
  });
});
