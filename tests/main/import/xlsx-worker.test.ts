/**
 * The workbook is read in a worker thread (issue 4/9, item 5): the worker entry is bundled as the
 * app builds it, and the reads go through the same function main uses. A hostile file is refused
 * by the worker with the catalogue message; a good one comes back as rows.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readXlsxInWorker } from '../../../src/main/import/xlsx-off-thread';
import { AndelError, localizeError } from '../../../src/shared/errors';
import { bundleScript } from '../../reliability/build-writer';
import { rowBomb, xfdWorkbook } from './hostile-xlsx';

let worker: { path: string; remove(): void };

beforeAll(async () => {
  worker = await bundleScript('src/main/import/xlsx-worker.ts');
}, 120_000);
afterAll(() => worker?.remove());

describe('reading workbooks in a worker thread', () => {
  it('returns the rows of a good workbook, and the calling thread keeps running meanwhile', async () => {
    let ticks = 0;
    const ticker = setInterval(() => (ticks += 1), 0);
    const { rows, stats } = await readXlsxInWorker(worker.path, xfdWorkbook({ dimension: false, xfdRow: -1 }));
    clearInterval(ticker);
    expect(rows).toHaveLength(20_000);
    // row 2: code 1000 + 2, name K2, population 2 × 7
    expect(rows[1]).toEqual(['1002', 'K2', '14']);
    // 20 000 rows of 3 cells (hand count: 60 000)
    expect(stats.cellsRead).toBe(60_000);
    expect(ticks).toBeGreaterThan(0);
  });

  it('passes the refusal of a cell in XFD back with its catalogue key, in sv/nb/en', async () => {
    const error = await readXlsxInWorker(worker.path, xfdWorkbook({ dimension: true, xfdRow: 2 })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AndelError);
    const api = (error as AndelError).toApiError();
    expect(api.messageKey).toBe('error.import.xlsxTooManyColumns');
    expect(localizeError(api, 'sv').message).toContain('XFD20000');
    expect(localizeError(api, 'nb').message).toContain('kolonne 16384');
    expect(localizeError(api, 'en').message).toContain('column 16384');
  });

  it('refuses the 5-million-row zip bomb', async () => {
    const error = await readXlsxInWorker(worker.path, await rowBomb(5_000_000, false)).catch((e: unknown) => e);
    expect((error as AndelError).messageKey).toBe('error.import.xlsxTooManyRows');
  });
});
