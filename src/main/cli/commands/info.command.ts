import type { Command } from 'commander';
import { readWorkspaceSummary, type WorkspaceSummary } from '../../workspace/workspace-summary';
import type { CliIo } from '../cli-io';
import { cliText } from '../cli-words';
import { commandDescription } from '../command-table';

function formatSummary(summary: WorkspaceSummary): string {
  const width = Math.max(...Object.keys(summary.counts).map((table) => table.length));
  const labels = {
    workspace: cliText('cli.info.workspace'), file: cliText('cli.info.file'), currency: cliText('cli.info.currency'), locale: cliText('cli.info.locale'),
    created: cliText('cli.info.created'), schema: cliText('cli.info.schemaVersion'), pending: cliText('cli.info.pending'),
  };
  const pad = Math.max(15, ...Object.values(labels).map((label) => label.length + 1));
  const row = (label: string, value: string): string => `${label.padEnd(pad)} ${value}`;
  const lines = [
    row(labels.workspace, summary.workspaceName),
    row(labels.file, summary.path),
    row(labels.currency, summary.defaultCurrency),
    row(labels.locale, summary.locale),
    row(labels.created, summary.createdAt),
    row(labels.schema, cliText('cli.info.level', { version: summary.schemaVersion, level: summary.schemaLevel })),
  ];
  if (summary.pendingMigrations.length > 0) lines.push(row(labels.pending, cliText('cli.info.pendingNote', { migrations: summary.pendingMigrations.join(', ') })));
  lines.push('', cliText('cli.info.rowsPerTable'));
  for (const [table, count] of Object.entries(summary.counts)) lines.push(`  ${table.padEnd(width)}  ${String(count).padStart(7)}`);
  return `${lines.join('\n')}\n`;
}

export function registerInfoCommand(program: Command, io: CliIo): void {
  program
    .command('info')
    .description(commandDescription('info'))
    .argument('<file>', 'the workspace file')
    .option('--json', 'print the summary as JSON')
    .action(async (file: string, options: { json?: boolean }) => {
      const summary = await readWorkspaceSummary(file);
      io.out(options.json ? `${JSON.stringify(summary, null, 2)}\n` : formatSummary(summary));
    });
}
