/**
 * `budget`: a cooperation's budget with its result per year (revenue, direct and other costs,
 * gross result, result), its funding by source and status, and the balance (reads only).
 */
import type { Command } from 'commander';
import type { BudgetOverview } from '../../../shared/api/channels/budgets.channels';
import { minorToText } from '../../../shared/calc';
import { invalidField, ref } from '../../../shared/errors';
import { getBudget } from '../../services/budgets/budget.service';
import { findCooperationByName } from '../../services/scenarios/scenario.service';
import type { CliIo } from '../cli-io';
import { cliEnum, cliText } from '../cli-words';
import { readingWorkspace } from '../../db/read-workspace';
import { commandDescription } from '../command-table';

function onlyYear(budget: BudgetOverview, year: number | undefined): BudgetOverview {
  if (year === undefined) return budget;
  return {
    ...budget,
    years: budget.years.filter((y) => y === year),
    lines: budget.lines.filter((l) => l.year === year),
    totals: budget.totals.filter((t) => t.year === year),
    funding: budget.funding.map((f) => ({ ...f, amounts: f.amounts.filter((a) => a.year === year) })),
    balance: budget.balance.filter((b) => b.year === year),
  };
}

function table(rows: string[][]): string {
  const widths = (rows[0] ?? []).map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length)));
  return rows.map((cells) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join('  ').trimEnd()).join('\n');
}

export function budgetText(budget: BudgetOverview): string {
  const { currency } = budget.cooperation;
  const money = (minor: number): string => minorToText(minor, currency);
  const out: string[] = [cliText('cli.budget.title', { name: budget.cooperation.name, currency })];
  for (const year of budget.years) {
    out.push('', `${year}`);
    const lines = budget.lines.filter((l) => l.year === year);
    if (lines.length > 0) out.push(table([[cliText('cli.col.line'), cliText('cli.col.kindLower'), cliText('cli.col.category'), cliText('cli.col.amount')], ...lines.map((l) => [l.label, cliText(l.kind === 'revenue' ? 'cli.budget.revenue' : l.direct ? 'cli.budget.directCost' : 'cli.budget.cost'), l.category, money(l.amount)])]));
    const t = budget.totals.find((x) => x.year === year);
    if (t) {
      out.push(
        table([
          [cliText('cli.budget.revenues'), money(t.revenue)],
          [cliText('cli.budget.directCosts'), money(t.directCosts)],
          [cliText('cli.budget.grossResult'), money(t.grossResult)],
          [cliText('cli.budget.otherCosts'), money(t.otherCosts)],
          [cliText('cli.budget.result'), money(t.result)],
        ]),
      );
    }
    const funding = budget.funding.flatMap((f) => f.amounts.filter((a) => a.year === year).map((a) => [f.name, cliEnum('fundingStatus', a.status), money(a.amount)]));
    if (funding.length > 0) out.push(table([[cliText('cli.col.funding'), cliText('cli.col.state'), cliText('cli.col.amount')], ...funding]));
    const b = budget.balance.find((x) => x.year === year);
    if (b) out.push(cliText('cli.budget.balance', { amount: money(b.balance) }));
  }
  if (budget.years.length === 0) out.push('', cliText('cli.budget.empty'));
  return `${out.join('\n')}\n`;
}

export function registerBudgetCommand(program: Command, io: CliIo): void {
  program
    .command('budget')
    .description(commandDescription('budget'))
    .argument('<file>', 'the workspace file')
    .requiredOption('--cooperation <name>', 'the cooperation, by name')
    .option('--year <year>', 'only this year')
    .option('--format <format>', 'table or json', 'table')
    .action(async (file: string, options: { cooperation: string; year?: string; format: string }) => {
      if (!['table', 'json'].includes(options.format)) throw invalidField('--format', 'error.option.format', { value: options.format, formats: 'table, json' });
      const year = options.year === undefined ? undefined : Number(options.year);
      if (year !== undefined && !Number.isInteger(year)) throw invalidField('--year', 'error.option.year', { value: options.year ?? '' });
      const budget = await readingWorkspace(file, async (db) => getBudget(db, { cooperationId: (await findCooperationByName(db, options.cooperation)).id }));
      if (year !== undefined && !budget.years.includes(year)) {
        throw invalidField('--year', 'error.option.noBudgetYear', { cooperation: budget.cooperation.name, year, years: budget.years.length > 0 ? budget.years.join(', ') : ref('error.lookup.nothing') });
      }
      const shown = onlyYear(budget, year);
      io.out(options.format === 'json' ? `${JSON.stringify({ ...shown, units: 'minor' }, null, 2)}\n` : budgetText(shown));
    });
}
