import { renameSync, rmSync, writeFileSync } from 'node:fs';
import { AndelError, ref } from '../../shared/errors';
import { errnoReasonParam } from '../files/errno-reason';

/** Writes through a temporary file and a rename, so a reader never sees half a document. */
export function writeFileAtomic(path: string, text: string): void {
  const temp = `${path}.${process.pid}.tmp`;
  try {
    writeFileSync(temp, text, 'utf8');
    renameSync(temp, path);
  } catch (error) {
    rmSync(temp, { force: true });
    throw new AndelError('FILE_ERROR', ref('error.json.cannotWrite', { path, reason: errnoReasonParam((error as NodeJS.ErrnoException).code) }));
  }
}
