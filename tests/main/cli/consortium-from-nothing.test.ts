/**
 * Issue 2/9, the command-line half: a whole consortium from nothing with the CLI alone. An empty
 * workspace, a cooperation, four municipalities from the shipped list, their participation, their
 * population from a CSV (the app's import, with its row-level errors), a key (equal, proportional,
 * banded fee, subsidy) and a scenario with two funding sources (one uncertain) from JSON, a body
 * and a decision, adoption by that decision and the annex, which LibreOffice recalculates to the
 * same figures. Every expected figure is computed by hand in the comments.
 */
import { writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { chargesFromAnnex, EXPECTED_BALANCE, EXPECTED_DEFICIT_WITHOUT_UNCERTAIN, EXPECTED_GROSS, EXPECTED_NET, KEY, POPULATION_CSV, SCENARIO } from '../../helpers/consortium-fixture';
import { readValues, recalculateWithLibreOffice } from '../../helpers/libreoffice';
import { andelInProcess as andel, andelOk as ok } from '../../helpers/cli-in-process';
import { useTempDirs } from '../../helpers/temp-dir';

const tempDir = useTempDirs();

describe('a real consortium from nothing, with the CLI alone', () => {
  it('builds it, adopts its scenario by a decision and exports an annex LibreOffice recalculates to the hand figures', async () => {
    const dir = tempDir();
    const file = dir.file('skaraborg.andel');
    await ok('create-workspace', file, '--name', 'Skaraborg', '--currency', 'SEK', '--locale', 'sv');
    await ok('cooperation', 'create', file, '--name', 'Bibliotek Skaraborg', '--currency', 'SEK', '--start', '2027-01-01');
    for (const code of ['1497', '1472', '1493', '1496']) await ok('organisation', 'create', file, '--country', 'SE', '--code', code);
    for (const name of ['Hjo', 'Tibro', 'Mariestad', 'Skövde']) await ok('participant', 'add', file, '--cooperation', 'skaraborg', '--organisation', name, '--joined', '2027-01-01');

    // A CSV with a bad row is refused as a whole, naming the row and column; nothing is written.
    const bad = dir.file('folkmangd-fel.csv');
    writeFileSync(bad, 'Kommunkod;Kommun;Folkmängd\n1497;Hjo;10 000\n1472;Tibro;20,5\n');
    const refused = await andel('import-population', file, '--from', bad, '--year', '2026');
    expect(refused.status).toBe(1);
    // In the language of the environment the test runs in (the CLI's rule): the row and the column named.
    expect(refused.stderr).toMatch(/^(row|rad) 3, (column|kolumn|kolonne) ["”]Folkmängd["”]: .*20,5/imu);
    expect(refused.stderr).toContain('[INVALID_INPUT]');

    // Nothing of the refused file was written: the dry run below still finds four new figures, Hjo's among them.
    const csv = dir.file('folkmangd-2026.csv');
    writeFileSync(csv, POPULATION_CSV);
    expect(await ok('import-population', file, '--from', csv, '--year', '2026', '--dry-run')).toMatch(/4 rows, year 2026: 0 new organisations, 4 new figures/);
    expect(await ok('import-population', file, '--from', csv, '--year', '2026', '--source', 'SCB')).toMatch(/Imported 4 rows, year 2026: 4 new figures/);

    const keyFile = dir.file('key.json');
    writeFileSync(keyFile, JSON.stringify(KEY));
    await ok('key', 'import', file, '--cooperation', 'skaraborg', '--from', keyFile);
    const scenarioFile = dir.file('scenario.json');
    writeFileSync(scenarioFile, JSON.stringify(SCENARIO));
    await ok('scenario-def', 'import', file, '--cooperation', 'skaraborg', '--from', scenarioFile);

    const computed = JSON.parse(await ok('scenario', file, '--cooperation', 'skaraborg', '--scenario', 'Budget 2027', '--format', 'json')) as {
      members: { name: string; years: { gross: number; net: number }[] }[];
      funding: { byYear: { year: number; uncertain: number }[] };
      balance: { year: number; balance: number }[];
    };
    // In öre: kronor × 100.
    expect(Object.fromEntries(computed.members.map((m) => [m.name, m.years[0]?.net]))).toEqual(Object.fromEntries(Object.entries(EXPECTED_NET).map(([n, v]) => [n, v * 100])));
    expect(Object.fromEntries(computed.members.map((m) => [m.name, m.years[0]?.gross]))).toEqual(Object.fromEntries(Object.entries(EXPECTED_GROSS).map(([n, v]) => [n, v * 100])));
    const balance = computed.balance.find((b) => b.year === 2027)!.balance;
    const uncertain = computed.funding.byYear.find((f) => f.year === 2027)!.uncertain;
    expect(balance).toBe(EXPECTED_BALANCE * 100);
    expect(balance - uncertain).toBe(EXPECTED_DEFICIT_WITHOUT_UNCERTAIN * 100);

    await ok('body', 'create', file, '--cooperation', 'skaraborg', '--name', 'Styrgruppen', '--pattern', 'SG {year}:{n}');
    expect(await ok('decision', 'create', file, '--body', 'Styrgruppen', '--title', 'Budget 2027', '--status', 'adopted', '--decided', '2026-11-15')).toContain('SG 2026:1');
    expect(await ok('adopt', file, '--cooperation', 'skaraborg', '--scenario', 'Budget 2027', '--decision', 'SG 2026:1')).toMatch(/adopted by decision SG 2026:1/);

    const annex = dir.file('bilaga.xlsx');
    await ok('annex', file, '--cooperation', 'skaraborg', '--scenario', 'Budget 2027', '--lang', 'sv', '--out', annex);
    const values = await readValues(await recalculateWithLibreOffice(annex));
    const expected = Object.fromEntries(Object.keys(EXPECTED_NET).map((name) => [name, { gross: EXPECTED_GROSS[name], net: EXPECTED_NET[name] }]));
    // Summa: 1 090 000 gross, 1 045 000 net (the hand sums above).
    expect(chargesFromAnnex(values)).toEqual({ ...expected, Summa: { gross: 1_090_000, net: 1_045_000 } });
  }, 180_000);
});
