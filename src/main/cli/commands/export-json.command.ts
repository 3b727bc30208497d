import type { Command } from 'commander';
import { resolve } from 'node:path';
import { openWorkspace } from '../../db/open-workspace';
import { exportDocument, serializeDocument } from '../../document/export-document';
import type { CliIo } from '../cli-io';
import { writeFileAtomic } from '../write-file-atomic';

export function registerExportJsonCommand(program: Command, io: CliIo): void {
  program
    .command('export-json')
    .description('write the whole workspace as a workspace document (JSON, see docs/workspace-document.md)')
    .argument('<file>', 'the workspace file')
    .requiredOption('--out <doc.json>', 'the JSON file to write (replaced if it exists), or - for standard output')
    .action(async (file: string, options: { out: string }) => {
      const workspace = await openWorkspace(file);
      let text: string;
      try {
        text = serializeDocument(await exportDocument(workspace.db));
      } finally {
        await workspace.close();
      }
      if (options.out === '-') {
        io.out(text);
      } else {
        writeFileAtomic(resolve(options.out), text);
        io.err(`Wrote ${resolve(options.out)}\n`);
      }
    });
}
