/**
 * Formula injection through exports: four members (and four decisions) named like formulas —
 * `=HYPERLINK(…)`, `+cmd|…`, `@SUM(A1)` and `-2+3` — go through every CSV / text writer and every
 * xlsx export as users run them (the `andel` CLI on a real workspace file). A CSV field must start
 * with an apostrophe (a spreadsheet then shows it as text); an xlsx cell must be a plain string
 * with the name verbatim and no formula anywhere mentioning it.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { WorkspaceDocument } from '../../../src/shared/document/workspace-document.schema';
import { csvNumber, csvText, neutraliseFormula } from '../../../src/main/export/text-export';
import { runAndel, type CliResult } from '../../helpers/cli';
import { readXlsxPart } from '../../helpers/libreoffice';
import { createTempDir } from '../../helpers/temp-dir';
import { demoDocumentPath } from '../../helpers/workspace-fixtures';

const NAMES = ['=HYPERLINK("http://x","y")', "+cmd|' /C calc'!A0", '@SUM(A1)', '-2+3'];

const dir = createTempDir('andel-text-export-');
const file = dir.file('hostile.andel');
const andel = (...args: string[]): CliResult => runAndel(args, { ANDEL_DEBUG: '' });

const SKARABORG = 'Bibliotek Skaraborg 9-gruppen';
const SCENARIO = 'Skaraborg 9-gruppen 2017–2018';

/** A CSV line split into fields (RFC 4180 quotes). */
function csvFields(line: string): string[] {
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i] ?? '';
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      cells.push(cell);
      cell = '';
    } else cell += ch;
  }
  cells.push(cell);
  return cells;
}

beforeAll(() => {
  // The demo document with four Skaraborg members and four decisions renamed to formula-like text.
  const doc = JSON.parse(readFileSync(demoDocumentPath, 'utf8')) as WorkspaceDocument;
  const skaraborg = doc.cooperations.find((c) => c.name === SKARABORG);
  const memberIds = doc.participations.filter((p) => p.cooperationId === skaraborg?.id && p.role === 'member').map((p) => p.organisationId);
  NAMES.forEach((name, i) => {
    const organisation = doc.organisations.find((o) => o.id === memberIds[i]);
    if (organisation) organisation.name = name;
    const decision = doc.decisions[i];
    if (decision) decision.title = name;
  });
  const source = dir.file('hostile.json');
  writeFileSync(source, JSON.stringify(doc));
  const imported = andel('import-json', file, '--from', source);
  expect(imported.status, imported.stderr).toBe(0);
}, 120_000);
afterAll(() => dir.remove());

describe('the shared text-export helper', () => {
  it('puts an apostrophe before text a spreadsheet would run, and leaves other text and numbers alone', () => {
    for (const name of NAMES) expect(neutraliseFormula(name)).toBe(`'${name}`);
    expect(neutraliseFormula(' \t=1+1')).toBe("' \t=1+1");
    expect(neutraliseFormula('Skövde kommun')).toBe('Skövde kommun');
    // Quoted by RFC 4180 when it holds a quote, comma or semicolon, after the apostrophe.
    expect(csvText(NAMES[0] ?? '')).toBe(`"'=HYPERLINK(""http://x"",""y"")"`);
    expect(csvText('Hjo')).toBe('Hjo');
    expect(csvNumber('-12.50')).toBe('-12.50');
    expect(() => csvNumber('-2+3')).toThrow(RangeError);
  });
});

describe('CSV and text exports', { timeout: 120_000 }, () => {
  it('scenario --format csv writes every formula-like member name as text', () => {
    const out = andel('scenario', file, '--cooperation', SKARABORG, '--scenario', SCENARIO, '--format', 'csv');
    expect(out.status, out.stderr).toBe(0);
    const firstFields = out.stdout.trimEnd().split('\n').slice(1).map((line) => csvFields(line)[0]);
    for (const name of NAMES) {
      // Two years of the horizon: the member appears once per year, always neutralised.
      expect(firstFields.filter((f) => f === `'${name}`), name).toHaveLength(2);
      expect(firstFields, name).not.toContain(name);
    }
    // No line of the file starts with a formula trigger.
    for (const line of out.stdout.trimEnd().split('\n')) expect(line).not.toMatch(/^[\t\r ]*[=+\-@]/);
  });

  it('scenario --format table starts no line with a formula', () => {
    const out = andel('scenario', file, '--cooperation', SKARABORG, '--scenario', SCENARIO);
    expect(out.status, out.stderr).toBe(0);
    for (const name of NAMES) expect(out.stdout).toContain(`'${name}`);
    for (const line of out.stdout.split('\n')) expect(line).not.toMatch(/^[\t\r ]*[=+\-@]/);
  });

  it('decisions --format csv writes every formula-like title as text', () => {
    const out = andel('decisions', file, '--format', 'csv');
    expect(out.status, out.stderr).toBe(0);
    const titles = out.stdout.trimEnd().split('\r\n').slice(1).map((line) => csvFields(line)[3]);
    for (const name of NAMES) {
      expect(titles, name).toContain(`'${name}`);
      expect(titles, name).not.toContain(name);
    }
  });
});

/** Every cell of every sheet whose text is one of the names, and every formula in the workbook. */
async function scan(path: string): Promise<{ texts: Map<string, ExcelJS.Cell[]>; formulas: string[] }> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  const texts = new Map<string, ExcelJS.Cell[]>();
  const formulas: string[] = [];
  workbook.eachSheet((sheet) =>
    sheet.eachRow((row) =>
      row.eachCell((cell) => {
        if (cell.formula) formulas.push(cell.formula);
        if (typeof cell.value === 'string' && NAMES.includes(cell.value)) texts.set(cell.value, [...(texts.get(cell.value) ?? []), cell]);
      }),
    ),
  );
  return { texts, formulas };
}

describe('xlsx exports', { timeout: 180_000 }, () => {
  const cases: { what: string; args: string[]; sheet: string }[] = [
    { what: 'annex', args: ['annex', file, '--cooperation', SKARABORG, '--scenario', SCENARIO, '--lang', 'en', '--draft'], sheet: 'xl/worksheets/sheet3.xml' },
    { what: 'invoicing', args: ['invoicing', file, '--cooperation', SKARABORG, '--scenario', SCENARIO, '--lang', 'sv', '--draft'], sheet: 'xl/worksheets/sheet1.xml' },
    { what: 'register', args: ['register', file, '--lang', 'nb'], sheet: 'xl/worksheets/sheet1.xml' },
  ];
  for (const c of cases) {
    it(`${c.what}: each formula-like name is a plain string cell, verbatim, and no formula mentions it`, async () => {
      const out = dir.file(`${c.what}.xlsx`);
      const written = andel(...c.args, '--out', out);
      expect(written.status, written.stderr).toBe(0);
      const { texts, formulas } = await scan(out);
      for (const name of NAMES) {
        const cells = texts.get(name) ?? [];
        expect(cells.length, `${c.what}: ${name}`).toBeGreaterThan(0);
        for (const cell of cells) {
          expect(cell.type, name).toBe(ExcelJS.ValueType.String);
          expect(cell.formula, name).toBeUndefined();
        }
      }
      for (const formula of formulas) expect(formula).not.toMatch(/HYPERLINK|cmd\||SUM\(A1\)|2\+3/);
      // The raw sheet XML: the names are shared strings, never inside an <f> element.
      const xml = await readXlsxPart(out, c.sheet);
      expect(xml).not.toMatch(/<f>[^<]*(HYPERLINK|cmd|SUM\(A1\))/);
    });
  }
});
