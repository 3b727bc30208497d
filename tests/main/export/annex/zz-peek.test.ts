import { it } from 'vitest';
import { buildAnnex } from '../../../../src/main/export/annex/annex.export';
import { bibblix, skaraborg, everyComponentType } from './annex-fixtures';
it('peek', () => {
  for (const input of [bibblix(), skaraborg(), everyComponentType(12)]) {
    const { workbook, plan } = buildAnnex(input);
    const y = plan.years[0]!;
    const sheet = workbook.getWorksheet(y.sheetName)!;
    console.log(workbook.worksheets.map((s) => s.name).join(' | '));
    for (const r of y.rows.slice(0, 3)) {
      const row = sheet.getRow(r.row);
      const out: string[] = [];
      row.eachCell((c) => { if (c.formula) out.push(`${c.address}=${c.formula}`); });
      console.log(r.member.id, out.join('  '));
    }
  }
});
