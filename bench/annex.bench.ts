/**
 * Benchmark of the agreement annex: 400 synthetic members × 10 years with every component type
 * (the engine benchmark's scenario), from computed result to xlsx bytes. Reports the median time,
 * its two halves (the sheets built in memory; XML and deflate by xlsx-writer) and the file size.
 * The whole command beside LibreOffice is in cli.bench.ts.
 */
import type { BenchResult } from './bench-result';
import { medianMs } from './measure';
import { syntheticScenario } from './engine.bench';
import { computeScenario, resolveScenario } from '../src/shared/calc';
import { exportAnnex, writeAnnex } from '../src/main/export/annex/annex-writer';
import { XlsxWorkbook } from '../src/main/export/xlsx/xlsx-writer';
import type { AnnexInput } from '../src/main/export/annex/annex-input';

export async function run(): Promise<BenchResult[]> {
  const { definition, facts } = syntheticScenario();
  const resolved = resolveScenario(definition, facts);
  const result = computeScenario(resolved);
  const input: AnnexInput = {
    resolved,
    result,
    metadata: {
      consortium: 'Benchmark consortium',
      cooperation: 'Every component type',
      agreementTitle: 'Cooperation agreement',
      decision: { number: 'SG 2025:1', date: '2025-01-15', body: 'Steering group' },
      scenarioName: definition.name,
      version: 'v1',
      contentHash: null,
      currency: resolved.currency,
      language: 'sv',
      exportedAt: new Date('2025-01-20T10:00:00Z'),
      draft: true,
    },
  };
  let bytes = 0;
  const median = await medianMs(async () => {
    bytes = (await exportAnnex(input)).buffer.length;
  }, 7, 2);
  const note = `${resolved.members.length} members x ${resolved.years.length} years, one member sheet per year, every cell a live formula`;
  // Built without committing sheets early, so the two halves can be timed apart.
  const build = await medianMs(() => writeAnnex(new XlsxWorkbook(3), input), 7, 2);
  const write = await medianMs(() => {
    const workbook = new XlsxWorkbook(3);
    writeAnnex(workbook, input);
    return workbook.toBuffer();
  }, 7, 2);
  return [
    { name: 'annex export (400 members x 10 years)', median, unit: 'ms', runs: 7, target: 1500, note },
    { name: 'annex: sheets built in memory', median: build, unit: 'ms', runs: 7, note: 'plan, formulas, styles: writeAnnex into xlsx-writer cells' },
    { name: 'annex: xlsx written (XML + deflate level 3)', median: write - build, unit: 'ms', runs: 7, note: 'xlsx-writer: sheets, shared strings, styles, zip (built and written, less built)' },
    { name: 'annex file size (400 members x 10 years)', median: Math.round(bytes / 1024), unit: 'KB', runs: 1, note: 'xlsx bytes' },
  ];
}
