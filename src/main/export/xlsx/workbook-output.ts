/**
 * Serialises a workbook and fingerprints the bytes, so the caller can log the export (time, file
 * name, SHA-256) and anyone can later tell whether a file on disk is the one Andel wrote.
 * The hash is of these bytes: exceljs stamps zip entries with the current time, so two exports of
 * the same data a second apart differ in hash — the log records which file was handed out.
 */
import { createHash } from 'node:crypto';
import type { Workbook, XlsxWriteOptions } from 'exceljs';

export interface WrittenWorkbook {
  readonly buffer: Buffer;
  /** SHA-256 of `buffer`, lower-case hex. */
  readonly sha256: string;
}

export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** Any finished file's bytes (a PDF) with their SHA-256, for saveLoggedExport like a workbook's. */
export function writtenBytes(buffer: Buffer): WrittenWorkbook {
  return { buffer, sha256: sha256Hex(buffer) };
}

/** `options` go to exceljs's `writeBuffer` as they are; without them, exceljs's defaults. */
export async function workbookToBuffer(workbook: Workbook, options?: Partial<XlsxWriteOptions>): Promise<WrittenWorkbook> {
  const buffer = Buffer.from(await workbook.xlsx.writeBuffer(options));
  return { buffer, sha256: sha256Hex(buffer) };
}
