// The annex exactly as the app saves it — written straight to XML by xlsx-writer.ts, not by exceljs —
// recalculated by LibreOffice: every member's components, subsidies, rounding and per-member
// adjustments, gross and net, and every total must equal the engine's figure to the öre, and an
// allocation's total must be the pool. (annex-direct-writer.test.ts shows the file equals the one
// exceljs writes; this shows a spreadsheet computes the engine's figures from it.)
import { writeFile } from 'node:fs/promises';
import { afterAll, describe, expect, it } from 'vitest';
import { exportAnnex } from '../../../../src/main/export/annex/annex-writer';
import { buildAnnex } from '../../../../src/main/export/annex/annex.export';
import { readValues, recalculateAllWithLibreOffice } from '../../../helpers/libreoffice';
import { createTempDir } from '../../../helpers/temp-dir';
import { bibblix, everyComponentType, norway, sambrukGroup, skaraborg } from './annex-fixtures';
import { engineMismatches } from './annex-recalculated';

const dir = createTempDir('andel-annex-direct-lo-');
afterAll(() => dir.remove());

describe('the directly written annex recomputes in LibreOffice', () => {
  it('to the engine\'s figures, for every reference consortium in one LibreOffice run', async () => {
    const cases = [
      { name: 'skaraborg', input: skaraborg('sv', true) },
      { name: 'sambruk-group', input: sambrukGroup('nb') },
      { name: 'bibblix', input: bibblix('sv') },
      { name: 'norway', input: norway('nb') },
      { name: 'every-component-type', input: everyComponentType(48, 'en') },
    ];
    const paths = await Promise.all(
      cases.map(async (c) => {
        const path = dir.file(`${c.name}.xlsx`);
        await writeFile(path, (await exportAnnex(c.input)).buffer);
        return path;
      }),
    );
    const recalculated = await recalculateAllWithLibreOffice(paths);
    for (const [index, c] of cases.entries()) {
      const values = await readValues(recalculated[index] ?? '');
      const { plan } = buildAnnex(c.input);
      // engineMismatches also requires the net total to be the pool, which holds where the pool is all
      // members pay; in the every-component-type key they pay fees besides (its net total is still
      // checked against the engine's).
      const feesBesidesPool = c.input.resolved.key.components.length > c.input.resolved.key.pool.length;
      const wrong = engineMismatches(c.input, plan, values).filter((line) => !(feesBesidesPool && line.includes('total net = pool')));
      expect(wrong, c.name).toEqual([]);
      // Not vacuous: the member tables were read back.
      const year = plan.years[0];
      expect(Object.keys(values[year?.sheetName ?? ''] ?? {}).length, c.name).toBeGreaterThan(year?.rows.length ?? 0);
    }
  }, 240_000);
});
