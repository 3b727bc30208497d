/**
 * The common ground of every logged export (annex, invoicing basis, decision register, meeting
 * pack): where the file goes, writing it without ever replacing a file by accident, and the
 * export-log row — written in the same transaction as the file is put in place, so a failed write
 * leaves no log entry and a failed log leaves no file.
 */
import { mkdir, readFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import type { Kysely } from 'kysely';
import type { ExportedFile } from '../../shared/api/channels/exports.channels';
import type { ExportLogRecord } from '../../shared/document/workspace-document.schema';
import { AndelError, ref } from '../../shared/errors';
import type { Database } from '../db/database.types';
import { sha256Hex, type WrittenWorkbook } from '../export/xlsx/workbook-output';
import { insertExportLogRow, isExportLogged } from '../repositories/export-log.repository';
import { fileWriteError, settleLeftovers, writeFileDurably } from './durable-write';
import { freshPath } from './export-naming';
import { refuseWorkspaceAsOutput } from './same-file';

/** The one exports folder: "Andel exports" next to the workspace file (docs/exports.md). */
export const exportsFolder = (workspacePath: string): string => join(dirname(workspacePath), 'Andel exports');

/** What saveLoggedExport records an export as: every kind of the export log but the workspace document's. */
export type ExportKind = Exclude<ExportLogRecord['kind'], 'workspace_document'>;

/**
 * Where an export is written. Absent `out`: a new file in `folder` (or in "Andel exports" next to
 * the workspace) whose name never collides with an existing one. With `out`: exactly that file,
 * refused if it exists unless `force`.
 */
export interface ExportTarget {
  folder?: string | undefined;
  out?: string | undefined;
  force?: boolean | undefined;
}

/**
 * Writes an export and logs it (durable-write.ts): the file is complete on disk
 * before it takes its name, and the log row and the file's placing succeed or fail together; an
 * existing file is replaced only with `force` and is put back if anything fails. Never the
 * workspace itself, under any name.
 */
export async function saveLoggedExport(
  db: Kysely<Database>,
  workspacePath: string | null,
  file: { kind: ExportKind; stem: string; written: WrittenWorkbook; exportedAt: Date; snapshotId: number | null; scenarioId: number | null; extension?: string },
  target: ExportTarget = {},
): Promise<ExportedFile> {
  let path: string;
  const replace = target.out !== undefined && target.force === true;
  try {
    if (target.out !== undefined) {
      path = resolve(target.out);
      await mkdir(dirname(path), { recursive: true });
    } else {
      const folder = target.folder !== undefined ? resolve(target.folder) : workspacePath ? exportsFolder(workspacePath) : null;
      if (!folder) throw new AndelError('NO_WORKSPACE', ref('error.export.noWorkspace'));
      await mkdir(folder, { recursive: true });
      path = freshPath(folder, file.stem, file.extension);
    }
  } catch (error) {
    if (error instanceof AndelError) throw error;
    throw fileWriteError(target.out ?? target.folder ?? 'the export folder', error);
  }
  if (workspacePath) refuseWorkspaceAsOutput(path, workspacePath);
  await settleLeftovers(dirname(path), async (leftTarget) => isExportLogged(db, basename(leftTarget), sha256Hex(await readFile(leftTarget))));
  const entry = { exportedAt: file.exportedAt.toISOString(), kind: file.kind, snapshotId: file.snapshotId, scenarioId: file.scenarioId, fileName: basename(path), sha256: file.written.sha256 };
  let id = 0;
  await writeFileDurably(path, file.written.buffer, {
    replace,
    commit: async (place) => {
      id = await db.transaction().execute(async (trx) => {
        const inserted = await insertExportLogRow(trx, entry);
        place();
        return inserted;
      });
    },
  });
  return { id, ...entry, path, bytes: file.written.buffer.length };
}

