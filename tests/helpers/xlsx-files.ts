/**
 * The tests' side of a workbook: writing one built in a test to a file (the app writes its
 * exports through saveLoggedExport, which decides where), and reading a spreadsheet's amount back
 * as minor units (the app never reads its own exports back).
 */
import { writeFile } from 'node:fs/promises';
import type { Workbook } from 'exceljs';
import { workbookToBuffer, type WrittenWorkbook } from '../../src/main/export/xlsx/workbook-output';

/** Writes the workbook to `path` and returns what was written. */
export async function writeWorkbookFile(workbook: Workbook, path: string): Promise<WrittenWorkbook> {
  const written = await workbookToBuffer(workbook);
  await writeFile(path, written.buffer);
  return written;
}

/**
 * A major-unit number read back from a spreadsheet, as minor units; throws when it is not within
 * a millionth of a minor unit of a whole number (a sign the formula did not ROUND).
 */
export function majorToMinor(major: number, exponent = 2): number {
  if (!Number.isInteger(exponent) || exponent < 0 || exponent > 4) throw new RangeError(`a currency exponent is an integer from 0 to 4, not ${exponent}`);
  const scaled = major * 10 ** exponent;
  const minor = Math.round(scaled);
  if (Math.abs(scaled - minor) > 1e-6) throw new RangeError(`${major} is not a whole number of minor units`);
  return minor === 0 ? 0 : minor; // no -0
}
