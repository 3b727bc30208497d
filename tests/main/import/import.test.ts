/**
 * Import of members and population from CSV and XLSX files as SCB and SSB publish them: the
 * parser (encodings, delimiters, title lines, thousand separators), the row-level validator,
 * and the commit, which writes every row in one transaction or nothing.
 */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { issuePlace, localizeError } from '../../../src/shared/errors';
import { translate } from '../../../src/shared/i18n/translate';
import { parseCount, splitCodeAndName } from '../../../src/main/import/import-plan';
import { readTable } from '../../../src/main/import/read-table';
import type { MemberListRow } from '../../../src/shared/api/channels/members.channels';
import { dbContentHash } from '../../helpers/db-content-hash';
import { useDemoWorkspace } from '../../helpers/demo-workspace';

const f = useDemoWorkspace();

const utf8 = (text: string): string => Buffer.from(text, 'utf8').toString('base64');
/** Windows-1252: every character of these files is in Latin-1, which 1252 extends. */
const cp1252 = (text: string): string => Buffer.from(text, 'latin1').toString('base64');

async function xlsx(rows: (string | number | null)[][]): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Folkmängd');
  for (const row of rows) sheet.addRow(row);
  const buffer = await workbook.xlsx.writeBuffer();
  return Buffer.from(buffer as ArrayBuffer).toString('base64');
}

async function population(name: string): Promise<MemberListRow> {
  const rows = await f.value('members:list', { search: name });
  const row = rows.find((r) => r.name === name);
  if (!row) throw new Error(`no member ${name}`);
  return row;
}

describe('reading the file', () => {
  it('reads semicolon CSV in Windows-1252 with a title line above the header', async () => {
    const text = 'Folkmängd efter region och år\r\n\r\n"region";"2024"\r\n"1447 Gullspång";"5 312"\r\n"1496 Skövde";"57 321"\r\n';
    const table = await readTable(new Uint8Array(Buffer.from(cp1252(text), 'base64')));
    expect(table).toMatchObject({ format: 'csv', encoding: 'windows-1252', delimiter: ';' });
    expect(table.rows[3]).toEqual(['1447 Gullspång', '5 312']);
  });

  it('reads comma CSV in UTF-8 with a byte-order mark', async () => {
    const table = await readTable(new Uint8Array(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Kommunkod,Kommun,Folkmängd\n1447,Gullspång,"5,312"\n')])));
    expect(table).toMatchObject({ format: 'csv', encoding: 'utf-8', delimiter: ',' });
    expect(table.rows[0]).toEqual(['Kommunkod', 'Kommun', 'Folkmängd']);
    expect(table.rows[1]).toEqual(['1447', 'Gullspång', '5,312']);
  });

  it('reads the first worksheet of an XLSX file', async () => {
    const table = await readTable(new Uint8Array(Buffer.from(await xlsx([['Kommunkod', 'Kommun', 'Folkmängd'], ['1447', 'Gullspång', 5312]]), 'base64')));
    expect(table.format).toBe('xlsx');
    expect(table.rows).toEqual([
      ['Kommunkod', 'Kommun', 'Folkmängd'],
      ['1447', 'Gullspång', '5312'],
    ]);
  });

  it.each([
    ['5312', 5312],
    ['5 312', 5312],
    ['5\u00a0312', 5312],
    ['5\u202f312', 5312],
    ['1.234.567', 1234567],
    ['1,234,567', 1234567],
    ['5312.0', 5312],
  ])('reads the count %j as %d', (text, expected) => {
    expect(parseCount(text)).toEqual({ value: expected });
  });

  it.each([['12,5'], ['..'], [''], ['-5'], ['abc'], ['1 23']])('refuses %j as a population', (text) => {
    expect(parseCount(text)).toHaveProperty('error');
  });

  it('splits SCB/SSB region cells into code and name', () => {
    expect(splitCodeAndName('1447 Gullspång')).toEqual({ code: '1447', name: 'Gullspång' });
    expect(splitCodeAndName('K-0301 Oslo')).toEqual({ code: '0301', name: 'Oslo' });
    expect(splitCodeAndName('Skövde')).toEqual({ code: null, name: 'Skövde' });
  });
});

describe('import:preview', () => {
  it('detects columns, suggests the mapping and the year, and matches rows by code', async () => {
    const text = 'Folkmängd efter region och år\n\n"region";"2023";"2024"\n"1447 Gullspång";"5 290";"5 312"\n"1496 Skövde";"57 000";"57 321"\n';
    const preview = await f.value('import:preview', { fileName: 'scb.csv', contentBase64: cp1252(text) });
    expect(preview.headerRow).toBe(3);
    expect(preview.columns.map((c) => c.detected)).toEqual(['codeAndName', null, 'population']);
    expect(preview.mapping).toEqual({ codeAndName: 0, population: 2 });
    expect(preview.options.year).toBe(2024);
    expect(preview.options.countryCode).toBe('SE');
    expect(preview.errors).toEqual([]);
    expect(preview.rows.map((r) => [r.row, r.organisationName, r.population, r.action])).toEqual([
      // The demo holds no 2024 figures: each is new, not a change.
      [4, 'Gullspång', 5312, 'add'],
      [5, 'Skövde', 57321, 'add'],
    ]);
  });

  it('reports each bad row with its row number and column', async () => {
    const text = 'Kommunkod;Kommun;Folkmängd\n1447;Gullspång;5312\n1496;Skövde;57,3\n9999;Atlantis;100\n1447;Gullspång;5400\n';
    const preview = await f.value('import:preview', { fileName: 'bad.csv', contentBase64: utf8(text), options: { year: 2024 } });
    // Each error keeps its English text and carries a key and params, so the preview can show it in the user's language.
    expect(preview.errors).toMatchObject([
      { row: 3, column: 'Folkmängd', message: '"57,3" has a fraction: a population is a whole number', messageKey: 'error.import.fraction', params: { value: '57,3' } },
      { row: 4, column: 'Kommunkod', message: expect.stringContaining('no organisation in this workspace has code 9999 or the name “Atlantis”') },
      { row: 5, column: null, message: 'Gullspång 2024 already appears on row 2' },
    ]);
    expect(preview.summary).toEqual({ create: 0, add: 1, update: 0, unchanged: 0, error: 3 });
  });

  it('asks for the year when neither a column nor a header gives it', async () => {
    const preview = await f.value('import:preview', { fileName: 'x.csv', contentBase64: utf8('Kommun;Folkmängd\nSkövde;57321\n') });
    expect(preview.errors).toMatchObject([{ row: 1, column: null, message: 'Say which year the figures are for (or choose a year column).' }]);
    expect(translate('sv', preview.errors[0]!.messageKey!, preview.errors[0]!.params)).toBe('Ange vilket år siffrorna gäller (eller välj en kolumn med år).');
  });

  it('matches Norwegian names with kommune and sets 1 January as the reference date', async () => {
    const text = 'kommunenummer;kommune;år;Personer\n0301;Oslo kommune;2025;717 710\n';
    const preview = await f.value('import:preview', { fileName: 'ssb.csv', contentBase64: utf8(text) });
    expect(preview.options.countryCode).toBe('NO');
    expect(preview.errors).toEqual([]);
    expect(preview.rows[0]).toMatchObject({ organisationName: 'Oslo', year: 2025, population: 717710 });
  });
});

describe('import:commit', () => {
  it('writes nothing and lists the row errors when one row is wrong', async () => {
    const before = await dbContentHash(f.ctx.session.db);
    const text = 'Kommunkod;Kommun;Folkmängd\n1447;Gullspång;5312\n1496;Skövde;..\n';
    const result = await f.call('import:commit', { fileName: 'bad.csv', contentBase64: utf8(text), mapping: { officialCode: 0, name: 1, population: 2 }, options: { year: 2024 } });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('INVALID_INPUT');
    expect(result.error.message).toBe('One row of the file cannot be imported, so nothing was imported. Correct it and try again.');
    expect(result.error.issues).toMatchObject([{ path: 'row 3, column "Folkmängd"', message: 'has no figure ("..")' }]);
    // The same error for a Swedish and a Norwegian reader: message, place and issue in their words.
    const sv = localizeError(result.error, 'sv');
    expect(sv.message).toBe('En rad i filen kan inte importeras, så ingenting importerades. Rätta den och försök igen.');
    expect(sv.issues!.map((i) => `${issuePlace(i, 'sv')}: ${i.message}`)).toEqual(['rad 3, kolumn ”Folkmängd”: har ingen siffra (”..”)']);
    const nb = localizeError(result.error, 'nb');
    expect(nb.issues!.map((i) => `${issuePlace(i, 'nb')}: ${i.message}`)).toEqual(['rad 3, kolonne «Folkmängd»: har ikke noe tall («..»)']);
    expect(await dbContentHash(f.ctx.session.db)).toBe(before);
  });

  it('writes every row of a good XLSX file, and creates organisations when asked', async () => {
    const content = await xlsx([
      ['Folkmängd 31 december 2024'],
      [],
      ['Kommunkod', 'Kommun', 'Folkmängd'],
      ['1447', 'Gullspång', 5312],
      ['1496', 'Skövde', '57 321'],
      ['2999', 'Nykommun', 1234],
    ]);
    const mapping = { officialCode: 0, name: 1, population: 2 };
    const refused = await f.call('import:commit', { fileName: 'f.xlsx', contentBase64: content, mapping, options: { year: 2024 } });
    expect(refused.ok).toBe(false);

    const result = await f.value('import:commit', {
      fileName: 'f.xlsx',
      contentBase64: content,
      mapping,
      options: { year: 2024, createMissing: true, source: 'SCB 2025-02-20' },
    });
    expect(result).toMatchObject({ created: 3, updated: 0, unchanged: 0, organisationsCreated: 1, rows: 3 });
    expect(result.changes.map((c) => [c.organisationName, c.year, c.before, c.after.value])).toEqual([
      ['Gullspång', 2024, null, 5312],
      ['Skövde', 2024, null, 57321],
      ['Nykommun', 2024, null, 1234],
    ]);
    expect(await population('Skövde')).toMatchObject({ population: 57321, populationYear: 2024, populationReferenceDate: '2024-12-31' });
    expect(await population('Nykommun')).toMatchObject({ population: 1234, kind: 'municipality', countryCode: 'SE' });

    // The same file again changes nothing.
    const again = await f.value('import:preview', { fileName: 'f.xlsx', contentBase64: content, mapping, options: { year: 2024 } });
    expect(again.summary).toEqual({ create: 0, add: 0, update: 0, unchanged: 3, error: 0 });
  });
});
