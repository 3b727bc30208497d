/**
 * `andel register`: the decision register as Excel or PDF/A (one row per decision in register order, with
 * links and full text), of the whole workspace or of one cooperation's bodies; logged in the
 * workspace like every export.
 */
import type { Command } from 'commander';
import { exportRegisterFile } from '../../services/exports/register-export.service';
import { findCooperationByName } from '../../services/scenarios/scenario.service';
import type { CliIo } from '../cli-io';
import { checkOut, formatOption, parseDocumentFormat, parseLanguage, reportWritten, withWorkspace } from './annex.command';
import { commandDescription } from '../command-table';

interface Options {
  cooperation?: string;
  lang: string;
  format: string;
  out: string;
  force?: boolean;
}

export function registerRegisterCommand(program: Command, io: CliIo): void {
  formatOption(program.command('register'))
    .description(commandDescription('register'))
    .argument('<file>', 'the workspace file')
    .option('--cooperation <name>', "only the decisions of this cooperation's bodies, by name")
    .requiredOption('--lang <language>', 'the language of the workbook: sv, nb or en')
    .requiredOption('--out <file.xlsx>', 'the file to write')
    .option('--force', 'replace --out if it exists')
    .action(async (file: string, options: Options) => {
      const language = parseLanguage(options.lang);
      const format = parseDocumentFormat(options.format);
      const out = checkOut(file, options.out, options.force);
      const written = await withWorkspace(file, async (db, path) => {
        const cooperationId = options.cooperation === undefined ? undefined : (await findCooperationByName(db, options.cooperation)).id;
        return exportRegisterFile(db, path, { language, format, ...(cooperationId === undefined ? {} : { cooperationId }) }, () => new Date(), { out, force: options.force });
      });
      reportWritten(io, 'register', written, options.lang);
    });
}
