/**
 * The agreement annex built in exceljs, for tests and tools that inspect its cells: the same
 * sheets as the file the app saves (annex-writer.ts writes them once for both), in a workbook
 * whose cells, styles, names and print setup can be read and written back with exceljs.
 * Saving goes through `exportAnnex`, which writes the XML directly and never loads exceljs.
 */
import ExcelJS from 'exceljs';
import type { AnnexInput } from './annex-input';
import type { AnnexPlan } from './annex-plan';
import { writeAnnex } from './annex-writer';

export { exportAnnex, writeAnnex } from './annex-writer';

export interface AnnexWorkbook {
  readonly workbook: ExcelJS.Workbook;
  /** Where everything is: member rows and columns per year, for tests and for the UI to point at. */
  readonly plan: AnnexPlan;
}

export function buildAnnex(input: AnnexInput): AnnexWorkbook {
  const workbook = new ExcelJS.Workbook();
  const plan = writeAnnex(workbook, input);
  return { workbook, plan };
}

export function buildAnnexWorkbook(input: AnnexInput): ExcelJS.Workbook {
  return buildAnnex(input).workbook;
}
