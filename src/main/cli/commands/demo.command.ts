import type { Command } from 'commander';
import { keepSafetyCopy } from '../../files/safety-copy';
import { writeDemoWorkspace } from '../../workspace/demo-workspace';
import type { CliIo } from '../cli-io';
import { cliLine } from '../cli-words';
import { findDemoDocument } from '../demo-source';
import { commandDescription } from '../command-table';

export function registerDemoCommand(program: Command, io: CliIo): void {
  program
    .command('demo')
    .description(commandDescription('demo'))
    .argument('<file>', 'the workspace file to create')
    .option('--force', 'replace the file if it exists')
    .action(async (file: string, options: { force?: boolean }) => {
      const source = findDemoDocument();
      if (source.isFallback) io.err(`andel: ${cliLine('cli.line.demoFallback', { path: source.path })}`);
      // Replacing real work: keep what was there, the way restore keeps its before-restore copy.
      const copy = options.force ? keepSafetyCopy(file) : null;
      const path = await writeDemoWorkspace(file, { documentPath: source.path, force: options.force ?? false });
      if (copy) io.out(cliLine('cli.line.replacedKept', { path: copy }));
      io.out(cliLine('cli.line.wroteDemo', { path }));
    });
}
