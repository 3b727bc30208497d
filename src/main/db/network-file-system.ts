/**
 * Whether a workspace file lies on a network file system. SQLite's write-ahead log needs shared
 * memory that every process sees, which NFS and SMB/CIFS shares do not give: two computers opening
 * the same file there can corrupt it. Andel opens such a file (it may be one person on a mounted
 * home folder) but says so clearly, and points to the shared server database instead.
 *
 * Linux: the file system's magic number (statfs), and the mount table for FUSE mounts (sshfs).
 * Windows: the path's form: a UNC path (\\server\share\…), or a mapped drive letter, which the
 * system's own final path (realpathSync.native, GetFinalPathNameByHandle) turns into one. Node's
 * statfs has no file system type on Windows, and `net use` is not asked.
 * macOS: statfs's numbers are not stable there, so the type's name comes from `mount`'s output
 * (`//anna@nas/styrgrupp on /Volumes/styrgrupp (smbfs, nodev, nosuid, mounted by anna)`).
 * Elsewhere nothing is claimed. The parsers are pure functions, tested with fixtures.
 */
import { execFileSync } from 'node:child_process';
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

/**
 * Windows: "SMB" for a UNC path (`\\server\share\…`, `\\?\UNC\server\share\…`; either slash),
 * "WebDAV" for the WebDAV redirector's form (`\\server@SSL\DavWWWRoot\…`), null for a drive
 * letter, a local long path (`\\?\C:\…`) or a device (`\\.\…`).
 */
export function windowsNetworkShare(path: string): string | null {
  const p = path.replace(/\//gu, '\\');
  const unc = /^\\\\\?\\UNC\\([^\\]+)\\[^\\]+/iu.exec(p) ?? /^\\\\([^\\?.][^\\]*)\\[^\\]+/u.exec(p);
  if (!unc) return null;
  return /@SSL(@\d+)?$|@\d+$/iu.test(unc[1]!) || /\\DavWWWRoot(\\|$)/iu.test(p) ? 'WebDAV' : 'SMB';
}

/** macOS mount types of network file systems, by `mount`'s name for them. */
const MAC_NETWORK_TYPES: ReadonlyMap<string, string> = new Map([
  ['nfs', 'NFS'],
  ['smbfs', 'SMB'],
  ['afpfs', 'AFP'],
  ['webdav', 'WebDAV'],
  ['cifs', 'CIFS'],
  ['ftp', 'FTP'],
]);
/** FUSE on macOS (sshfs and the like): a network file system unless `mount` marks it `local`. */
const MAC_FUSE_TYPES = new Set(['macfuse', 'osxfuse', 'osxfusefs', 'fusefs', 'fuse-t', 'nfs-fuse']);

/** The mount holding `path` from macOS `mount` output: its type and whether it is marked `local`. */
export function macMountOf(path: string, mountOutput: string): { type: string; local: boolean } | null {
  let best: { point: string; type: string; local: boolean } | null = null;
  for (const line of mountOutput.split('\n')) {
    const match = /^.+? on (.+) \(([^,)]+)((?:, [^)]*)?)\)$/u.exec(line.trim());
    if (!match) continue;
    const [, point, type, options] = match as unknown as [string, string, string, string];
    const inside = point === '/' || path === point || path.startsWith(`${point}/`);
    if (inside && (!best || point.length >= best.point.length)) best = { point, type, local: /(^|, )local(,|$)/u.test(options.replace(/^, /u, '')) };
  }
  return best ? { type: best.type, local: best.local } : null;
}

/** The network file system's name for the mount holding `path` in macOS `mount` output, or null. */
export function macNetworkFileSystem(path: string, mountOutput: string): string | null {
  const mount = macMountOf(path, mountOutput);
  if (!mount) return null;
  const named = MAC_NETWORK_TYPES.get(mount.type);
  if (named) return named;
  return MAC_FUSE_TYPES.has(mount.type) && !mount.local ? mount.type : null;
}

/** The network file system the workspace file at `path` lies on (e.g. "NFS", "CIFS", "SMB"), or null. */
export function networkFileSystemOf(path: string, platform: NodeJS.Platform = process.platform): string | null {
  if (platform === 'win32') {
    try {
      return windowsNetworkShare(path) ?? windowsNetworkShare(realpathSync.native(path));
    } catch {
      return null;
    }
  }
  if (platform === 'darwin') {
    try {
      return macNetworkFileSystem(dirname(realpathSync(path)), execFileSync('/sbin/mount', { encoding: 'utf8', timeout: 5000, stdio: ['ignore', 'pipe', 'ignore'] }));
    } catch {
      return null;
    }
  }
  if (platform !== 'linux') return null;
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
