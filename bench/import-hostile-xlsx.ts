/**
 * Time and memory of the population import's XLSX reader on hostile workbooks (issue 4/9, item 5):
 * `npx tsx bench/import-hostile-xlsx.ts`. Each file is written to a temporary folder first; each
 * read then runs in a fresh process, which reports its wall time and peak resident memory
 * (maxRSS, including Node and tsx themselves: the "baseline" row is a process that reads nothing).
 * Figures go to docs/reliability.md; no test asserts them.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { readTable } from '../src/main/import/read-table';
import { rowBomb, xfdWorkbook } from '../tests/main/import/hostile-xlsx';

async function child(file: string): Promise<void> {
  const bytes = file === 'baseline' ? null : new Uint8Array(readFileSync(file));
  const started = performance.now();
  let outcome = 'read nothing';
  if (bytes) {
    try {
      const table = await readTable(bytes);
      outcome = `read ${table.rows.length} rows`;
    } catch (error) {
      outcome = `refused: ${(error as Error).message}`;
    }
  }
  const ms = performance.now() - started;
  process.stdout.write(JSON.stringify({ ms: Math.round(ms), maxRssMb: Math.round(process.resourceUsage().maxRSS / 1024), outcome }));
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'andel-hostile-'));
  try {
    const cases: [string, Buffer | null][] = [
      ['baseline (no file)', null],
      ['20 000 rows + one cell in XFD, with dimension', xfdWorkbook({ dimension: true, xfdRow: 2 })],
      ['20 000 rows + one cell in XFD at row 19 999, no dimension', xfdWorkbook({ dimension: false, xfdRow: 19_999 })],
      ['20 000 rows × 3 columns (good file)', xfdWorkbook({ dimension: false, xfdRow: -1 })],
      ['zip bomb: 5 000 000 rows, dimension says so', await rowBomb(5_000_000, true)],
      ['zip bomb: 5 000 000 rows, no dimension', await rowBomb(5_000_000, false)],
    ];
    console.log('| file | size | time | peak memory (process) | outcome |\n| --- | --- | --- | --- | --- |');
    for (const [name, bytes] of cases) {
      const file = bytes ? join(dir, `${cases.findIndex((c) => c[0] === name)}.xlsx`) : 'baseline';
      if (bytes) writeFileSync(file, bytes);
      const out = execFileSync(process.execPath, ['--import', 'tsx', import.meta.filename, '--child', file], { encoding: 'utf8' });
      const r = JSON.parse(out) as { ms: number; maxRssMb: number; outcome: string };
      console.log(`| ${name} | ${bytes ? `${Math.round(bytes.length / 1024)} KB` : '—'} | ${r.ms} ms | ${r.maxRssMb} MB | ${r.outcome.slice(0, 90)} |`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[2] === '--child') await child(process.argv[3]!);
else await main();
