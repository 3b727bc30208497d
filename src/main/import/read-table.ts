/**
 * Turns an uploaded file (its bytes) into a table of text cells: XLSX through the bounded
 * streaming reader in read-xlsx.ts (first worksheet with data), anything else as CSV text in UTF-8 or, when the bytes are not valid
 * UTF-8, Windows-1252 (what Excel on Swedish and Norwegian Windows writes), separated by
 * semicolons, commas or tabs, whichever gives the most consistent rows.
 */
import Papa from 'papaparse';
import { AndelError, ref } from '../../shared/errors';
import { MAX_IMPORT_ROWS } from './read-xlsx';
import { readXlsxOffThread } from './xlsx-off-thread';

export interface RawTable {
  format: 'csv' | 'xlsx';
  encoding: 'utf-8' | 'windows-1252' | null;
  delimiter: string | null;
  /** Every row of the file as text cells; index 0 is the file's row 1. */
  rows: string[][];
}

export { MAX_IMPORT_ROWS };

const isZip = (bytes: Uint8Array): boolean => bytes.length > 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;

export function decodeText(bytes: Uint8Array): { text: string; encoding: 'utf-8' | 'windows-1252' } {
  const hasBom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = hasBom ? bytes.subarray(3) : bytes;
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(body), encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('windows-1252').decode(body), encoding: 'windows-1252' };
  }
}

const DELIMITERS = [';', ',', '\t'] as const;

function parseWith(text: string, delimiter: string, preview = 0): string[][] {
  const result = Papa.parse<string[]>(text, { delimiter, skipEmptyLines: false, preview, quoteChar: '"' });
  return result.data.map((row) => row.map((cell) => String(cell ?? '')));
}

/** The delimiter with which the most of the first rows split into the same number (> 1) of fields. */
export function guessDelimiter(text: string): string {
  let best: { delimiter: string; score: number } = { delimiter: ';', score: -1 };
  for (const delimiter of DELIMITERS) {
    const rows = parseWith(text, delimiter, 40).filter((row) => row.some((cell) => cell.trim() !== ''));
    const counts = new Map<number, number>();
    for (const row of rows) if (row.length > 1) counts.set(row.length, (counts.get(row.length) ?? 0) + 1);
    const score = Math.max(0, ...counts.values());
    if (score > best.score) best = { delimiter, score };
  }
  return best.delimiter;
}

function trimTrailingEmpty(rows: string[][]): string[][] {
  while (rows.length > 0 && rows[rows.length - 1]!.every((cell) => cell === '')) rows.pop();
  return rows;
}

export async function readTable(bytes: Uint8Array): Promise<RawTable> {
  if (bytes.length === 0) throw new AndelError('INVALID_INPUT', ref('error.import.empty'));
  if (isZip(bytes)) return { format: 'xlsx', encoding: null, delimiter: null, rows: trimTrailingEmpty(await readXlsxOffThread(bytes)) };
  const { text, encoding } = decodeText(bytes);
  if (text.includes('\u0000')) throw new AndelError('INVALID_INPUT', ref('error.import.notCsvOrXlsx'));
  const delimiter = guessDelimiter(text);
  const rows = parseWith(text, delimiter).map((row) => row.map((cell) => cell.trim()));
  // A final newline gives one empty row; trailing empty rows say nothing.
  while (rows.length > 0 && rows[rows.length - 1]!.every((cell) => cell === '')) rows.pop();
  if (rows.length > MAX_IMPORT_ROWS + 50) throw new AndelError('INVALID_INPUT', ref('error.import.fileTooLong', { rows: rows.length, max: MAX_IMPORT_ROWS }));
  return { format: 'csv', encoding, delimiter, rows };
}
