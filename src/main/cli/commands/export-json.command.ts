import type { Command } from 'commander';
import { resolve } from 'node:path';
import { readingWorkspace } from '../../db/read-workspace';
import { exportDocument, serializeDocument } from '../../document/export-document';
import { writeFileDurably } from '../../files/durable-write';
import { refuseWorkspaceAsOutput } from '../../files/same-file';
import type { CliIo } from '../cli-io';
import { cliLine } from '../cli-words';
import { commandDescription } from '../command-table';

export function registerExportJsonCommand(program: Command, io: CliIo): void {
  program
    .command('export-json')
    .description(commandDescription('export-json'))
    .argument('<file>', 'the workspace file')
    .requiredOption('--out <doc.json>', 'the JSON file to write (replaced if it exists), or - for standard output')
    .action(async (file: string, options: { out: string }) => {
      const out = options.out === '-' ? null : resolve(options.out);
      if (out) refuseWorkspaceAsOutput(out, file, '--out');
      const text = await readingWorkspace(file, async (db) => serializeDocument(await exportDocument(db)));
      if (!out) {
        io.out(text);
      } else {
        await writeFileDurably(out, Buffer.from(text, 'utf8'), { replace: true });
        io.err(cliLine('cli.line.wrote', { path: out }));
      }
    });
}
