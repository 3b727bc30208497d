/**
 * How Andel puts a file in place so that, whatever happens (a kill, a full disk, a failed log
 * entry), the target is either the complete old file, the complete new file, or absent — never
 * half of one, and never an existing file destroyed before the new one is complete:
 *
 *   1. the bytes go to a temporary file in the target's own folder, then fsync;
 *   2. replacing: the old file is kept under a second (hard-link) name first;
 *   3. `commit` runs (the export log's transaction) around the step that puts the new file in
 *      place: link (a new file; refuses an existing one atomically) or rename (replace); the
 *      folder is fsynced;
 *   4. if `commit` fails, the old file is put back (or the new one removed).
 *
 * Temporary files are named `.<name>.<pid>.<hex>.andel-tmp` / `.andel-old`; those of a process
 * that died are settled by `settleLeftovers` on the next write to the same folder.
 */
import { randomBytes } from 'node:crypto';
import { closeSync, copyFileSync, existsSync, fsyncSync, linkSync, openSync, readdirSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { AndelError, issue } from '../../shared/errors';
import { ref } from '../../shared/i18n/translate';
import { faultPoint } from './fault-point';
import { processAlive } from './leftovers';
import { errnoReasonParam } from './errno-reason';

/** Errors of a file system that has no hard links (FAT, some network shares). */
const noHardLinks = new Set(['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS', 'EMLINK']);

/** A second name for `from` (a hard link), or a copy where the file system has no hard links. */
function keepCopy(from: string, to: string): void {
  try {
    linkSync(from, to);
  } catch (error) {
    if (!noHardLinks.has((error as NodeJS.ErrnoException).code ?? '')) throw error;
    copyFileSync(from, to);
  }
}

/** Puts `temp` at `path` only if nothing is there: a hard link fails atomically on an existing file. */
function placeNew(temp: string, path: string): void {
  try {
    linkSync(temp, path);
    rmSync(temp, { force: true });
  } catch (error) {
    if (!noHardLinks.has((error as NodeJS.ErrnoException).code ?? '')) throw error;
    if (existsSync(path)) throw Object.assign(new Error('exists'), { code: 'EEXIST' });
    renameSync(temp, path);
  }
}

const leftoverPattern = /^\.(.+)\.(\d+)\.([0-9a-f]{8})\.andel-(tmp|old)$/u;

export function fileWriteError(path: string, error: unknown): AndelError {
  const code = (error as NodeJS.ErrnoException).code ?? 'error';
  const why = errnoReasonParam(code);
  return new AndelError('FILE_ERROR', ref('error.file.cannotWrite', { path, why }), [issue('file', 'error.file.cannotWriteIssue', { why })]);
}

function writeAndSync(path: string, bytes: Uint8Array): void {
  const fd = openSync(path, 'wx', 0o644);
  try {
    let offset = 0;
    while (offset < bytes.length) offset += writeSync(fd, bytes, offset, bytes.length - offset);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** Makes a rename or link in `folder` durable. Some systems cannot fsync a folder (Windows): that is not an error there. */
export function syncFolder(folder: string): void {
  let fd: number | undefined;
  try {
    fd = openSync(folder, 'r');
    fsyncSync(fd);
  } catch {
    // not supported on this platform or file system
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/**
 * Settles what a process that died while writing left in `folder`: its temporary files are
 * removed; a kept old file is put back unless `isLogged` says the file now at its name is the
 * logged new one (the write had committed when the process died).
 */
export async function settleLeftovers(folder: string, isLogged: (path: string) => Promise<boolean> = () => Promise.resolve(false)): Promise<void> {
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return;
  }
  for (const name of names) {
    const match = leftoverPattern.exec(name);
    if (!match || processAlive(Number(match[2]))) continue;
    const leftover = join(folder, name);
    const target = join(folder, match[1]!);
    try {
      if (match[4] === 'old' && (!existsSync(target) || !(await isLogged(target)))) renameSync(leftover, target);
      else rmSync(leftover, { force: true });
    } catch {
      // another process settles it, or it cannot be touched: the next write tries again
    }
  }
}

export interface DurableWriteOptions {
  /** Replace an existing file (else an existing file is refused with CONFLICT). */
  replace: boolean;
  /**
   * Runs `place` (which puts the new file at its name) inside the caller's commit — the export
   * log's transaction — so the file and its log entry succeed or fail together.
   */
  commit?: (place: () => void) => Promise<unknown>;
}

/** Writes `bytes` to `path` as described at the top of this module. */
export async function writeFileDurably(path: string, bytes: Uint8Array, options: DurableWriteOptions): Promise<void> {
  const folder = dirname(path);
  const tag = `${process.pid}.${randomBytes(4).toString('hex')}`;
  const temp = join(folder, `.${basename(path)}.${tag}.andel-tmp`);
  const kept = join(folder, `.${basename(path)}.${tag}.andel-old`);
  let keptOld = false;
  let placed = false;
  try {
    writeAndSync(temp, bytes);
  } catch (error) {
    rmSync(temp, { force: true });
    throw fileWriteError(path, error);
  }
  faultPoint('file:temp-written');
  const place = (): void => {
    try {
      if (options.replace) {
        if (existsSync(path)) {
          keepCopy(path, kept);
          keptOld = true;
          faultPoint('file:old-kept');
        }
        renameSync(temp, path);
      } else {
        placeNew(temp, path);
      }
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EEXIST') {
        throw new AndelError('CONFLICT', ref('error.file.exists', { path }), [issue('out', 'error.file.existsIssue')]);
      }
      throw fileWriteError(path, error);
    }
    placed = true;
    syncFolder(folder);
    faultPoint('file:placed');
  };
  try {
    if (options.commit) await options.commit(place);
    else place();
  } catch (error) {
    // Undo: the old file back under its name, or the new one removed; the temporary file gone.
    if (keptOld) renameSync(kept, path);
    else if (placed) rmSync(path, { force: true });
    rmSync(temp, { force: true });
    syncFolder(folder);
    throw error;
  }
  faultPoint('file:logged');
  if (keptOld) rmSync(kept, { force: true });
}
