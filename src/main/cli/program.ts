/**
 * The `andel` command line. Each command lives in its own module under commands/ and registers
 * itself here; later areas (scenario, annex, decisions) add theirs the same way.
 */
import { Command, CommanderError } from 'commander';
import type { CliIo } from './cli-io';
import { EXIT_OK, EXIT_USAGE, cliLanguage, reportError } from './cli-error';
import { registerAnnexCommand } from './commands/annex.command';
import { registerBackupCommands } from './commands/backup.command';
import { registerBudgetCommand } from './commands/budget.command';
import { registerCooperationCommands } from './commands/cooperations.command';
import { registerDecisionsCommand } from './commands/decisions.command';
import { registerDefinitionCommands } from './commands/definitions.command';
import { registerDemoCommand } from './commands/demo.command';
import { registerExportJsonCommand } from './commands/export-json.command';
import { registerImportJsonCommand } from './commands/import-json.command';
import { registerInfoCommand } from './commands/info.command';
import { registerInvoicingCommand } from './commands/invoicing.command';
import { registerRegisterCommand } from './commands/register.command';
import { registerScenarioCommands } from './commands/scenario.command';
import { registerRestoreCommand } from './commands/restore.command';

export function createProgram(io: CliIo): Command {
  const program = new Command()
    .name('andel')
    .description('Andel on the command line: workspaces, the demo, and the workspace document')
    .showHelpAfterError()
    .exitOverride()
    .configureOutput({ writeOut: io.out, writeErr: io.err });
  registerDemoCommand(program, io);
  registerInfoCommand(program, io);
  registerDecisionsCommand(program, io);
  registerExportJsonCommand(program, io);
  registerImportJsonCommand(program, io);
  registerScenarioCommands(program, io);
  registerDefinitionCommands(program, io);
  registerBudgetCommand(program, io);
  registerAnnexCommand(program, io);
  registerInvoicingCommand(program, io);
  registerRegisterCommand(program, io);
  registerBackupCommands(program, io);
  registerRestoreCommand(program, io);
  registerCooperationCommands(program, io);
  return program;
}

/** Runs the CLI and returns the exit code instead of exiting, so it can also run in-process. */
export async function runCli(argv: readonly string[], io: CliIo, debug = false, env: Readonly<Record<string, string | undefined>> = process.env): Promise<number> {
  const program = createProgram(io);
  try {
    await program.parseAsync(argv as string[], { from: 'user' });
    return EXIT_OK;
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help and version are "errors" to commander; usage mistakes were already printed.
      return error.exitCode === 0 ? EXIT_OK : EXIT_USAGE;
    }
    return reportError(error, io.err, debug, cliLanguage(argv, env));
  }
}
