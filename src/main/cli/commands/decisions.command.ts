/**
 * `andel decisions <file>`: the decision register, filtered like the app's register view, as a
 * table, CSV or JSON. Reads only (an in-memory copy, like `info`), so it works while the file is
 * open in the app.
 */
import { resolve } from 'node:path';
import type { Command } from 'commander';
import type { DecisionList, DecisionRow } from '../../../shared/api/channels/governance.channels';
import { decisionStatuses } from '../../../shared/document/workspace-document.schema';
import { AndelError, invalidField } from '../../../shared/errors';
import { csvText, neutraliseFormula } from '../../export/text-export';
import { bodyIdsNamed, listDecisionRegister } from '../../services/governance/decision.service';
import { asBadOption, cliLanguage } from '../cli-error';
import { numberingProblemText } from '../../../shared/governance/decision-number';
import type { CliIo } from '../cli-io';
import { cliEnum, cliText } from '../cli-words';
import { readingWorkspace } from '../../db/read-workspace';
import { commandDescription } from '../command-table';

type Format = 'table' | 'csv' | 'json';

interface Options {
  body?: string;
  year?: string;
  status?: string;
  query?: string;
  tag?: string;
  format: string;
}

const CSV_COLUMNS = ['number', 'decided_on', 'body', 'title', 'status', 'owner', 'review_on', 'tags', 'meeting', 'links', 'text'] as const;

function csvRow(row: DecisionRow): string {
  const values: Record<(typeof CSV_COLUMNS)[number], string> = {
    number: row.number,
    decided_on: row.decidedOn ?? '',
    body: row.bodyName,
    title: row.title,
    status: row.status,
    owner: row.ownerName ?? '',
    review_on: row.reviewOn ?? '',
    tags: row.tags.join('; '),
    meeting: row.meetingTitle ?? '',
    links: row.links.map((l) => `${l.kind}: ${l.label}`).join('; '),
    text: row.text,
  };
  return CSV_COLUMNS.map((column) => csvText(values[column])).join(',');
}

function table(list: DecisionList): string {
  const rows = list.rows.map((r) => [neutraliseFormula(r.number), r.decidedOn ?? '—', cliEnum('decisionStatus', r.status), r.bodyName, r.title.replace(/\s+/g, ' ')]);
  const header = [cliText('cli.col.number'), cliText('cli.col.date'), cliText('cli.col.status'), cliText('cli.col.body'), cliText('cli.col.title')];
  const widths = header.map((h, i) => Math.min(i === 4 ? 200 : 40, Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length))));
  const line = (cells: string[]): string => cells.map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i] ?? 0))).join('  ').trimEnd();
  const out = [line(header), ...rows.map(line), '', cliText('cli.decisions.count', { shown: list.rows.length, total: list.total })];
  for (const problem of list.numberingProblems) {
    out.push(cliText('cli.decisions.numbering', { body: problem.bodyName || String(problem.bodyId), year: problem.year, problem: numberingProblemText(problem, cliLanguage(process.argv.slice(2), process.env)) }));
  }
  return `${out.join('\n')}\n`;
}

export function registerDecisionsCommand(program: Command, io: CliIo): void {
  program
    .command('decisions')
    .description(commandDescription('decisions'))
    .argument('<file>', 'the workspace file')
    .option('--body <name>', 'only decisions of the body with this name (case and accents ignored; a part of the name will do)')
    .option('--year <year>', 'only decisions numbered in this year')
    .option('--status <status>', `only decisions with this status (${decisionStatuses.join(', ')}); several separated by commas`)
    .option('--tag <tag>', 'only decisions with this tag')
    .option('--query <words>', 'only decisions whose number, title or text contain every word')
    .option('--format <format>', 'table, csv or json', 'table')
    .action(async (file: string, options: Options) => {
      const format = options.format as Format;
      if (!['table', 'csv', 'json'].includes(format)) throw asBadOption(invalidField('--format', 'error.option.format', { value: options.format, formats: 'table, csv, json' }));
      let year: number | undefined;
      if (options.year !== undefined) {
        year = Number(options.year);
        if (!/^\d{4}$/.test(options.year)) throw asBadOption(invalidField('--year', 'error.option.yearSuchAs', { value: options.year, example: 2016 }));
      }
      const statuses = options.status?.split(',').map((s) => s.trim());
      for (const status of statuses ?? []) {
        if (!(decisionStatuses as readonly string[]).includes(status)) throw asBadOption(invalidField('--status', 'error.option.status', { value: status, statuses: decisionStatuses.join(', ') }));
      }
      const path = resolve(file);
      const list = await readingWorkspace(path, async (db): Promise<DecisionList> => {
        try {
          const bodyId = options.body === undefined ? undefined : await bodyIdsNamed(db, options.body);
          return await listDecisionRegister(db, {
            ...(bodyId ? { bodyId } : {}),
            ...(year !== undefined ? { year } : {}),
            ...(statuses ? { status: statuses as (typeof decisionStatuses)[number][] } : {}),
            ...(options.tag ? { tag: options.tag } : {}),
            ...(options.query ? { query: options.query } : {}),
          });
        } catch (error) {
          if (error instanceof AndelError) throw error;
          throw new AndelError('INTERNAL', `Reading the register of ${path} failed: ${(error as Error).message}`);
        }
      });
      if (format === 'json') io.out(`${JSON.stringify(list, null, 2)}\n`);
      else if (format === 'csv') io.out(`${[CSV_COLUMNS.join(','), ...list.rows.map(csvRow)].join('\r\n')}\r\n`);
      else io.out(table(list));
    });
}
