/**
 * A parameters table: one row per parameter with its label, its value in a named cell, and the
 * name itself, so a reader sees both what `EqualShare` means and where formulas take it from.
 * The annex's parameter sheet is this table; member tables refer to the names it returns.
 */
import type { SheetLike, WorkbookLike } from './sheet-like';
import { defineName } from './defined-names';
import { setFormula } from './formula-cell';
import { setText } from './safe-cell';
import { columnLetter, FONT_NAME, styleHeaderRow } from './sheet-setup';

export interface ParameterRow {
  /** The defined name, e.g. `EqualShare` or `Pool_2026`. */
  readonly name: string;
  readonly label: string;
  /** A typed-in value, or a formula (e.g. `SUM(Population)`) with Andel's figure as cached result. */
  readonly value: number | { readonly formula: string; readonly cached: number };
  readonly numFmt: string;
}

export interface ParameterTableHeaders {
  readonly label: string;
  readonly value: string;
  readonly name: string;
}

/**
 * Writes the header at `headerRow` (columns A–C) and the parameters below it; names every value
 * cell. Returns each name's cell address (`B6`), in the order given.
 */
export function writeParameterTable(
  workbook: Pick<WorkbookLike, 'definedNames'>,
  sheet: SheetLike,
  headerRow: number,
  headers: ParameterTableHeaders,
  parameters: readonly ParameterRow[],
): Map<string, string> {
  setText(sheet.getCell(headerRow, 1), headers.label);
  setText(sheet.getCell(headerRow, 2), headers.value);
  setText(sheet.getCell(headerRow, 3), headers.name);
  sheet.getCell(headerRow, 2).alignment = { horizontal: 'right' };
  sheet.getCell(headerRow, 3).alignment = { horizontal: 'left', indent: 1 };
  styleHeaderRow(sheet, headerRow, 1, 3);

  const addresses = new Map<string, string>();
  parameters.forEach((parameter, index) => {
    const row = headerRow + 1 + index;
    setText(sheet.getCell(row, 1), parameter.label);
    const valueCell = sheet.getCell(row, 2);
    if (typeof parameter.value === 'number') {
      valueCell.value = parameter.value;
    } else {
      setFormula(valueCell, parameter.value.formula, parameter.value.cached);
    }
    valueCell.numFmt = parameter.numFmt;
    const address = `${columnLetter(2)}${row}`;
    defineName(workbook, sheet, address, parameter.name);
    setText(sheet.getCell(row, 3), parameter.name);
    sheet.getCell(row, 3).font = { name: 'Consolas', size: 10, color: { argb: 'FF595959' } };
    // Indented so a right-aligned value never runs into its name.
    sheet.getCell(row, 3).alignment = { horizontal: 'left', indent: 1 };
    sheet.getCell(row, 1).font = { name: FONT_NAME };
    addresses.set(parameter.name, address);
  });
  return addresses;
}
