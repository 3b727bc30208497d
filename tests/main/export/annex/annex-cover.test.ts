/**
 * The annex cover states the key as the scenario uses it — with the parameter value the scenario
 * sets, not the key's stored name ("15 % lika, 85 % efter folkmängd") — and says which population
 * figures are projected rather than known, and how far. Written to a file and read back with exceljs.
 */
import { writeFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { exportAnnex } from '../../../../src/main/export/annex/annex.export';
import type { ExportLanguage } from '../../../../src/main/export/export-language';
import { computeScenario, resolveScenario, type KeyDefinitionInput, type ScenarioDefinitionInput, type ScenarioFactsInput } from '../../../../src/shared/calc';
import { demo } from '../../../helpers/demo-keys';
import { useTempDirs } from '../../../helpers/temp-dir';
import { metadataFor } from './annex-fixtures';

const keys = [demo<KeyDefinitionInput>('skaraborg-9.key.json')];
const facts = demo<ScenarioFactsInput>('skaraborg-9.facts.json');
const base = demo<ScenarioDefinitionInput>('skaraborg-9.scenario.json');
const tempDir = useTempDirs('andel-annex-cover-');

/** The cover's label and text columns, row by row, as read back from the written file. */
async function coverOf(change: Partial<ScenarioDefinitionInput>, language: ExportLanguage): Promise<[string, string][]> {
  const resolved = resolveScenario({ ...base, ...change }, facts, { keys });
  const input = { resolved, result: computeScenario(resolved), metadata: metadataFor(resolved.currency, { consortium: 'Bibliotek Skaraborg 9-gruppen', cooperation: 'Koha', scenarioName: 'Skaraborg' }, language) };
  const written = await exportAnnex(input);
  const path = tempDir().file('annex.xlsx');
  writeFileSync(path, written.buffer);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  const rows: [string, string][] = [];
  workbook.worksheets[0]?.eachRow((row) => rows.push([String(row.getCell(1).value ?? ''), String(row.getCell(2).value ?? '')]));
  return rows;
}

describe('the annex cover', () => {
  it('states the equal share the scenario adopts (20 %), not the 15 % of the key’s name', async () => {
    const cover = await coverOf({ parameters: { equalShare: '20' } }, 'sv');
    const key = cover.find(([label]) => label === 'Fördelningsnyckel')?.[1];
    // 20 % equal, so 100 − 20 = 80 % by the population of 31 December the year before.
    expect(key).toBe(
      '20 % av kostnaden delas lika mellan de betalande medlemmarna; 80 % av kostnaden fördelas efter invånare per 31 dec året före (nyckel skaraborg-9 v1; parametrar equalShare = 20 (satt i scenariot; nyckelns värde 15)), fördelar en känd kostnad',
    );
    const text = cover.flat().join('\n');
    expect(text).not.toContain('15 % lika, 85 % efter folkmängd');
    expect(text).not.toContain('15 % av kostnaden');
  });

  it('names the key’s own parameter value when the scenario keeps it', async () => {
    const cover = await coverOf({}, 'en');
    const key = cover.find(([label]) => label === 'Distribution key')?.[1] ?? '';
    expect(key).toContain('15 % of the cost');
    expect(key).toContain('85 % of the cost');
    expect(key).toContain('(key skaraborg-9 v1; parameters equalShare = 15)');
  });

  it('says which populations are projected, from which year and how far', async () => {
    // 2027–2028 reads the populations of 2026 and 2027; the facts know 2016 only: 10 and 11 years at 0.5 %/yr.
    const later = { horizon: { from: 2027, to: 2028 }, costs: { byYear: { '2027': '1000000', '2028': '1000000' } } };
    const sv = (await coverOf(later, 'sv')).flat();
    expect(sv).toContain('Framskrivna värden (inte kända)');
    expect(sv).toContain('Invånare för 2026 framskriven från 2016 (10 år, 0,5 % tillväxt per år; 8 medlemmar)');
    expect(sv).toContain('Invånare för 2027 framskriven från 2016 (11 år, 0,5 % tillväxt per år; 8 medlemmar)');
    const en = (await coverOf(later, 'en')).map(([, text]) => text);
    expect(en).toContain('Population for 2026 projected from 2016 (10 years, 0.5 %/yr growth; 8 members)');
    const nb = (await coverOf(later, 'nb')).map(([, text]) => text);
    expect(nb).toContain('Innbyggere for 2026 framskrevet fra 2016 (10 år, 0,5 % vekst per år; 8 medlemmer)');
    // A horizon whose populations are all known says nothing of projections.
    const known = (await coverOf({ horizon: { from: 2017, to: 2017 }, costs: { byYear: { '2017': '1000000' } } }, 'sv')).flat();
    expect(known).not.toContain('Framskrivna värden (inte kända)');
  });
});
