import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { exportLabels } from '../../../src/main/export/export-labels';
import { exportLanguages } from '../../../src/main/export/export-language';
import { isoDateToUtc } from '../../../src/main/export/xlsx/date-cell';
import { checkDefinedName, defineName } from '../../../src/main/export/xlsx/defined-names';
import { minorToMajor, moneySumFormula, setFormula } from '../../../src/main/export/xlsx/formula-cell';
import { majorToMinor } from '../../helpers/xlsx-files';
import { amountFormat, dateFormat, integerFormat, percentFormat } from '../../../src/main/export/xlsx/number-formats';
import { columnLetter, headerFooterText, pageFooter, pageHeader, safeSheetName, wrappedLineCount } from '../../../src/main/export/xlsx/sheet-setup';

describe('money totals', () => {
  it('sum kronor below 2^43 öre and whole öre from there (exact where a spreadsheet adds naively)', () => {
    // 2^43 = 8 796 093 022 208 öre, about 88 thousand million kronor.
    expect(moneySumFormula('E6:E9', 8_796_093_022_207)).toBe('ROUND(SUM(E6:E9),2)');
    expect(moneySumFormula('E6:E9', 8_796_093_022_208)).toBe('SUMPRODUCT(ROUND(E6:E9*100,0))/100');
    expect(moneySumFormula('E6:E9', -8_796_093_022_208)).toBe('SUMPRODUCT(ROUND(E6:E9*100,0))/100');
    // Whole units (exponent 0) are exact doubles already.
    expect(moneySumFormula('E6:E9', 2 ** 50, 0)).toBe('ROUND(SUM(E6:E9),0)');
  });
});

describe('minor and major units', () => {
  it.each([
    [12345, 123.45],
    [-5, -0.05],
    [0, 0],
    [100_000_000, 1_000_000],
    [1, 0.01],
    [9_007_199_254_740_991, 90_071_992_547_409.91],
  ])('%i öre is %d kr', (minor, major) => {
    expect(minorToMajor(minor)).toBe(major);
    expect(majorToMinor(major)).toBe(minor);
  });

  it('handles other exponents and refuses what is not exact', () => {
    expect(minorToMajor(1234, 0)).toBe(1234);
    expect(minorToMajor(1234, 3)).toBe(1.234);
    expect(() => minorToMajor(0.5)).toThrow(/exact/);
    expect(() => majorToMinor(0.105)).toThrow(/whole number/);
    expect(majorToMinor(0.1 + 0.2)).toBe(30);
  });
});

describe('setFormula', () => {
  it('stores the formula without "=" and the cached result', () => {
    const cell = new ExcelJS.Workbook().addWorksheet('S').getCell('A1');
    setFormula(cell, '=ROUND(1/3,2)', 0.33);
    expect(cell.value).toEqual({ formula: 'ROUND(1/3,2)', result: 0.33 });
    expect(() => setFormula(cell, '=', 0)).toThrow(/empty/);
    expect(() => setFormula(cell, '1/0', Number.POSITIVE_INFINITY)).toThrow(/finite/);
  });
});

describe('defined names', () => {
  it('accepts parameter names and refuses cell-like or malformed ones', () => {
    for (const name of ['EqualShare', 'Pool_2026', 'TotalPopulation', '_x']) expect(checkDefinedName(name)).toBe(name);
    for (const name of ['EQ2026', 'A1', 'R1C1', 'R', 'C', '2026Pool', 'Pool 2026', 'Pool-2026', '']) {
      expect(() => checkDefinedName(name), name).toThrow();
    }
  });

  it('refuses to define a name twice (in any case)', () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Parametrar');
    defineName(workbook, sheet, 'B3', 'EqualShare');
    expect(workbook.definedNames.getNames("'Parametrar'!$B$3")).toEqual(['EqualShare']);
    expect(() => defineName(workbook, sheet, 'B4', 'equalshare')).toThrow(/already defined/);
  });
});

describe('number formats', () => {
  it('uses grouping tokens and the language’s locale tag (the headers name the currency)', () => {
    expect(amountFormat('sv')).toBe('[$-41D]#,##0.00');
    expect(amountFormat('nb', 0)).toBe('[$-414]#,##0');
    expect(amountFormat('en', 3)).toBe('[$-809]#,##0.000');
    expect(percentFormat('sv')).toBe('[$-41D]0.00 %');
    expect(percentFormat('en', 1)).toBe('[$-809]0.0%');
    expect(integerFormat('nb')).toBe('[$-414]#,##0');
    expect(dateFormat('nb')).toBe('[$-414]dd.mm.yyyy');
    expect(dateFormat('sv')).toBe('[$-41D]yyyy-mm-dd');
    expect(() => amountFormat('sv', 7)).toThrow();
    expect(() => amountFormat('sv', 1.5)).toThrow();
  });
});

describe('sheet setup helpers', () => {
  it('makes sheet names Excel accepts', () => {
    expect(safeSheetName("Members' [2026]: A/B?")).toBe('Members 2026 A B');
    expect(safeSheetName('x'.repeat(40))).toHaveLength(31);
    expect(safeSheetName(' / ', 'Blad')).toBe('Blad');
  });

  it('escapes & in header and footer text and keeps within 255 characters', () => {
    expect(headerFooterText('Bygg & Miljö', 100)).toBe('Bygg && Miljö');
    const labels = exportLabels('nb');
    expect(pageFooter({ consortium: 'A & B', labels })).toBe('&LA && B&RSide &P av &N');
    const long = pageHeader({ title: 'T'.repeat(400), exportedOn: '2026-01-01', draft: true, labels });
    expect(long.length).toBeLessThanOrEqual(255);
    expect(long).toContain('UTKAST');
  });

  it('counts wrapped lines and column letters', () => {
    expect(wrappedLineCount('a\nb', 20)).toBe(2);
    expect(wrappedLineCount('x'.repeat(100), 20)).toBe(7);
    expect([1, 26, 27, 52, 16_384].map(columnLetter)).toEqual(['A', 'Z', 'AA', 'AZ', 'XFD']);
  });

  it('builds dates at UTC midnight and refuses dates that do not exist', () => {
    expect(isoDateToUtc('2016-12-07').toISOString()).toBe('2016-12-07T00:00:00.000Z');
    expect(() => isoDateToUtc('2018-06-31')).toThrow(/does not exist|not a date that exists/);
  });
});

describe('export labels', () => {
  it('are complete and non-empty in every language', () => {
    const shape = (value: unknown, path = ''): string[] =>
      typeof value === 'object' && value !== null
        ? Object.entries(value).flatMap(([key, inner]) => shape(inner, `${path}.${key}`))
        : [path];
    const reference = shape(exportLabels('en')).sort();
    for (const language of exportLanguages) {
      expect(shape(exportLabels(language)).sort(), language).toEqual(reference);
      const strings = (value: unknown): string[] =>
        typeof value === 'string' ? [value] : Object.values(value as object).flatMap(strings);
      for (const text of strings(exportLabels(language))) expect(text.trim(), language).not.toBe('');
    }
  });
});
