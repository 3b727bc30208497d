/**
 * Whether a workspace file lies on a network file system. SQLite's write-ahead log needs shared
 * memory that every process sees, which NFS and SMB/CIFS shares do not give: two computers opening
 * the same file there can corrupt it. Andel opens such a file (it may be one person on a mounted
 * home folder) but says so clearly, and points to the shared server database instead.
 *
 * Linux: the file system's magic number (statfs), and the mount table for FUSE mounts (sshfs).
 * Elsewhere statfs's numbers mean other things, so nothing is claimed.
 */
import { readFileSync, realpathSync, statfsSync } from 'node:fs';
import { dirname } from 'node:path';

/** statfs f_type values of Linux's network file systems (linux/magic.h and the file systems' own headers). */
const NETWORK_MAGIC: ReadonlyMap<number, string> = new Map([
  [0x6969, 'NFS'],
  [0x517b, 'SMB'],
  [0xff534d42, 'CIFS'],
  [0xfe534d42, 'SMB2'],
  [0x5346414f, 'AFS'],
  [0x00c36400, 'Ceph'],
  [0x013111a8, 'Lustre'],
  [0x47504653, 'GPFS'],
]);

const NETWORK_FUSE = new Set(['fuse.sshfs', 'fuse.glusterfs', 'fuse.s3fs', 'fuse.rclone', 'fuse.davfs', 'davfs']);

/** The file system type of the mount holding `path`, from a Linux mount table (/proc/mounts text). */
export function mountTypeOf(path: string, mountTable: string): string | null {
  let best: { point: string; type: string } | null = null;
  for (const line of mountTable.split('\n')) {
    const [, rawPoint, type] = line.split(' ');
    if (!rawPoint || !type) continue;
    // The table escapes spaces and the like as octal (\040).
    const point = rawPoint.replace(/\\([0-7]{3})/gu, (_, octal: string) => String.fromCharCode(parseInt(octal, 8)));
    const inside = point === '/' || path === point || path.startsWith(`${point}/`);
    if (inside && (!best || point.length >= best.point.length)) best = { point, type };
  }
  return best?.type ?? null;
}

/** The network file system's name for a statfs type or mount type, or null when it is local (or unknown). */
export function networkFileSystemName(statfsType: number | null, mountType: string | null): string | null {
  if (statfsType !== null) {
    const byMagic = NETWORK_MAGIC.get(statfsType >>> 0);
    if (byMagic) return byMagic;
  }
  if (mountType && (NETWORK_FUSE.has(mountType) || /^(nfs4?|cifs|smb3?|smbfs|afs|ceph|9p\.net)$/u.test(mountType))) return mountType;
  return null;
}

/** The network file system the workspace file at `path` lies on (e.g. "NFS", "CIFS"), or null. */
export function networkFileSystemOf(path: string): string | null {
  if (process.platform !== 'linux') return null;
  try {
    const folder = dirname(realpathSync(path));
    let mountType: string | null = null;
    try {
      mountType = mountTypeOf(folder, readFileSync('/proc/mounts', 'utf8'));
    } catch {
      // no mount table (a container without /proc): statfs alone decides
    }
    return networkFileSystemName(statfsSync(folder).type, mountType);
  } catch {
    return null;
  }
}
