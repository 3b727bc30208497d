/**
 * The part of a workbook the exports write through: cells with a value and a style, rows with a
 * height, columns with a width, views, print setup, defined names and document properties.
 *
 * Both an exceljs workbook and Andel's own xlsx writer (xlsx-writer.ts) have this shape, so the
 * building blocks (safe-cell, formula-cell, sheet-setup, defined-names, parameter-table) and the
 * annex's sheets are written once and run on either: the annex is written straight to XML for
 * speed, and into exceljs where a test or a tool wants to inspect the cells. Only types are taken
 * from exceljs here; nothing of it is loaded at run time.
 */
import type { Cell, HeaderFooter, PageSetup, WorksheetView } from 'exceljs';

export type CellLike = Pick<Cell, 'value' | 'numFmt' | 'font' | 'alignment' | 'fill' | 'border' | 'style'>;

export interface RowLike {
  readonly number: number;
  /** Points; unset (undefined at run time) means the spreadsheet's default height. */
  height: number | undefined;
  getCell(column: number): CellLike;
}

export interface ColumnLike {
  width?: number;
}

export interface SheetLike {
  readonly name: string;
  getCell(row: number, column: number): CellLike;
  getRow(row: number): RowLike;
  getColumn(column: number): ColumnLike;
  /** The highest row that has been touched (written or addressed), if any. */
  readonly lastRow: RowLike | undefined;
  views: Partial<WorksheetView>[];
  pageSetup: Partial<PageSetup>;
  headerFooter: Partial<HeaderFooter>;
  /**
   * Writes rows 1 … `through` out and lets their cells go, where the workbook can (Andel's writer;
   * exceljs keeps every row). A long table calls it as it goes; nothing may touch those rows after.
   */
  commitRows?(through: number): void;
}

export interface WorkbookLike<Sheet extends SheetLike = SheetLike> {
  addWorksheet(name: string): Sheet;
  readonly definedNames: { add(location: string, name: string): void };
  creator: string;
  lastModifiedBy: string;
  created: Date;
  modified: Date;
  title: string;
  subject: string;
  company: string;
  keywords: string;
}
