import type { Command } from 'commander';
import { keepSafetyCopy } from '../../files/safety-copy';
import { writeDemoWorkspace } from '../../workspace/demo-workspace';
import type { CliIo } from '../cli-io';
import { findDemoDocument } from '../demo-source';

export function registerDemoCommand(program: Command, io: CliIo): void {
  program
    .command('demo')
    .description('write the demo workspace (the five reference consortia) to a new .andel file')
    .argument('<file>', 'the workspace file to create')
    .option('--force', 'replace the file if it exists')
    .action(async (file: string, options: { force?: boolean }) => {
      const source = findDemoDocument();
      if (source.isFallback) io.err(`andel: note: ${source.path} is used because the demo document is not available yet.\n`);
      // Replacing real work: keep what was there, the way restore keeps its before-restore copy.
      const copy = options.force ? keepSafetyCopy(file) : null;
      const path = await writeDemoWorkspace(file, { documentPath: source.path, force: options.force ?? false });
      if (copy) io.out(`Kept a copy of the file it replaced at ${copy}\n`);
      io.out(`Wrote the demo workspace to ${path}\n`);
    });
}
