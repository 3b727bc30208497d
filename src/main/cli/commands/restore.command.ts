import type { Command } from 'commander';
import { restoreWorkspace } from '../../backup/restore-workspace';
import type { CliIo } from '../cli-io';
import { cliLine } from '../cli-words';
import { commandDescription } from '../command-table';

/** `andel restore <file> --from <backup> [--force]`. */
export function registerRestoreCommand(program: Command, io: CliIo): void {
  program
    .command('restore')
    .description(commandDescription('restore'))
    .argument('<file>', 'the workspace file to restore')
    .requiredOption('--from <backup>', 'the backup to restore (see: andel backups <file>)')
    .option('--force', 'restore even when the backup belongs to another workspace')
    .action(async (file: string, options: { from: string; force?: boolean }) => {
      const result = await restoreWorkspace(file, options.from, { force: options.force ?? false });
      io.out(cliLine('cli.line.restored', { path: result.path, backup: result.restoredFrom }));
      if (result.previousCopy) io.out(cliLine('cli.line.previousKept', { path: result.previousCopy }));
    });
}
