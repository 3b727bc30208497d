/**
 * "Show in folder" and "Open" for an export: the renderer names an export-log entry, main finds
 * its file in the one exports folder ("Andel exports" next to the workspace) and hands it to the
 * desktop (FileShell). No path ever comes from the renderer.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Kysely } from 'kysely';
import type { ExportFileAction } from '../../../shared/api/channels/exports.channels';
import { AndelError, notFoundError, ref } from '../../../shared/errors';
import type { Database } from '../../db/database.types';
import type { FileShell } from '../../files/file-shell';
import { exportsFolder } from '../../files/logged-export';
import { findExportLogRow } from '../../repositories/export-log.repository';

/** The file of an export-log entry, as it is on disk now; refused when the entry or the file is gone. */
async function exportedFile(db: Kysely<Database>, workspacePath: string | null, exportId: number): Promise<{ path: string; fileName: string; folder: string }> {
  if (!workspacePath) throw new AndelError('NO_WORKSPACE', ref('error.export.noWorkspace'));
  const row = await findExportLogRow(db, exportId);
  if (!row) throw notFoundError('export', exportId);
  const folder = exportsFolder(workspacePath);
  const path = join(folder, row.fileName);
  if (!existsSync(path)) throw new AndelError('FILE_ERROR', ref('error.export.fileGone', { file: row.fileName, folder }));
  return { path, fileName: row.fileName, folder };
}

function desktop(fileShell: FileShell | undefined, folder: string): FileShell {
  if (!fileShell) throw new AndelError('FILE_ERROR', ref('error.export.noDesktop', { folder }));
  return fileShell;
}

/** Opens the export's folder with its file selected. */
export async function revealExport(db: Kysely<Database>, workspacePath: string | null, exportId: number, fileShell: FileShell | undefined): Promise<ExportFileAction> {
  const file = await exportedFile(db, workspacePath, exportId);
  await desktop(fileShell, file.folder).showInFolder(file.path);
  return { fileName: file.fileName };
}

/** Opens the export with the program the system gives its type (Excel, LibreOffice, a PDF reader). */
export async function openExport(db: Kysely<Database>, workspacePath: string | null, exportId: number, fileShell: FileShell | undefined): Promise<ExportFileAction> {
  const file = await exportedFile(db, workspacePath, exportId);
  const failure = await desktop(fileShell, file.folder).openPath(file.path);
  if (failure !== '') throw new AndelError('FILE_ERROR', ref('error.export.cannotOpen', { file: file.fileName, why: failure }));
  return { fileName: file.fileName };
}
