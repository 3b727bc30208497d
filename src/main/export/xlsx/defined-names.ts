/**
 * Named cells for parameters, so formulas read `=ROUND(Pool*EqualShare/MemberCount,2)` instead of
 * `=ROUND(Parametrar!$B$3*Parametrar!$B$4/Parametrar!$B$5,2)` — a treasurer can check the rule
 * by reading it, and the Name Box lists every parameter.
 */
import type { WorkbookLike } from './sheet-like';

/**
 * Excel's rules for a defined name, narrowed to ASCII so the same name works in every spreadsheet:
 * a letter or underscore first, then letters, digits, `_` or `.`; not something that reads as a
 * cell reference (`EQ2026`, `R1C1`), which Excel would refuse or misread.
 */
export function checkDefinedName(name: string): string {
  if (!/^[A-Za-z_][A-Za-z0-9_.]{0,254}$/.test(name)) {
    throw new RangeError(`"${name}" is not a usable name: use letters, digits and _ and start with a letter`);
  }
  if (/^[A-Za-z]{1,3}\d+$/.test(name) || /^[RrCc]$/.test(name) || /^[Rr]\d*[Cc]\d*$/.test(name)) {
    throw new RangeError(`"${name}" reads as a cell reference; choose another name (e.g. add a word: Pool_2026)`);
  }
  return name;
}

/** `'Sheet'!$B$3` for `B3`, `'Sheet'!$B$5:$B$7` for `B5:B7`. */
export function absoluteReference(sheet: { readonly name: string }, address: string): string {
  const match = /^([A-Z]{1,3})(\d+)(?::([A-Z]{1,3})(\d+))?$/.exec(address);
  if (!match) throw new RangeError(`"${address}" is not a cell or range address such as B3 or B5:B7`);
  const [, col1, row1, col2, row2] = match;
  const first = `$${col1}$${row1}`;
  // exceljs quotes the sheet name but does not double inner quotes; sheet-setup's
  // safeSheetName keeps apostrophes out of sheet names, so the plain quoting is enough.
  return `'${sheet.name}'!${col2 && row2 ? `${first}:$${col2}$${row2}` : first}`;
}

/** exceljs 4.4 has `definedNames.model` at runtime but leaves it out of its typings (xlsx-writer has it too). */
export function definedNamesOf(workbook: Pick<WorkbookLike, 'definedNames'>): readonly { name: string; ranges: string[] }[] {
  return (workbook.definedNames as unknown as { model: { name: string; ranges: string[] }[] }).model;
}

/**
 * Names a cell or a range on `sheet` workbook-wide and returns the name for use in formulas.
 * A name is defined once: exceljs would silently merge a second definition into a multi-area
 * name, which no formula expects.
 */
export function defineName(workbook: Pick<WorkbookLike, 'definedNames'>, sheet: { readonly name: string }, address: string, name: string): string {
  checkDefinedName(name);
  // Spreadsheets compare names without regard to case.
  const clash = definedNamesOf(workbook).find((defined) => defined.name.toLowerCase() === name.toLowerCase());
  if (clash) throw new RangeError(`the name "${name}" is already defined (${clash.ranges.join(', ')})`);
  workbook.definedNames.add(absoluteReference(sheet, address), name);
  return name;
}
