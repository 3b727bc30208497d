/**
 * The names of exported files: a stem in the export's language with the time as the user's clock
 * shows it, and a path in a folder that never collides with a file already there.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { ExportLanguage } from '../export/export-language';
import { exportLabels } from '../export/export-labels';
import { localStamp } from '../export/local-time';

/** A file name any file system accepts, from a scenario's name. */
export function safeFileName(text: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what a file name must not hold
  return text.normalize('NFC').replace(/[\\/:*?"<>|\u0000-\u001f]+/gu, '-').replace(/\s+/gu, ' ').trim().slice(0, 120) || 'export';
}

/** A path in `folder` that does not exist yet: `name.xlsx`, else `name (2).xlsx`, … */
export function freshPath(folder: string, stem: string, extension = '.xlsx'): string {
  for (let n = 1; ; n += 1) {
    const path = join(folder, `${stem}${n === 1 ? '' : ` (${n})`}${extension}`);
    if (!existsSync(path)) return path;
  }
}

/**
 * `name - version 3 - sv - 2026-11-21 13.00.00` (the stem of an export's default file name): the
 * words in the export's language, the time as the user's clock shows it (local, not UTC), with
 * dots for colons so the name is valid on every file system.
 */
export function exportStem(parts: readonly string[], language: ExportLanguage, exportedAt: Date): string {
  return [...parts, language, localStamp(exportedAt)].map(safeFileName).join(' - ');
}

/** "utkast" or "version 3": which figures an export holds, in its language. */
export function sourceWords(snapshotId: number | null, language: ExportLanguage): string {
  const words = exportLabels(language).fileName;
  return snapshotId === null ? words.draft : `${words.snapshot} ${snapshotId}`;
}
