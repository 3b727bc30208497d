import type { Command } from 'commander';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { AndelError } from '../../../shared/errors';
import { writeWorkspaceReplacing } from '../../workspace/write-workspace-replacing';
import { importDocument } from '../../document/import-document';
import { findDemoDocument } from '../demo-source';
import { readJsonFile } from '../read-json-file';
import type { CliIo } from '../cli-io';

export function registerDemoCommand(program: Command, io: CliIo): void {
  program
    .command('demo')
    .description('write the demo workspace (the five reference consortia) to a new .andel file')
    .argument('<file>', 'the workspace file to create')
    .option('--force', 'replace the file if it exists')
    .action(async (file: string, options: { force?: boolean }) => {
      const target = resolve(file);
      if (existsSync(target) && !options.force) {
        throw new AndelError('FILE_ERROR', `${target} already exists; use --force to replace it.`);
      }
      const source = findDemoDocument();
      if (source.isFallback) io.err(`andel: note: ${source.path} is used because the demo document is not available yet.\n`);
      const document = readJsonFile(source.path);
      if (options.force) await writeWorkspaceReplacing(target, document);
      else await importDocument(target, document);
      io.out(`Wrote the demo workspace to ${target}\n`);
    });
}
