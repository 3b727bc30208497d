/**
 * Calendar dates as real spreadsheet dates (sortable, filterable), not text.
 *
 * exceljs turns a JS Date into a serial day number from its UTC time, so a `YYYY-MM-DD` is built
 * at UTC midnight: a date never shifts by a day with the exporting machine's time zone.
 */
import type { CellLike } from './sheet-like';

export function isoDateToUtc(isoDate: string): Date {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!match) throw new RangeError(`"${isoDate}" is not a date written as YYYY-MM-DD`);
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    throw new RangeError(`"${isoDate}" is not a date that exists`);
  }
  return date;
}

/** Writes a date with `numFmt` (see number-formats' dateFormat); a missing date leaves the cell empty. */
export function setDate(cell: CellLike, isoDate: string | null, numFmt: string): void {
  cell.value = isoDate === null ? null : isoDateToUtc(isoDate);
  cell.numFmt = numFmt;
}
