// What the annex holds without recalculating it: sheets, named parameters, the formulas per
// component type, observers left out, draft markers, print setup, languages and the safety of
// user text. The LibreOffice test proves the numbers; this one pins down the document.
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { buildAnnex, exportAnnex } from '../../../../src/main/export/annex/annex.export';
import { quotientText, roundToWhole, amountFormula } from '../../../../src/main/export/annex/amount-formula';
import { columnOf } from '../../../../src/main/export/annex/annex-plan';
import { definedNamesOf } from '../../../../src/main/export/xlsx/defined-names';
import { sha256Hex } from '../../../../src/main/export/xlsx/workbook-output';
import { bibblix, everyComponentType, norway, sambrukGroup, sambrukIndividual, skaraborg } from './annex-fixtures';

const formulaAt = (workbook: ExcelJS.Workbook, sheet: string, address: string): string | undefined => workbook.getWorksheet(sheet)?.getCell(address).formula;

describe('annex structure', () => {
  it('has a cover, parameters, one member table per year and funding', () => {
    const { workbook } = buildAnnex(skaraborg('sv'));
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['Försättsblad', 'Parametrar', 'Medlemmar 2017', 'Medlemmar 2018', 'Finansiering']);
    expect(buildAnnex(norway('nb')).workbook.worksheets.map((s) => s.name)).toEqual([
      'Forside', 'Parametere', 'Medlemmer 2025', 'Medlemmer 2026', 'Medlemmer 2027', 'Medlemmer 2028', 'Medlemmer 2029', 'Medlemmer 2030', 'Finansiering',
    ]);
    expect(buildAnnex(bibblix('en')).workbook.worksheets[0]?.name).toBe('Cover');
  });

  it('names every key parameter and writes rates in minor units', () => {
    const { workbook } = buildAnnex(bibblix('sv'));
    const names = new Map(definedNamesOf(workbook).map((n) => [n.name, n.ranges[0]]));
    for (const name of ['Rate_media', 'Rate_management', 'Rate_management_2026', 'SubShare_vgr_kultur_connection', 'SubRate_vgr_kultur_year1', 'Bands_connection_to', 'Bands_connection_amount', 'Members_2022', 'Total_population_2022']) {
      expect(names.has(name), name).toBe(true);
    }
    const value = (name: string) => {
      const [sheet, cell] = (names.get(name) ?? '').split('!');
      return workbook.getWorksheet((sheet ?? '').replace(/'/g, ''))?.getCell((cell ?? '').replace(/\$/g, '')).value;
    };
    expect(value('Rate_media')).toBe(100);
    expect(value('Rate_management')).toBe(75);
    expect(value('Rate_management_2026')).toBe(65);
    expect(value('SubRate_vgr_kultur_year1')).toBe(32);
  });

  it('writes each component type as a formula over names and the member row', () => {
    const sk = buildAnnex(skaraborg('sv'));
    const row = sk.plan.years[0]?.rows.find((r) => r.member.id === 'skovde')?.row ?? 0;
    expect(formulaAt(sk.workbook, 'Medlemmar 2017', `F${row}`)).toBe(`ROUND(Pool_2017*Share_equal/(Members_2017*100),0)`);
    expect(formulaAt(sk.workbook, 'Medlemmar 2017', `G${row}`)).toBe(`ROUND(Pool_2017*Share_population*D${row}/(Total_population_2017*100),0)`);
    // The "rest" share is a formula, so changing the equal share moves both.
    const shares = definedNamesOf(sk.workbook).find((n) => n.name === 'Share_population')?.ranges[0] ?? '';
    expect(sk.workbook.getWorksheet('Parametrar')?.getCell(shares.split('!')[1]?.replace(/\$/g, '') ?? '').formula).toBe('100-Share_equal');

    const bx = buildAnnex(bibblix('sv'));
    const plan = bx.plan;
    const h = plan.years[0]?.rows.find((r) => r.member.id === 'herrljunga')?.row ?? 0;
    const col = (key: string) => `${columnOf(plan, key).letter}${h}`;
    const population = col('metric:population@-1@12-31').replace(/\d+$/, '');
    const months = col('presence:month/none').replace(/\d+$/, '');
    expect(formulaAt(bx.workbook, 'Medlemmar 2022', col('comp:connection'))).toBe(`INDEX(Bands_connection_amount,COUNTIF(Bands_connection_to,"<="&${population}${h})+1)`);
    expect(formulaAt(bx.workbook, 'Medlemmar 2022', col('comp:media'))).toBe(`ROUND(Rate_media*${population}${h}*${months}${h}/12,0)/100`);
    expect(formulaAt(bx.workbook, 'Medlemmar 2022', col('sub:vgr-kultur-year1'))).toBe(
      `MIN(ROUND(SubRate_vgr_kultur_year1*${population}${h}*${months}${h}/12,0)/100,${col('comp:management')})`,
    );
    // From 2026 the management fee reads the lower rate.
    const h26 = plan.years[4]?.rows.find((r) => r.member.id === 'herrljunga')?.row ?? 0;
    expect(formulaAt(bx.workbook, 'Medlemmar 2026', `${columnOf(plan, 'comp:management').letter}${h26}`)).toContain('Rate_management_2026*');

    // Group membership: the whole population at the rate of its band, "over 50 000" strictly above.
    const sg = buildAnnex(sambrukGroup('sv'));
    const a = sg.plan.years[0]?.rows.find((r) => r.member.id === 'alingsas')?.row ?? 0;
    expect(formulaAt(sg.workbook, 'Medlemmar 2022', `${columnOf(sg.plan, 'comp:group-annual').letter}${a}`)).toMatch(/^ROUND\(INDEX\(Bands_group_annual_rate,COUNTIF\(Bands_group_annual_to,"<"&D\d+\)\+1\)\*D\d+\*F\d+\/12,0\)\/100$/);
    // Göteborg (over 250 000) pays the individual fee in the override's column, not the group rate.
    const g = sg.plan.years[0]?.rows.find((r) => r.member.id === 'goteborg')?.row ?? 0;
    expect(formulaAt(sg.workbook, 'Medlemmar 2022', `${columnOf(sg.plan, 'comp:large-member').letter}${g}`)).toContain('Bands_large_member_amount');
    expect(sg.workbook.getWorksheet('Medlemmar 2022')?.getCell(`${columnOf(sg.plan, 'comp:group-annual').letter}${g}`).value).toBeNull();

    // Floors and caps, day pro rata and half-even rounding.
    const all = buildAnnex(everyComponentType(12, 'en'));
    const first = all.plan.years[0]?.rows[0]?.row ?? 0;
    expect(formulaAt(all.workbook, 'Members 2025', `${columnOf(all.plan, 'comp:media').letter}${first}`)).toMatch(/^ROUND\(MIN\(MAX\(Rate_media\*D\d+,Min_media\*100\),Max_media\*100\)\*F\d+\/365,0\)\/100$/);
    expect(formulaAt(all.workbook, 'Members 2025', `${columnOf(all.plan, 'comp:base').letter}${first}`)).toMatch(/^IF\(MOD\(/);
  });

  it('ends every amount formula in a rounding step in minor units', () => {
    expect(quotientText({ num: ['Fee', 'F6'], den: [], numConst: 100, denConst: 365 }, 1)).toBe('Fee*100*F6/365');
    expect(quotientText({ num: ['Pool', 'Share'], den: ['W'], numConst: 100, denConst: 100 }, 100)).toBe('Pool*Share/(W*100)');
    expect(roundToWhole('x', 'down')).toBe('ROUNDDOWN(x,0)');
    expect(roundToWhole('x', 'up')).toBe('ROUNDUP(x,0)');
    expect(amountFormula({ num: ['A'], den: [], numConst: 100, denConst: 1 }, { unit: 50, mode: 'half-up' }, 2)).toBe('ROUND(A*2,0)*50/100');
  });

  it('leaves observers and administrative parties out of the member tables and lists them on the cover', () => {
    const { workbook, plan } = buildAnnex(skaraborg('sv'));
    expect(plan.years[0]?.rows.map((r) => r.member.id)).not.toContain('falkoping');
    expect(plan.years[0]?.rows).toHaveLength(8);
    const cover: string[] = [];
    workbook.getWorksheet('Försättsblad')?.eachRow((row) => row.eachCell((cell) => cover.push(String(cell.value))));
    expect(cover).toContain('Falköping');
    expect(cover).toContain('observatör');
    expect(cover.join(' ')).toContain('SG 2016:7, 2016-12-08, Styrgruppen');
    expect(cover.join(' ')).toContain('15 % av kostnaden delas lika');
  });

  it('marks a draft on every sheet and in the page header; an adopted annex nowhere', () => {
    const draft = buildAnnex(skaraborg('sv', true)).workbook;
    for (const sheet of draft.worksheets) {
      const cells: unknown[] = [];
      sheet.getRow(1).eachCell((cell) => cells.push(cell.value));
      expect(cells, sheet.name).toContain('UTKAST');
      expect(sheet.headerFooter.oddHeader, sheet.name).toContain('UTKAST');
    }
    for (const sheet of buildAnnex(skaraborg('sv', false)).workbook.worksheets) expect(sheet.headerFooter.oddHeader).not.toContain('UTKAST');
  });

  it('prints on A4 fitted to the width, member tables landscape with the header row repeated and frozen', () => {
    const { workbook, plan } = buildAnnex(norway('nb'));
    for (const sheet of workbook.worksheets) {
      expect(sheet.pageSetup.paperSize).toBe(9);
      expect(sheet.pageSetup.fitToWidth).toBe(1);
      expect(sheet.headerFooter.oddFooter).toContain('&P');
      expect(sheet.headerFooter.oddFooter).toContain('&N');
    }
    const members = workbook.getWorksheet(plan.years[0]?.sheetName ?? '');
    expect(members?.pageSetup.orientation).toBe('landscape');
    expect(members?.pageSetup.printTitlesRow).toBe('5:5');
    expect(members?.views[0]).toMatchObject({ state: 'frozen', ySplit: 5, xSplit: 1 });
    expect(members?.getCell('D6').numFmt).toContain('#,##0');
  });

  it('writes complete labels in Swedish, Norwegian Bokmål and English', () => {
    for (const language of ['sv', 'nb', 'en'] as const) {
      const { workbook } = buildAnnex(sambrukIndividual(language));
      workbook.eachSheet((sheet) =>
        sheet.eachRow((row) =>
          row.eachCell((cell) => {
            if (typeof cell.value === 'string') expect(cell.value, `${language} ${sheet.name}!${cell.address}`).not.toMatch(/undefined|\[object/);
          }),
        ),
      );
    }
    expect(buildAnnex(sambrukIndividual('en')).workbook.getWorksheet('Members 2022')?.getCell('A5').value).toBe('Member');
    expect(buildAnnex(sambrukIndividual('nb')).workbook.getWorksheet('Medlemmer 2022')?.getCell('A5').value).toBe('Medlem');
  });

  it('keeps a member named like a formula as plain text', async () => {
    const name = '=HYPERLINK("http://x","y")';
    const { buffer } = await exportAnnex(sambrukIndividual('sv', { a: name, b: '@SUM(1)', c: '+46 -10 %' }));
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
    const cells = new Map<string, ExcelJS.Cell>();
    workbook.getWorksheet('Medlemmar 2022')?.eachRow((row) => row.eachCell((cell) => cells.set(String(cell.value), cell)));
    for (const text of [name, '@SUM(1)', '+46 -10 %']) {
      expect(cells.get(text)?.type, text).toBe(ExcelJS.ValueType.String);
      expect(cells.get(text)?.formula, text).toBeUndefined();
    }
  });

  it('returns the bytes with their SHA-256 and sets the document properties', async () => {
    const input = skaraborg('en');
    const written = await exportAnnex(input);
    expect(written.sha256).toBe(sha256Hex(written.buffer));
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(written.buffer as unknown as ArrayBuffer);
    expect(workbook.title).toBe('Annex: cost sharing: Samarbetsavtal mellan kommunerna');
    expect(workbook.company).toBe('Bibliotek Skaraborg 9-gruppen');
    expect(workbook.creator).toBe('Andel');
  });

  it('refuses a result that was not computed from the resolved scenario', () => {
    const a = skaraborg();
    const b = bibblix();
    expect(() => buildAnnex({ ...a, result: b.result })).toThrow(/scenario/);
    expect(() => buildAnnex({ ...a, metadata: { ...a.metadata, currency: 'NOK' } })).toThrow(/NOK/);
  });
});
