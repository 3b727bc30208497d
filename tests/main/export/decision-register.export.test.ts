import { copyFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import type { DecisionRecord } from '../../../src/shared/document/workspace-document.schema';
import type { DecisionRegisterInput } from '../../../src/main/export/decision-register.export';
import { exportDecisionRegister } from '../../../src/main/export/decision-register.export';
import { sha256Hex } from '../../../src/main/export/xlsx/workbook-output';
import { readValues, readXlsxPart, recalculateWithLibreOffice, renderToPng } from '../../helpers/libreoffice';
import { createTempDir } from '../../helpers/temp-dir';

const MALICIOUS = '=HYPERLINK("http://x","y")';
const EXPORTED_AT = new Date('2017-01-15T09:30:00Z');

/** The register's bytes written to `path` (the app saves and logs them through src/main/files/logged-export.ts). */
async function writeDecisionRegister(input: DecisionRegisterInput, path: string): Promise<void> {
  await writeFile(path, (await exportDecisionRegister(input)).buffer);
}

function decision(partial: Partial<DecisionRecord> & Pick<DecisionRecord, 'id' | 'sequence' | 'title'>): DecisionRecord {
  return {
    bodyId: 1,
    year: 2016,
    number: `SG 2016:${partial.sequence}`,
    decidedOn: '2016-12-07',
    meetingId: null,
    agendaItemId: null,
    text: '',
    status: 'adopted',
    ownerPersonId: null,
    reviewOn: null,
    tags: [],
    ...partial,
  };
}

const FIXTURE: DecisionRegisterInput = {
  language: 'sv',
  consortium: 'Skaraborgs bibliotekssamverkan (9-gruppen)',
  exportedAt: EXPORTED_AT,
  draft: false,
  // Deliberately out of register order: the export sorts.
  decisions: [
    decision({
      id: 3,
      sequence: 3,
      title: 'Val av bibliotekssystem: Koha',
      text: 'Styrgruppen beslutar att välja Koha som gemensamt bibliotekssystem.\nSkövde IT driftar servern.',
      ownerPersonId: 10,
      reviewOn: '2017-06-30',
    }),
    decision({ id: 1, sequence: 1, title: 'Fördelningsnyckel 15/85', decidedOn: '2016-03-10', status: 'superseded' }),
    decision({ id: 2, sequence: 2, title: MALICIOUS, decidedOn: '2016-09-01', status: 'proposed', text: '@SUM(1,1)' }),
    decision({ id: 4, bodyId: 2, year: 2017, sequence: 1, number: 'AG 2017:1', title: 'Gemensamma låneregler', decidedOn: null, status: 'postponed' }),
  ],
  lookups: {
    bodies: [
      { id: 1, name: 'Styrgruppen' },
      { id: 2, name: 'Regelgruppen' },
    ],
    persons: [{ id: 10, name: 'Anna Andersson' }],
    links: [
      { id: 1, decisionId: 3, kind: 'supersedes', snapshotId: null, agreementId: null, keyId: null, targetDecisionId: 1 },
      { id: 2, decisionId: 3, kind: 'adopts_agreement', snapshotId: null, agreementId: 7, keyId: null, targetDecisionId: null },
    ],
    agreements: [{ id: 7, title: 'Drift- och supportavtal' }],
  },
};

const dir = createTempDir('andel-register-');
afterAll(() => dir.remove());

async function openWorkbook(path: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  return workbook;
}

describe('decision register export', () => {
  it('returns the bytes with their SHA-256', async () => {
    const written = await exportDecisionRegister(FIXTURE);
    expect(written.buffer.subarray(0, 2).toString()).toBe('PK');
    expect(written.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(written.sha256).toBe(sha256Hex(written.buffer));
  });

  it('writes the register in register order with a header row, safe texts, dates and links', async () => {
    const path = dir.file('register-sv.xlsx');
    await writeDecisionRegister(FIXTURE, path);
    const workbook = await openWorkbook(path);
    const sheet = workbook.getWorksheet('Beslutsregister');
    if (!sheet) throw new Error('no sheet Beslutsregister');

    expect(sheet.getCell('A1').value).toBe('Beslutsregister');
    expect(sheet.getCell('A2').value).toBe('Skaraborgs bibliotekssamverkan (9-gruppen)');
    expect(sheet.getCell('A3').value).toBe('Exporterad 2017-01-15');
    expect(sheet.getRow(5).values).toEqual([
      undefined,
      'Nr',
      'Datum',
      'Organ',
      'Rubrik',
      'Status',
      'Ansvarig',
      'Uppföljning',
      'Kopplingar',
      'Beslutstext',
    ]);
    expect([6, 7, 8, 9].map((row) => sheet.getCell(row, 1).value)).toEqual(['SG 2016:1', 'SG 2016:2', 'SG 2016:3', 'AG 2017:1']);

    const malicious = sheet.getCell('D7');
    expect(malicious.value).toBe(MALICIOUS);
    expect(malicious.formula).toBeUndefined();
    expect(malicious.type).toBe(ExcelJS.ValueType.String);
    expect(sheet.getCell('I7').value).toBe('@SUM(1,1)');
    expect(await readXlsxPart(path, 'xl/worksheets/sheet1.xml')).not.toContain('<f>');

    expect(sheet.getCell('B8').value).toEqual(new Date(Date.UTC(2016, 11, 7)));
    expect(sheet.getCell('B8').numFmt).toBe('[$-41D]yyyy-mm-dd');
    expect(sheet.getCell('B9').value).toBeNull();
    expect(sheet.getCell('E8').value).toBe('Antaget');
    expect(sheet.getCell('E6').value).toBe('Ersatt');
    expect(sheet.getCell('F8').value).toBe('Anna Andersson');
    expect(sheet.getCell('H8').value).toBe('Ersätter: SG 2016:1\nAntar avtal: Drift- och supportavtal');
    expect(sheet.getCell('C9').value).toBe('Regelgruppen');
  });

  it('is print-ready: frozen header, A4 landscape fitted to width, repeated header row, header and footer', async () => {
    const path = dir.file('register-print.xlsx');
    await writeDecisionRegister({ ...FIXTURE, draft: true }, path);
    const workbook = await openWorkbook(path);
    const sheet = workbook.worksheets[0];
    if (!sheet) throw new Error('no sheet');

    expect(sheet.views[0]).toMatchObject({ state: 'frozen', xSplit: 1, ySplit: 5 });
    expect(sheet.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 });
    expect(sheet.pageSetup.printTitlesRow).toBe('5:5');
    expect(sheet.headerFooter.oddHeader).toContain('UTKAST');
    expect(sheet.headerFooter.oddFooter).toBe('&LSkaraborgs bibliotekssamverkan (9-gruppen)&RSida &P av &N');
    expect(sheet.getCell('I1').value).toBe('UTKAST');
    expect(workbook.creator).toBe('Andel');
    expect(workbook.company).toBe('Skaraborgs bibliotekssamverkan (9-gruppen)');
    expect(workbook.title).toBe('UTKAST: Beslutsregister');
    expect(workbook.created).toEqual(EXPORTED_AT);
  });

  it('labels in Norwegian and English', async () => {
    for (const [language, sheetName, header, status] of [
      ['nb', 'Vedtaksregister', 'Vedtakstekst', 'Vedtatt'],
      ['en', 'Decision register', 'Decision text', 'Adopted'],
    ] as const) {
      const path = dir.file(`register-${language}.xlsx`);
      await writeDecisionRegister({ ...FIXTURE, language }, path);
      const sheet = (await openWorkbook(path)).getWorksheet(sheetName);
      expect(sheet?.getCell('I5').value).toBe(header);
      expect(sheet?.getCell('E8').value).toBe(status);
    }
  });

  it('survives a LibreOffice round trip with texts as text and dates as dates', async () => {
    const path = dir.file('register-roundtrip.xlsx');
    await writeDecisionRegister(FIXTURE, path);
    const recalculated = await recalculateWithLibreOffice(path);
    expect(await readXlsxPart(recalculated, 'xl/worksheets/sheet1.xml')).not.toMatch(/<f[ >]/);
    const values = (await readValues(recalculated)).Beslutsregister ?? {};
    expect(values.D7).toBe(MALICIOUS);
    expect(values.I7).toBe('@SUM(1,1)');
    expect(values.A8).toBe('SG 2016:3');
    expect(values.B8).toEqual(new Date(Date.UTC(2016, 11, 7)));
    const sheet = (await openWorkbook(recalculated)).worksheets[0];
    expect(sheet?.pageSetup.printTitlesRow).toBe('5:5');
    // Frozen panes are not checked here: headless LibreOffice has no view, so it drops every
    // sheet view when it saves; the frozen pane is checked on Andel's own file above.
  });

  it('renders to a page a treasurer can file (screenshot)', async () => {
    const path = dir.file('register-render.xlsx');
    await writeDecisionRegister({ ...FIXTURE, draft: true }, path);
    const pages = await renderToPng(path, dir.file('register'));
    expect(pages.length).toBeGreaterThan(0);
    // docs/screenshots is refreshed only on request, so a test run leaves the work tree as it was.
    if (process.env.ANDEL_SCREENSHOTS === '1') await copyFile(pages[0] ?? '', join(process.cwd(), 'docs', 'screenshots', 'decision-register-export.png'));
  });
});
