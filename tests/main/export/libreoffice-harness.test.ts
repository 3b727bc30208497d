// The harness must prove that LibreOffice really recalculates: otherwise every "recalculated
// equals Andel's figure" test would only read Andel's own cached numbers back.
import { stat } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { readValues, recalculateWithLibreOffice, renderToPng } from '../../helpers/libreoffice';
import { createTempDir } from '../../helpers/temp-dir';

const dir = createTempDir('andel-harness-');
afterAll(() => dir.remove());

describe('LibreOffice harness', () => {
  it('recalculates formulas on load instead of keeping wrong cached values', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Check');
    sheet.getCell('A1').value = { formula: '1+1', result: 5 };
    sheet.getCell('A2').value = { formula: 'ROUND(0.1+0.2,2)', result: 99 };
    sheet.getCell('B1').value = 40;
    sheet.getCell('B2').value = { formula: 'B1+2', result: 0 };
    const input = dir.file('wrong-cache.xlsx');
    await workbook.xlsx.writeFile(input);

    const before = await readValues(input);
    expect(before.Check?.A1).toBe(5);

    const started = performance.now();
    const recalculated = await recalculateWithLibreOffice(input);
    const elapsedMs = performance.now() - started;
    const after = await readValues(recalculated);
    expect(after.Check?.A1).toBe(2);
    expect(after.Check?.A2).toBe(0.3);
    expect(after.Check?.B2).toBe(42);
    // Logged so the cost of one round trip is visible in test output.
    console.info(`one LibreOffice recalculation: ${Math.round(elapsedMs)} ms`);
  });

  it('renders a workbook to PNG pages', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Page').getCell('A1').value = 'Hello';
    const input = dir.file('render.xlsx');
    await workbook.xlsx.writeFile(input);
    const pages = await renderToPng(input, dir.file('render'));
    expect(pages.length).toBeGreaterThanOrEqual(1);
    expect((await stat(pages[0] ?? '')).size).toBeGreaterThan(500);
  });
});
