import type { Command } from 'commander';
import { readWorkspaceSummary, type WorkspaceSummary } from '../../workspace/workspace-summary';
import type { CliIo } from '../cli-io';
import { commandDescription } from '../command-table';

function formatSummary(summary: WorkspaceSummary): string {
  const width = Math.max(...Object.keys(summary.counts).map((table) => table.length));
  const lines = [
    `Workspace       ${summary.workspaceName}`,
    `File            ${summary.path}`,
    `Currency        ${summary.defaultCurrency}`,
    `Locale          ${summary.locale}`,
    `Created         ${summary.createdAt}`,
    `Schema version  ${summary.schemaVersion} (level ${summary.schemaLevel})`,
  ];
  if (summary.pendingMigrations.length > 0) {
    lines.push(`Pending         ${summary.pendingMigrations.join(', ')} (applied after a backup when the file is next opened)`);
  }
  lines.push('', 'Rows per table');
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
