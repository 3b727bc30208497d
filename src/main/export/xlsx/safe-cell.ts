/**
 * Text cells that can never become formulas.
 *
 * Names, titles and decision texts come from users and from imported files. A spreadsheet that
 * treats `=HYPERLINK("http://x","y")` or `@SUM(…)` as a formula would let a member's name run code
 * in the treasurer's Excel (CSV/formula injection). The rule: user text is written only through
 * `setText`, which stores it as a string cell (`t="s"`, a shared string) whatever it starts with.
 * The text is kept verbatim — no apostrophe or space is prefixed — because an annex is a legal
 * document and "-10 % rabatt" or "+46 …" must read exactly as entered. Spreadsheets never evaluate
 * a string cell on opening; exceljs has no `quotePrefix` style, so a user who re-edits such a cell
 * by hand in Excel is on their own (see docs/exports.md).
 */
import type { CellLike } from './sheet-like';

/** Excel's hard limit on the length of one cell's text. */
export const MAX_CELL_TEXT = 32_767;

/** Characters that would make a spreadsheet treat typed-in text as a formula (also behind tab/CR/LF). */
const FORMULA_TRIGGER = /^[\t\r\n ]*[=+\-@]/;

/** Characters XML 1.0 cannot carry at all; left in, they would make the file unreadable. */
// eslint-disable-next-line no-control-regex
const XML_INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

/** True when the text would be taken as a formula if typed or pasted into a spreadsheet. */
export function looksLikeFormula(text: string): boolean {
  return FORMULA_TRIGGER.test(text);
}

/**
 * The text as it can be stored: characters XML cannot hold become U+FFFD (visible, not silently
 * dropped) and line breaks become LF — an XML reader turns a raw CR into LF anyway, so writing
 * LF ourselves keeps what we write equal to what every reader gets back. Everything else,
 * including a leading `=`, is kept.
 */
export function storableText(text: string): string {
  const cleaned = text.replace(/\r\n?/g, '\n').replace(XML_INVALID, '\uFFFD');
  if (cleaned.length > MAX_CELL_TEXT) {
    throw new RangeError(`a cell can hold at most ${MAX_CELL_TEXT} characters; this text has ${cleaned.length}`);
  }
  return cleaned;
}

/** Writes user text as a plain string cell; an empty or missing text leaves the cell empty. */
export function setText(cell: CellLike, text: string | null | undefined): void {
  if (text === null || text === undefined || text === '') {
    cell.value = null;
    return;
  }
  // A string value is always serialised (by exceljs and by xlsx-writer) as a shared string, never as <f>; an object
  // value could be a formula, so nothing but the string itself is ever assigned here.
  cell.value = storableText(text);
}
