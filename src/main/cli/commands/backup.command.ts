import type { Command } from 'commander';
import { resolve } from 'node:path';
import { listBackups, type BackupEntry } from '../../backup/backup-files';
import { takeBackup } from '../../backup/take-backup';
import { openWorkspace } from '../../db/open-workspace';
import type { CliIo } from '../cli-io';
import { cliLine, cliText } from '../cli-words';
import type { MessageKey } from '../../../shared/i18n/translate';
import { commandDescription } from '../command-table';

const kindLabel: Record<BackupEntry['kind'], MessageKey> = {
  scheduled: 'cli.backups.kind.scheduled',
  manual: 'cli.backups.kind.manual',
  'before-restore': 'cli.backups.kind.beforeRestore',
  'before-migration': 'cli.backups.kind.beforeMigration',
};

function formatList(path: string, entries: BackupEntry[]): string {
  if (entries.length === 0) return cliLine('cli.backups.none', { path });
  const lines = [cliText('cli.backups.header', { path })];
  const kindWidth = Math.max(...Object.values(kindLabel).map((key) => cliText(key).length));
  for (const entry of entries) {
    lines.push(`  ${entry.takenAt}  ${cliText(kindLabel[entry.kind]).padEnd(kindWidth)}  ${String(Math.ceil(entry.sizeBytes / 1024)).padStart(7)} KiB  ${entry.path}`);
  }
  lines.push('', cliText('cli.backups.hint'));
  return `${lines.join('\n')}\n`;
}

/** `andel backups <file>` lists the backups; `andel backup <file>` takes one now (e.g. from a nightly job). */
export function registerBackupCommands(program: Command, io: CliIo): void {
  program
    .command('backups')
    .description(commandDescription('backups'))
    .argument('<file>', 'the workspace file')
    .option('--json', 'print the list as JSON')
    .action((file: string, options: { json?: boolean }) => {
      const path = resolve(file);
      const entries = listBackups(path);
      io.out(options.json ? `${JSON.stringify(entries, null, 2)}\n` : formatList(path, entries));
    });

  program
    .command('backup')
    .description(commandDescription('backup'))
    .argument('<file>', 'the workspace file')
    .action(async (file: string) => {
      const workspace = await openWorkspace(file);
      try {
        const taken = await takeBackup(workspace.sqlite, workspace.path, new Date(), 'manual');
        io.out(cliLine('cli.line.wrote', { path: taken.path }));
      } finally {
        await workspace.close();
      }
    });
}
