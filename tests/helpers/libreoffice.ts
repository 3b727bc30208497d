/**
 * LibreOffice as an independent spreadsheet engine for tests: it recalculates every formula in a
 * workbook Andel wrote, so a test can compare the spreadsheet's own results with Andel's figures,
 * and it renders workbooks to PNG for screenshots.
 *
 * LibreOffice keeps the cached values of an xlsx by default ("never recalculate" for files it did
 * not write) — a test would then only read back Andel's own numbers. Each run therefore gets a
 * throwaway user profile whose registrymodifications.xcu sets
 * /org.openoffice.Office.Calc/Formula/Load/OOXMLRecalcMode to 0 ("always recalculate"). The
 * profile is private to the run, so parallel test workers never share a LibreOffice instance.
 * A missing `soffice` is an error, not a skip: these tests are the proof that annexes recompute.
 */
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { basename, dirname, extname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import ExcelJS from 'exceljs';
import { createTempDir } from './temp-dir';

const run = promisify(execFile);

const SOFFICE = process.env.ANDEL_SOFFICE ?? 'soffice';
const TIMEOUT_MS = 120_000;

/** 0 = always recalculate on load, for both OOXML (xlsx) and ODF files. */
const RECALC_PROFILE = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

let installed: Promise<void> | null = null;

function assertSofficeInstalled(): Promise<void> {
  installed ??= checkSoffice();
  return installed;
}

async function checkSoffice(): Promise<void> {
  try {
    await run(SOFFICE, ['--version'], { timeout: 30_000 });
  } catch (error) {
    installed = null;
    throw new Error(
      `LibreOffice is needed to check that exported workbooks recompute, but "${SOFFICE}" could not be run ` +
        `(${(error as Error).message}). Install it with: apt-get install libreoffice-calc-nogui`,
    );
  }
}

/** Runs `soffice --convert-to <format>` on `inputPath` with a fresh recalculating profile; returns the output path. */
async function convert(inputPath: string, format: 'xlsx' | 'pdf', outDir: string): Promise<string> {
  await assertSofficeInstalled();
  const work = createTempDir('andel-lo-profile-');
  try {
    await mkdir(join(work.path, 'user'), { recursive: true });
    await writeFile(join(work.path, 'user', 'registrymodifications.xcu'), RECALC_PROFILE);
    const args = [
      `-env:UserInstallation=${pathToFileURL(work.path).href}`,
      '--headless',
      '--norestore',
      '--nologo',
      '--nodefault',
      '--convert-to',
      format,
      '--outdir',
      outDir,
      inputPath,
    ];
    const { stdout, stderr } = await run(SOFFICE, args, { timeout: TIMEOUT_MS });
    const output = join(outDir, `${basename(inputPath, extname(inputPath))}.${format}`);
    const exists = await stat(output).then(
      (s) => s.isFile() && s.size > 0,
      () => false,
    );
    if (!exists) throw new Error(`LibreOffice wrote no ${format} for ${inputPath}.\nstdout: ${stdout}\nstderr: ${stderr}`);
    return output;
  } finally {
    work.remove();
  }
}

/**
 * Opens `xlsxPath` in LibreOffice, recalculates every formula, and saves it as a new xlsx in a
 * fresh folder beside the input (so it goes when the test removes its temp folder); returns that
 * file's path. Formula cells in it hold LibreOffice's results.
 */
export async function recalculateWithLibreOffice(xlsxPath: string): Promise<string> {
  const outDir = await mkdtemp(join(dirname(xlsxPath), 'recalculated-'));
  return convert(xlsxPath, 'xlsx', outDir);
}

/**
 * Recalculates many workbooks in ONE LibreOffice run (one start-up for all, which is most of the
 * cost): each is saved as a new xlsx in one fresh folder beside the first; returns their paths in
 * the order given. The inputs must have distinct file names.
 */
export async function recalculateAllWithLibreOffice(xlsxPaths: readonly string[]): Promise<string[]> {
  await assertSofficeInstalled();
  const first = xlsxPaths[0];
  if (first === undefined) return [];
  const outDir = await mkdtemp(join(dirname(first), 'recalculated-'));
  const work = createTempDir('andel-lo-profile-');
  try {
    await mkdir(join(work.path, 'user'), { recursive: true });
    await writeFile(join(work.path, 'user', 'registrymodifications.xcu'), RECALC_PROFILE);
    const args = [`-env:UserInstallation=${pathToFileURL(work.path).href}`, '--headless', '--norestore', '--nologo', '--nodefault', '--convert-to', 'xlsx', '--outdir', outDir, ...xlsxPaths];
    await run(SOFFICE, args, { timeout: TIMEOUT_MS * 4 });
  } finally {
    work.remove();
  }
  const outputs = xlsxPaths.map((path) => join(outDir, `${basename(path, extname(path))}.xlsx`));
  for (const output of outputs) {
    const written = await stat(output).then((s) => s.isFile() && s.size > 0, () => false);
    if (!written) throw new Error(`LibreOffice wrote no xlsx ${output}`);
  }
  return outputs;
}

/**
 * Renders every printed page of the workbook to PNG (80 dpi) as `<outPngPrefix>-<page>.png`,
 * through LibreOffice's PDF export and poppler's pdftoppm; returns the PNG paths in page order.
 */
export async function renderToPng(xlsxPath: string, outPngPrefix: string): Promise<string[]> {
  const outDir = createTempDir('andel-lo-pdf-');
  try {
    const pdf = await convert(xlsxPath, 'pdf', outDir.path);
    await run('pdftoppm', ['-png', '-r', '80', pdf, outPngPrefix], { timeout: TIMEOUT_MS });
  } finally {
    outDir.remove();
  }
  const folder = join(outPngPrefix, '..');
  const stem = basename(outPngPrefix);
  const pages = (await readdir(folder))
    .filter((name) => name.startsWith(`${stem}-`) && name.endsWith('.png') && /^\d+$/.test(name.slice(stem.length + 1, -4)))
    .sort((a, b) => Number(a.slice(stem.length + 1, -4)) - Number(b.slice(stem.length + 1, -4)));
  if (pages.length === 0) throw new Error(`pdftoppm wrote no pages for ${xlsxPath}`);
  return pages.map((name) => join(folder, name));
}

export type CellScalar = string | number | boolean | Date | null;

/** A cell as a reader sees it: the formula's result for formula cells, plain text for rich text. */
export function cellScalar(value: ExcelJS.CellValue): CellScalar {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' || value instanceof Date) return value;
  if ('richText' in value) return value.richText.map((run) => run.text).join('');
  if ('formula' in value || 'sharedFormula' in value) return cellScalar((value.result ?? null) as ExcelJS.CellValue);
  if ('error' in value) return value.error;
  if ('text' in value) return typeof value.text === 'string' ? value.text : cellScalar(value.text);
  return null;
}

/** Every non-empty cell's value, by sheet name and address (A1 style). */
export async function readValues(path: string): Promise<Record<string, Record<string, CellScalar>>> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  const sheets: Record<string, Record<string, CellScalar>> = {};
  workbook.eachSheet((sheet) => {
    const cells: Record<string, CellScalar> = {};
    sheet.eachRow({ includeEmpty: false }, (row) => {
      row.eachCell({ includeEmpty: false }, (cell) => {
        cells[cell.address] = cellScalar(cell.value);
      });
    });
    sheets[sheet.name] = cells;
  });
  return sheets;
}

/**
 * The raw XML of one part of an xlsx (e.g. `xl/worksheets/sheet1.xml`), to assert what is really
 * in the file rather than what a reader makes of it. Uses the jszip that exceljs itself depends
 * on, resolved from exceljs's folder, so the test adds no dependency of its own.
 */
export async function readXlsxPart(path: string, part: string): Promise<string> {
  const requireFromExceljs = createRequire(createRequire(import.meta.url).resolve('exceljs'));
  const JSZip = requireFromExceljs('jszip') as {
    loadAsync(data: Uint8Array): Promise<{ file(name: string): { async(type: 'string'): Promise<string> } | null }>;
  };
  const zip = await JSZip.loadAsync(await readFile(path));
  const entry = zip.file(part);
  if (!entry) throw new Error(`${path} has no part ${part}`);
  return entry.async('string');
}
