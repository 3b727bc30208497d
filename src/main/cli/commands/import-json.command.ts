import type { Command } from 'commander';
import { resolve } from 'node:path';
import { importDocument } from '../../document/import-document';
import type { CliIo } from '../cli-io';
import { cliLine } from '../cli-words';
import { readJsonFile } from '../read-json-file';
import { commandDescription } from '../command-table';

export function registerImportJsonCommand(program: Command, io: CliIo): void {
  program
    .command('import-json')
    .description(commandDescription('import-json'))
    .argument('<new-file>', 'the workspace file to create (must not exist)')
    .requiredOption('--from <doc.json>', 'the workspace document to read')
    .action(async (file: string, options: { from: string }) => {
      const path = await importDocument(file, readJsonFile(resolve(options.from)));
      io.out(cliLine('cli.line.created', { path }));
    });
}
