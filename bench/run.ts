/**
 * `npm run bench`: runs every benchmark module and writes the figures, with the machine they were
 * measured on, to docs/benchmarks.md. Performance is measured here, never asserted inside tests.
 */
import { writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem, platform, release } from 'node:os';
import { resolve } from 'node:path';
import { verdict, type BenchModule, type BenchResult } from './bench-result';

const modules: { title: string; load: () => Promise<BenchModule> }[] = [
  { title: 'Cost-sharing engine', load: () => import('./engine.bench') },
  { title: 'Excel annex export', load: () => import('./annex.bench') },
  { title: 'Desktop UI in Chromium', load: () => import('./ui.bench') },
  { title: 'Command line (built), whole commands', load: () => import('./cli.bench') },
];

function formatNumber(value: number): string {
  return value >= 100 ? value.toFixed(0) : value >= 1 ? value.toFixed(2) : value.toFixed(3);
}

function row(result: BenchResult): string {
  const target = result.target === undefined ? '—' : `< ${result.target} ${result.unit}`;
  const cpu = result.cpu === undefined ? '—' : `${formatNumber(result.cpu)} ms`;
  const load = (result.load ?? loadavg()[0] ?? 0).toFixed(2);
  return `| ${result.name} | ${formatNumber(result.median)} ${result.unit} | ${cpu} | ${result.runs} | ${load} | ${target} | ${verdict(result)} | ${result.note ?? ''} |`;
}

async function main(): Promise<void> {
  const only = process.argv[2];
  const sections: string[] = [];
  for (const mod of modules) {
    if (only && !mod.title.toLowerCase().includes(only.toLowerCase())) continue;
    console.log(`Running: ${mod.title}`);
    let results: BenchResult[];
    try {
      results = await (await mod.load()).run();
    } catch (error) {
      // One failing benchmark does not lose the others' figures; the document says what failed.
      console.error(error);
      sections.push([`## ${mod.title}`, '', `Not measured in this run: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`, ''].join('\n'));
      continue;
    }
    for (const r of results) {
      const cpu = r.cpu === undefined ? '' : `, CPU ${formatNumber(r.cpu)} ms`;
      const target = r.target === undefined ? '' : `; target < ${r.target} ${r.unit}: ${verdict(r)}`;
      console.log(`  ${r.name}: ${formatNumber(r.median)} ${r.unit}${cpu}${target}`);
    }
    sections.push(
      [`## ${mod.title}`, '', '| benchmark | median (wall) | CPU | runs | load avg | target | | note |', '| --- | --- | --- | --- | --- | --- | --- | --- |', ...results.map(row), ''].join('\n'),
    );
  }
  const cpu = cpus();
  const machine = [
    `- measured: ${new Date().toISOString()}`,
    `- machine: ${cpu[0]?.model ?? 'unknown CPU'}, ${cpu.length} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GiB memory`,
    `- system: ${platform()} ${release()}, Node ${process.version}`,
    `- load average at the end (1, 5, 15 min): ${loadavg().map((l) => l.toFixed(2)).join(', ')}; each figure has the 1-minute load average while it was measured`,
  ].join('\n');
  const doc = [
    '# Benchmarks',
    '',
    'Written by `npm run bench` (bench/run.ts). Each figure is the median of repeated runs after a warm-up.',
    'On a shared virtual machine the medians of separate runs can differ by up to a factor of two (the',
    "hypervisor's CPU steal, JIT warm-up): run the bench twice before reading much into a single figure.",
    '',
    machine,
    '',
    ...sections,
  ].join('\n');
  writeFileSync(resolve(import.meta.dirname ?? '.', '../docs/benchmarks.md'), doc + '\n');
  console.log('Wrote docs/benchmarks.md');
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
