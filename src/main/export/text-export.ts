/**
 * Text exports (CSV and plain-text tables) that a spreadsheet can open: user text must never
 * become a live formula there.
 *
 * A spreadsheet opening a CSV (or a text file through its import) evaluates a field that starts
 * with `=`, `+`, `-` or `@` — also behind leading spaces, tabs or line breaks — as a formula:
 * a member named `=HYPERLINK("http://x","y")`, `+cmd|' /C calc'!A0`, `@SUM(A1)` or even `-2+3`
 * would run in the treasurer's spreadsheet (CSV / formula injection). Unlike an xlsx cell, a CSV
 * field has no type, so the only defence is in the text: such a field gets a leading apostrophe,
 * which spreadsheets show as text (the OWASP recommendation). Every CSV and text writer goes
 * through this module; numbers Andel formats itself (`-12.50`) are written with `csvNumber` and
 * left as numbers.
 *
 * xlsx exports need none of this: their user text is a typed string cell (see xlsx/safe-cell.ts).
 */
import { looksLikeFormula } from './xlsx/safe-cell';

/** The text as it may start a spreadsheet field: with a leading apostrophe when it would be a formula. */
export function neutraliseFormula(text: string): string {
  return looksLikeFormula(text) ? `'${text}` : text;
}

/** Quotes a field when it holds a separator (comma or semicolon: Nordic spreadsheets split on either), a quote or a line break. */
function quoted(text: string): string {
  return /[",;\t\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A CSV field of user text (names, titles, ids from a key): neutralised, then quoted when needed. */
export function csvText(text: string): string {
  return quoted(neutraliseFormula(text));
}

/** A CSV field Andel formatted itself from a number (an amount, a year, an id): never neutralised. */
export function csvNumber(text: string): string {
  if (!/^-?\d+(\.\d+)?$/.test(text)) throw new RangeError(`"${text}" is not a number Andel formatted`);
  return text;
}
